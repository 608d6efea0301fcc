#include "src/records/ListModel.h"
#include "src/stripe/Client.h"
#include "tests/support/ScriptedHttpServer.h"
#include "tests/support/TestMain.h"

#include "tests/support/ModelTester.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using records::ListModel;
using records::ListQuery;
using Response = ScriptedHttpServer::Response;
using State = ListModel::State;

namespace {

// Customers cus_<total-1> .. cus_0, newest first, paged like Stripe; every 7th is "vip".
Response customersPage(const ScriptedHttpServer::Request &request, int total)
{
    QMap<QString, QString> query;
    for (const auto &[key, value] :
         QUrlQuery(QString::fromLatin1(request.query)).queryItems(QUrl::FullyDecoded))
        query.insert(key, value);
    const int limit = query.value(QStringLiteral("limit")).toInt();
    const QString after = query.value(QStringLiteral("starting_after"));
    int start = after.isEmpty() ? total - 1 : after.mid(4).toInt() - 1;
    QJsonArray data;
    for (int n = start; n >= 0 && data.size() < limit; --n)
        data.append(QJsonObject {{"id", QStringLiteral("cus_%1").arg(n)},
                                 {"object", "customer"},
                                 {"name", QStringLiteral("Customer %1").arg(n)},
                                 {"email", QStringLiteral("c%1@example.com").arg(n)},
                                 {"created", 1700000000 + n},
                                 {"balance", 0},
                                 {"metadata", QJsonObject {{"tier", n % 7 == 0 ? "vip" : "std"}}}});
    const bool hasMore = start - limit >= 0;
    return Response::json(
        200,
        QJsonDocument(QJsonObject {{"object", "list"}, {"data", data}, {"has_more", hasMore}})
            .toJson(QJsonDocument::Compact));
}

ListQuery customers()
{
    ListQuery query;
    query.path = QStringLiteral("/v1/customers");
    query.emptyText = QStringLiteral("No customers.");
    return query;
}

} // namespace

class TestListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void firstPageThenFetchMore();
    void emptyList();
    void failureKeepsRowsAndRetries();
    void newQueryCancelsThePreviousLoad();
    void repeatedIdsAreDropped();
    void clientSideFilterKeepsPaging();
    void searchFallsBackToListFilter();
    void upsertAndRemove();
    void displaysColumns();

private:
    bool waitForState(ListModel &model, State state);

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<stripe::Client> m_client;
};

void TestListModel::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    m_client = std::make_unique<stripe::Client>();
    m_client->setBaseUrl(m_server->url());
    m_client->setApiKey(QStringLiteral("sk_test_model"));
    stripe::Client::Options options;
    options.retry.maxRetries = 0;
    m_client->setOptions(options);
}

bool TestListModel::waitForState(ListModel &model, State state)
{
    return QTest::qWaitFor([&] { return model.state() == state; }, 5000);
}

void TestListModel::firstPageThenFetchMore()
{
    m_server->setHandler([](const auto &request) { return customersPage(request, 250); });
    ListModel model(records::columnsFor(objects::Kind::Customer));
    paydesk_test::watchModel(&model);
    model.setClient(m_client.get());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.load(customers());
    QCOMPARE(model.state(), State::Loading);
    QVERIFY(waitForState(model, State::Ready));
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.state(), State::LoadingMore);
    QVERIFY(!model.canFetchMore({})); // one page at a time
    QVERIFY(waitForState(model, State::Ready));
    model.fetchMore({});
    QVERIFY(waitForState(model, State::Ready));
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore({}));
    // Pages arrive as row inserts, never as resets.
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Customer 249"));
    QCOMPARE(model.data(model.index(249, 1)).toString(), QStringLiteral("c0@example.com"));
    QCOMPARE(model.rowOfId(QStringLiteral("cus_0")), 249);
}

void TestListModel::emptyList()
{
    m_server->setHandler([](const auto &request) { return customersPage(request, 0); });
    ListModel model(records::columnsFor(objects::Kind::Customer));
    paydesk_test::watchModel(&model);
    model.setClient(m_client.get());
    model.load(customers());
    QVERIFY(waitForState(model, State::Empty));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestListModel::failureKeepsRowsAndRetries()
{
    bool failing = false;
    m_server->setHandler([&failing](const auto &request) {
        return failing ? Response::stripeError(500, "api_error", "Something went wrong")
                             .withHeader("Request-Id", "req_f")
                       : customersPage(request, 250);
    });
    ListModel model(records::columnsFor(objects::Kind::Customer));
    paydesk_test::watchModel(&model);
    model.setClient(m_client.get());
    model.load(customers());
    QVERIFY(waitForState(model, State::Ready));
    failing = true;
    model.fetchMore({});
    QVERIFY(waitForState(model, State::Failed));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.error().requestId, QStringLiteral("req_f"));
    QVERIFY(!model.canFetchMore({})); // no automatic hammering: the user presses Retry
    failing = false;
    model.retry();
    QVERIFY(waitForState(model, State::Ready));
    QCOMPARE(model.rowCount(), 200);
}

void TestListModel::newQueryCancelsThePreviousLoad()
{
    m_server->setHandler([](const auto &request) {
        Response response = customersPage(request, 50);
        if (request.query.contains("slow"))
            response.delayMs = 300;
        return response;
    });
    ListModel model(records::columnsFor(objects::Kind::Customer));
    paydesk_test::watchModel(&model);
    model.setClient(m_client.get());
    ListQuery slow = customers();
    slow.params.insert(QStringLiteral("email"), QStringLiteral("slow@example.com"));
    model.load(slow);
    model.load(customers());
    QVERIFY(waitForState(model, State::Ready));
    QCOMPARE(model.rowCount(), 50);
    QTest::qWait(400); // nothing must happen: the abandoned answer never lands
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.state(), State::Ready);
}

void TestListModel::repeatedIdsAreDropped()
{
    m_server->enqueue(Response::json(
        200, R"({"object":"list","data":[{"id":"cus_3"},{"id":"cus_2"},{"id":"cus_2"}],"has_more":true})"));
    m_server->enqueue(Response::json(
        200,
        R"({"object":"list","data":[{"id":"cus_2"},{"id":"cus_1"},"junk",{"no":"id"}],"has_more":false})"));
    ListModel model(records::columnsFor(objects::Kind::Customer));
    paydesk_test::watchModel(&model);
    model.setClient(m_client.get());
    model.load(customers());
    QVERIFY(waitForState(model, State::Ready));
    model.fetchMore({});
    QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 3 && model.state() == State::Ready; }, 5000));
    QCOMPARE(model.objectAt(2).value(QStringLiteral("id")).toString(), QStringLiteral("cus_1"));
}

void TestListModel::clientSideFilterKeepsPaging()
{
    m_server->setHandler([](const auto &request) { return customersPage(request, 250); });
    ListModel model(records::columnsFor(objects::Kind::Customer));
    paydesk_test::watchModel(&model);
    model.setClient(m_client.get());
    ListQuery vip = customers();
    vip.keep = [](const QJsonObject &c) {
        return c.value("metadata").toObject().value("tier").toString() == "vip";
    };
    model.load(vip);
    QVERIFY(waitForState(model, State::Ready));
    QCOMPARE(model.rowCount(), 14); // cus_245, 238, ... cus_154 of the first 100
    ListQuery nobody = customers();
    nobody.keep = [](const QJsonObject &) { return false; };
    model.load(nobody);
    QVERIFY(waitForState(model, State::Empty));
    QCOMPARE(m_server->requests().size(), 1 + 3); // kept paging to the end before saying "empty"
}

void TestListModel::searchFallsBackToListFilter()
{
    m_server->setHandler([](const ScriptedHttpServer::Request &request) {
        if (request.path.endsWith("/search"))
            return Response::stripeError(400, "invalid_request_error",
                                         "Search is not available for this account.");
        return customersPage(request, 3);
    });
    ListModel model(records::columnsFor(objects::Kind::Customer));
    paydesk_test::watchModel(&model);
    model.setClient(m_client.get());
    ListQuery search;
    search.kind = stripe::ListPager::Kind::Search;
    search.path = QStringLiteral("/v1/customers/search");
    search.params.insert(QStringLiteral("query"), QStringLiteral("email:'c1@example.com'"));
    search.fallback = std::make_shared<ListQuery>(customers());
    search.fallback->params.insert(QStringLiteral("email"), QStringLiteral("c1@example.com"));
    model.load(search);
    QVERIFY(waitForState(model, State::Ready));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).path, QByteArray("/v1/customers"));
    QVERIFY(m_server->requests().at(1).query.contains("email=c1%40example.com"));
}

void TestListModel::upsertAndRemove()
{
    m_server->setHandler([](const auto &request) { return customersPage(request, 5); });
    ListModel model(records::columnsFor(objects::Kind::Customer));
    paydesk_test::watchModel(&model);
    model.setClient(m_client.get());
    model.load(customers());
    QVERIFY(waitForState(model, State::Ready));
    model.upsert(QJsonObject {{"id", "cus_new"}, {"name", "Fresh"}});
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.rowOfId(QStringLiteral("cus_new")), 0);
    QCOMPARE(model.rowOfId(QStringLiteral("cus_0")), 5);
    model.upsert(QJsonObject {{"id", "cus_2"}, {"name", "Renamed"}});
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.data(model.index(model.rowOfId(QStringLiteral("cus_2")), 0)).toString(),
             QStringLiteral("Renamed"));
    model.removeId(QStringLiteral("cus_4"));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowOfId(QStringLiteral("cus_4")), -1);
    QCOMPARE(model.rowOfId(QStringLiteral("cus_0")), 4);
    QCOMPARE(model.objectAt(model.rowOfId(QStringLiteral("cus_3"))).value("name").toString(),
             QStringLiteral("Customer 3"));
}

void TestListModel::displaysColumns()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_server->enqueue(Response::json(200, R"({"object":"list","has_more":false,"data":[
        {"id":"ch_1","object":"charge","amount":4000,"amount_refunded":1250,"refunded":false,"currency":"eur","status":"succeeded",
         "created":1700000000,"billing_details":{"name":"Jane Doe"},"payment_method_details":{"card":{"brand":"visa","last4":"4242"}}}]})"));
    ListModel model(records::columnsFor(objects::Kind::Payment));
    paydesk_test::watchModel(&model);
    model.setClient(m_client.get());
    ListQuery payments;
    payments.path = QStringLiteral("/v1/charges");
    model.load(payments);
    QVERIFY(waitForState(model, State::Ready));
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells << model.data(model.index(0, column)).toString();
    QCOMPARE(cells.mid(0, 5),
             QStringList({"€40.00", "€12.50", "Partially refunded", "Jane Doe", "Visa •••• 4242"}));
    QCOMPARE(model.data(model.index(0, 0), ListModel::SortRole).toLongLong(), 4000);
    QCOMPARE(model.data(model.index(0, 2), ListModel::StatusToneRole).toInt(),
             int(records::Status::Tone::Attention));
    QCOMPARE(model.data(model.index(0, 0), Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight,
             Qt::AlignRight);
}

PAYDESK_TEST_GUILESS_MAIN(TestListModel)
#include "tst_listmodel.moc"
