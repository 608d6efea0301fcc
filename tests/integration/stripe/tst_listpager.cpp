#include "src/stripe/Client.h"
#include "src/stripe/ListPager.h"
#include "tests/support/ScriptedHttpServer.h"
#include "tests/support/TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono_literals;
using stripe::Client;
using stripe::ListPager;
using Response = ScriptedHttpServer::Response;

namespace {

// A list endpoint over ids obj_<n-1> .. obj_0 (newest first), paged like Stripe's.
Response listPage(const ScriptedHttpServer::Request &request, int total)
{
    const QUrlQuery query(QString::fromLatin1(request.query));
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
    const QString after = query.queryItemValue(QStringLiteral("starting_after"));
    int start = total - 1;
    if (!after.isEmpty())
        start = after.mid(4).toInt() - 1;
    QJsonArray data;
    for (int n = start; n >= 0 && data.size() < limit; --n)
        data.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("obj_%1").arg(n)}});
    const bool hasMore
        = !data.isEmpty() && data.last().toObject().value(QStringLiteral("id")) != QStringLiteral("obj_0");
    const QJsonObject page {{QStringLiteral("object"), QStringLiteral("list")},
                            {QStringLiteral("data"), data},
                            {QStringLiteral("has_more"), hasMore},
                            {QStringLiteral("url"), QStringLiteral("/v1/customers")}};
    return Response::json(200, QJsonDocument(page).toJson(QJsonDocument::Compact));
}

} // namespace

class TestListPager : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pagesThroughThreePages();
    void emptyList();
    void searchFollowsNextPage();
    void failedPageCanBeRetried();
    void neverLoopsOnARepeatedCursor();
    void stopsAtMaxPages();
    void cancelSuppressesThePage();
    void escapedNamesAndIdsReadAlike();

private:
    QStringList loadAll(ListPager &pager);

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<Client> m_client;
};

void TestListPager::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    m_client = std::make_unique<Client>();
    m_client->setBaseUrl(m_server->url());
    m_client->setApiKey(QStringLiteral("sk_test_pager"));
    Client::Options options;
    options.retry.maxRetries = 0;
    m_client->setOptions(options);
}

QStringList TestListPager::loadAll(ListPager &pager)
{
    QStringList ids;
    connect(&pager, &ListPager::pageLoaded, this, [&ids](const QList<stripe::ListObject> &objects) {
        for (const auto &object : objects) {
            // The id read without building the object is the one the object holds.
            QCOMPARE(object.object().value(QStringLiteral("id")).toString(), object.id());
            ids.append(object.id());
        }
    });
    while (pager.hasMore()) {
        QSignalSpy loaded(&pager, &ListPager::pageLoaded);
        pager.fetchNext();
        if (!loaded.wait(5000))
            break;
    }
    return ids;
}

void TestListPager::pagesThroughThreePages()
{
    m_server->setHandler([](const auto &request) { return listPage(request, 250); });
    ListPager pager(m_client.get(), ListPager::Kind::List, QStringLiteral("/v1/customers"),
                    {{"email", "jane@example.com"}});
    const QStringList ids = loadAll(pager);
    QCOMPARE(ids.size(), 250);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 250);
    QCOMPARE(ids.first(), QStringLiteral("obj_249"));
    QCOMPARE(ids.last(), QStringLiteral("obj_0"));
    QCOMPARE(pager.pagesLoaded(), 3);
    QCOMPARE(m_server->requests().size(), 3);
    const QUrlQuery second(QString::fromLatin1(m_server->requests().at(1).query));
    QCOMPARE(second.queryItemValue(QStringLiteral("starting_after")), QStringLiteral("obj_150"));
    QCOMPARE(second.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
    QCOMPARE(second.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded),
             QStringLiteral("jane@example.com"));
}

void TestListPager::emptyList()
{
    m_server->setHandler([](const auto &request) { return listPage(request, 0); });
    ListPager pager(m_client.get(), ListPager::Kind::List, QStringLiteral("/v1/customers"), {});
    QSignalSpy loaded(&pager, &ListPager::pageLoaded);
    pager.fetchNext();
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.first().at(0).value<QList<stripe::ListObject>>().size(), 0);
    QCOMPARE(loaded.first().at(1).toBool(), false);
    QVERIFY(!pager.hasMore());
}

void TestListPager::searchFollowsNextPage()
{
    m_server->setHandler([](const ScriptedHttpServer::Request &request) {
        const QUrlQuery query(QString::fromLatin1(request.query));
        const QString page = query.queryItemValue(QStringLiteral("page"));
        const int index = page.isEmpty() ? 0 : page.mid(5).toInt();
        QJsonArray data {QJsonObject {{QStringLiteral("id"), QStringLiteral("cus_%1").arg(index)}}};
        const bool hasMore = index < 2;
        const QJsonObject body {
            {QStringLiteral("object"), QStringLiteral("search_result")},
            {QStringLiteral("data"), data},
            {QStringLiteral("has_more"), hasMore},
            {QStringLiteral("next_page"),
             hasMore ? QJsonValue(QStringLiteral("page_%1").arg(index + 1)) : QJsonValue(QJsonValue::Null)}};
        return Response::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    });
    ListPager pager(m_client.get(), ListPager::Kind::Search, QStringLiteral("/v1/customers/search"),
                    {{"query", "email~'jane'"}});
    const QStringList ids = loadAll(pager);
    QCOMPARE(ids, QStringList({"cus_0", "cus_1", "cus_2"}));
    for (const auto &request : m_server->requests()) {
        const QUrlQuery query(QString::fromLatin1(request.query));
        QCOMPARE(query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded),
                 QStringLiteral("email~'jane'"));
        QVERIFY(!query.hasQueryItem(QStringLiteral("starting_after")));
    }
    QCOMPARE(QUrlQuery(QString::fromLatin1(m_server->requests().at(2).query))
                 .queryItemValue(QStringLiteral("page")),
             QStringLiteral("page_2"));
}

void TestListPager::failedPageCanBeRetried()
{
    bool fail = true;
    m_server->setHandler([&fail](const auto &request) {
        if (fail
            && QUrlQuery(QString::fromLatin1(request.query)).hasQueryItem(QStringLiteral("starting_after")))
            return Response::stripeError(500, "api_error", "Boom");
        return listPage(request, 150);
    });
    ListPager pager(m_client.get(), ListPager::Kind::List, QStringLiteral("/v1/customers"), {});
    QSignalSpy loaded(&pager, &ListPager::pageLoaded);
    QSignalSpy failed(&pager, &ListPager::failed);
    pager.fetchNext();
    QVERIFY(loaded.wait());
    pager.fetchNext();
    QVERIFY(failed.wait());
    QVERIFY(pager.hasMore());
    fail = false;
    pager.fetchNext();
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.last().at(0).value<QList<stripe::ListObject>>().first().id(), QStringLiteral("obj_49"));
    QVERIFY(!pager.hasMore());
}

void TestListPager::neverLoopsOnARepeatedCursor()
{
    // A broken server that answers every page with the same objects and has_more: true.
    m_server->setHandler([](const auto &) {
        return Response::json(200,
                              R"({"object":"list","data":[{"id":"obj_1"},{"id":"obj_2"}],"has_more":true})");
    });
    ListPager pager(m_client.get(), ListPager::Kind::List, QStringLiteral("/v1/customers"), {});
    const QStringList ids = loadAll(pager);
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY(!pager.hasMore());
    QCOMPARE(ids.size(), 4); // the model drops the repeated ids; the pager only stops the loop
}

void TestListPager::stopsAtMaxPages()
{
    int served = 0;
    m_server->setHandler([&served](const auto &) {
        ++served;
        return Response::json(200,
                              QStringLiteral(R"({"object":"list","data":[{"id":"obj_%1"}],"has_more":true})")
                                  .arg(served)
                                  .toLatin1());
    });
    ListPager pager(m_client.get(), ListPager::Kind::List, QStringLiteral("/v1/customers"), {});
    pager.setMaxPages(5);
    const QStringList ids = loadAll(pager);
    QCOMPARE(ids.size(), 5);
    QVERIFY(!pager.hasMore());
}

void TestListPager::cancelSuppressesThePage()
{
    m_server->setHandler([](const auto &request) {
        Response response = listPage(request, 10);
        response.delayMs = 100;
        return response;
    });
    ListPager pager(m_client.get(), ListPager::Kind::List, QStringLiteral("/v1/customers"), {});
    QSignalSpy loaded(&pager, &ListPager::pageLoaded);
    pager.fetchNext();
    QVERIFY(pager.isLoading());
    pager.cancel();
    QVERIFY(!pager.isLoading());
    QTest::qWait(300); // nothing must happen: the cancelled page is never delivered
    QCOMPARE(loaded.size(), 0);
    pager.fetchNext();
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.first().at(0).value<QList<stripe::ListObject>>().size(), 10);
}

// Pages the quick outline leaves to Qt's parser (escapes in member names or ids) page the same.
void TestListPager::escapedNamesAndIdsReadAlike()
{
    m_server->setHandler([](const ScriptedHttpServer::Request &request) {
        const bool first = !request.query.contains("starting_after");
        return Response::json(
            200,
            first ? QByteArray(R"({"object":"list","d\u0061ta":[{"id":"cus_\u0041"},null,)"
                               R"({"id":"cus_B","name":"B"}],"has_more":true})")
                  : QByteArray(R"({"object":"list","data":[{"\u0069d":"cus_C"}],"has_more":false})"));
    });
    ListPager pager(m_client.get(), ListPager::Kind::List, QStringLiteral("/v1/customers"), {});
    QCOMPARE(loadAll(pager), (QStringList {"cus_A", "cus_B", "cus_C"}));
    QVERIFY(m_server->requests().last().query.contains("starting_after=cus_B"));
    QVERIFY(pager.cutShortReason().isEmpty());
}

PAYDESK_TEST_GUILESS_MAIN(TestListPager)
#include "tst_listpager.moc"
