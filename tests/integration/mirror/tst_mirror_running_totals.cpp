#include "src/mirror/ObjectColumns.h"
#include "src/mirror/Overview.h"
#include "src/mirror/Reader.h"
#include "src/mirror/Schema.h"
#include "tests/integration/mirror/support/Dataset.h"
#include "tests/integration/mirror/support/StoreUnderTest.h"
#include "tests/support/TestMain.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <functional>

using mirror::AppliedEvent;
using mirror::Change;
using mirror::EventCursor;
using mirror::Overview;
using mirror::Table;

namespace {

constexpr qint64 day = Dataset::day;
// Not a midnight, so every age begins inside a day (the Overview reads that day's rows).
constexpr qint64 now = Dataset::now + 13 * 3600 + 17 * 60 + 5;

// The rows the figures total, read straight from the store's tables.
struct Row
{
    QString currency;
    QString customer;
    QVariant time;
    qint64 amount = 0;
};

QList<Row> rowsOf(mirror::Store &store, const QString &sql)
{
    QList<Row> rows;
    QSqlQuery query(store.connection().database());
    if (!query.exec(sql))
        qWarning() << query.lastError().text();
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2),
                     query.value(3).toLongLong()});
    return rows;
}

// "usd: age 0 n=2 a=300 | ..." from the figures, and the same made here from the rows.
QString receivablesOf(const QList<Overview::Receivables> &receivables)
{
    QStringList lines;
    for (const auto &row : receivables)
        for (int age = 0; age < Overview::ageCount; ++age)
            if (row.byAge[size_t(age)].count > 0)
                lines << QStringLiteral("%1 age %2 n=%3 a=%4")
                             .arg(row.currency)
                             .arg(age)
                             .arg(row.byAge[size_t(age)].count)
                             .arg(row.byAge[size_t(age)].amount);
    return lines.join(" | ");
}

QString receivablesCountedHere(mirror::Store &store)
{
    QMap<QString, std::array<Overview::Figure, Overview::ageCount>> aging;
    for (const Row &row :
         rowsOf(store,
                "SELECT currency, customer, due_at, amount_remaining FROM invoices WHERE status = 'open'")) {
        const qint64 late = now - row.time.toLongLong();
        const int age = late <= 0 ? 0
            : late <= 30 * day    ? 1
            : late <= 60 * day    ? 2
            : late <= 90 * day    ? 3
                                  : 4;
        auto &figure = aging[row.currency][size_t(age)];
        figure.count += 1;
        figure.amount += row.amount;
    }
    QStringList lines;
    for (auto it = aging.cbegin(); it != aging.cend(); ++it)
        for (int age = 0; age < Overview::ageCount; ++age)
            if (it.value()[size_t(age)].count > 0)
                lines << QStringLiteral("%1 age %2 n=%3 a=%4")
                             .arg(it.key())
                             .arg(age)
                             .arg(it.value()[size_t(age)].count)
                             .arg(it.value()[size_t(age)].amount);
    return lines.join(" | ");
}

QString monthsOf(const QList<Overview::Month> &months)
{
    QStringList lines;
    for (const auto &m : months)
        lines << QStringLiteral("%1 %2 revenue n=%3 a=%4 refunds n=%5 a=%6")
                     .arg(m.month.toString(Qt::ISODate), m.currency)
                     .arg(m.revenue.count)
                     .arg(m.revenue.amount)
                     .arg(m.refunds.count)
                     .arg(m.refunds.amount);
    return lines.join(" | ");
}

QString monthsCountedHere(mirror::Store &store, const QDate &last, const QTimeZone &zone)
{
    const QDate first = last.addMonths(-11);
    QMap<QPair<QDate, QString>, QPair<Overview::Figure, Overview::Figure>> months;
    auto count = [&](const QString &sql, bool refunds) {
        for (const Row &row : rowsOf(store, sql)) {
            const QDate date = QDateTime::fromSecsSinceEpoch(row.time.toLongLong(), zone).date();
            const QDate month(date.year(), date.month(), 1);
            if (month < first || month > last)
                continue;
            auto &figure
                = refunds ? months[{month, row.currency}].second : months[{month, row.currency}].first;
            figure.count += 1;
            figure.amount += row.amount;
        }
    };
    count("SELECT currency, customer, created, amount FROM charges "
          "WHERE status IN ('succeeded', 'partially_refunded', 'refunded')",
          false);
    count("SELECT currency, '', created, amount FROM refunds WHERE status = 'succeeded'", true);
    QStringList lines;
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        lines << QStringLiteral("%1 %2 revenue n=%3 a=%4 refunds n=%5 a=%6")
                     .arg(it.key().first.toString(Qt::ISODate), it.key().second)
                     .arg(it.value().first.count)
                     .arg(it.value().first.amount)
                     .arg(it.value().second.count)
                     .arg(it.value().second.amount);
    return lines.join(" | ");
}

QString balancesOf(const QList<Overview::OpenBalance> &balances)
{
    QStringList lines;
    for (const auto &b : balances)
        lines << QStringLiteral("%1 %2 n=%3 a=%4")
                     .arg(b.currency, b.customer)
                     .arg(b.open.count)
                     .arg(b.open.amount);
    return lines.join(" | ");
}

QString balancesCountedHere(mirror::Store &store, int perCurrency)
{
    QMap<QPair<QString, QString>, Overview::Figure> owed;
    for (const Row &row : rowsOf(store,
                                 "SELECT currency, customer, 0, amount_remaining FROM invoices "
                                 "WHERE status = 'open' AND customer IS NOT NULL")) {
        auto &figure = owed[{row.currency, row.customer}];
        figure.count += 1;
        figure.amount += row.amount;
    }
    QMap<QString, QList<std::tuple<qint64, QString, qint64>>> ranking;
    for (auto it = owed.cbegin(); it != owed.cend(); ++it)
        if (it.value().amount > 0)
            ranking[it.key().first].append({-it.value().amount, it.key().second, it.value().count});
    QStringList lines;
    for (auto it = ranking.begin(); it != ranking.end(); ++it) {
        std::sort(it.value().begin(), it.value().end());
        for (const auto &[negative, customer, count] : it.value().mid(0, perCurrency))
            lines << QStringLiteral("%1 %2 n=%3 a=%4").arg(it.key(), customer).arg(count).arg(-negative);
    }
    return lines.join(" | ");
}

// A footer's count and totals, made here from the rows of the filter's table.
QString totalsCountedHere(mirror::Store &store, const mirror::Filter &filter)
{
    const Table table = *mirror::tableFor(filter.kind);
    const mirror::TableSpec &spec = mirror::specOf(table);
    QStringList columns {"status", "currency", "created",
                         spec.has(u"due_at") ? QString("due_at") : QString("NULL")};
    for (const QLatin1String &amount : spec.totals)
        columns << amount;
    QSqlQuery query(store.connection().database());
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(", "), mirror::tableName(table))))
        return query.lastError().text();
    QMap<QString, QList<qint64>> totals; // currency -> count, sums...
    auto within = [](const QVariant &time, std::optional<qint64> from, std::optional<qint64> until) {
        if (!from && !until)
            return true;
        return !time.isNull() && (!from || time.toLongLong() >= *from)
            && (!until || time.toLongLong() < *until);
    };
    while (query.next()) {
        if (!filter.statuses.isEmpty() && !filter.statuses.contains(query.value(0).toString()))
            continue;
        if (!filter.currency.isEmpty() && query.value(1).toString() != filter.currency)
            continue;
        if (!within(query.value(2), filter.createdFrom, filter.createdUntil)
            || !within(query.value(3), filter.dueFrom, filter.dueUntil))
            continue;
        QList<qint64> &total = totals[query.value(1).toString()];
        total.resize(1 + spec.totals.size());
        total[0] += 1;
        for (qsizetype i = 0; i < spec.totals.size(); ++i)
            total[i + 1] += query.value(4 + int(i)).toLongLong();
    }
    QStringList lines;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        QStringList sums;
        for (qsizetype i = 0; i < spec.totals.size(); ++i)
            sums << QStringLiteral("%1=%2").arg(spec.totals.at(i)).arg(it.value().at(i + 1));
        lines << QStringLiteral("%1 n=%2 %3").arg(it.key()).arg(it.value().at(0)).arg(sums.join(" "));
    }
    return lines.join(" | ");
}

QString totalsOf(const QList<mirror::CurrencyTotal> &totals, const mirror::TableSpec &spec)
{
    QStringList lines;
    for (const auto &total : totals) {
        QStringList sums;
        for (const QLatin1String &amount : spec.totals)
            sums << QStringLiteral("%1=%2").arg(amount).arg(total.sums.value(amount));
        lines << QStringLiteral("%1 n=%2 %3").arg(total.currency).arg(total.count).arg(sums.join(" "));
    }
    return lines.join(" | ");
}

// The filters whose footer the running totals answer: statuses, a currency, a range of dates
// whose ends are not at midnight (or at it), and the Overview's own.
QList<QPair<QString, mirror::Filter>> footerFilters()
{
    using K = objects::Kind;
    auto make = [](K kind, const std::function<void(mirror::Filter &)> &set = {}) {
        mirror::Filter f;
        f.kind = kind;
        if (set)
            set(f);
        return f;
    };
    const QTimeZone kathmandu("Asia/Kathmandu");
    QList<QPair<QString, mirror::Filter>> all {
        {"every invoice", make(K::Invoice)},
        {"open invoices", make(K::Invoice, [](auto &f) { f.statuses = {"open"}; })},
        {"paid or void",
         make(K::Invoice,
              [](auto &f) {
                  f.statuses = {"paid", "void"};
              })},
        {"eur invoices", make(K::Invoice, [](auto &f) { f.currency = "eur"; })},
        {"invoices of some days",
         make(K::Invoice,
              [](auto &f) {
                  f.createdFrom = now - 100 * day;
                  f.createdUntil = now - 20 * day - 3 * 3600;
              })},
        {"open usd invoices since a midnight",
         make(K::Invoice,
              [](auto &f) {
                  f.statuses = {"open"};
                  f.currency = "usd";
                  f.createdFrom = Dataset::now - 60 * day;
              })},
        {"invoices until a moment", make(K::Invoice, [](auto &f) { f.createdUntil = now - 33 * day; })},
        {"every payment", make(K::Payment)},
        {"refunded payments", make(K::Payment, [](auto &f) { f.statuses = {"refunded"}; })},
        {"revenue of a month in Kathmandu", Overview::revenueFilter(QDate(2025, 10, 1), "usd", kathmandu)},
        {"refunds of half a year in Kathmandu",
         [&] {
             mirror::Filter f = Overview::refundsFilter(QDate(2025, 6, 1), QString(), kathmandu);
             f.createdUntil = Overview::refundsFilter(QDate(2025, 12, 1), QString(), kathmandu).createdUntil;
             return f;
         }()},
        {"every customer", make(K::Customer)},
        {"customers created in a while",
         make(K::Customer,
              [](auto &f) {
                  f.createdFrom = now - 390 * day;
                  f.createdUntil = now - 350 * day;
              })},
    };
    for (int age = 0; age < Overview::ageCount; ++age)
        all.append({QStringLiteral("open usd invoices of age %1").arg(age),
                    Overview::receivablesFilter(Overview::Age(age), "usd", now)});
    return all;
}

// Every figure of the Overview against the rows, as of `now`, with months in UTC and in a time
// zone whose midnight is not on the hour (so every month begins inside a UTC day).
void compareWithRows(mirror::Store &store, const char *after)
{
    Overview overview(store);
    const QString step = QStringLiteral("after %1").arg(after);
    const QString receivables = receivablesOf(overview.receivablesByAge(now));
    QVERIFY2(!overview.lastError().isError(), qPrintable(overview.lastError().message));
    QVERIFY2(!receivables.isEmpty(), qPrintable(step));
    QVERIFY2(
        receivables == receivablesCountedHere(store),
        qPrintable(step + "\n  figures: " + receivables + "\n  rows:    " + receivablesCountedHere(store)));
    const QDate last(2025, 12, 1);
    for (const QTimeZone &zone : {QTimeZone::utc(), QTimeZone("Asia/Kathmandu")}) {
        QVERIFY(zone.isValid());
        const QString months = monthsOf(overview.revenueByMonth(last, 12, zone));
        QVERIFY2(!months.isEmpty(), qPrintable(step));
        QVERIFY2(months == monthsCountedHere(store, last, zone),
                 qPrintable(step + " (" + zone.id() + ")\n  figures: " + months
                            + "\n  rows:    " + monthsCountedHere(store, last, zone)));
    }
    // Enough places to hold every customer: the whole ranking is compared.
    const QString balances = balancesOf(overview.largestOpenBalances(1000));
    QVERIFY2(!balances.isEmpty(), qPrintable(step));
    QVERIFY2(
        balances == balancesCountedHere(store, 1000),
        qPrintable(step + "\n  figures: " + balances + "\n  rows:    " + balancesCountedHere(store, 1000)));
    const QString top = balancesOf(overview.largestOpenBalances(2));
    QVERIFY2(top == balancesCountedHere(store, 2), qPrintable(step));

    // The footers (Reader::totals and count) the running totals answer.
    mirror::Reader reader(store);
    for (const auto &[name, filter] : footerFilters()) {
        const auto &spec = mirror::specOf(*mirror::tableFor(filter.kind));
        const QString expected = totalsCountedHere(store, filter);
        QVERIFY2(!expected.isEmpty(),
                 qPrintable(step + ", " + name + ": a filter that keeps nothing proves little"));
        const auto totals = reader.totals(filter);
        QVERIFY2(!reader.lastError().isError(), qPrintable(reader.lastError().message));
        QVERIFY2(totalsOf(totals, spec) == expected,
                 qPrintable(step + ", " + name + "\n  totals: " + totalsOf(totals, spec)
                            + "\n  rows:   " + expected));
        qint64 count = 0;
        for (const auto &total : totals)
            count += total.count;
        QCOMPARE(reader.count(filter).value_or(-1), count);
    }
}

bool listAll(mirror::Store &store, const Dataset &data, bool last)
{
    for (auto it = data.objects.cbegin(); it != data.objects.cend(); ++it)
        for (qsizetype start = 0; start < it.value().size(); start += 100)
            if (!store
                     .applyListedPage(it.key(), it.value().mid(start, 100), "x",
                                      last && start + 100 >= it.value().size())
                     .ok())
                return false;
    return true;
}

QJsonObject with(QJsonObject object, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject firstWhere(const Dataset &data, Table table, const QString &status, int skip = 0)
{
    for (const QJsonObject &o : data.objects.value(table))
        if (o.value("status").toString() == status && skip-- == 0)
            return o;
    return {};
}

} // namespace

// The running totals (RunningTotals.h) against the rows they total — the Overview's figures and the
// footers' counts and totals — on both stores,
// after every way rows change: a listing's pages, events, Paydesk's own writes, deletions, a
// listing that removes what Stripe no longer has, and a store made before the totals existed.
class TestMirrorRunningTotals : public QObject
{
    Q_OBJECT

private slots:
    void totalsFollowEveryChange_data() { StoreUnderTest::addRows(); }
    void totalsFollowEveryChange();
    void olderStoreGetsItsTotals_data() { StoreUnderTest::addRows(); }
    void olderStoreGetsItsTotals();
};

void TestMirrorRunningTotals::totalsFollowEveryChange()
{
    OPEN_TEST_STORE(place);
    const Dataset data = Dataset::make();
    auto store = place.open();
    QVERIFY(store);
    QVERIFY(store->beginListing({"evt_anchor", 0, Dataset::now - 100}).ok());
    QVERIFY(listAll(*store, data, false));
    compareWithRows(*store, "the listing's pages");
    if (QTest::currentTestFailed())
        return;

    // Events: an open invoice paid, one partly paid and moved to a later due date, one that
    // changes currency and customer, a draft finalized; a payment refunded in full, a failed one
    // that succeeded on retry, a refund that went through.
    const QJsonObject paid = firstWhere(data, Table::Invoices, "open", 0);
    const QJsonObject partly = firstWhere(data, Table::Invoices, "open", 1);
    const QJsonObject moved = firstWhere(data, Table::Invoices, "open", 2);
    const QJsonObject draft = firstWhere(data, Table::Invoices, "draft");
    const QJsonObject charge = firstWhere(data, Table::Charges, "succeeded", 3);
    const QJsonObject failed = firstWhere(data, Table::Charges, "failed");
    const QJsonObject pending = firstWhere(data, Table::Refunds, "pending");
    QVERIFY(!paid.isEmpty() && !partly.isEmpty() && !moved.isEmpty() && !draft.isEmpty());
    QVERIFY(!charge.isEmpty() && !failed.isEmpty() && !pending.isEmpty());
    const qint64 amount = partly.value("amount_due").toInteger();
    const QList<QJsonObject> changes {
        with(paid, {{"status", "paid"}, {"amount_paid", paid.value("amount_due")}, {"amount_remaining", 0}}),
        with(partly,
             {{"amount_paid", amount / 2},
              {"amount_remaining", amount - amount / 2},
              {"due_date", now + 5 * day}}),
        with(moved, {{"currency", "chf"}, {"customer", "cus_0007"}}),
        with(draft, {{"status", "open"}, {"due_date", now - 45 * day}}),
        with(charge, {{"refunded", true}, {"amount_refunded", charge.value("amount")}}),
        with(failed, {{"status", "succeeded"}}),
        with(pending, {{"status", "succeeded"}}),
    };
    EventCursor cursor = store->syncState().events;
    QList<AppliedEvent> events;
    for (const QJsonObject &object : changes) {
        AppliedEvent event;
        event.id = "evt_" + object.value("id").toString();
        event.version = EventCursor::versionAfter(cursor.version + events.size(), Dataset::now);
        event.created = Dataset::now;
        event.change = Change {*mirror::tableForObject(object.value("object").toString()), Change::Op::Upsert,
                               object.value("id").toString(), object, event.version};
        events << event;
    }
    const EventCursor to {events.constLast().id, events.constLast().version, Dataset::now};
    QVERIFY(store->applyEvents(events, cursor, to).ok());
    compareWithRows(*store, "events");
    if (QTest::currentTestFailed())
        return;

    // An older state of the paid invoice (a page listed before the event) changes nothing.
    QVERIFY(store->applyListedPage(Table::Invoices, {paid}, "x", false).ok());
    compareWithRows(*store, "an older state that lost");
    if (QTest::currentTestFailed())
        return;

    // Paydesk's own writes: an open invoice voided, another deleted, a refund deleted.
    const QJsonObject voided = firstWhere(data, Table::Invoices, "open", 3);
    const QJsonObject gone = firstWhere(data, Table::Invoices, "open", 4);
    const QJsonObject refund = firstWhere(data, Table::Refunds, "succeeded");
    QVERIFY(!voided.isEmpty() && !gone.isEmpty() && !refund.isEmpty());
    QVERIFY(store->applyObject(with(voided, {{"status", "void"}, {"amount_remaining", 0}})).ok());
    QVERIFY(store->applyObject(objects::deleted(gone.value("id").toString(), "invoice")).ok());
    QVERIFY(store->applyObject(objects::deleted(refund.value("id").toString(), "refund")).ok());
    compareWithRows(*store, "Paydesk's own writes");
    if (QTest::currentTestFailed())
        return;

    // Listed again: Stripe no longer has a third of the invoices, payments and refunds (the
    // listing removes them when it ends), and the others come back as they were.
    QVERIFY(store->beginListing({"evt_again", 0, Dataset::now + 10}).ok());
    Dataset fewer = data;
    for (const Table table : {Table::Invoices, Table::Charges, Table::Refunds}) {
        QList<QJsonObject> kept;
        for (qsizetype i = 0; i < data.objects.value(table).size(); ++i)
            if (i % 3 != 1)
                kept << data.objects.value(table).at(i);
        fewer.objects[table] = kept;
    }
    QVERIFY(listAll(*store, fewer, true));
    QVERIFY(store->connection().scalar("SELECT count(*) FROM invoices").toInt()
            < data.objects.value(Table::Invoices).size());
    compareWithRows(*store, "a listing that removed what Stripe no longer has");
    if (QTest::currentTestFailed())
        return;

    // Listing the same rows once more changes no total (SQLite's triggers skip such updates,
    // PostgreSQL's cancel them out), and leaves no total row with nothing in it.
    QVERIFY(store->beginListing({"evt_third", 0, Dataset::now + 20}).ok());
    QVERIFY(listAll(*store, fewer, true));
    compareWithRows(*store, "the same rows listed again");
    QCOMPARE(store->connection().scalar("SELECT count(*) FROM overview_days WHERE row_count <= 0").toInt(),
             0);
    QCOMPARE(store->connection().scalar("SELECT count(*) FROM open_balances WHERE row_count <= 0").toInt(),
             0);
}

void TestMirrorRunningTotals::olderStoreGetsItsTotals()
{
    // From the version before the totals (a store the previous Paydesk made), and from one that
    // also lacks the payment flags: both migrations then fill from the same rows.
    for (const int older : {mirror::schema::runningTotalsVersion - 1, 2}) {
        OPEN_TEST_STORE(place);
        const Dataset data = Dataset::make(60);
        {
            auto store = place.open(older);
            QVERIFY(store);
            QCOMPARE(store->schemaVersion(), older);
            QVERIFY(store->beginListing({}).ok());
            QVERIFY(listAll(*store, data, true));
        }
        auto store = place.open();
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), mirror::schema::latestVersion);
        compareWithRows(*store,
                        QStringLiteral("the migration from version %1").arg(older).toUtf8().constData());
        if (QTest::currentTestFailed())
            return;
        // And they follow the rows from then on.
        QVERIFY(
            store->applyObject(with(firstWhere(data, Table::Invoices, "open"), {{"status", "paid"}})).ok());
        compareWithRows(*store, "a write after the migration");
        if (QTest::currentTestFailed())
            return;
    }
}

PAYDESK_TEST_GUILESS_MAIN(TestMirrorRunningTotals)
#include "tst_mirror_running_totals.moc"
