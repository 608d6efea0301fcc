#include "src/sandbox/DemoData.h"
#include "src/sandbox/Server.h"
#include "tests/integration/sandbox/SandboxHttp.h"
#include "tests/support/TestMain.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

// Lists newest first, paged with starting_after / ending_before without gaps or repeats; filters,
// created ranges and search with next_page.
class TestSandboxPaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesThroughThousandsWithoutGapsOrRepeats();
    void endingBeforeGoesBackwards();
    void createdRanges();
    void filters();
    void searchPagesWithNextPage();
    void searchLanguage_data();
    void searchLanguage();
    void demoDataIsDeterministicAndPlausible();

private:
    QStringList ids(const QJsonObject &list);

    sandbox::Server m_server;
    std::unique_ptr<SandboxHttp> m_http;
};

void TestSandboxPaging::initTestCase()
{
    sandbox::Options options;
    options.customers = 3200;
    options.invoicesPerCustomer = 0;
    options.payments = 200;
    QString error;
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    m_http = std::make_unique<SandboxHttp>(m_server.url());
    // --invoices-per-customer 0: a store of customers alone, as the benchmarks ask for.
    QCOMPARE(m_server.store().collection("invoices").size(), 0);
    QCOMPARE(m_server.store().collection("customers").size(), 3200);
}

QStringList TestSandboxPaging::ids(const QJsonObject &list)
{
    QStringList result;
    for (const QJsonValue &item : list.value("data").toArray())
        result << item.toObject().value("id").toString();
    return result;
}

void TestSandboxPaging::pagesThroughThousandsWithoutGapsOrRepeats()
{
    QStringList all;
    QString after;
    qint64 previousCreated = std::numeric_limits<qint64>::max();
    for (int page = 0; page < 100; ++page) {
        const auto answer = m_http->get(
            "/v1/customers",
            "limit=100" + (after.isEmpty() ? QByteArray() : "&starting_after=" + after.toLatin1()));
        QCOMPARE(answer.status, 200);
        const QJsonArray data = answer.json.value("data").toArray();
        for (const QJsonValue &item : data) {
            const qint64 created = item.toObject().value("created").toInteger();
            QVERIFY(created <= previousCreated); // newest first
            previousCreated = created;
        }
        all << ids(answer.json);
        if (!answer.json.value("has_more").toBool())
            break;
        after = all.last();
    }
    QCOMPARE(all.size(), 3200);
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 3200);
}

void TestSandboxPaging::endingBeforeGoesBackwards()
{
    const QStringList first = ids(m_http->get("/v1/customers", "limit=30").json);
    const QStringList second
        = ids(m_http->get("/v1/customers", "limit=30&starting_after=" + first.last().toLatin1()).json);
    const auto back = m_http->get("/v1/customers", "limit=30&ending_before=" + second.first().toLatin1());
    QCOMPARE(ids(back.json), first);
    QCOMPARE(back.json.value("has_more").toBool(), false);
    const auto partial = m_http->get("/v1/customers", "limit=10&ending_before=" + second.first().toLatin1());
    QCOMPARE(ids(partial.json), first.mid(20));
    QCOMPARE(partial.json.value("has_more").toBool(), true);
    QCOMPARE(
        m_http
            ->get("/v1/customers",
                  "starting_after=" + first.first().toLatin1() + "&ending_before=" + first.last().toLatin1())
            .status,
        400);
}

void TestSandboxPaging::createdRanges()
{
    const QJsonArray page = m_http->get("/v1/customers", "limit=5").json.value("data").toArray();
    const qint64 newest = page.first().toObject().value("created").toInteger();
    const qint64 fifth = page.last().toObject().value("created").toInteger();
    const auto range = m_http->get("/v1/customers",
                                   "limit=100&created%5Bgte%5D=" + QByteArray::number(fifth)
                                       + "&created%5Blte%5D=" + QByteArray::number(newest));
    QCOMPARE(ids(range.json).mid(0, 5), ids(m_http->get("/v1/customers", "limit=5").json));
    for (const QJsonValue &item : range.json.value("data").toArray()) {
        const qint64 created = item.toObject().value("created").toInteger();
        QVERIFY(created >= fifth && created <= newest);
    }
    const auto exact = m_http->get("/v1/customers", "created=" + QByteArray::number(newest));
    QVERIFY(ids(exact.json).contains(page.first().toObject().value("id").toString()));
    QCOMPARE(m_http->get("/v1/customers", "created%5Bgt%5D=" + QByteArray::number(newest))
                 .json.value("data")
                 .toArray()
                 .size(),
             0);
}

void TestSandboxPaging::filters()
{
    const QJsonObject someone
        = m_http->get("/v1/customers", "limit=1").json.value("data").toArray().first().toObject();
    const QString email = someone.value("email").toString();
    const auto byEmail = m_http->get("/v1/customers", "email=" + QUrl::toPercentEncoding(email));
    QVERIFY(ids(byEmail.json).contains(someone.value("id").toString()));
    for (const QJsonValue &c : byEmail.json.value("data").toArray())
        QCOMPARE(c.toObject().value("email").toString(), email);
    // Stripe's email list filter is case-sensitive.
    if (email != email.toUpper())
        QVERIFY(!ids(m_http->get("/v1/customers", "email=" + QUrl::toPercentEncoding(email.toUpper())).json)
                     .contains(someone.value("id").toString()));

    const QJsonArray charges = m_http->get("/v1/charges", "limit=100").json.value("data").toArray();
    const QString customer = charges.first().toObject().value("customer").toString();
    for (const QJsonValue &c :
         m_http->get("/v1/charges", "limit=100&customer=" + customer.toLatin1()).json.value("data").toArray())
        QCOMPARE(c.toObject().value("customer").toString(), customer);
    for (const QJsonValue &p : m_http->get("/v1/products", "active=false").json.value("data").toArray())
        QCOMPARE(p.toObject().value("active").toBool(true), false);
    for (const QJsonValue &p :
         m_http->get("/v1/promotion_codes", "limit=100&coupon=SUMMER20").json.value("data").toArray())
        QCOMPARE(p.toObject().value("promotion").toObject().value("coupon").toString(),
                 QStringLiteral("SUMMER20"));
}

void TestSandboxPaging::searchPagesWithNextPage()
{
    QStringList seen;
    QString page;
    int total = -1;
    for (int i = 0; i < 200; ++i) {
        QByteArray query
            = "query=" + QUrl::toPercentEncoding("email~'example'") + "&limit=100&expand%5B%5D=total_count";
        if (!page.isEmpty())
            query += "&page=" + QUrl::toPercentEncoding(page);
        const auto answer = m_http->get("/v1/customers/search", query);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value("object").toString(), QStringLiteral("search_result"));
        total = int(answer.json.value("total_count").toInteger());
        seen << ids(answer.json);
        if (!answer.json.value("has_more").toBool()) {
            QVERIFY(answer.json.value("next_page").isNull());
            break;
        }
        page = answer.json.value("next_page").toString();
        QVERIFY(!page.isEmpty());
    }
    QCOMPARE(seen.size(), total);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());
    QVERIFY(total > 3000);
    QCOMPARE(m_http->get("/v1/customers/search", "query=x&page=garbage").status, 400);
}

void TestSandboxPaging::searchLanguage_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("valid");
    QTest::newRow("exact email") << "email:'jane.doe@example.com'" << true;
    QTest::newRow("substring name") << "name~'ana'" << true;
    QTest::newRow("or") << "name~'jane' OR email~'kim'" << true;
    QTest::newRow("and") << "name~'jane' AND email~'example'" << true;
    QTest::newRow("metadata") << "metadata['tier']:'gold'" << true;
    QTest::newRow("double quotes") << "email:\"jane.doe@example.com\"" << true;
    QTest::newRow("escaped quote") << "name:'O\\'Brien'" << true;
    QTest::newRow("numeric range") << "created>1700000000" << true;
    QTest::newRow("negation") << "-name~'jane'" << true;
    QTest::newRow("and plus or") << "name~'jane' AND email~'x' OR name~'kim'" << false;
    QTest::newRow("unknown field") << "colour:'red'" << false;
    QTest::newRow("short substring") << "name~'ab'" << false;
    QTest::newRow("unterminated") << "name:'jane" << false;
    QTest::newRow("empty") << "" << false;
}

void TestSandboxPaging::searchLanguage()
{
    QFETCH(QString, query);
    QFETCH(bool, valid);
    const auto answer
        = m_http->get("/v1/customers/search", "limit=100&query=" + QUrl::toPercentEncoding(query));
    QCOMPARE(answer.status, valid ? 200 : 400);
    if (!valid) {
        QCOMPARE(answer.errorParam(), QStringLiteral("query"));
        return;
    }
    for (const QJsonValue &value : answer.json.value("data").toArray()) {
        const QJsonObject c = value.toObject();
        if (query.startsWith("metadata"))
            QCOMPARE(c.value("metadata").toObject().value("tier").toString(), QStringLiteral("gold"));
        if (query == "name~'ana'")
            QVERIFY(c.value("name").toString().contains("ana", Qt::CaseInsensitive));
        if (query.startsWith("-name"))
            QVERIFY(!c.value("name").toString().contains("jane", Qt::CaseInsensitive));
        if (query.contains(" OR "))
            QVERIFY(c.value("name").toString().contains("jane", Qt::CaseInsensitive)
                    || c.value("email").toString().contains("kim", Qt::CaseInsensitive));
    }
}

void TestSandboxPaging::demoDataIsDeterministicAndPlausible()
{
    sandbox::Server again;
    sandbox::Options options;
    QString error;
    QVERIFY(again.start(options, &error));
    sandbox::Server same;
    QVERIFY(same.start(options, &error));
    SandboxHttp a(again.url()), b(same.url());
    QCOMPARE(a.get("/v1/customers", "limit=100").body, b.get("/v1/customers", "limit=100").body);
    sandbox::Server other;
    options.seed = 7;
    QVERIFY(other.start(options, &error));
    QVERIFY(SandboxHttp(other.url()).get("/v1/customers", "limit=5").body
            != a.get("/v1/customers", "limit=5").body);

    // What a user clicking around expects to find in the default sandbox.
    QCOMPARE(again.store().collection("customers").size(), 300);
    QVERIFY(again.store().collection("invoices").size() >= 1000);
    QSet<QString> statuses, currencies;
    const auto &invoices = again.store().collection("invoices");
    for (int i = 0; i < invoices.size(); ++i)
        statuses.insert(invoices.at(i).value("status").toString());
    QCOMPARE(statuses, (QSet<QString> {"draft", "open", "paid", "void", "uncollectible"}));
    const auto &prices = again.store().collection("prices");
    for (int i = 0; i < prices.size(); ++i)
        currencies.insert(prices.at(i).value("currency").toString());
    QVERIFY(currencies.contains("jpy") && currencies.contains("kwd") && currencies.contains("eur"));
    int partly = 0, fully = 0, failed = 0;
    const auto &charges = again.store().collection("charges");
    for (int i = 0; i < charges.size(); ++i) {
        const QJsonObject c = charges.at(i);
        failed += c.value("status").toString() == "failed";
        fully += c.value("refunded").toBool();
        partly += !c.value("refunded").toBool() && c.value("amount_refunded").toInteger() > 0;
    }
    QVERIFY(partly > 10 && fully > 10 && failed > 5);
    int expiredOrInactive = 0, active = 0;
    const auto &codes = again.store().collection("promotion_codes");
    for (int i = 0; i < codes.size(); ++i) {
        const QJsonObject p = codes.at(i);
        const bool expired
            = !p.value("expires_at").isNull() && p.value("expires_at").toInteger() < sandbox::DemoData::now;
        (p.value("active").toBool() && !expired ? active : expiredOrInactive)++;
    }
    QVERIFY(active > 3 && expiredOrInactive > 3);
}

PAYDESK_TEST_GUILESS_MAIN(TestSandboxPaging)
#include "tst_sandbox_paging.moc"
