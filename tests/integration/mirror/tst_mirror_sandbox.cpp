#include "src/mirror/Reader.h"
#include "tests/integration/mirror/support/MirrorDesk.h"
#include "tests/integration/mirror/support/SandboxTruth.h"
#include "tests/integration/mirror/support/StoreUnderTest.h"
#include "tests/integration/sandbox/SandboxHttp.h"
#include "tests/support/TestMain.h"

#include "src/sandbox/EmbeddedServer.h"
#include "src/sandbox/Server.h"

#include <QSignalSpy>
#include <QTest>

using mirror::Mirror;
using mirror::Table;

namespace {

QSet<QString> mirroredIds(Mirror &mirror, Table table)
{
    mirror::Filter filter;
    filter.kind = mirror::kindOf(table);
    QSet<QString> ids;
    if (!mirror.store())
        return ids;
    for (const auto &row :
         mirror::Reader(*mirror.store()).rows(filter, {"id", Qt::AscendingOrder}, 0, 1000000))
        ids.insert(row.key.id);
    return ids;
}

// Every kind the sandbox lists, the mirror has: no more, no less.
bool sameAsSandbox(Mirror &mirror, sandbox::EmbeddedServer &server, QString *difference)
{
    const auto expected = sandboxTruth::ids(server);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QSet<QString> mirrored = mirroredIds(mirror, it.key());
        if (mirrored != it.value()) {
            *difference = QStringLiteral("%1: %2 mirrored, %3 in the sandbox")
                              .arg(mirror::tableName(it.key()))
                              .arg(mirrored.size())
                              .arg(it.value().size());
            return false;
        }
    }
    return true;
}

} // namespace

// The mirror on Paydesk's own sandbox, which records an event for every change as Stripe does:
// listed, then kept current with changes another program makes over HTTP (created, updated,
// deleted, refunded, paid), and listed again when its events are older than 30 days.
class TestMirrorSandbox : public QObject
{
    Q_OBJECT

private slots:
    void keepsUpWithChangesMadeElsewhere_data() { StoreUnderTest::addRows(); }
    void keepsUpWithChangesMadeElsewhere();
    void listsAgainAfterAMonthAway_data() { StoreUnderTest::addRows(); }
    void listsAgainAfterAMonthAway();
    void aCompleteCopyServesTheTabsAsSoonAsItIsReady_data() { StoreUnderTest::addRows(); }
    void aCompleteCopyServesTheTabsAsSoonAsItIsReady();
};

void TestMirrorSandbox::keepsUpWithChangesMadeElsewhere()
{
    OPEN_TEST_STORE(place);
    sandbox::EmbeddedServer server;
    QString error;
    QVERIFY2(server.start(sandboxTruth::smallAccount(), &error), qPrintable(error));
    MirrorDesk desk(place.config(), place.password(), server.url(), 500);
    desk.mirror->start();
    QVERIFY(desk.ready());
    // Saved payment methods come last, a request per customer who has some.
    QVERIFY(QTest::qWaitFor([&] { return desk.mirror->canServe(objects::Kind::PaymentMethod); }, 20000));
    QString difference;
    QVERIFY2(sameAsSandbox(*desk.mirror, server, &difference), qPrintable(difference));

    // Another program (curl, the Dashboard) changes the account.
    SandboxHttp http(server.url());
    const auto created = http.post("/v1/customers", "name=Made%20Elsewhere&email=else%40example.com");
    QCOMPARE(created.status, 200);
    const QString customer = created.json.value("id").toString();
    QString renamed, gone;
    server.inspect([&](sandbox::Server &s) {
        const auto &customers = s.store().collection("customers");
        renamed = customers.at(1).value("id").toString();
        gone = customers.at(customers.size() - 2).value("id").toString();
    });
    QCOMPARE(http.post("/v1/customers/" + renamed, "name=Renamed%20Elsewhere").status, 200);
    QString charge;
    server.inspect([&](sandbox::Server &s) {
        const auto &charges = s.store().collection("charges");
        for (int i = 0; i < charges.size() && charge.isEmpty(); ++i)
            if (charges.at(i).value("status") == "succeeded"
                && charges.at(i).value("amount_refunded").toInteger() == 0)
                charge = charges.at(i).value("id").toString();
    });
    QVERIFY(!charge.isEmpty());
    const auto refund = http.post("/v1/refunds", "charge=" + charge.toLatin1());
    QCOMPARE(refund.status, 200);
    QString open;
    server.inspect([&](sandbox::Server &s) {
        const auto &invoices = s.store().collection("invoices");
        for (int i = 0; i < invoices.size() && open.isEmpty(); ++i)
            if (!invoices.isDeleted(i) && invoices.at(i).value("status") == "open")
                open = invoices.at(i).value("id").toString();
    });
    if (!open.isEmpty())
        QCOMPARE(http.post("/v1/invoices/" + open + "/pay", "paid_out_of_band=true").status, 200);
    QCOMPARE(http.del("/v1/customers/" + gone).status, 200);

    QElapsedTimer clock;
    clock.start();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return desk.object(objects::Kind::Customer, customer).value("name") == "Made Elsewhere"
                && desk.object(objects::Kind::Customer, renamed).value("name") == "Renamed Elsewhere"
                && !desk.object(objects::Kind::Refund, refund.json.value("id").toString()).isEmpty()
                && desk.object(objects::Kind::Payment, charge).value("amount_refunded").toInteger() > 0
                && (open.isEmpty() || desk.object(objects::Kind::Invoice, open).value("status") == "paid")
                && desk.object(objects::Kind::Customer, gone).isEmpty();
        },
        10000));
    QVERIFY2(clock.elapsed() < 10000, "changes made elsewhere show within 10 seconds");
    QVERIFY2(sameAsSandbox(*desk.mirror, server, &difference), qPrintable(difference));
    // The charge reads as refunded in the mirror's own columns too.
    mirror::Filter refunded;
    refunded.kind = objects::Kind::Payment;
    refunded.statuses = {"refunded", "partially_refunded"};
    refunded.text = charge;
    QCOMPARE(mirror::Reader(*desk.mirror->store()).count(refunded).value_or(0), 1);
}

void TestMirrorSandbox::listsAgainAfterAMonthAway()
{
    OPEN_TEST_STORE(place);
    sandbox::EmbeddedServer server;
    QString error;
    QVERIFY2(server.start(sandboxTruth::smallAccount(), &error), qPrintable(error));
    SandboxHttp http(server.url());
    QCOMPARE(http.post("/v1/customers", "name=Before").status, 200); // an event to anchor to
    {
        MirrorDesk desk(place.config(), place.password(), server.url(), 500);
        desk.mirror->start();
        QVERIFY(desk.ready());
    }
    // While the desk is closed: a customer is deleted, and a month passes. Stripe forgets
    // events after 30 days; the deletion's event is gone.
    QString gone;
    server.inspect(
        [&](sandbox::Server &s) { gone = s.store().collection("customers").at(0).value("id").toString(); });
    QCOMPARE(http.del("/v1/customers/" + gone).status, 200);
    server.ageEvents(31);
    {
        auto store = place.open(); // the desk's own clock moves on too
        const qint64 monthAgo = QDateTime::currentSecsSinceEpoch() - 31 * 86400;
        for (const auto &[key, value] :
             {std::pair {"synced_at", monthAgo * 1000}, {"listing.started", monthAgo * 1000}})
            QVERIFY(store->connection().exec("UPDATE sync_state SET value = ? WHERE key = ?",
                                             {QString::number(value), key}));
    }
    MirrorDesk desk(place.config(), place.password(), server.url(), 500);
    QSignalSpy notices(desk.mirror.get(), &Mirror::noticeChanged);
    desk.mirror->start();
    QVERIFY(QTest::qWaitFor([&] { return !notices.isEmpty(); }, 10000));
    // The reason: the events are older than Stripe keeps them, or Stripe no longer has the one
    // the mirror read up to.
    const QString notice = notices.first().first().toString();
    QVERIFY2(notice.contains("30 days") || notice.contains("no longer has"), qPrintable(notice));
    QVERIFY(desk.ready());
    QVERIFY(QTest::qWaitFor([&] { return desk.mirror->canServe(objects::Kind::PaymentMethod); }, 20000));
    QVERIFY(desk.object(objects::Kind::Customer, gone).isEmpty());
    QString difference;
    QVERIFY2(sameAsSandbox(*desk.mirror, server, &difference), qPrintable(difference));
}

// The next start of the app: the copy is complete, so the tabs read it as soon as the mirror says
// Ready. They ask canServe() when they hear it; it once answered from the state held before the
// store's was read, and the tabs stayed on Stripe until something else changed.
void TestMirrorSandbox::aCompleteCopyServesTheTabsAsSoonAsItIsReady()
{
    OPEN_TEST_STORE(place);
    sandbox::EmbeddedServer server;
    QString error;
    QVERIFY2(server.start(sandboxTruth::smallAccount(), &error), qPrintable(error));
    {
        MirrorDesk first(place.config(), place.password(), server.url(), 500);
        first.mirror->start();
        QVERIFY(first.ready());
        QVERIFY(QTest::qWaitFor([&] { return first.mirror->canServe(objects::Kind::PaymentMethod); }, 20000));
    }
    MirrorDesk again(place.config(), place.password(), server.url(), 60000);
    QList<bool> servedWhenReady;
    QObject::connect(again.mirror.get(), &Mirror::stateChanged, [&](Mirror::State state) {
        if (state == Mirror::State::Ready)
            for (const auto kind : {objects::Kind::Customer, objects::Kind::Invoice, objects::Kind::Payment})
                servedWhenReady << again.mirror->canServe(kind);
    });
    again.mirror->start();
    QVERIFY(QTest::qWaitFor([&] { return !servedWhenReady.isEmpty(); }, 10000));
    QCOMPARE(servedWhenReady, QList<bool>({true, true, true}));
}

PAYDESK_TEST_GUILESS_MAIN(TestMirrorSandbox)
#include "tst_mirror_sandbox.moc"
