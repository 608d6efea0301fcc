#include "src/mirror/Reader.h"
#include "tests/integration/mirror/support/Objects.h"
#include "tests/integration/mirror/support/SandboxTruth.h"
#include "tests/integration/mirror/support/ScriptedStripe.h"
#include "tests/integration/mirror/support/StoreUnderTest.h"
#include "tests/integration/mirror/support/SyncHarness.h"
#include "tests/support/TestMain.h"

#include "src/objects/Json.h"
#include "src/sandbox/EmbeddedServer.h"
#include "src/sandbox/Faults.h"
#include "src/sandbox/SandboxKeys.h"
#include "src/sandbox/Server.h"

#include <QSignalSpy>
#include <QTest>

using mirror::Table;

namespace {

QSet<QString> mirroredIds(mirror::Store &store, Table table)
{
    mirror::Reader reader(store);
    mirror::Filter filter;
    filter.kind = mirror::kindOf(table);
    QSet<QString> ids;
    for (const auto &row : reader.rows(filter, mirror::Sort {"id", Qt::AscendingOrder}, 0, 1000000))
        ids.insert(row.key.id);
    return ids;
}

void compareWithSandbox(SyncHarness &sync, sandbox::EmbeddedServer &server)
{
    const auto expected = sandboxTruth::ids(server);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const Table table = it.key();
        const QSet<QString> mirrored
            = sync.call<QSet<QString>>([table](mirror::Store &store) { return mirroredIds(store, table); });
        QVERIFY2(!it.value().isEmpty() || table == Table::Coupons || table == Table::PromotionCodes,
                 qPrintable("the sandbox has no " + mirror::tableName(table)));
        QCOMPARE(mirrored.size(), it.value().size());
        QVERIFY2(mirrored == it.value(), qPrintable(mirror::tableName(table) + " differ"));
    }
}

// A list of `count` customers, newest first, one a day back from `newest`.
QList<QJsonObject> customersBackTo(qint64 newest, int count)
{
    QList<QJsonObject> list;
    for (int i = 0; i < count; ++i)
        list << objects::customer(QStringLiteral("cus_%1").arg(count - i, 5, 10, QLatin1Char('0')), "C",
                                  "c@x.com", newest - qint64(i) * 86400);
    return list;
}

// Empty lists for every endpoint but those the test fills.
void emptyAccount(ScriptedStripe &stripe)
{
    for (const Table table : mirror::listedTables())
        stripe.list(mirror::listPath(table));
}

} // namespace

// Listing the account into the store: everything the sandbox has arrives, once; a listing that
// stops resumes from its cursor without listing anything twice; requests stay under the rate
// limit and pause on 429; a vanished cursor, long invoices and a rejected key are handled.
class TestMirrorBackfill : public QObject
{
    Q_OBJECT

private slots:
    void listsEverythingTheSandboxHas_data() { StoreUnderTest::addRows(); }
    void listsEverythingTheSandboxHas();
    void resumesWhereItStoppedListingNothingTwice_data() { StoreUnderTest::addRows(); }
    void resumesWhereItStoppedListingNothingTwice();
    void staysUnderTheRateLimitAndPausesOn429_data() { StoreUnderTest::addRows(); }
    void staysUnderTheRateLimitAndPausesOn429();
    void startsAgainWhenItsCursorVanished_data() { StoreUnderTest::addRows(); }
    void startsAgainWhenItsCursorVanished();
    void fetchesTheRestOfLongInvoicesOnly_data() { StoreUnderTest::addRows(); }
    void fetchesTheRestOfLongInvoicesOnly();
    void estimatesFromHowFarBackItCame_data() { StoreUnderTest::addRows(); }
    void estimatesFromHowFarBackItCame();
    void stopsOnARejectedKey_data() { StoreUnderTest::addRows(); }
    void stopsOnARejectedKey();
};

void TestMirrorBackfill::listsEverythingTheSandboxHas()
{
    OPEN_TEST_STORE(place);
    sandbox::EmbeddedServer server;
    QString error;
    QVERIFY2(server.start(sandboxTruth::smallAccount(), &error), qPrintable(error));
    SyncHarness sync(place, server.url(), sandbox::keys::secret());
    QVERIFY(sync.open());
    QVERIFY(sync.beginListing());
    QSignalSpy written(&sync.backfill, &mirror::Backfill::written);
    QVERIFY(sync.backfillAll());
    QVERIFY(written.count() > 0);
    compareWithSandbox(sync, server);
    const auto state = sync.state();
    QVERIFY(state.isComplete());
    QCOMPARE(state.pendingPaymentMethodOwners, 0);
    // The counts shown while listing are the rows listed.
    const auto ids = sandboxTruth::ids(server);
    QCOMPARE(state.listing.value(Table::Customers).count, qint64(ids.value(Table::Customers).size()));
    QCOMPARE(
        sync.backfill.progress().listed(), state.listing.value(Table::Customers).count + [&] {
            qint64 n = 0;
            for (const Table t : mirror::listedTables())
                if (t != Table::Customers)
                    n += state.listing.value(t).count;
            return n;
        }());
    QCOMPARE(sync.backfill.progress().estimatedTotal().value_or(-1), sync.backfill.progress().listed());
}

void TestMirrorBackfill::resumesWhereItStoppedListingNothingTwice()
{
    OPEN_TEST_STORE(place);
    sandbox::Options options = sandboxTruth::smallAccount();
    options.customers = 900;
    options.invoicesPerCustomer = 1;
    options.latencyMs = 20; // time to stop it half-way
    sandbox::EmbeddedServer server;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    QString cursor;
    {
        SyncHarness sync(place, server.url(), sandbox::keys::secret());
        sync.backfill.setParallelLists(1); // customers first, one page at a time
        QVERIFY(sync.open());
        QVERIFY(sync.beginListing());
        sync.backfill.start(sync.state());
        QVERIFY(QTest::qWaitFor(
            [&] { return sync.backfill.progress().tables.value(Table::Customers).count >= 200; }, 20000));
        sync.backfill.cancel(); // the user cancels, or quits
        const auto state = sync.state();
        cursor = state.listing.value(Table::Customers).cursor;
        QVERIFY(!cursor.isEmpty());
        QVERIFY(!state.isListed(Table::Customers));
    }
    // Later, a new process: the listing resumes after the last page written.
    SyncHarness again(place, server.url(), sandbox::keys::secret());
    QVERIFY(again.open());
    const qint64 before = again.state().listing.value(Table::Customers).count;
    QVERIFY(again.backfillAll());
    bool resumed = false;
    for (const auto &entry : again.client.requestLog()->entries())
        if (entry.path == "/v1/customers")
            resumed = true;
    QVERIFY(resumed);
    compareWithSandbox(again, server);
    // Counted once: the count is the number of customers, not more.
    QCOMPARE(again.state().listing.value(Table::Customers).count, qint64(900));
    QVERIFY(before >= 200 && before < 900);
}

void TestMirrorBackfill::staysUnderTheRateLimitAndPausesOn429()
{
    OPEN_TEST_STORE(place);
    sandbox::Options options = sandboxTruth::smallAccount();
    options.customers = 300;
    sandbox::EmbeddedServer server;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    server.faults().failNext(3, 429, "GET", "/v1/customers");
    const int perSecond = 8;
    SyncHarness sync(place, server.url(), sandbox::keys::secret(), perSecond);
    QVERIFY(sync.open());
    QVERIFY(sync.beginListing());
    QVERIFY(sync.backfillAll(120000));
    compareWithSandbox(sync, server);
    QList<qint64> starts;
    int rateLimited = 0;
    for (const auto &entry : sync.client.requestLog()->entries()) {
        starts << entry.startedAt.toMSecsSinceEpoch();
        rateLimited += entry.httpStatus == 429;
    }
    QCOMPARE(rateLimited, 3);
    std::sort(starts.begin(), starts.end());
    QVERIFY(starts.size() > 2 * perSecond);
    for (qsizetype i = perSecond; i < starts.size(); ++i)
        QVERIFY2(starts.at(i) - starts.at(i - perSecond) >= 1000,
                 qPrintable(QStringLiteral("%1 requests within %2 ms")
                                .arg(perSecond + 1)
                                .arg(starts.at(i) - starts.at(i - perSecond))));
    // After the 429s everything waited: the three failures and the retry that succeeded are
    // spread over the back-off (1 s, then 2 s, then 4 s).
    QList<qint64> customers;
    for (const auto &entry : sync.client.requestLog()->entries())
        if (entry.path == "/v1/customers")
            customers << entry.startedAt.toMSecsSinceEpoch();
    std::sort(customers.begin(), customers.end());
    QVERIFY(customers.size() >= 4);
    QVERIFY2(customers.at(3) - customers.at(0) >= 1000 + 2000 + 4000 - 100, "429 did not pause the requests");
}

void TestMirrorBackfill::startsAgainWhenItsCursorVanished()
{
    OPEN_TEST_STORE(place);
    ScriptedStripe stripe;
    emptyAccount(stripe);
    stripe.list("/v1/customers") = customersBackTo(1767225600, 250);
    {
        SyncHarness sync(place, stripe.url(), "sk_test_x");
        sync.backfill.setParallelLists(1);
        QVERIFY(sync.open());
        QVERIFY(sync.beginListing());
        sync.backfill.start(sync.state());
        QVERIFY(QTest::qWaitFor(
            [&] { return sync.backfill.progress().tables.value(Table::Customers).count >= 100; }, 20000));
        sync.backfill.cancel();
    }
    // The customer the cursor names is deleted before the listing resumes.
    SyncHarness again(place, stripe.url(), "sk_test_x");
    QVERIFY(again.open());
    const QString cursor = again.state().listing.value(Table::Customers).cursor;
    auto &list = stripe.list("/v1/customers");
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const QJsonObject &o) { return o.value("id") == cursor; }),
               list.end());
    QVERIFY(again.backfillAll());
    QCOMPARE(again.state().listing.value(Table::Customers).count, qint64(249));
    QCOMPARE(
        again.call<QSet<QString>>([](mirror::Store &s) { return mirroredIds(s, Table::Customers); }).size(),
        249);
    QVERIFY(!again.call<QSet<QString>>([](mirror::Store &s) { return mirroredIds(s, Table::Customers); })
                 .contains(cursor));
}

void TestMirrorBackfill::fetchesTheRestOfLongInvoicesOnly()
{
    OPEN_TEST_STORE(place);
    ScriptedStripe stripe;
    emptyAccount(stripe);
    QJsonArray first, all;
    for (int i = 1; i <= 25; ++i) {
        const auto line = objects::line(QStringLiteral("il_%1").arg(i, 2, 10, QLatin1Char('0')), "in_long",
                                        100 * i, QStringLiteral("Line %1").arg(i));
        if (i <= 10)
            first.append(line);
        stripe.list("/v1/invoices/in_long/lines").append(line);
    }
    stripe.list("/v1/invoices")
        = {objects::invoice("in_long", "cus_1", "open", 32500, 1000, 2000, "usd", first, true),
           objects::invoice("in_short", "cus_1", "paid", 100, 900, 2000, "usd",
                            {objects::line("il_s", "in_short", 100, "One")}, false)};
    SyncHarness sync(place, stripe.url(), "sk_test_x");
    QVERIFY(sync.open());
    QVERIFY(sync.beginListing());
    QVERIFY(sync.backfillAll());
    QStringList order;
    for (const auto &line : sync.call<QList<stripe::ListObject>>(
             [](mirror::Store &s) { return mirror::Reader(s).invoiceLines("in_long"); }))
        order << line.id();
    QCOMPARE(order.size(), 25);
    QCOMPARE(order.first(), QStringLiteral("il_01"));
    QCOMPARE(order.last(), QStringLiteral("il_25"));
    // Only the long invoice was asked for more, starting after what it carried.
    const QStringList asked = stripe.requests("/v1/invoices/");
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains("starting_after=il_10"), qPrintable(asked.first()));
    QVERIFY(sync.state().isComplete());
}

void TestMirrorBackfill::estimatesFromHowFarBackItCame()
{
    OPEN_TEST_STORE(place);
    ScriptedStripe stripe;
    emptyAccount(stripe);
    const qint64 newest = 1767225600;
    stripe.list("/v1/customers") = customersBackTo(newest, 1000);
    stripe.list("/v1/invoices") = {objects::invoice("in_1", "cus_1", "paid", 100, newest - 10, 2000)};
    SyncHarness sync(place, stripe.url(), "sk_test_x", 5);
    sync.backfill.setOrigin(newest - 999 * 86400); // the account's first day
    QVERIFY(sync.open());
    QVERIFY(sync.beginListing());
    sync.backfill.start(sync.state());
    // Every other list done, customers under way.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto &tables = sync.backfill.progress().tables;
            for (const Table table : mirror::listedTables())
                if (table != Table::Customers && !tables.value(table).done)
                    return false;
            return tables.value(Table::Customers).count >= 100;
        },
        30000));
    const auto progress = sync.backfill.progress();
    const qint64 customers = progress.tables.value(Table::Customers).count;
    const qint64 others = progress.listed() - customers;
    // One customer a day for 1,000 days: however many are listed, the estimate is the 1,000
    // (and the other lists, all done).
    const auto estimate = progress.estimatedTotal();
    QVERIFY(estimate);
    QVERIFY2(
        std::abs(*estimate - others - 1000) <= 10,
        qPrintable(QStringLiteral("%1 estimated with %2 customers listed").arg(*estimate).arg(customers)));
    if (customers < 1000)
        QVERIFY(progress.estimatedRemainingMs().has_value());
    sync.backfill.cancel();
}

void TestMirrorBackfill::stopsOnARejectedKey()
{
    OPEN_TEST_STORE(place);
    sandbox::EmbeddedServer server;
    QString error;
    QVERIFY2(server.start(sandboxTruth::smallAccount(), &error), qPrintable(error));
    SyncHarness sync(place, server.url(), "sk_test_NotAKeyTheSandboxKnows");
    QVERIFY(sync.open());
    QVERIFY(sync.beginListing());
    QSignalSpy failed(&sync.backfill, &mirror::Backfill::failed);
    QVERIFY(!sync.backfillAll(20000));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().value<stripe::Error>().isAuthentication());
    QVERIFY(!sync.backfill.isRunning());
    QVERIFY(!sync.state().isListed(Table::Customers));
    // Nothing more was asked after the refusal.
    const int asked = sync.client.requestLog()->entries().size();
    QTest::qWait(1500); // nothing must happen: no retry of a refused key
    QCOMPARE(sync.client.requestLog()->entries().size(), asked);
}

PAYDESK_TEST_GUILESS_MAIN(TestMirrorBackfill)
#include "tst_mirror_backfill.moc"
