#include "src/sandbox/Server.h"
#include "tests/integration/sandbox/SandboxHttp.h"
#include "tests/support/TestMain.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

#include <functional>

using Keep = std::function<bool(const QJsonObject &)>;
Q_DECLARE_METATYPE(Keep)

// Stripe's search language over every query field Stripe documents for the resources the sandbox
// searches (docs.stripe.com/search#supported-query-fields-for-each-resource): each query's results
// are compared with the objects an independent reading of the documentation picks from the store.
class TestSandboxSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fields_data();
    void fields();
    void refusedQueries_data();
    void refusedQueries();

private:
    QStringList searchAll(const QString &resource, const QString &query, int *status, QString *error);
    QStringList expected(const QString &collection, const Keep &keep);
    QJsonObject sample(const QString &collection, const Keep &keep);

    sandbox::Server m_server;
    std::unique_ptr<SandboxHttp> m_http;
};

namespace {

QString text(const QJsonObject &o, const char *path)
{
    QJsonValue v(o);
    for (const QString &part : QString::fromLatin1(path).split('.'))
        v = v.toObject().value(part);
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

qint64 number(const QJsonObject &o, const char *field)
{
    return o.value(field).toInteger();
}

// The words of the value appear, in order and together, in the field (Stripe's string exact match).
bool hasPhrase(const QString &field, const QString &phrase)
{
    return QRegularExpression("(^|[^\\w])" + QRegularExpression::escape(phrase) + "($|[^\\w])",
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::UseUnicodePropertiesOption)
        .match(field)
        .hasMatch();
}

} // namespace

void TestSandboxSearch::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    m_http = std::make_unique<SandboxHttp>(m_server.url());
    // No dispute can be opened through the API: mark one charge as disputed in the store.
    auto &charges = m_server.store().collection("charges");
    for (int i = charges.size() - 1; i >= 0; --i) {
        QJsonObject charge = charges.at(i);
        if (charge.value("status").toString() == "succeeded" && charge.value("captured").toBool()) {
            charge.insert("disputed", true);
            charges.replace(charge);
            break;
        }
    }
}

QStringList TestSandboxSearch::searchAll(const QString &resource, const QString &query, int *status,
                                         QString *error)
{
    QStringList ids;
    QString page;
    for (int i = 0; i < 100; ++i) {
        QByteArray params = "limit=100&query=" + QUrl::toPercentEncoding(query);
        if (!page.isEmpty())
            params += "&page=" + QUrl::toPercentEncoding(page);
        const auto answer = m_http->get("/v1/" + resource + "/search", params);
        *status = answer.status;
        *error = answer.errorMessage();
        if (answer.status != 200)
            return {};
        for (const QJsonValue &object : answer.json.value("data").toArray())
            ids << object.toObject().value("id").toString();
        if (!answer.json.value("has_more").toBool())
            break;
        page = answer.json.value("next_page").toString();
    }
    return ids;
}

// Newest first, like a search.
QStringList TestSandboxSearch::expected(const QString &collection, const Keep &keep)
{
    QStringList ids;
    const auto &objects = m_server.store().collection(collection);
    for (int i = objects.size() - 1; i >= 0; --i)
        if (!objects.isDeleted(i) && keep(objects.at(i)))
            ids << objects.at(i).value("id").toString();
    return ids;
}

QJsonObject TestSandboxSearch::sample(const QString &collection, const Keep &keep)
{
    const auto &objects = m_server.store().collection(collection);
    for (int i = objects.size() / 2; i < objects.size(); ++i)
        if (keep(objects.at(i)))
            return objects.at(i);
    return {};
}

void TestSandboxSearch::fields_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("query");
    QTest::addColumn<Keep>("keep");
    QTest::addColumn<bool>("mayBeEmpty");

    const QJsonObject charge = sample("charges", [](const QJsonObject &c) {
        return c.value("status").toString() == "succeeded"
            && !text(c, "payment_method_details.card.fingerprint").isEmpty()
            && !text(c, "billing_details.address.postal_code").isEmpty();
    });
    const QString customer = charge.value("customer").toString();
    const QString zip = text(charge, "billing_details.address.postal_code");
    const QString fingerprint = text(charge, "payment_method_details.card.fingerprint");
    const qint64 amount = number(charge, "amount");
    const qint64 created = number(charge, "created");
    QVERIFY(!customer.isEmpty() && !zip.isEmpty());

    // Charges: every documented field.
    QTest::newRow("charges amount>") << "charges"
                                     << "amount>10000"
                                     << Keep([](const QJsonObject &c) { return number(c, "amount") > 10000; })
                                     << false;
    QTest::newRow("charges amount exact")
        << "charges" << QString("amount:%1").arg(amount)
        << Keep([amount](const QJsonObject &c) { return number(c, "amount") == amount; }) << false;
    QTest::newRow("charges amount quoted >=")
        << "charges"
        << "amount>=\"500\" AND amount<=\"900\""
        << Keep([](const QJsonObject &c) { return number(c, "amount") >= 500 && number(c, "amount") <= 900; })
        << false;
    QTest::newRow("charges postal code")
        << "charges" << QString("billing_details.address.postal_code:\"%1\"").arg(zip)
        << Keep([zip](const QJsonObject &c) {
               return text(c, "billing_details.address.postal_code").compare(zip, Qt::CaseInsensitive) == 0;
           })
        << false;
    QTest::newRow("charges created <")
        << "charges" << QString("created<%1").arg(created)
        << Keep([created](const QJsonObject &c) { return number(c, "created") < created; }) << false;
    QTest::newRow("charges currency any case")
        << "charges"
        << "currency:\"EUR\""
        << Keep([](const QJsonObject &c) { return c.value("currency").toString() == "eur"; }) << false;
    QTest::newRow("charges customer")
        << "charges" << QString("customer:'%1'").arg(customer)
        << Keep([customer](const QJsonObject &c) { return c.value("customer").toString() == customer; })
        << false;
    QTest::newRow("charges disputed")
        << "charges"
        << "disputed:\"true\"" << Keep([](const QJsonObject &c) { return c.value("disputed").toBool(); })
        << false;
    QTest::newRow("charges not disputed")
        << "charges"
        << "disputed:\"false\"" << Keep([](const QJsonObject &c) { return !c.value("disputed").toBool(); })
        << false;
    QTest::newRow("charges metadata")
        << "charges"
        << "metadata[\"paydesk_order\"]:\"1\"" << Keep([](const QJsonObject &c) {
               return c.value("metadata").toObject().value("paydesk_order").toString() == "1";
           })
        << false;
    QTest::newRow("charges last4") << "charges"
                                   << "payment_method_details.card.last4:4242"
                                   << Keep([](const QJsonObject &c) {
                                          return text(c, "payment_method_details.card.last4") == "4242";
                                      })
                                   << false;
    QTest::newRow("charges brand") << "charges"
                                   << "payment_method_details.card.brand:\"Mastercard\""
                                   << Keep([](const QJsonObject &c) {
                                          return text(c, "payment_method_details.card.brand") == "mastercard";
                                      })
                                   << false;
    QTest::newRow("charges exp_month")
        << "charges"
        << "payment_method_details.card.exp_month:12"
        << Keep([](const QJsonObject &c) { return text(c, "payment_method_details.card.exp_month") == "12"; })
        << false;
    QTest::newRow("charges exp_year")
        << "charges"
        << "payment_method_details.card.exp_year:\"2030\"" << Keep([](const QJsonObject &c) {
               return text(c, "payment_method_details.card.exp_year") == "2030";
           })
        << false;
    QTest::newRow("charges fingerprint")
        << "charges" << QString("payment_method_details.card.fingerprint:\"%1\"").arg(fingerprint)
        << Keep([fingerprint](const QJsonObject &c) {
               return text(c, "payment_method_details.card.fingerprint") == fingerprint;
           })
        << false;
    QTest::newRow("charges card_present") << "charges"
                                          << "payment_method_details.card_present.last4:4242"
                                          << Keep([](const QJsonObject &) { return false; }) << true;
    QTest::newRow("charges interac_present") << "charges"
                                             << "payment_method_details.interac_present.brand:\"visa\""
                                             << Keep([](const QJsonObject &) { return false; }) << true;
    QTest::newRow("charges refunded true")
        << "charges"
        << "refunded:\"true\"" << Keep([](const QJsonObject &c) { return c.value("refunded").toBool(); })
        << false;
    QTest::newRow("charges refunded false is partly")
        << "charges"
        << "refunded:\"false\"" << Keep([](const QJsonObject &c) {
               return !c.value("refunded").toBool() && number(c, "amount_refunded") > 0;
           })
        << false;
    QTest::newRow("charges refunded null is not at all")
        << "charges"
        << "refunded:null" << Keep([](const QJsonObject &c) { return number(c, "amount_refunded") == 0; })
        << false;
    QTest::newRow("charges status") << "charges"
                                    << "status:\"failed\"" << Keep([](const QJsonObject &c) {
                                           return c.value("status").toString() == "failed";
                                       })
                                    << false;
    QTest::newRow("charges negation, spaces are AND")
        << "charges"
        << "-currency:\"usd\" status:'succeeded'" << Keep([](const QJsonObject &c) {
               return c.value("currency").toString() != "usd" && c.value("status").toString() == "succeeded";
           })
        << false;
    QTest::newRow("charges lower-case or")
        << "charges"
        << "currency:\"jpy\" or currency:\"gbp\"" << Keep([](const QJsonObject &c) {
               return c.value("currency").toString() == "jpy" || c.value("currency").toString() == "gbp";
           })
        << false;

    // Customers.
    const QJsonObject person
        = sample("customers", [](const QJsonObject &c) { return !c.value("phone").isNull(); });
    const QString email = person.value("email").toString();
    const QString phone = person.value("phone").toString();
    const qint64 joined = number(person, "created");
    QTest::newRow("customers created")
        << "customers" << QString("created>=%1").arg(joined)
        << Keep([joined](const QJsonObject &c) { return number(c, "created") >= joined; }) << false;
    QTest::newRow("customers email exact")
        << "customers" << QString("email:\"%1\"").arg(email.toUpper())
        << Keep([email](const QJsonObject &c) { return hasPhrase(c.value("email").toString(), email); })
        << false;
    QTest::newRow("customers email substring")
        << "customers"
        << "email~\"example.org\""
        << Keep([](const QJsonObject &c) { return c.value("email").toString().contains("example.org"); })
        << false;
    QTest::newRow("customers name words")
        << "customers"
        << "name:\"jane doe\""
        << Keep([](const QJsonObject &c) { return hasPhrase(c.value("name").toString(), "jane doe"); })
        << false;
    QTest::newRow("customers name substring")
        << "customers"
        << "name~\"ANA\"" << Keep([](const QJsonObject &c) {
               return c.value("name").toString().contains("ana", Qt::CaseInsensitive);
           })
        << false;
    QTest::newRow("customers phone") << "customers" << QString("phone:\"%1\"").arg(phone)
                                     << Keep([phone](const QJsonObject &c) {
                                            return hasPhrase(c.value("phone").toString(), phone);
                                        })
                                     << false;
    QTest::newRow("customers metadata")
        << "customers"
        << "metadata['tier']:'GOLD'" << Keep([](const QJsonObject &c) {
               return c.value("metadata").toObject().value("tier").toString() == "gold";
           })
        << false;
    QTest::newRow("customers has a metadata key")
        << "customers"
        << "-metadata[\"tier\"]:null"
        << Keep([](const QJsonObject &c) { return c.value("metadata").toObject().contains("tier"); })
        << false;
    QTest::newRow("customers without phone")
        << "customers"
        << "phone:NULL" << Keep([](const QJsonObject &c) { return c.value("phone").isNull(); }) << false;

    // Invoices.
    const QJsonObject bill
        = sample("invoices", [](const QJsonObject &i) { return !i.value("number").isNull(); });
    const QString numbered = bill.value("number").toString();
    QTest::newRow("invoices created")
        << "invoices" << QString("created>%1").arg(number(bill, "created"))
        << Keep([bill](const QJsonObject &i) { return number(i, "created") > number(bill, "created"); })
        << false;
    QTest::newRow("invoices currency")
        << "invoices"
        << "currency:'gbp'"
        << Keep([](const QJsonObject &i) { return i.value("currency").toString() == "gbp"; }) << false;
    QTest::newRow("invoices customer")
        << "invoices" << QString("customer:'%1'").arg(bill.value("customer").toString())
        << Keep([bill](const QJsonObject &i) { return i.value("customer") == bill.value("customer"); })
        << false;
    QTest::newRow("invoices number") << "invoices" << QString("number:\"%1\"").arg(numbered.toLower())
                                     << Keep([numbered](const QJsonObject &i) {
                                            return hasPhrase(i.value("number").toString(), numbered);
                                        })
                                     << false;
    QTest::newRow("invoices receipt_number")
        << "invoices"
        << "receipt_number:null AND status:\"paid\"" << Keep([](const QJsonObject &i) {
               return i.value("receipt_number").isNull() && i.value("status").toString() == "paid";
           })
        << false;
    QTest::newRow("invoices status") << "invoices"
                                     << "status:\"uncollectible\"" << Keep([](const QJsonObject &i) {
                                            return i.value("status").toString() == "uncollectible";
                                        })
                                     << false;
    QTest::newRow("invoices subscription")
        << "invoices"
        << "subscription:\"sub_123\"" << Keep([](const QJsonObject &) { return false; }) << true;
    QTest::newRow("invoices total") << "invoices"
                                    << "total>50000"
                                    << Keep([](const QJsonObject &i) { return number(i, "total") > 50000; })
                                    << false;
    QTest::newRow("invoices metadata absent")
        << "invoices"
        << "metadata[\"nothing\"]:null currency:\"usd\""
        << Keep([](const QJsonObject &i) { return i.value("currency").toString() == "usd"; }) << false;

    // PaymentIntents.
    QTest::newRow("intents amount") << "payment_intents"
                                    << "amount<1000"
                                    << Keep([](const QJsonObject &p) { return number(p, "amount") < 1000; })
                                    << false;
    QTest::newRow("intents created") << "payment_intents" << QString("created<=%1").arg(created)
                                     << Keep([created](const QJsonObject &p) {
                                            return number(p, "created") <= created;
                                        })
                                     << false;
    QTest::newRow("intents currency")
        << "payment_intents"
        << "currency:\"kwd\""
        << Keep([](const QJsonObject &p) { return p.value("currency").toString() == "kwd"; }) << false;
    QTest::newRow("intents customer")
        << "payment_intents" << QString("customer:\"%1\"").arg(customer)
        << Keep([customer](const QJsonObject &p) { return p.value("customer").toString() == customer; })
        << false;
    QTest::newRow("intents status") << "payment_intents"
                                    << "status:\"requires_capture\"" << Keep([](const QJsonObject &p) {
                                           return p.value("status").toString() == "requires_capture";
                                       })
                                    << false;
    QTest::newRow("intents metadata")
        << "payment_intents"
        << "metadata[\"paydesk_order\"]:\"1\" AND -status:\"succeeded\"" << Keep([](const QJsonObject &p) {
               return p.value("metadata").toObject().value("paydesk_order").toString() == "1"
                   && p.value("status").toString() != "succeeded";
           })
        << false;
}

void TestSandboxSearch::fields()
{
    QFETCH(QString, collection);
    QFETCH(QString, query);
    QFETCH(Keep, keep);
    QFETCH(bool, mayBeEmpty);
    int status = 0;
    QString error;
    const QStringList found = searchAll(collection, query, &status, &error);
    QVERIFY2(status == 200, qPrintable(error));
    const QStringList wanted = expected(collection, keep);
    QCOMPARE(found, wanted);
    if (!mayBeEmpty) {
        QVERIFY2(!wanted.isEmpty(), "the query should find something in the demo data");
        QVERIFY2(wanted.size() < m_server.store().collection(collection).size(),
                 "the query should leave something out");
    }
}

void TestSandboxSearch::refusedQueries_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("field of another resource")
        << "customers"
        << "amount>10"
        << "Field 'amount' is an unsupported search field for resource 'customers'. See "
           "https://docs.stripe.com/search#query-fields-for-customers for a list of supported fields.";
    QTest::newRow("undocumented field") << "charges"
                                        << "description:\"x\""
                                        << "unsupported search field for resource 'charges'";
    QTest::newRow("intents have no email") << "payment_intents"
                                           << "email:\"a@b.c\""
                                           << "#query-fields-for-payment-intents";
    QTest::newRow("unquoted string") << "charges"
                                     << "currency:usd"
                                     << "quotation marks";
    QTest::newRow("substring on a token") << "charges"
                                          << "currency~\"usd\""
                                          << "does not support substring search";
    QTest::newRow("substring too short") << "customers"
                                         << "name~\"ab\""
                                         << "at least 3 characters";
    QTest::newRow("greater than on a string") << "customers"
                                              << "email>\"a\""
                                              << "does not support the '>' operator";
    QTest::newRow("greater than on a token") << "charges"
                                             << "status>\"a\""
                                             << "does not support the '>' operator";
    QTest::newRow("number expected") << "charges"
                                     << "amount>\"ten\""
                                     << "compares numbers";
    QTest::newRow("number exact expected") << "invoices"
                                           << "total:\"ten\""
                                           << "is numeric";
    QTest::newRow("disputed only true or false") << "charges"
                                                 << "disputed:\"maybe\""
                                                 << "only the tokens";
    QTest::newRow("refunded only true false null") << "charges"
                                                   << "refunded:\"partly\""
                                                   << "fully refunded";
    QTest::newRow("and with or") << "charges"
                                 << "currency:\"usd\" AND status:\"failed\" OR amount>1"
                                 << "mutually exclusive";
    QTest::newRow("space with or") << "charges"
                                   << "currency:\"usd\" status:\"failed\" OR amount>1"
                                   << "mutually exclusive";
    QTest::newRow("parentheses") << "charges"
                                 << "(currency:\"usd\")"
                                 << "expected a field";
    QTest::newRow("no operator") << "charges"
                                 << "currency"
                                 << "expected an operator";
    QTest::newRow("no value") << "charges"
                              << "currency:"
                              << "expected a value";
    QTest::newRow("no space between clauses") << "charges"
                                              << "currency:\"usd\"status:\"failed\""
                                              << "expected a space";
    QTest::newRow("dangling and") << "charges"
                                  << "currency:\"usd\" AND"
                                  << "expected a clause after AND";
    QTest::newRow("unterminated") << "charges"
                                  << "currency:\"usd"
                                  << "never closed";
    QTest::newRow("metadata without key") << "charges"
                                          << "metadata:\"x\""
                                          << "metadata[\"key\"]";
    QTest::newRow("empty") << "charges"
                           << "  "
                           << "empty";
    QTest::newRow("too long") << "charges" << QString("amount>1 ").repeated(600) << "longer than 5000";
}

void TestSandboxSearch::refusedQueries()
{
    QFETCH(QString, collection);
    QFETCH(QString, query);
    QFETCH(QString, message);
    const auto answer
        = m_http->get("/v1/" + collection + "/search", "query=" + QUrl::toPercentEncoding(query));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorType(), QStringLiteral("invalid_request_error"));
    QCOMPARE(answer.errorParam(), QStringLiteral("query"));
    QVERIFY2(answer.errorMessage().contains(message), qPrintable(answer.errorMessage()));
}

PAYDESK_TEST_GUILESS_MAIN(TestSandboxSearch)
#include "tst_sandbox_search.moc"
