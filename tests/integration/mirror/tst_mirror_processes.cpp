#include "src/mirror/Reader.h"
#include "tests/integration/mirror/support/Objects.h"
#include "tests/integration/mirror/support/ProbeProcess.h"
#include "tests/integration/mirror/support/SandboxTruth.h"
#include "tests/integration/mirror/support/ScriptedStripe.h"
#include "tests/integration/mirror/support/StoreUnderTest.h"
#include "tests/integration/sandbox/SandboxHttp.h"
#include "tests/support/TestMain.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using mirror::Table;

namespace {

QSet<QString> mirroredIds(mirror::Store &store, Table table)
{
    mirror::Filter filter;
    filter.kind = mirror::kindOf(table);
    QSet<QString> ids;
    for (const auto &row :
         mirror::Reader(store).rows(filter, mirror::Sort {"id", Qt::AscendingOrder}, 0, 1000000))
        ids.insert(row.key.id);
    return ids;
}

QStringList probeArguments(StoreUnderTest &place, const QUrl &url, const QString &desk)
{
    QStringList arguments {"--url", url.toString(), "--desk", desk, "--poll", "200"};
    if (place.backend() == mirror::Backend::Postgres)
        arguments << "--postgres" << place.config().postgres;
    else
        arguments << "--sqlite" << place.sqlitePath();
    return arguments;
}

QProcessEnvironment probeEnvironment(StoreUnderTest &place)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("PAYDESK_PROBE_PG_PASSWORD", place.password());
    return environment;
}

bool listedAtLeast(const QString &line, int count)
{
    return line.startsWith("listed ") && line.mid(7).toInt() >= count;
}

// paydesk-sandbox in a process of its own (demo data, no events yet).
struct SandboxProcess : ProbeProcess
{
    SandboxProcess(int customers, int latencyMs)
        : ProbeProcess(PAYDESK_SANDBOX_EXECUTABLE,
                       {"--port", "0", "--seed", "7", "--customers", QString::number(customers),
                        "--invoices-per-customer", "1", "--latency", QString::number(latencyMs)})
    {
        const QString line = waitForLine(QRegularExpression("listening on"), 60000);
        url = QUrl(QRegularExpression("(http://[0-9.:]+)").match(line).captured(1));
    }
    QString newestEvent()
    {
        SandboxHttp http(url);
        const QJsonArray data = http.get("/v1/events", "limit=1").json.value("data").toArray();
        return data.isEmpty() ? QString() : data.first().toObject().value("id").toString();
    }
    QUrl url;
};

// The store holds exactly what the sandbox lists, and counted each object once.
void compareWithSandbox(StoreUnderTest &place, const QUrl &url)
{
    auto store = place.open();
    QVERIFY(store);
    const auto state = store->syncState();
    QVERIFY(state.isComplete());
    for (const Table table : mirror::listedTables()) {
        const QSet<QString> expected = sandboxTruth::listed(url, mirror::listPath(table));
        const QSet<QString> mirrored = mirroredIds(*store, table);
        QVERIFY2(mirrored == expected,
                 qPrintable(QStringLiteral("%1: %2 mirrored, %3 in the sandbox")
                                .arg(mirror::tableName(table))
                                .arg(mirrored.size())
                                .arg(expected.size())));
    }
}

// What a killed probe left: every listed page's rows and count agree (nothing twice).
void checkConsistent(StoreUnderTest &place)
{
    auto store = place.open();
    QVERIFY(store);
    const auto state = store->syncState();
    for (const Table table : mirror::listedTables()) {
        const qint64 rows = mirroredIds(*store, table).size();
        const qint64 counted = state.listing.value(table).count;
        // No events here: every row came from the listing, and every listed row is counted once.
        QVERIFY2(rows == counted,
                 qPrintable(QStringLiteral("%1: %2 rows, %3 listed")
                                .arg(mirror::tableName(table))
                                .arg(rows)
                                .arg(counted)));
    }
}

// The truth a stream of events leaves: each customer as its last event showed it.
struct EventScript
{
    ScriptedStripe stripe;
    QHash<QString, QJsonObject> customers; // id -> last state; absent when deleted
    int events = 0;

    void account(qint64 now)
    {
        for (const Table table : mirror::listedTables())
            stripe.list(mirror::listPath(table));
        for (int i = 40; i >= 1; --i) {
            const auto customer = objects::customer(QStringLiteral("cus_%1").arg(i), "Start", "s@example.com",
                                                    now - 1000 + i);
            stripe.list("/v1/customers") << customer;
            customers.insert(customer.value("id").toString(), customer);
        }
        stripe.addEvent("customer.created", customers.value("cus_40"), now - 960);
    }

    // A burst of changes: renames, a few deletions and creations.
    void burst(int count, qint64 now)
    {
        QRandomGenerator random(quint32(events + 1));
        for (int i = 0; i < count; ++i) {
            ++events;
            const QString id = QStringLiteral("cus_%1").arg(random.bounded(1, 60));
            if (customers.contains(id) && random.bounded(20) == 0) {
                stripe.addEvent("customer.deleted", customers.take(id), now);
                continue;
            }
            if (!customers.contains(id) && random.bounded(3) != 0) {
                --events; // a deleted id stays deleted: Stripe never reuses ids
                continue;
            }
            const auto customer
                = objects::customer(id, QStringLiteral("Name %1").arg(events), "x@example.com", now - 500);
            const bool created = !customers.contains(id);
            customers.insert(id, customer);
            stripe.addEvent(created ? "customer.created" : "customer.updated", customer, now);
        }
    }

    QString newest() { return stripe.list("/v1/events").constFirst().value("id").toString(); }
};

QString storedCursor(StoreUnderTest &place)
{
    auto store = place.open();
    return store ? store->syncState().events.id : QString();
}

void compareWithEvents(StoreUnderTest &place, EventScript &script)
{
    auto store = place.open();
    QVERIFY(store);
    const QSet<QString> mirrored = mirroredIds(*store, Table::Customers);
    QCOMPARE(mirrored, QSet<QString>(script.customers.keyBegin(), script.customers.keyEnd()));
    mirror::Reader reader(*store);
    for (auto it = script.customers.cbegin(); it != script.customers.cend(); ++it)
        QCOMPARE(reader.object(objects::Kind::Customer, it.key())->object().value("name"),
                 it.value().value("name"));
    // Each event applied once.
    const int events = int(script.stripe.list("/v1/events").size()) - 1; // all but the anchor
    QCOMPARE(store->connection().scalar("SELECT count(*) FROM applied_events").toInt(), events);
}

} // namespace

// The mirror's promises under real processes: killed with SIGKILL while listing or while
// following, it loses and duplicates nothing; a damaged file is found and rebuilt, saying so;
// two processes on one store never apply an event twice, and one takes over from the other.
class TestMirrorProcesses : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileListing_data() { StoreUnderTest::addRows(); }
    void killedWhileListing();
    void killedWhileFollowing_data() { StoreUnderTest::addRows(); }
    void killedWhileFollowing();
    void twoProcessesOnOneStore_data() { StoreUnderTest::addRows(); }
    void twoProcessesOnOneStore();
    void damagedFileIsRebuilt_data();
    void damagedFileIsRebuilt();
};

void TestMirrorProcesses::killedWhileListing()
{
    OPEN_TEST_STORE(place);
    SandboxProcess sandbox(1500, 10);
    QVERIFY(sandbox.url.isValid());
    for (const int killAt : {700, 2500}) {
        ProbeProcess probe(PAYDESK_MIRROR_PROBE, probeArguments(place, sandbox.url, "desk"),
                           probeEnvironment(place));
        QVERIFY2(probe.waitFor([&](const QString &line) { return listedAtLeast(line, killAt); }),
                 qPrintable(probe.lines().join('\n') + probe.errors()));
        QVERIFY(!probe.hasLine(QRegularExpression("^state Ready")));
        probe.kill();
        checkConsistent(place);
    }
    ProbeProcess probe(PAYDESK_MIRROR_PROBE, probeArguments(place, sandbox.url, "desk"),
                       probeEnvironment(place));
    QVERIFY2(!probe.waitForLine(QRegularExpression("^state Ready"), 120000).isEmpty(),
             qPrintable(probe.lines().join('\n') + probe.errors()));
    probe.kill();
    compareWithSandbox(place, sandbox.url);
    // Counted once each.
    auto store = place.open();
    for (const Table table : mirror::listedTables())
        QCOMPARE(store->syncState().listing.value(table).count,
                 qint64(sandboxTruth::listed(sandbox.url, mirror::listPath(table)).size()));
}

void TestMirrorProcesses::killedWhileFollowing()
{
    OPEN_TEST_STORE(place);
    SandboxProcess sandbox(60, 0);
    SandboxHttp http(sandbox.url);
    const QStringList customers = sandboxTruth::listed(sandbox.url, "/v1/customers").values();
    auto change = [&](int from, int to) {
        for (int i = from; i < to; ++i) {
            const QString customer = customers.at(i % customers.size());
            if (i % 25 == 24)
                http.del("/v1/customers/" + customer); // once gone, later updates fail: fine
            else
                http.post("/v1/customers/" + customer, "name=Name%20" + QByteArray::number(i));
        }
    };
    {
        ProbeProcess probe(PAYDESK_MIRROR_PROBE, probeArguments(place, sandbox.url, "desk"),
                           probeEnvironment(place));
        QVERIFY(!probe.waitForLine(QRegularExpression("^state Ready"), 60000).isEmpty());
        change(0, 400);
        // Killed once it has applied some of them, with more to go.
        QVERIFY(QTest::qWaitFor([&] { return !storedCursor(place).isEmpty(); }, 20000));
        probe.kill();
        QVERIFY(storedCursor(place) != sandbox.newestEvent());
    }
    change(400, 600);
    ProbeProcess probe(PAYDESK_MIRROR_PROBE, probeArguments(place, sandbox.url, "desk"),
                       probeEnvironment(place));
    QVERIFY(QTest::qWaitFor([&] { return storedCursor(place) == sandbox.newestEvent(); }, 60000));
    probe.kill();
    compareWithSandbox(place, sandbox.url);
    auto store = place.open();
    mirror::Reader reader(*store);
    for (const QString &id : sandboxTruth::listed(sandbox.url, "/v1/customers"))
        QCOMPARE(reader.object(objects::Kind::Customer, id)->object().value("name"),
                 http.get("/v1/customers/" + id).json.value("name"));
    // Every event the sandbox recorded, applied once.
    int events = 0;
    QString after;
    for (;;) {
        const auto page = http.get(
            "/v1/events",
            "limit=100" + (after.isEmpty() ? QByteArray() : "&starting_after=" + after.toLatin1()));
        const QJsonArray data = page.json.value("data").toArray();
        events += int(data.size());
        if (!page.json.value("has_more").toBool() || data.isEmpty())
            break;
        after = data.last().toObject().value("id").toString();
    }
    QVERIFY(events > 300); // updates to customers deleted before them make none
    QCOMPARE(store->connection().scalar("SELECT count(*) FROM applied_events").toInt(), events);
}

void TestMirrorProcesses::twoProcessesOnOneStore()
{
    OPEN_TEST_STORE(place);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    EventScript script;
    script.account(now);
    auto a = std::make_unique<ProbeProcess>(
        PAYDESK_MIRROR_PROBE, probeArguments(place, script.stripe.url(), "desk-a"), probeEnvironment(place));
    QVERIFY(!a->waitForLine(QRegularExpression("^role Follower")).isEmpty());
    auto b = std::make_unique<ProbeProcess>(
        PAYDESK_MIRROR_PROBE, probeArguments(place, script.stripe.url(), "desk-b"), probeEnvironment(place));
    QVERIFY(!b->waitForLine(QRegularExpression("^role Reader")).isEmpty());
    QVERIFY(!a->waitForLine(QRegularExpression("^state Ready")).isEmpty());
    QVERIFY(!b->waitForLine(QRegularExpression("^state Ready")).isEmpty());

    script.burst(400, now);
    const QString before = storedCursor(place);
    QVERIFY(QTest::qWaitFor([&] { return storedCursor(place) != before; }, 20000));
    a->kill(); // the follower dies mid-stream
    QVERIFY(!b->waitForLine(QRegularExpression("^role Follower"), 20000).isEmpty());
    script.burst(400, now + 1);
    QVERIFY(QTest::qWaitFor([&] { return storedCursor(place) == script.newest(); }, 60000));
    // A third desk joins and only reads.
    ProbeProcess c(PAYDESK_MIRROR_PROBE, probeArguments(place, script.stripe.url(), "desk-c"),
                   probeEnvironment(place));
    QVERIFY(!c.waitForLine(QRegularExpression("^role Reader")).isEmpty());
    script.burst(100, now + 2);
    QVERIFY(QTest::qWaitFor([&] { return storedCursor(place) == script.newest(); }, 60000));
    for (ProbeProcess *probe : {a.get(), b.get(), &c})
        QVERIFY2(!probe->hasLine(QRegularExpression("^error")), qPrintable(probe->lines().join('\n')));
    b->kill();
    c.kill();
    compareWithEvents(place, script);
    auto store = place.open();
    QCOMPARE(store->connection().scalar("SELECT count(*) FROM applied_events WHERE desk = 'desk-c'").toInt(),
             0);
    QVERIFY(store->connection().scalar("SELECT count(*) FROM applied_events WHERE desk = 'desk-b'").toInt()
            >= 400);
}

void TestMirrorProcesses::damagedFileIsRebuilt_data()
{
    QTest::addColumn<bool>("header");
    QTest::newRow("pages in the middle") << false;
    QTest::newRow("the header") << true;
}

void TestMirrorProcesses::damagedFileIsRebuilt()
{
    QFETCH(bool, header);
    StoreUnderTest place("sqlite");
    SandboxProcess sandbox(600, 0);
    {
        ProbeProcess probe(PAYDESK_MIRROR_PROBE, probeArguments(place, sandbox.url, "desk"),
                           probeEnvironment(place));
        QVERIFY(!probe.waitForLine(QRegularExpression("^state Ready"), 120000).isEmpty());
        probe.kill();
    }
    {
        // Fold the WAL into the file, then damage it as a failing disk would.
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "damage");
        db.setDatabaseName(place.sqlitePath());
        QVERIFY(db.open());
        QSqlQuery(db).exec("PRAGMA wal_checkpoint(TRUNCATE)");
        db.close();
    }
    QSqlDatabase::removeDatabase("damage");
    QFile file(place.sqlitePath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 64 * 4096);
    QByteArray garbage(8 * 4096, '\0');
    for (char &byte : garbage)
        byte = char(QRandomGenerator::global()->bounded(256));
    file.seek(header ? 0 : (size / 2) / 4096 * 4096);
    file.write(garbage);
    file.close();

    ProbeProcess probe(PAYDESK_MIRROR_PROBE, probeArguments(place, sandbox.url, "desk"),
                       probeEnvironment(place));
    const QString notice = probe.waitForLine(QRegularExpression("^notice The mirror file was damaged"));
    QVERIFY2(!notice.isEmpty(), qPrintable(probe.lines().join('\n') + probe.errors()));
    // The rebuilt copy's Ready, after the notice: a start does not wait for the integrity check,
    // so damage in the middle of the file is found after the copy first said Ready.
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     bool told = false;
                     for (const QString &line : probe.lines()) {
                         told = told || line.startsWith("notice The mirror file was damaged");
                         if (told && line == "state Ready")
                             return true;
                     }
                     return false;
                 },
                 120000),
             qPrintable(probe.lines().join('\n') + probe.errors()));
    probe.kill();
    compareWithSandbox(place, sandbox.url);
    auto store = place.open();
    QCOMPARE(store->integrityProblem(), QString());
}

PAYDESK_TEST_GUILESS_MAIN(TestMirrorProcesses)
#include "tst_mirror_processes.moc"
