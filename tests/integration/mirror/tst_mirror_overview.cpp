#include "tests/integration/mirror/support/AccountDesk.h"
#include "tests/integration/mirror/support/SandboxTruth.h"
#include "tests/support/TestMain.h"

#include "src/mirror/MirrorCsvExport.h"
#include "src/mirror/OverviewFeed.h"
#include "src/mirror/SizeEstimate.h"
#include "src/mirror/SourceStatus.h"
#include "src/mirror/TeamConnectionCheck.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>

using mirror::Overview;
using mirror::SourceStatus;

namespace {

// Open invoices by currency and age, counted here from the sandbox's own store, the way a
// clerk would: due on the due date, or when created for an invoice charged automatically.
struct Bucket
{
    qint64 count = 0;
    qint64 amount = 0;
};
QMap<QString, std::array<Bucket, 5>> agingInTheSandbox(sandbox::EmbeddedServer &server, qint64 now)
{
    QMap<QString, std::array<Bucket, 5>> aging;
    server.inspect([&](sandbox::Server &s) {
        const auto &invoices = s.store().collection("invoices");
        for (int i = 0; i < invoices.size(); ++i) {
            const QJsonObject invoice = invoices.at(i);
            if (invoices.isDeleted(i) || invoice.value("status").toString() != "open")
                continue;
            const qint64 due = invoice.value("due_date").isDouble() ? invoice.value("due_date").toInteger()
                                                                    : invoice.value("created").toInteger();
            const qint64 daysPast = now - due;
            const int age = daysPast <= 0 ? 0
                : daysPast <= 30 * 86400  ? 1
                : daysPast <= 60 * 86400  ? 2
                : daysPast <= 90 * 86400  ? 3
                                          : 4;
            Bucket &bucket = aging[invoice.value("currency").toString()][size_t(age)];
            ++bucket.count;
            bucket.amount += invoice.value("amount_remaining").toInteger();
        }
    });
    return aging;
}

} // namespace

// The Overview's figures from the app's mirror, on both stores, against counts made here from
// the sandbox's store; the rows behind a figure exported to CSV; the first count for the live
// offer; which source the status bar names while syncing; the team database's connection test.
class TestMirrorOverview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agingMatchesACountMadeIndependently_data() { StoreUnderTest::addRows(); }
    void agingMatchesACountMadeIndependently();
    void rowsBehindAFigureExportToCsv();
    void exportedRowsNameWhatTheyPointTo_data() { StoreUnderTest::addRows(); }
    void exportedRowsNameWhatTheyPointTo();
    void firstCountForTheOffer();
    void statusWhileSyncingNamesTheTabsKind();
    void teamConnectionTest_data();
    void teamConnectionTest();
    void connectionProblemsInWords_data();
    void connectionProblemsInWords();

private:
    std::unique_ptr<sandbox::EmbeddedServer> m_sandbox;
};

void TestMirrorOverview::initTestCase()
{
    m_sandbox = std::make_unique<sandbox::EmbeddedServer>();
    QString error;
    QVERIFY2(m_sandbox->start(sandboxTruth::smallAccount(), &error), qPrintable(error));
}

void TestMirrorOverview::agingMatchesACountMadeIndependently()
{
    OPEN_TEST_STORE(place);
    AccountDesk desk(m_sandbox->url());
    desk.openOn(place);
    QVERIFY(desk.ready());
    QVERIFY(QTest::qWaitFor([&] { return desk.account->mirror()->isComplete(); }, 20000));
    mirror::OverviewFeed *feed = desk.account->overview();
    QVERIFY(feed);
    QSignalSpy updated(feed, &mirror::OverviewFeed::updated);
    feed->refresh();
    QVERIFY(updated.wait(10000));
    const mirror::OverviewFigures figures = feed->figures();
    QVERIFY2(figures.isValid(), qPrintable(figures.error.message));

    const auto expected = agingInTheSandbox(*m_sandbox, figures.asOf);
    QVERIFY(!expected.isEmpty()); // the made-up account has open invoices
    QCOMPARE(figures.receivables.size(), expected.size());
    qint64 open = 0;
    for (const Overview::Receivables &row : figures.receivables) {
        QVERIFY2(expected.contains(row.currency), qPrintable(row.currency));
        for (int age = 0; age < Overview::ageCount; ++age) {
            QCOMPARE(row.byAge[size_t(age)].count, expected[row.currency][size_t(age)].count);
            QCOMPARE(row.byAge[size_t(age)].amount, expected[row.currency][size_t(age)].amount);
            // The filter each figure carries keeps exactly the rows it counts.
            const auto filter = Overview::receivablesFilter(Overview::Age(age), row.currency, figures.asOf);
            QCOMPARE(mirror::Reader(*desk.account->mirror()->store()).count(filter).value_or(-1),
                     row.byAge[size_t(age)].count);
        }
        open += row.total().count;
    }
    QVERIFY(open > 0);
    QCOMPARE(figures.lastMonth, QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1));
    QVERIFY(!figures.balances.isEmpty());
}

void TestMirrorOverview::rowsBehindAFigureExportToCsv()
{
    AccountDesk desk(m_sandbox->url());
    desk.account->open(desk.context(accounts::Mode::Sandbox));
    QVERIFY(desk.ready());
    QVERIFY(QTest::qWaitFor([&] { return desk.account->mirror()->isComplete(); }, 20000));
    mirror::Filter open;
    open.kind = objects::Kind::Invoice;
    open.statuses = {"open"};
    const qint64 expected = mirror::Reader(*desk.account->mirror()->store()).count(open).value_or(-1);
    QVERIFY(expected > 0);
    QTemporaryDir dir;
    const QString file = dir.filePath("open-invoices.csv");
    mirror::MirrorCsvExport exporter(desk.account->overview(), open, file);
    QSignalSpy finished(&exporter, &mirror::MirrorCsvExport::finished);
    exporter.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(exporter.errorText()));
    QCOMPARE(exporter.total(), expected);
    QCOMPARE(exporter.rowsWritten(), int(expected));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.size() - 2, expected); // the header, and the empty piece after the last line
    QVERIFY(lines.first().contains("Currency"));
    // Customer data: the user's alone.
    QCOMPARE(csv.permissions()
                 & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

void TestMirrorOverview::exportedRowsNameWhatTheyPointTo()
{
    QFETCH(QString, storeKind);
    StoreUnderTest place(storeKind, sandbox::Server::accountId());
    if (!place.isReady())
        QSKIP(qPrintable(place.why()));
    AccountDesk desk(m_sandbox->url());
    desk.openOn(place);
    QVERIFY(desk.ready(60000));
    QVERIFY(QTest::qWaitFor([&] { return desk.account->mirror()->isComplete(); }, 20000));
    // The succeeded refunds (a month's refunds on the Overview, here of every month): the
    // Customer column names who was paid back, as the Refunds tab does, from the copy's charges
    // and customers.
    mirror::Filter refunds;
    refunds.kind = objects::Kind::Refund;
    refunds.statuses = {"succeeded"};
    QHash<QString, QString> payerOf; // refund id -> the name of its charge's customer
    m_sandbox->inspect([&](sandbox::Server &s) {
        const auto &all = s.store().collection("refunds");
        for (int i = 0; i < all.size(); ++i) {
            const QJsonObject refund = all.at(i);
            if (all.isDeleted(i) || refund.value("status").toString() != "succeeded")
                continue;
            const QJsonObject *charge = s.store().find(refund.value("charge").toString());
            const QJsonObject *customer
                = charge ? s.store().find(charge->value("customer").toString()) : nullptr;
            if (customer)
                payerOf.insert(refund.value("id").toString(), customer->value("name").toString());
        }
    });
    QVERIFY(!payerOf.isEmpty());
    QTemporaryDir dir;
    const QString file = dir.filePath("refunds.csv");
    mirror::MirrorCsvExport exporter(desk.account->overview(), refunds, file);
    QSignalSpy finished(&exporter, &mirror::MirrorCsvExport::finished);
    exporter.start();
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(exporter.errorText()));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    const QList<QByteArray> header = lines.first().trimmed().split(',');
    const qsizetype customer = header.indexOf("Customer");
    const qsizetype id = header.indexOf("ID");
    QVERIFY(customer >= 0 && id >= 0);
    int named = 0;
    for (const QByteArray &line : lines.mid(1)) {
        const QList<QByteArray> cells = line.trimmed().split(','); // no commas in names or ids here
        const QString refund = QString::fromUtf8(cells.value(id));
        if (!payerOf.contains(refund))
            continue;
        QCOMPARE(QString::fromUtf8(cells.value(customer)), payerOf.value(refund));
        ++named;
    }
    QCOMPARE(named, payerOf.size());
}

void TestMirrorOverview::firstCountForTheOffer()
{
    AccountDesk desk(m_sandbox->url());
    mirror::SizeEstimate estimate(&desk.client);
    QSignalSpy finished(&estimate, &mirror::SizeEstimate::finished);
    estimate.start();
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<mirror::SizeEstimate::Result>();
    QVERIFY(result.isKnown());
    // Every listed kind Stripe can count (a list of one page, or one its search API covers),
    // a line per invoice, and for the rest at least the page that was read.
    const auto ids = sandboxTruth::ids(*m_sandbox);
    const QSet<mirror::Table> searchable {mirror::Table::Customers, mirror::Table::Invoices,
                                          mirror::Table::Charges, mirror::Table::PaymentIntents};
    qint64 expected = ids.value(mirror::Table::Invoices).size();
    bool uncounted = false;
    for (const mirror::Table table : mirror::listedTables()) {
        const qint64 count = ids.value(table).size();
        uncounted = uncounted || (count > 100 && !searchable.contains(table));
        expected += searchable.contains(table) ? count : std::min<qint64>(count, 100);
    }
    QVERIFY(expected > 300);
    QCOMPARE(result.objects, expected);
    QCOMPARE(result.atLeast, uncounted);
    QCOMPARE(result.bytes(), expected * mirror::SizeEstimate::bytesPerObject);
    const QString words = mirror::SizeEstimate::describe(result);
    QVERIFY2(words.startsWith(uncounted ? "at least " : "about "), qPrintable(words));
}

void TestMirrorOverview::statusWhileSyncingNamesTheTabsKind()
{
    // A larger account on a slow line: the listing takes long enough to be watched.
    sandbox::Options options;
    options.latencyMs = 150;
    sandbox::EmbeddedServer slow;
    QString error;
    QVERIFY2(slow.start(options, &error), qPrintable(error));
    AccountDesk desk(slow.url());
    desk.account->open(desk.context(accounts::Mode::Sandbox));
    static const QRegularExpression syncing("^Syncing: [0-9,]+ (of about [0-9,]+ invoices|invoices so far)$");
    QStringList seen;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto status
                = SourceStatus::of(*desk.account, QDateTime::currentDateTime(), objects::Kind::Invoice, true);
            if (seen.isEmpty() || seen.last() != status.text)
                seen << status.text;
            return status.source == SourceStatus::Source::Syncing && syncing.match(status.text).hasMatch()
                && status.text.contains("of about");
        },
        30000));
    QVERIFY2(SourceStatus::of(*desk.account, QDateTime::currentDateTime(), objects::Kind::Invoice, true)
                 .detail.contains("reads from Stripe"),
             qPrintable(seen.join(" | ")));
}

void TestMirrorOverview::teamConnectionTest_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("says");
    QTest::newRow("right") << "right" << true << "Connected to PostgreSQL 15";
    QTest::newRow("wrong password") << "password" << false << "refused the password for the user";
    QTest::newRow("no such database") << "database" << false << "no database named nosuchdb";
    QTest::newRow("no server there") << "socket" << false << "No PostgreSQL server is listening in /tmp";
    QTest::newRow("password in the string") << "inline" << false << "Leave the password out";
}

void TestMirrorOverview::teamConnectionTest()
{
    QFETCH(QString, what);
    QFETCH(bool, ok);
    QFETCH(QString, says);
    QString why;
    if (!StoreUnderTest::hasPostgres(&why))
        QSKIP(qPrintable(why));
    QString connection = StoreUnderTest::postgresServer() + " dbname=postgres";
    QString password = StoreUnderTest::postgresPassword();
    if (what == "password")
        password = "not-the-password";
    else if (what == "database")
        connection.replace("dbname=postgres", "dbname=nosuchdb");
    else if (what == "socket")
        connection = "host=/tmp/paydesk-no-such-socket user=paydesk dbname=postgres";
    else if (what == "inline")
        connection = "postgresql://paydesk:secret@localhost/postgres";
    mirror::TeamConnectionCheck check(connection, password, sandbox::Server::accountId());
    QSignalSpy finished(&check, &mirror::TeamConnectionCheck::finished);
    check.start();
    QVERIFY(finished.wait(15000));
    const auto result = finished.first().first().value<mirror::TeamConnectionCheck::Result>();
    QCOMPARE(result.ok, ok);
    QVERIFY2(result.message.contains(says), qPrintable(result.message));
    QVERIFY(!result.message.contains(StoreUnderTest::postgresPassword()));
}

void TestMirrorOverview::connectionProblemsInWords_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("says");
    QTest::newRow("refused")
        << "connection to server at \"10.0.0.5\", port 5432 failed: Connection refused\n\tIs "
           "the server running on that host and accepting TCP/IP connections?"
        << "Nothing answers at db.example.com, port 5432";
    QTest::newRow("unknown host") << "could not translate host name \"db.example.com\" to address: Name or "
                                     "service not known"
                                  << "No computer named db.example.com";
    QTest::newRow("timeout") << "connection to server at \"10.0.0.5\", port 5432 failed: timeout expired"
                             << "did not answer within 5 seconds";
    QTest::newRow("no password")
        << "connection to server on socket \"/x/.s.PGSQL.5432\" failed: fe_sendauth: no "
           "password supplied"
        << "asks the user team for a password";
    QTest::newRow("hba")
        << "FATAL:  no pg_hba.conf entry for host \"10.1.1.1\", user \"team\", database \"d\""
        << "does not let the user team in from this computer";
    QTest::newRow("tls") << "server does not support SSL, but SSL was required"
                         << "The secure connection (TLS)";
}

void TestMirrorOverview::connectionProblemsInWords()
{
    QFETCH(QString, server);
    QFETCH(QString, says);
    QString error;
    const auto address = mirror::PostgresAddress::parse("host=db.example.com user=team dbname=d", &error);
    QVERIFY(error.isEmpty());
    const QString words = mirror::TeamConnectionCheck::describe(server, address);
    QVERIFY2(words.contains(says), qPrintable(words));
}

PAYDESK_TEST_GUILESS_MAIN(TestMirrorOverview)
#include "tst_mirror_overview.moc"
