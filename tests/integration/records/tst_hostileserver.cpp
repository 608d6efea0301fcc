#include "src/records/Column.h"
#include "src/records/CsvExport.h"
#include "src/records/Details.h"
#include "src/records/ListModel.h"
#include "src/stripe/Error.h"
#include "tests/support/ScriptedHttpServer.h"
#include "tests/support/TestMain.h"

#include "tests/support/ModelTester.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Response = ScriptedHttpServer::Response;
using records::ListModel;

// What a broken server or proxy may send instead of a Stripe list: every table either shows an
// error in words or shows the rows it could read, and Paydesk keeps running.
class TestHostileServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void unreadableListIsAnError_data();
    void unreadableListIsAnError();
    void oddlyTypedObjectsAreShownNotCrashedOn_data();
    void oddlyTypedObjectsAreShownNotCrashedOn();
    void endlessListDoesNotMakeAnEndlessExport();
    void samePageForeverEndsTheExportWithAnError();
    void repeatedIdsAcrossPagesAppearOnce();

private:
    ListModel::State loadCustomers(ListModel &model);

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<stripe::Client> m_client;
    QTemporaryDir m_dir;
};

void TestHostileServer::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    m_client = std::make_unique<stripe::Client>();
    QVERIFY(m_client->setBaseUrl(m_server->url()));
    m_client->setApiKey(QStringLiteral("sk_test_hostile"));
    stripe::Client::Options options;
    options.retry.maxRetries = 0;
    m_client->setOptions(options);
}

ListModel::State TestHostileServer::loadCustomers(ListModel &model)
{
    model.setClient(m_client.get());
    records::ListQuery query;
    query.path = QStringLiteral("/v1/customers");
    model.load(query);
    [[maybe_unused]] const bool settled
        = QTest::qWaitFor([&] { return model.state() != ListModel::State::Loading; }, 30000);
    return model.state();
}

void TestHostileServer::unreadableListIsAnError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("says");
    QTest::newRow("malformed JSON") << QByteArray(R"({"object":"list","data":[{"id":"cus_1",)")
                                    << "invalid JSON";
    QTest::newRow("not JSON at all") << QByteArray("<html>502 Bad Gateway</html>") << "invalid JSON";
    QTest::newRow("an array, not an object") << QByteArray("[1,2,3]") << "JSON object";
    QTest::newRow("data is an object")
        << QByteArray(R"({"object":"list","data":{"id":"cus_1"},"has_more":false})") << "no data array";
    QTest::newRow("data is null") << QByteArray(R"({"object":"list","data":null,"has_more":true})")
                                  << "no data array";
    QTest::newRow("empty body") << QByteArray() << "invalid JSON";
    // 50 MB of valid JSON: more than any Stripe answer, refused without being parsed.
    QTest::newRow("50 MB body") << (QByteArray(R"({"object":"list","data":[],"padding":")")
                                    + QByteArray(50 * 1024 * 1024, 'x') + QByteArray(R"("})"))
                                << "larger than";
}

void TestHostileServer::unreadableListIsAnError()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, says);
    m_server->setHandler([&](const ScriptedHttpServer::Request &) {
        return Response::json(200, body).withHeader("Request-Id", "req_hostile");
    });
    ListModel model(records::columnsFor(objects::Kind::Customer));
    paydesk_test::watchModel(&model);
    QCOMPARE(loadCustomers(model), ListModel::State::Failed);
    const QString message = stripe::describe(model.error());
    QVERIFY2(message.contains(says), qPrintable(message));
    QCOMPARE(model.rowCount(), 0);
}

void TestHostileServer::oddlyTypedObjectsAreShownNotCrashedOn_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("object");
    const QByteArray wrongTypes = R"({"id":"%1","object":42,"created":"yesterday","amount":"lots",
        "amount_due":null,"amount_paid":[1],"amount_refunded":{"a":1},"currency":7,"status":{"x":1},
        "customer":["cus_1"],"email":12,"name":{"first":"Ada"},"balance":"-0","metadata":null,
        "lines":"none","refunds":5,"coupon":"co","promotion":null,"payment_method_details":"card",
        "default_price":3,"active":"yes","number":false,"due_date":-99999999999,"expires_at":1e300,
        "times_redeemed":"many","max_redemptions":-1,"unit_amount":1.5,"quantity":"two"})";
    const QList<std::pair<const char *, objects::Kind>> kinds {
        {"customer", objects::Kind::Customer}, {"invoice", objects::Kind::Invoice},
        {"order", objects::Kind::Order},       {"payment", objects::Kind::Payment},
        {"refund", objects::Kind::Refund},     {"promotion code", objects::Kind::PromotionCode},
        {"coupon", objects::Kind::Coupon},     {"product", objects::Kind::Product},
        {"price", objects::Kind::Price}};
    for (const auto &[name, kind] : kinds) {
        QTest::addRow("%s, wrong types", name) << int(kind) << QByteArray(wrongTypes).replace("%1", "obj_1");
        QTest::addRow("%s, only an id", name) << int(kind) << QByteArray(R"({"id":"obj_1"})");
        QTest::addRow("%s, nulls", name)
            << int(kind) << QByteArray(R"({"id":"obj_1","customer":null,"charge":null,
            "payment_intent":null,"price":null,"product":null,"coupon":null,"lines":null,"data":null})");
    }
}

void TestHostileServer::oddlyTypedObjectsAreShownNotCrashedOn()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, object);
    // A row Paydesk cannot use (null, a number, no id) is left out; the others are shown.
    const QByteArray page
        = R"({"object":"list","has_more":false,"data":[null,17,{"name":"no id"},)" + object + "]}";
    m_server->setHandler([&](const ScriptedHttpServer::Request &) { return Response::json(200, page); });
    ListModel model(records::columnsFor(objects::Kind(kind)));
    paydesk_test::watchModel(&model);
    QCOMPARE(loadCustomers(model), ListModel::State::Ready);
    QCOMPARE(model.rowCount(), 1);
    for (int column = 0; column < model.columnCount(); ++column) {
        const QModelIndex index = model.index(0, column);
        for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(ListModel::SortRole),
                               int(ListModel::StatusToneRole)})
            model.data(index, role);
        QVERIFY(model.data(index, Qt::DisplayRole).toString().size() < 1000);
    }
    const QJsonObject parsed = QJsonDocument::fromJson(object).object();
    for (const auto &field : records::detailFieldsFor(objects::Kind(kind), parsed))
        QVERIFY(!field.label.isEmpty());
    records::relatedListsFor(objects::Kind(kind), parsed);
}

void TestHostileServer::endlessListDoesNotMakeAnEndlessExport()
{
    int served = 0;
    m_server->setHandler([&](const ScriptedHttpServer::Request &) {
        ++served;
        const QByteArray id = "cus_" + QByteArray::number(served);
        return Response::json(200, R"({"object":"list","has_more":true,"data":[{"id":")" + id + R"("}]})");
    });
    const QString file = m_dir.filePath(QStringLiteral("endless.csv"));
    records::ListQuery query;
    query.path = QStringLiteral("/v1/customers");
    records::CsvExport exporter(m_client.get(), query, records::columnsFor(objects::Kind::Customer), file);
    exporter.setMaxPages(50);
    QSignalSpy finished(&exporter, &records::CsvExport::finished);
    exporter.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(served, 50);
    const QString message = stripe::describe(exporter.error());
    QVERIFY2(message.contains("never ended") && message.contains("50 rows"), qPrintable(message));
    QVERIFY(!QFile::exists(file)); // no file that looks complete but is not
}

void TestHostileServer::samePageForeverEndsTheExportWithAnError()
{
    m_server->setHandler([](const ScriptedHttpServer::Request &) {
        return Response::json(200,
                              R"({"object":"list","has_more":true,"data":[{"id":"cus_1"},{"id":"cus_2"}]})");
    });
    const QString file = m_dir.filePath(QStringLiteral("loop.csv"));
    records::ListQuery query;
    query.path = QStringLiteral("/v1/customers");
    records::CsvExport exporter(m_client.get(), query, records::columnsFor(objects::Kind::Customer), file);
    QSignalSpy finished(&exporter, &records::CsvExport::finished);
    exporter.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(stripe::describe(exporter.error()).contains("the same page came back twice"));
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY(!QFile::exists(file));

    // The table stops too, and says why instead of looking complete.
    ListModel model(records::columnsFor(objects::Kind::Customer));
    paydesk_test::watchModel(&model);
    QCOMPARE(loadCustomers(model), ListModel::State::Ready);
    QVERIFY(model.cutShortReason().isEmpty());
    model.fetchMore();
    QTRY_COMPARE(model.state(), ListModel::State::Ready);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.canFetchMore());
    QVERIFY2(model.cutShortReason().contains("the same page came back twice"),
             qPrintable(model.cutShortReason()));
}

void TestHostileServer::repeatedIdsAcrossPagesAppearOnce()
{
    m_server->enqueue(
        Response::json(200, R"({"object":"list","has_more":true,"data":[{"id":"cus_1"},{"id":"cus_2"}]})"));
    m_server->enqueue(
        Response::json(200, R"({"object":"list","has_more":false,"data":[{"id":"cus_2"},{"id":"cus_3"}]})"));
    ListModel model(records::columnsFor(objects::Kind::Customer));
    paydesk_test::watchModel(&model);
    QCOMPARE(loadCustomers(model), ListModel::State::Ready);
    model.fetchMore();
    QTRY_COMPARE(model.state(), ListModel::State::Ready);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.objectAt(2).value("id").toString(), QStringLiteral("cus_3"));
}

PAYDESK_TEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
