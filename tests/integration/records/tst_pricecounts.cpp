#include "src/records/PriceCounts.h"
#include "src/stripe/Client.h"
#include "tests/support/ScriptedHttpServer.h"
#include "tests/support/TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using records::PriceCounts;
using Response = ScriptedHttpServer::Response;

namespace {

// 250 prices, newest first, paged like Stripe: price_249..price_50 belong to prod_a, the rest
// to prod_b; every tenth of prod_b's comes with its product expanded.
Response pricesPage(const ScriptedHttpServer::Request &request)
{
    constexpr int total = 250;
    const QUrlQuery query(QString::fromLatin1(request.query));
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
    const QString after = query.queryItemValue(QStringLiteral("starting_after"));
    const int start = after.isEmpty() ? total - 1 : after.mid(6).toInt() - 1;
    QJsonArray data;
    for (int n = start; n >= 0 && data.size() < limit; --n) {
        const QString product = n >= 50 ? QStringLiteral("prod_a") : QStringLiteral("prod_b");
        data.append(QJsonObject {{"id", QStringLiteral("price_%1").arg(n)},
                                 {"object", "price"},
                                 {"product",
                                  n % 10 == 0 && n < 50
                                      ? QJsonValue(QJsonObject {{"id", product}, {"object", "product"}})
                                      : QJsonValue(product)}});
    }
    return Response::json(
        200,
        QJsonDocument(QJsonObject {{"object", "list"}, {"data", data}, {"has_more", start - limit >= 0}})
            .toJson(QJsonDocument::Compact));
}

} // namespace

// The Products table's Prices column: every page of prices counted, by product, and told only
// once complete; a failure is told as such, never as a count.
class TestPriceCounts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void countsEveryPageByProduct();
    void failureIsNotACount();
    void listThatRepeatsItselfIsNotCounted();

private:
    bool waitFor(PriceCounts &counts, PriceCounts::State state);

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<stripe::Client> m_client;
};

void TestPriceCounts::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    m_client = std::make_unique<stripe::Client>();
    m_client->setBaseUrl(m_server->url());
    m_client->setApiKey(QStringLiteral("sk_test_counts"));
    stripe::Client::Options options;
    options.retry.maxRetries = 0;
    m_client->setOptions(options);
}

bool TestPriceCounts::waitFor(PriceCounts &counts, PriceCounts::State state)
{
    return QTest::qWaitFor([&] { return counts.state() == state; }, 5000);
}

void TestPriceCounts::countsEveryPageByProduct()
{
    m_server->setHandler(pricesPage);
    PriceCounts counts;
    counts.recount(m_client.get());
    QCOMPARE(counts.state(), PriceCounts::State::Counting);
    QCOMPARE(counts.text(QStringLiteral("prod_a")), QStringLiteral("…")); // not a partial number
    QCOMPARE(counts.count(QStringLiteral("prod_a")), -1);
    QVERIFY(waitFor(counts, PriceCounts::State::Ready));
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(m_server->requests().first().path, QByteArray("/v1/prices"));
    QCOMPARE(counts.text(QStringLiteral("prod_a")), QStringLiteral("200"));
    QCOMPARE(counts.count(QStringLiteral("prod_b")), 50); // expanded products counted too
    QCOMPARE(counts.text(QStringLiteral("prod_none")), QStringLiteral("0"));

    // Counting again starts from the first page and does not add to the last count.
    counts.recount(m_client.get());
    QVERIFY(waitFor(counts, PriceCounts::State::Ready));
    QCOMPARE(counts.count(QStringLiteral("prod_a")), 200);
}

void TestPriceCounts::failureIsNotACount()
{
    int served = 0;
    m_server->setHandler([&served](const auto &request) {
        return ++served == 2 ? Response::stripeError(500, "api_error", "Something went wrong")
                             : pricesPage(request);
    });
    PriceCounts counts;
    counts.recount(m_client.get());
    QVERIFY(waitFor(counts, PriceCounts::State::Failed));
    QCOMPARE(counts.text(QStringLiteral("prod_a")), QStringLiteral("?"));
    QCOMPARE(counts.count(QStringLiteral("prod_a")), -1);
    QVERIFY2(counts.failureText().contains("Something went wrong"), qPrintable(counts.failureText()));
}

void TestPriceCounts::listThatRepeatsItselfIsNotCounted()
{
    m_server->setHandler([](const auto &) {
        return Response::json(
            200, R"({"object":"list","has_more":true,"data":[{"id":"price_1","product":"prod_a"}]})");
    });
    PriceCounts counts;
    counts.recount(m_client.get());
    QVERIFY(waitFor(counts, PriceCounts::State::Failed));
    QVERIFY2(counts.failureText().contains("same page came back"), qPrintable(counts.failureText()));
}

PAYDESK_TEST_GUILESS_MAIN(TestPriceCounts)
#include "tst_pricecounts.moc"
