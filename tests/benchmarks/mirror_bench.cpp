// paydesk-mirror-bench: how the mirror's store answers at scale. Fills a store with N made-up
// objects (customers, invoices with a line each, payments, a refund for some) through the same
// writes the listing makes, then times the UI's questions — filters, sorts, deep windows, text
// search, totals, the Overview — and reports the 50th and 95th percentiles, the write rate,
// the bytes on disk per object and the resident memory. No assertion: scripts/bench compares.
//   paydesk-mirror-bench --objects 1000000 [--sqlite FILE | --postgres CONNECTION] [--rounds 20]
// (PostgreSQL's password from PAYDESK_BENCH_PG_PASSWORD.) --reuse skips the filling when the store
// already holds rows (a store filled by an earlier run, or an older schema to migrate: the
// migration's time is printed). --sweep also times every filter and sort the Payments, Invoices
// and Customers tabs can ask for, with the footer's totals of each filter.
// --only TEXT sweeps only the questions whose name holds it ("search smith").

#include "src/mirror/MirrorRows.h"
#include "src/mirror/Overview.h"
#include "src/mirror/Reader.h"
#include "src/mirror/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

namespace {

constexpr qint64 now = 1767225600;

QJsonObject customer(int i, QRandomGenerator &random)
{
    static const QStringList first {"Ann",    "Émile", "Zoë",   "Bob",  "Chloé",
                                    "Dmitri", "Eve",   "Farid", "Gita", "Hugo"};
    static const QStringList last {"Lee", "Zola", "Ng", "O'Brien", "Müller", "Smith", "García", "Kowalski"};
    return {{"id", QStringLiteral("cus_%1").arg(i, 8, 10, QLatin1Char('0'))},
            {"object", "customer"},
            {"name",
             first.at(random.bounded(first.size())) + " " + last.at(random.bounded(last.size())) + " "
                 + QString::number(i)},
            {"email", QStringLiteral("user%1@example%2.com").arg(i).arg(i % 97)},
            {"created", now - 400 * 86400 + i},
            {"balance", random.bounded(10) == 0 ? -qint64(random.bounded(1, 500)) * 100 : 0},
            {"currency", i % 3 == 0 ? "eur" : "usd"},
            {"metadata", QJsonObject {{"tier", random.bounded(5) == 0 ? "gold" : "silver"}}}};
}

QJsonObject invoice(int i, int c, QRandomGenerator &random)
{
    static const QStringList statuses {"draft", "open", "open", "paid",
                                       "paid",  "paid", "void", "uncollectible"};
    const QString id = QStringLiteral("in_%1").arg(i, 8, 10, QLatin1Char('0'));
    const QString status = statuses.at(random.bounded(statuses.size()));
    const qint64 amount = qint64(random.bounded(1, 2000)) * 100;
    const qint64 created = now - qint64(random.bounded(400)) * 86400;
    return {{"id", id},
            {"object", "invoice"},
            {"customer", QStringLiteral("cus_%1").arg(c, 8, 10, QLatin1Char('0'))},
            {"customer_name", QStringLiteral("Customer %1").arg(c)},
            {"number", QStringLiteral("INV-%1").arg(i, 8, 10, QLatin1Char('0'))},
            {"status", status},
            {"currency", c % 3 == 0 ? "eur" : "usd"},
            {"total", amount},
            {"amount_due", amount},
            {"amount_paid", status == "paid" ? amount : 0},
            {"amount_remaining", status == "paid" ? 0 : amount},
            {"created", created},
            {"due_date", random.bounded(4) == 0 ? QJsonValue() : QJsonValue(created + 30 * 86400)},
            {"lines",
             QJsonObject {{"object", "list"},
                          {"has_more", false},
                          {"data",
                           QJsonArray {QJsonObject {{"id", "il_" + id},
                                                    {"object", "line_item"},
                                                    {"amount", amount},
                                                    {"currency", "usd"},
                                                    {"description", "Consulting"}}}}}},
            {"metadata", QJsonObject {}}};
}

QJsonObject charge(int i, int c, QRandomGenerator &random)
{
    const qint64 amount = qint64(random.bounded(1, 3000)) * 100 + 99;
    const int kind = random.bounded(10);
    return {{"id", QStringLiteral("ch_%1").arg(i, 8, 10, QLatin1Char('0'))},
            {"object", "charge"},
            {"customer", QStringLiteral("cus_%1").arg(c, 8, 10, QLatin1Char('0'))},
            {"amount", amount},
            {"amount_refunded", kind == 0 ? amount : 0},
            {"refunded", kind == 0},
            // One payment in a thousand in a currency the account rarely charges in.
            {"currency",
             i % 1000 == 7    ? "chf"
                 : c % 3 == 0 ? "eur"
                              : "usd"},
            {"status", kind == 1 ? "failed" : "succeeded"},
            {"created", now - qint64(random.bounded(400)) * 86400 - random.bounded(86400)},
            {"billing_details",
             QJsonObject {{"email", QStringLiteral("user%1@example%2.com").arg(c).arg(c % 97)}}},
            {"payment_method_details",
             QJsonObject {
                 {"card",
                  QJsonObject {
                      {"brand", "visa"},
                      {"last4", QStringLiteral("%1").arg(random.bounded(10000), 4, 10, QLatin1Char('0'))}}}}},
            {"metadata", QJsonObject {}}};
}

// One refund for every twentieth payment: its own text is ids, so the Refunds tab's search
// finds it through its payment and that payment's customer (FilterSql's text links).
QJsonObject refund(int i, QRandomGenerator &random)
{
    return {{"id", QStringLiteral("re_%1").arg(i, 8, 10, QLatin1Char('0'))},
            {"object", "refund"},
            {"charge", QStringLiteral("ch_%1").arg(i * 20, 8, 10, QLatin1Char('0'))},
            {"amount", qint64(random.bounded(1, 500)) * 100},
            {"currency", "usd"},
            {"status", "succeeded"},
            {"reason", "requested_by_customer"},
            {"created", now - qint64(random.bounded(400)) * 86400},
            {"metadata", QJsonObject {}}};
}

qint64 residentKb()
{
    QFile status("/proc/self/status");
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

double percentile(QList<double> times, double q)
{
    std::sort(times.begin(), times.end());
    return times.at(std::min<qsizetype>(times.size() - 1, qsizetype(q * double(times.size()))));
}

void report(const QString &name, const QList<double> &times, const char *label = "query")
{
    std::printf("%s=%s p50_ms=%.2f p95_ms=%.2f\n", label, qPrintable(name), percentile(times, 0.5),
                percentile(times, 0.95));
    std::fflush(stdout);
}

// What the Customers, Invoices, Payments and Refunds tabs can ask (mirror/TabFilters.h, records/Columns.cpp):
// each filter a tab's bar can set, alone and in a pair, sorted by every column whose header sorts from the
// mirror (money only with a currency chosen), both ways; and the footer's totals of each filter.
struct TabQuestion
{
    QString name;
    mirror::Filter filter;
};

QList<TabQuestion> tabFilters()
{
    using K = objects::Kind;
    auto make = [](K kind, const QString &name, const std::function<void(mirror::Filter &)> &set = {}) {
        mirror::Filter f;
        f.kind = kind;
        if (set)
            set(f);
        return TabQuestion {objects::pluralName(kind) + ": " + name, f};
    };
    QList<TabQuestion> all {
        make(K::Customer, "all"),
        make(K::Customer, "created this month", [](auto &f) { f.createdFrom = now - 30 * 86400; }),
        make(K::Customer, "created this year", [](auto &f) { f.createdFrom = now - 365 * 86400; }),
        make(K::Customer, "search smith", [](auto &f) { f.text = "smith"; }),
        make(K::Customer, "search an email", [](auto &f) { f.text = "user4242@"; }),
        make(K::Invoice, "all"),
        make(K::Invoice, "one customer", [](auto &f) { f.customer = "cus_00000042"; }),
        make(K::Invoice, "created this month", [](auto &f) { f.createdFrom = now - 30 * 86400; }),
        make(K::Invoice, "open, created this month",
             [](auto &f) {
                 f.statuses = {"open"};
                 f.createdFrom = now - 30 * 86400;
             }),
        make(K::Payment, "all"),
        make(K::Payment, "one customer", [](auto &f) { f.customer = "cus_00000042"; }),
        make(K::Payment, "created this month", [](auto &f) { f.createdFrom = now - 30 * 86400; }),
        make(K::Payment, "10.00 to 20.00",
             [](auto &f) {
                 f.minAmount = 1000;
                 f.maxAmount = 2000;
             }),
        make(K::Payment, "search 4242", [](auto &f) { f.text = "4242"; }),
        make(K::Payment, "search an email", [](auto &f) { f.text = "user4242@"; }),
        make(K::Payment, "succeeded, usd",
             [](auto &f) {
                 f.statuses = {"succeeded"};
                 f.currency = "usd";
             }),
        make(K::Refund, "all"),
        make(K::Refund, "search smith (their customers' name)", [](auto &f) { f.text = "smith"; }),
        make(K::Refund, "search an email (their payments')", [](auto &f) { f.text = "user4242@"; }),
        make(K::Refund, "search 4242 (a card's last 4)", [](auto &f) { f.text = "4242"; }),
        make(K::Invoice, "search a number", [](auto &f) { f.text = "INV-00004242"; }),
        make(K::Invoice, "search smith", [](auto &f) { f.text = "smith"; }),
        make(K::Payment, "eur, created this month",
             [](auto &f) {
                 f.currency = "eur";
                 f.createdFrom = now - 30 * 86400;
             }),
    };
    for (const char *status : {"draft", "open", "paid", "void", "uncollectible"})
        all << make(K::Invoice, status, [status](auto &f) { f.statuses = {status}; });
    for (const char *status : {"succeeded", "failed", "refunded", "partially_refunded"})
        all << make(K::Payment, status, [status](auto &f) { f.statuses = {status}; });
    for (const char *currency : {"usd", "eur", "chf"})
        all << make(K::Payment, currency, [currency](auto &f) { f.currency = currency; });
    return all;
}

// The columns a tab's header sorts by from the mirror.
QStringList tabSorts(const mirror::Filter &filter)
{
    QStringList columns;
    switch (filter.kind) {
    case objects::Kind::Customer:
        columns = {"created", "id", "name", "email", "balance"};
        break;
    case objects::Kind::Invoice:
        columns = {"created", "id", "number", "customer", "status", "due_date", "amount_due", "amount_paid"};
        break;
    default:
        columns = {"created", "id", "customer", "status", "amount", "amount_refunded"};
        break;
    }
    QStringList sortable;
    for (const QString &column : std::as_const(columns))
        if (const auto mirrorColumn = mirror::MirrorRows::sortColumnFor(filter, column))
            sortable << *mirrorColumn; // the Customer column sorts by customer_label
    return sortable;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption objects("objects", "How many objects (default 100000).", "n", "100000");
    const QCommandLineOption sqlite("sqlite", "The store's file (default: a temporary one).", "path");
    const QCommandLineOption postgres("postgres", "A PostgreSQL connection string.", "connection");
    const QCommandLineOption rounds("rounds", "Times each query runs (default 20).", "n", "20");
    const QCommandLineOption reuse("reuse", "Do not fill a store that already holds rows.");
    const QCommandLineOption sweep("sweep", "Also time every filter and sort of the tabs.");
    const QCommandLineOption only("only", "Sweep only the questions whose name holds this text.", "text");
    parser.addOptions({objects, sqlite, postgres, rounds, reuse, sweep, only});
    parser.process(app);

    QTemporaryDir dir;
    const mirror::StoreConfig config = parser.isSet(postgres)
        ? mirror::StoreConfig::postgresql(parser.value(postgres), "acct_bench")
        : mirror::StoreConfig::sqlite(
            parser.isSet(sqlite) ? parser.value(sqlite) : dir.filePath("bench.sqlite"), "acct_bench");
    mirror::Store::OpenOptions options;
    options.password = qEnvironmentVariable("PAYDESK_BENCH_PG_PASSWORD");
    options.cacheMb = 64; // as the Mirror's writer
    mirror::StoreError error;
    QElapsedTimer opening;
    opening.start();
    auto store = mirror::Store::open(config, options, &error);
    if (!store) {
        std::fprintf(stderr, "paydesk-mirror-bench: %s\n", qPrintable(error.message));
        return 1;
    }

    std::printf("open_ms=%lld\n", opening.elapsed()); // with a migration, if the store was older
    // A fifth customers, two fifths invoices, two fifths payments and their refunds (one in 21).
    const int total = parser.value(objects).toInt();
    const int customers = std::max(1, total / 5);
    QRandomGenerator random(42);
    QElapsedTimer clock;
    clock.start();
    store->beginListing({});
    // Pages of 100, five to a transaction: what the listing writes while the store is busy.
    auto write = [&](mirror::Table table, int count, const std::function<QJsonObject(int)> &make) {
        QList<mirror::ListedPage> batch;
        mirror::ListedPage page;
        page.table = table;
        for (int i = 1; i <= count; ++i) {
            page.objects << make(i);
            if (page.objects.size() == 100 || i == count) {
                page.cursor = page.objects.constLast().value("id").toString();
                page.last = i == count;
                batch << page;
                page.objects.clear();
            }
            if (batch.size() == 5 || (i == count && !batch.isEmpty())) {
                store->applyPages(batch);
                batch.clear();
            }
        }
    };
    const bool filled = parser.isSet(reuse)
        && store->connection().scalar("SELECT count(*) FROM (SELECT 1 FROM customers LIMIT 1) c").toInt() > 0;
    if (!filled) {
        write(mirror::Table::Customers, customers, [&](int i) { return customer(i, random); });
        write(mirror::Table::Invoices, (total - customers) / 2,
              [&](int i) { return invoice(i, 1 + i % customers, random); });
        const int payments = total - customers - (total - customers) / 2;
        const int refunds = payments / 21;
        write(mirror::Table::Charges, payments - refunds,
              [&](int i) { return charge(i, 1 + i % customers, random); });
        write(mirror::Table::Refunds, refunds, [&](int i) { return refund(i, random); });
        const qint64 writeMs = clock.elapsed();
        std::printf("objects=%d write_ms=%lld objects_per_s=%.0f\n", total, writeMs,
                    total * 1000.0 / std::max<qint64>(1, writeMs));
    }
    if (config.backend == mirror::Backend::Sqlite && !filled) {
        store->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        std::printf("bytes_per_object=%.0f\n", double(QFileInfo(config.sqlitePath).size()) / total);
    }

    mirror::Reader reader(*store);
    mirror::Overview overview(*store);
    const int n = parser.value(rounds).toInt();
    auto time = [&](const QString &name, const std::function<void()> &query) {
        QList<double> times;
        for (int i = 0; i < n; ++i) {
            QElapsedTimer t;
            t.start();
            query();
            times << double(t.nsecsElapsed()) / 1e6;
        }
        report(name, times);
    };
    auto filter = [](objects::Kind kind, const std::function<void(mirror::Filter &)> &set = {}) {
        mirror::Filter f;
        f.kind = kind;
        if (set)
            set(f);
        return f;
    };
    using K = objects::Kind;
    const auto openInvoices = filter(K::Invoice, [](auto &f) { f.statuses = {"open"}; });
    time("first window, invoices newest first", [&] { reader.rows(filter(K::Invoice), {}, 0, 100); });
    time("count, every invoice", [&] { reader.count(filter(K::Invoice)); });
    time("count, open invoices", [&] { reader.count(openInvoices); });
    time("totals, open invoices", [&] { reader.totals(openInvoices); });
    time("window at row 50,000, customers by name", [&] {
        reader.rows(filter(K::Customer), {"name", Qt::AscendingOrder}, 50000, 100);
    });
    time("open invoices by amount due", [&] {
        reader.rows(openInvoices, {"amount_due", Qt::DescendingOrder}, 0, 100);
    });
    time("payments 10.00-20.00 in usd, this quarter", [&] {
        reader.rows(filter(K::Payment,
                           [](auto &f) {
                               f.currency = "usd";
                               f.minAmount = 1000;
                               f.maxAmount = 2000;
                               f.createdFrom = now - 90 * 86400;
                           }),
                    {}, 0, 100);
    });
    time("search an email",
         [&] { reader.rows(filter(K::Customer, [](auto &f) { f.text = "user4242@"; }), {}, 0, 100); });
    time("search a card's last 4 and count",
         [&] { reader.count(filter(K::Payment, [](auto &f) { f.text = "4242"; })); });
    time("search a common word and count",
         [&] { reader.count(filter(K::Customer, [](auto &f) { f.text = "smith"; })); });
    time("one customer's invoices",
         [&] { reader.rows(filter(K::Invoice, [](auto &f) { f.customer = "cus_00000042"; }), {}, 0, 100); });
    time("overview: receivables by age", [&] { overview.receivablesByAge(now); });
    time("overview: revenue by month",
         [&] { overview.revenueByMonth(QDate(2025, 12, 1), 12, QTimeZone::utc()); });
    time("overview: largest open balances", [&] { overview.largestOpenBalances(10); });
    if (parser.isSet(sweep)) {
        // Fewer rounds: there are a few hundred of them.
        const int sweepRounds = std::max(3, n / 4);
        auto timed = [&](const std::function<void()> &query) {
            QList<double> times;
            for (int i = 0; i < sweepRounds; ++i) {
                QElapsedTimer t;
                t.start();
                query();
                times << double(t.nsecsElapsed()) / 1e6;
            }
            return times;
        };
        const QString wanted = parser.value(only);
        for (const TabQuestion &question : tabFilters()) {
            if (!question.name.contains(wanted))
                continue;
            report(question.name + ", totals", timed([&] { reader.totals(question.filter); }), "sweep");
            for (const QString &column : tabSorts(question.filter))
                for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder})
                    report(QStringLiteral("%1, by %2 %3")
                               .arg(question.name, column, order == Qt::AscendingOrder ? "up" : "down"),
                           timed([&] {
                               // An amount with no currency chosen: each currency's rows
                               // together, as the tab asks (MirrorRows).
                               reader.rows(question.filter,
                                           {column, order, mirror::MirrorRows::sortsByCurrency(column)}, 0,
                                           101);
                               // A question that fails answers at once: say so, not a time.
                               if (reader.lastError().isError())
                                   std::printf("error=%s\n", qPrintable(reader.lastError().message));
                           }),
                           "sweep");
        }
    }
    std::printf("resident_kb=%lld\n", residentKb());
    return 0;
}
