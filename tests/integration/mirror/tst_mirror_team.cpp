#include "tests/integration/mirror/support/MirrorDesk.h"
#include "tests/integration/mirror/support/Objects.h"
#include "tests/integration/mirror/support/PrivateCluster.h"
#include "tests/integration/mirror/support/ScriptedStripe.h"
#include "tests/integration/mirror/support/StoreUnderTest.h"
#include "tests/support/TestMain.h"

#include <QDateTime>
#include <QTest>

using mirror::Mirror;
using mirror::Table;

namespace {

void smallAccount(ScriptedStripe &stripe, qint64 now)
{
    for (const Table table : mirror::listedTables())
        stripe.list(mirror::listPath(table));
    for (int i = 3; i >= 1; --i)
        stripe.list("/v1/customers") << objects::customer(QStringLiteral("cus_%1").arg(i), "Customer",
                                                          "c@example.com", now - 100 + i);
    stripe.addEvent("customer.created", objects::customer("cus_3", "Customer", "c@example.com", now - 97),
                    now - 97);
}

int eventRequests(stripe::Client &client)
{
    int count = 0;
    for (const auto &entry : client.requestLog()->entries())
        count += entry.path == "/v1/events";
    return count;
}

} // namespace

// A store shared by desks: one follows Stripe, the others read what it writes and hear of it;
// when the follower goes away another takes over from the shared cursor, and no event is ever
// applied twice. A team's PostgreSQL that goes away sends the desks back to Stripe and they
// come back by themselves.
class TestMirrorTeam : public QObject
{
    Q_OBJECT

private slots:
    void oneDeskFollowsTheOthersRead_data() { StoreUnderTest::addRows(); }
    void oneDeskFollowsTheOthersRead();
    void anotherDeskTakesOverWhenTheFollowerGoes_data() { StoreUnderTest::addRows(); }
    void anotherDeskTakesOverWhenTheFollowerGoes();
    void postgresGoesAwayAndComesBack();
};

void TestMirrorTeam::oneDeskFollowsTheOthersRead()
{
    OPEN_TEST_STORE(place);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ScriptedStripe stripe;
    smallAccount(stripe, now);
    MirrorDesk first(place.config(), place.password(), stripe.url(), 200, "desk-1");
    first.mirror->start();
    QVERIFY(first.ready());
    MirrorDesk second(place.config(), place.password(), stripe.url(), 200, "desk-2");
    second.mirror->start();
    QVERIFY(second.ready());
    QCOMPARE(first.mirror->role(), Mirror::Role::Follower);
    QCOMPARE(second.mirror->role(), Mirror::Role::Reader);
    QVERIFY(second.mirror->canServe(objects::Kind::Customer));
    QCOMPARE(second.count(objects::Kind::Customer), 3);

    QList<objects::Kind> heard;
    connect(second.mirror.get(), &Mirror::changed, this,
            [&](const QList<objects::Kind> &kinds) { heard << kinds; });
    stripe.addEvent("customer.updated", objects::customer("cus_2", "Seen By Both", "c@example.com", now - 98),
                    now);
    QVERIFY(QTest::qWaitFor(
        [&] { return second.object(objects::Kind::Customer, "cus_2").value("name") == "Seen By Both"; },
        10000));
    QVERIFY(QTest::qWaitFor([&] { return heard.contains(objects::Kind::Customer); }, 5000));
    QVERIFY(QTest::qWaitFor(
        [&] { return second.mirror->lastSynced() >= first.mirror->lastSynced().addSecs(-1); }, 5000));
    // Only the follower asks Stripe for events.
    QVERIFY(eventRequests(first.client) > 0);
    QCOMPARE(eventRequests(second.client), 0);
}

void TestMirrorTeam::anotherDeskTakesOverWhenTheFollowerGoes()
{
    OPEN_TEST_STORE(place);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ScriptedStripe stripe;
    smallAccount(stripe, now);
    auto first = std::make_unique<MirrorDesk>(place.config(), place.password(), stripe.url(), 200, "desk-1");
    first->mirror->start();
    QVERIFY(first->ready());
    MirrorDesk second(place.config(), place.password(), stripe.url(), 200, "desk-2");
    second.mirror->start();
    QVERIFY(second.ready());
    for (int i = 0; i < 20; ++i)
        stripe.addEvent(
            "customer.updated",
            objects::customer("cus_1", QStringLiteral("Before %1").arg(i), "c@example.com", now - 99), now);
    QVERIFY(QTest::qWaitFor(
        [&] { return second.object(objects::Kind::Customer, "cus_1").value("name") == "Before 19"; }, 10000));

    first.reset(); // the follower's desk closes
    QVERIFY(QTest::qWaitFor([&] { return second.mirror->role() == Mirror::Role::Follower; }, 10000));
    for (int i = 0; i < 20; ++i)
        stripe.addEvent(
            "customer.updated",
            objects::customer("cus_1", QStringLiteral("After %1").arg(i), "c@example.com", now - 99),
            now + 1);
    QVERIFY(QTest::qWaitFor(
        [&] { return second.object(objects::Kind::Customer, "cus_1").value("name") == "After 19"; }, 10000));

    // Every event applied once, by one desk or the other.
    auto store = place.open();
    QCOMPARE(store->connection().scalar("SELECT count(*) FROM applied_events").toInt(), 40);
    QCOMPARE(store->connection().scalar("SELECT count(DISTINCT desk) FROM applied_events").toInt(), 2);
    QCOMPARE(store->connection().scalar("SELECT count(*) FROM applied_events WHERE desk = 'desk-2'").toInt(),
             20);
}

void TestMirrorTeam::postgresGoesAwayAndComesBack()
{
    PrivateCluster cluster;
    QVERIFY2(cluster.isStarted(), "the private PostgreSQL cluster did not start");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ScriptedStripe stripe;
    smallAccount(stripe, now);
    // Fast polls, so that one falls while the database is gone.
    MirrorDesk desk(cluster.config(), cluster.password(), stripe.url(), 50, "desk-1");
    desk.mirror->start();
    QVERIFY(desk.ready());
    const qint64 listingVersion = desk.mirror->syncState().listingVersion;
    const qsizetype listRequests = stripe.requests(mirror::listPath(Table::Customers)).size();
    QStringList notices;
    QObject::connect(desk.mirror.get(), &Mirror::noticeChanged, desk.mirror.get(),
                     [&] { notices << desk.mirror->notice(); });

    QVERIFY(cluster.pause());
    QVERIFY(QTest::qWaitFor([&] { return desk.mirror->state() == Mirror::State::Unavailable; }, 15000));
    QTest::qWait(500); // more polls, with nothing to read
    // A state that could not be read is not an account never listed.
    for (const QString &notice : std::as_const(notices))
        QVERIFY2(!notice.contains("not been listed"), qPrintable(notice));
    // The tabs go back to Stripe, with a notice.
    QVERIFY(!desk.mirror->canServe(objects::Kind::Customer));
    QVERIFY(!desk.mirror->store());
    QVERIFY2(desk.mirror->notice().contains("cannot be reached"), qPrintable(desk.mirror->notice()));
    // Stripe changes meanwhile.
    stripe.addEvent("customer.updated", objects::customer("cus_1", "While Away", "c@example.com", now - 99),
                    now);

    QVERIFY(cluster.resume());
    QVERIFY(QTest::qWaitFor([&] { return desk.mirror->state() == Mirror::State::Ready; }, 20000));
    QVERIFY(desk.mirror->notice().isEmpty());
    QVERIFY(QTest::qWaitFor(
        [&] { return desk.object(objects::Kind::Customer, "cus_1").value("name") == "While Away"; }, 10000));
    QVERIFY(desk.mirror->canServe(objects::Kind::Customer));
    // It went on from where it was: the account was not listed again.
    QCOMPARE(desk.mirror->syncState().listingVersion, listingVersion);
    QCOMPARE(stripe.requests(mirror::listPath(Table::Customers)).size(), listRequests);
}

PAYDESK_TEST_GUILESS_MAIN(TestMirrorTeam)
#include "tst_mirror_team.moc"
