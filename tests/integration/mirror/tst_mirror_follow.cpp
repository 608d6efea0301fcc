#include "src/mirror/EventChanges.h"
#include "src/mirror/Mirror.h"
#include "src/mirror/Reader.h"
#include "tests/integration/mirror/support/MirrorDesk.h"
#include "tests/integration/mirror/support/Objects.h"
#include "tests/integration/mirror/support/ScriptedStripe.h"
#include "tests/integration/mirror/support/StoreUnderTest.h"
#include "tests/support/TestMain.h"

#include "src/stripe/Client.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using mirror::Mirror;
using mirror::Table;

namespace {

// A scripted account: a few customers and invoices, every other list empty.
void smallAccount(ScriptedStripe &stripe, qint64 now)
{
    for (const Table table : mirror::listedTables())
        stripe.list(mirror::listPath(table));
    stripe.list("/v1/events");
    for (int i = 5; i >= 1; --i)
        stripe.list("/v1/customers") << objects::customer(
            QStringLiteral("cus_%1").arg(i), QStringLiteral("Customer %1").arg(i),
            QStringLiteral("c%1@example.com").arg(i), now - 1000 + i);
    stripe.list("/v1/invoices") << objects::invoice("in_1", "cus_1", "open", 5000, now - 500, now + 86400);
}

// A desk on the test's store.
struct Desk : MirrorDesk
{
    Desk(StoreUnderTest &place, const QUrl &url, int pollMs = 200)
        : MirrorDesk(place.config(), place.password(), url, pollMs)
    { }
};

} // namespace

// Following Stripe's events: pages read oldest first, changes made elsewhere arriving within
// seconds, deletions, kinds not kept, Paydesk's own writes at once, and listing again when the
// events are older than Stripe keeps or the cursor is gone — through the Mirror the app uses.
class TestMirrorFollow : public QObject
{
    Q_OBJECT

private slots:
    void eventsMapToChanges();
    void listsThenFollowsPagesOldestFirst_data() { StoreUnderTest::addRows(); }
    void listsThenFollowsPagesOldestFirst();
    void aChangeElsewhereShowsWithinSeconds_data() { StoreUnderTest::addRows(); }
    void aChangeElsewhereShowsWithinSeconds();
    void ownWritesShowAtOnce_data() { StoreUnderTest::addRows(); }
    void ownWritesShowAtOnce();
    void eventsFromAnAccountThatHadNone_data() { StoreUnderTest::addRows(); }
    void eventsFromAnAccountThatHadNone();
    void listsAgainWhenEventsAreTooOld_data() { StoreUnderTest::addRows(); }
    void listsAgainWhenEventsAreTooOld();
    void listsAgainWhenTheCursorIsGone_data() { StoreUnderTest::addRows(); }
    void listsAgainWhenTheCursorIsGone();
    void anInvoiceEventWithMoreLinesFetchesThem_data() { StoreUnderTest::addRows(); }
    void anInvoiceEventWithMoreLinesFetchesThem();
};

void TestMirrorFollow::eventsMapToChanges()
{
    auto event = [](const QString &type, const QJsonObject &object) {
        return QJsonObject {
            {"id", "evt_1"}, {"type", type}, {"created", 100}, {"data", QJsonObject {{"object", object}}}};
    };
    const auto refund
        = mirror::changeOf(event("charge.refund.updated", objects::refund("re_1", "ch_1", 5, 1)), 7);
    QVERIFY(refund);
    QCOMPARE(refund->table, Table::Refunds);
    QCOMPARE(refund->op, mirror::Change::Op::Upsert);
    QCOMPARE(refund->version, 7);
    const auto gone
        = mirror::changeOf(event("customer.deleted", objects::customer("cus_1", "A", "a@x", 1)), 8);
    QVERIFY(gone);
    QCOMPARE(gone->op, mirror::Change::Op::Delete);
    QVERIFY(!mirror::changeOf(
        event("customer.subscription.created", QJsonObject {{"id", "sub_1"}, {"object", "subscription"}}),
        9));
    QVERIFY(!mirror::changeOf(
        event("invoice.upcoming", QJsonObject {{"object", "invoice"}, {"customer", "cus_1"}}), 9));
    // A page newest first becomes oldest first, with versions that always grow, also within a
    // second.
    QList<QJsonObject> page {event("customer.updated", objects::customer("cus_1", "C", "c", 1)),
                             event("customer.updated", objects::customer("cus_1", "B", "b", 1)),
                             event("customer.created", objects::customer("cus_1", "A", "a", 1))};
    page[0]["id"] = "evt_3";
    page[1]["id"] = "evt_2";
    QList<mirror::AppliedEvent> applied;
    const auto cursor = mirror::prepareEvents(page, {"evt_0", qint64(100) << 20, 100}, &applied);
    QCOMPARE(applied.size(), 3);
    QCOMPARE(applied.first().change->object.value("name").toString(), QStringLiteral("A"));
    QVERIFY(applied.at(0).version < applied.at(1).version && applied.at(1).version < applied.at(2).version);
    QCOMPARE(cursor.id, QStringLiteral("evt_3"));
    QCOMPARE(cursor.version, applied.last().version);
}

void TestMirrorFollow::listsThenFollowsPagesOldestFirst()
{
    OPEN_TEST_STORE(place);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ScriptedStripe stripe;
    smallAccount(stripe, now);
    stripe.addEvent("customer.created", objects::customer("cus_5", "Customer 5", "c5@example.com", now - 995),
                    now - 995);
    Desk desk(place, stripe.url());
    desk.mirror->start();
    QVERIFY(desk.ready());
    QCOMPARE(desk.count(objects::Kind::Customer), 5);
    QVERIFY(desk.mirror->canServe(objects::Kind::Customer));
    QVERIFY(desk.mirror->canServe(objects::Kind::InvoiceLine));
    QCOMPARE(desk.mirror->role(), Mirror::Role::Follower);

    // 250 events arrive at once: three pages, applied oldest first, so the last name wins.
    for (int i = 1; i <= 250; ++i)
        stripe.addEvent(
            "customer.updated",
            objects::customer("cus_1", QStringLiteral("Name %1").arg(i), "c1@example.com", now - 999),
            now + i / 100);
    stripe.addEvent("customer.deleted", objects::customer("cus_2", "Customer 2", "c2@example.com", now - 998),
                    now + 3);
    stripe.addEvent("customer.subscription.created",
                    QJsonObject {{"id", "sub_1"}, {"object", "subscription"}}, now + 3);
    const QString newest = stripe.list("/v1/events").constFirst().value("id").toString();
    QVERIFY(QTest::qWaitFor([&] { return desk.mirror->syncState().events.id == newest; }, 20000));
    QCOMPARE(desk.object(objects::Kind::Customer, "cus_1").value("name").toString(),
             QStringLiteral("Name 250"));
    QVERIFY(desk.object(objects::Kind::Customer, "cus_2").isEmpty());
    QCOMPARE(desk.count(objects::Kind::Customer), 4);
    // Pages were read towards newer events after the cursor, never from the newest back.
    int forward = 0;
    for (const QString &request : stripe.requests("/v1/events"))
        if (request.contains("ending_before="))
            ++forward;
    QVERIFY(forward >= 3);
}

void TestMirrorFollow::aChangeElsewhereShowsWithinSeconds()
{
    OPEN_TEST_STORE(place);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ScriptedStripe stripe;
    smallAccount(stripe, now);
    Desk desk(place, stripe.url(), 1000);
    desk.mirror->start();
    QVERIFY(desk.ready());
    const QDateTime firstSync = desk.mirror->lastSynced();
    QList<objects::Kind> changed;
    connect(desk.mirror.get(), &Mirror::changed, this,
            [&](const QList<objects::Kind> &kinds) { changed << kinds; });
    // Another program pays the invoice.
    QJsonObject paid = objects::invoice("in_1", "cus_1", "paid", 5000, now - 500, now + 86400);
    stripe.addEvent("invoice.paid", paid, now);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(QTest::qWaitFor(
        [&] { return desk.object(objects::Kind::Invoice, "in_1").value("status") == "paid"; }, 10000));
    QVERIFY2(clock.elapsed() < 10000, "a change elsewhere must show within 10 seconds");
    QVERIFY(QTest::qWaitFor([&] { return changed.contains(objects::Kind::Invoice); }, 2000));
    QVERIFY(QTest::qWaitFor([&] { return desk.mirror->lastSynced() > firstSync; }, 5000));
}

void TestMirrorFollow::ownWritesShowAtOnce()
{
    OPEN_TEST_STORE(place);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ScriptedStripe stripe;
    smallAccount(stripe, now);
    Desk desk(place, stripe.url(), 60000); // no poll during the test
    desk.mirror->start();
    QVERIFY(desk.ready());
    QSignalSpy changed(desk.mirror.get(), &Mirror::changed);
    desk.mirror->applyObject(objects::customer("cus_3", "Renamed Here", "c3@example.com", now - 997));
    QVERIFY(changed.wait(5000));
    QCOMPARE(desk.object(objects::Kind::Customer, "cus_3").value("name").toString(),
             QStringLiteral("Renamed Here"));
    desk.mirror->applyObject(objects::deleted("cus_4", "customer"));
    QVERIFY(changed.wait(5000));
    QVERIFY(desk.object(objects::Kind::Customer, "cus_4").isEmpty());
    // Nothing was asked of Stripe for it.
    QVERIFY(stripe.requests("/v1/customers/").isEmpty());
}

void TestMirrorFollow::eventsFromAnAccountThatHadNone()
{
    OPEN_TEST_STORE(place);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ScriptedStripe stripe;
    smallAccount(stripe, now); // no event at all: nothing to anchor the listing to
    Desk desk(place, stripe.url());
    desk.mirror->start();
    QVERIFY(desk.ready());
    QVERIFY(desk.mirror->syncState().eventsFromStart);
    for (int i = 1; i <= 230; ++i)
        stripe.addEvent(
            "customer.created",
            objects::customer(QStringLiteral("cus_new%1").arg(i), "New", "n@example.com", now + i), now + i);
    const QString newest = stripe.list("/v1/events").constFirst().value("id").toString();
    QVERIFY(QTest::qWaitFor([&] { return desk.mirror->syncState().events.id == newest; }, 20000));
    QCOMPARE(desk.count(objects::Kind::Customer), 235);
}

void TestMirrorFollow::listsAgainWhenEventsAreTooOld()
{
    OPEN_TEST_STORE(place);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ScriptedStripe stripe;
    smallAccount(stripe, now);
    stripe.addEvent("customer.updated", objects::customer("cus_1", "Customer 1", "c1@example.com", now - 999),
                    now - 60);
    {
        Desk desk(place, stripe.url(), 60000);
        desk.mirror->start();
        QVERIFY(desk.ready());
    }
    // The desk stays closed for 31 days: its last read and its cursor are that old...
    {
        auto store = place.open();
        const qint64 monthAgo = now - 31 * 86400;
        for (const auto &[key, value] : {std::pair {"events.created", monthAgo},
                                         {"synced_at", monthAgo * 1000},
                                         {"listing.started", monthAgo * 1000}})
            QVERIFY(store->connection().exec("UPDATE sync_state SET value = ? WHERE key = ?",
                                             {QString::number(value), key}));
    }
    // ...and meanwhile a customer was deleted; Stripe still answers for the old cursor, but the
    // events between may be gone.
    stripe.list("/v1/customers").removeLast(); // cus_1
    Desk desk(place, stripe.url(), 60000);
    QSignalSpy notices(desk.mirror.get(), &Mirror::noticeChanged);
    desk.mirror->start();
    QVERIFY(QTest::qWaitFor([&] { return !notices.isEmpty(); }, 10000));
    QVERIFY2(notices.first().first().toString().contains("30 days"),
             qPrintable(notices.first().first().toString()));
    QVERIFY(desk.ready());
    QCOMPARE(desk.count(objects::Kind::Customer), 4);
    QVERIFY(desk.object(objects::Kind::Customer, "cus_1").isEmpty());
}

void TestMirrorFollow::listsAgainWhenTheCursorIsGone()
{
    OPEN_TEST_STORE(place);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ScriptedStripe stripe;
    smallAccount(stripe, now);
    stripe.addEvent("customer.updated", objects::customer("cus_1", "Customer 1", "c1@example.com", now - 999),
                    now - 60);
    Desk desk(place, stripe.url(), 300);
    desk.mirror->start();
    QVERIFY(desk.ready());
    const qint64 listedAt = desk.mirror->syncState().listingVersion;
    // Stripe no longer knows the cursor's event.
    stripe.list("/v1/events").clear();
    stripe.addEvent("customer.created", objects::customer("cus_9", "Nine", "9@example.com", now), now);
    stripe.list("/v1/customers").prepend(objects::customer("cus_9", "Nine", "9@example.com", now));
    QVERIFY(QTest::qWaitFor([&] { return desk.mirror->syncState().listingVersion > listedAt; }, 10000));
    QVERIFY(desk.mirror->notice().contains("no longer has"));
    QVERIFY(desk.ready());
    QCOMPARE(desk.count(objects::Kind::Customer), 6);
}

void TestMirrorFollow::anInvoiceEventWithMoreLinesFetchesThem()
{
    OPEN_TEST_STORE(place);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ScriptedStripe stripe;
    smallAccount(stripe, now);
    Desk desk(place, stripe.url(), 300);
    desk.mirror->start();
    QVERIFY(desk.ready());
    QJsonArray first;
    for (int i = 1; i <= 12; ++i) {
        const auto line
            = objects::line(QStringLiteral("il_%1").arg(i, 2, 10, QLatin1Char('0')), "in_2", 100, "Item");
        if (i <= 10)
            first.append(line);
        stripe.list("/v1/invoices/in_2/lines").append(line);
    }
    stripe.addEvent("invoice.created",
                    objects::invoice("in_2", "cus_2", "draft", 1200, now, now + 86400, "usd", first, true),
                    now);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return desk.mirror->store()
                && mirror::Reader(*desk.mirror->store()).invoiceLines("in_2").size() == 12;
        },
        10000));
    QVERIFY(QTest::qWaitFor([&] { return desk.mirror->canServe(objects::Kind::InvoiceLine); }, 5000));
}

PAYDESK_TEST_GUILESS_MAIN(TestMirrorFollow)
#include "tst_mirror_follow.moc"
