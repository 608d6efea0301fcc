#include "src/records/Column.h"
#include "src/records/CsvRowsExport.h"
#include "src/records/ListModel.h"
#include "src/records/RestLoader.h"
#include "src/stripe/Client.h"
#include "tests/support/ModelTester.h"
#include "tests/support/ScriptedHttpServer.h"
#include "tests/support/TestMain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using records::ListModel;
using records::RestLoader;
using Response = ScriptedHttpServer::Response;
using Outcome = RestLoader::Outcome;

namespace {

// Customers cus_<total-1> .. cus_0, newest first, paged like Stripe.
Response customersPage(const ScriptedHttpServer::Request &request, int total)
{
    const QUrlQuery query(QString::fromLatin1(request.query));
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
    const QString after = query.queryItemValue(QStringLiteral("starting_after"));
    const int start = after.isEmpty() ? total - 1 : after.mid(4).toInt() - 1;
    QJsonArray data;
    for (int n = start; n >= 0 && data.size() < limit; --n)
        data.append(QJsonObject {{"id", QStringLiteral("cus_%1").arg(n)},
                                 {"object", "customer"},
                                 {"name", QStringLiteral("Customer %1").arg(n)},
                                 {"created", 1700000000 + n},
                                 {"balance", -n},
                                 {"currency", n % 2 ? "usd" : "eur"}});
    return Response::json(
        200,
        QJsonDocument(QJsonObject {{"object", "list"}, {"data", data}, {"has_more", start - limit >= 0}})
            .toJson(QJsonDocument::Compact));
}

records::ListQuery customers()
{
    records::ListQuery query;
    query.path = QStringLiteral("/v1/customers");
    return query;
}

} // namespace

// Loading the rest of a list so that a sort covers every row, with a cap and a stop; and
// writing rows in hand (the selected ones) to CSV.
class TestRestLoader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void loadsEveryPage();
    void stopsAtTheCap();
    void stopsWhenAsked();
    void stopsWhenTheListIsReplaced();
    void saysWhenAPageFails();
    void writesTheRowsInHand();
    void cancelledExportLeavesNoFile();

private:
    bool loadFirstPage(ListModel &model);

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<stripe::Client> m_client;
    int m_requests = 0;
};

void TestRestLoader::init()
{
    m_requests = 0;
    m_server = std::make_unique<ScriptedHttpServer>();
    m_server->setHandler([this](const auto &request) {
        ++m_requests;
        return customersPage(request, 450);
    });
    m_client = std::make_unique<stripe::Client>();
    m_client->setBaseUrl(m_server->url());
    m_client->setApiKey(QStringLiteral("sk_test_rest"));
    stripe::Client::Options options;
    options.retry.maxRetries = 0;
    m_client->setOptions(options);
}

bool TestRestLoader::loadFirstPage(ListModel &model)
{
    model.setClient(m_client.get());
    model.load(customers());
    return QTest::qWaitFor([&model] { return model.state() == ListModel::State::Ready; }, 5000);
}

void TestRestLoader::loadsEveryPage()
{
    ListModel model(records::columnsFor(objects::Kind::Customer));
    paydesk_test::watchModel(&model);
    QVERIFY(loadFirstPage(model));
    RestLoader loader(&model, 10000);
    QSignalSpy progress(&loader, &RestLoader::progress);
    QSignalSpy finished(&loader, &RestLoader::finished);
    loader.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<Outcome>(), Outcome::Complete);
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.hasMore());
    QCOMPARE(progress.last().first().toInt(), 450);
    QCOMPARE(progress.size(), 4); // 200, 300, 400, 450
    // Nothing more to load: done at once, without a request.
    const int requests = m_requests;
    RestLoader again(&model, 10000);
    QSignalSpy finishedAgain(&again, &RestLoader::finished);
    again.start();
    QCOMPARE(finishedAgain.size(), 1);
    QCOMPARE(finishedAgain.first().first().value<Outcome>(), Outcome::Complete);
    QCOMPARE(m_requests, requests);
}

void TestRestLoader::stopsAtTheCap()
{
    ListModel model(records::columnsFor(objects::Kind::Customer));
    paydesk_test::watchModel(&model);
    QVERIFY(loadFirstPage(model));
    RestLoader loader(&model, 250);
    QSignalSpy finished(&loader, &RestLoader::finished);
    loader.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<Outcome>(), Outcome::Capped);
    QCOMPARE(model.rowCount(), 300); // a page at a time: it stops at the first past the cap
    QVERIFY(model.hasMore());
    // At the cap already: it refuses without asking Stripe.
    const int requests = m_requests;
    RestLoader capped(&model, 250);
    QSignalSpy cappedFinished(&capped, &RestLoader::finished);
    capped.start();
    QCOMPARE(cappedFinished.first().first().value<Outcome>(), Outcome::Capped);
    QCOMPARE(m_requests, requests);
}

void TestRestLoader::stopsWhenAsked()
{
    m_server->setHandler([this](const auto &request) {
        ++m_requests;
        Response page = customersPage(request, 450);
        page.delayMs = 100;
        return page;
    });
    ListModel model(records::columnsFor(objects::Kind::Customer));
    paydesk_test::watchModel(&model);
    QVERIFY(loadFirstPage(model));
    RestLoader loader(&model, 10000);
    QSignalSpy finished(&loader, &RestLoader::finished);
    connect(&loader, &RestLoader::progress, &loader, &RestLoader::stop); // after the first page
    loader.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<Outcome>(), Outcome::Stopped);
    QTest::qWait(300); // nothing more must happen: no page is asked for after the stop
    QCOMPARE(model.rowCount(), 200); // the rows loaded stay
    QVERIFY(model.hasMore());
    QVERIFY(!loader.isRunning());
}

void TestRestLoader::stopsWhenTheListIsReplaced()
{
    ListModel model(records::columnsFor(objects::Kind::Customer));
    paydesk_test::watchModel(&model);
    QVERIFY(loadFirstPage(model));
    RestLoader loader(&model, 10000);
    QSignalSpy finished(&loader, &RestLoader::finished);
    loader.start();
    model.load(customers()); // another filter
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<Outcome>(), Outcome::Stopped);
    QVERIFY(QTest::qWaitFor([&model] { return model.state() == ListModel::State::Ready; }, 5000));
    QTest::qWait(100); // nothing more must happen: the stopped loader asks for no second page
    QCOMPARE(model.rowCount(), 100); // the new list is paged as the user scrolls, as usual
}

void TestRestLoader::saysWhenAPageFails()
{
    ListModel model(records::columnsFor(objects::Kind::Customer));
    paydesk_test::watchModel(&model);
    QVERIFY(loadFirstPage(model));
    m_server->setHandler([](const auto &request) {
        if (QUrlQuery(QString::fromLatin1(request.query)).hasQueryItem(QStringLiteral("starting_after"))
            && QUrlQuery(QString::fromLatin1(request.query)).queryItemValue(QStringLiteral("starting_after"))
                == QStringLiteral("cus_250"))
            return Response::stripeError(500, "api_error", "Something went wrong");
        return customersPage(request, 450);
    });
    RestLoader loader(&model, 10000);
    QSignalSpy finished(&loader, &RestLoader::finished);
    loader.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<Outcome>(), Outcome::Failed);
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(model.state(), ListModel::State::Failed);
}

void TestRestLoader::writesTheRowsInHand()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("chosen.csv"));
    QList<QJsonObject> rows;
    for (int n = 0; n < 600; ++n)
        rows << QJsonObject {
            {"id", QStringLiteral("cus_%1").arg(n)},
            {"name", n == 7 ? QStringLiteral("=HYPERLINK(\"x\")") : QStringLiteral("Jane, %1").arg(n)},
            {"created", 1700000000},
            {"balance", -1250},
            {"currency", "eur"}};
    records::CsvRowsExport exporter(rows, records::columnsFor(objects::Kind::Customer), file);
    QSignalSpy progress(&exporter, &records::CsvRowsExport::progress);
    QSignalSpy finished(&exporter, &records::CsvRowsExport::finished);
    exporter.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(progress.size() >= 2); // a few hundred rows per turn of the event loop
    QCOMPARE(exporter.rowsWritten(), 600);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 601);
    QCOMPARE(lines.at(0), QStringLiteral("Name,Email,Created,Balance,ID,Currency"));
    QVERIFY2(lines.at(1).startsWith("\"Jane, 0\",,") && lines.at(1).endsWith(",-12.50,cus_0,EUR"),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(8).startsWith("\"'=HYPERLINK(\"\"x\"\")\""), qPrintable(lines.at(8)));
}

void TestRestLoader::cancelledExportLeavesNoFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("chosen.csv"));
    QList<QJsonObject> rows(2000, QJsonObject {{"id", "cus_1"}, {"name", "Jane"}});
    records::CsvRowsExport exporter(rows, records::columnsFor(objects::Kind::Customer), file);
    QSignalSpy finished(&exporter, &records::CsvRowsExport::finished);
    connect(&exporter, &records::CsvRowsExport::progress, &exporter, &records::CsvRowsExport::cancel);
    exporter.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(exporter.rowsWritten() < 2000);
    QVERIFY(!QFile::exists(file));
}

PAYDESK_TEST_GUILESS_MAIN(TestRestLoader)
#include "tst_restloader.moc"
