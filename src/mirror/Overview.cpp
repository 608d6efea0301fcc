#include "mirror/Overview.h"

#include "mirror/RunningTotals.h"
#include "mirror/Schema.h"
#include "mirror/Store.h"

#include <QSqlQuery>

namespace mirror {

namespace {

constexpr qint64 day = 86400;

// The UTC day a time falls in (Unix seconds / 86400, rounded down), as RunningTotals counts.
qint64 dayOf(qint64 secs)
{
    return secs >= 0 ? secs / day : -((-secs + day - 1) / day);
}

// The lower bound of each age on due_at: an invoice is in the first age whose bound it meets.
std::array<qint64, 4> ageBounds(qint64 now)
{
    return {now, now - 30 * day, now - 60 * day, now - 90 * day};
}

qint64 startOf(const QDate &month, const QTimeZone &zone)
{
    return QDateTime(QDate(month.year(), month.month(), 1), QTime(0, 0), zone).toSecsSinceEpoch();
}

// Succeeded charges, whether or not money went back since (ObjectColumns' charge status).
const QStringList paidCharges {QStringLiteral("succeeded"), QStringLiteral("partially_refunded"),
                               QStringLiteral("refunded")};

} // namespace

Overview::Figure Overview::Receivables::total() const
{
    Figure sum;
    for (const Figure &figure : byAge) {
        sum.count += figure.count;
        sum.amount += figure.amount;
    }
    return sum;
}

Overview::Overview(Store &store)
    : m_store(store)
{ }

bool Overview::failed(const QSqlQuery &query)
{
    const StoreError::Kind kind = m_store.connection().classify(query.lastError());
    m_error = {kind == StoreError::Kind::None ? StoreError::Kind::Failed : kind, query.lastError().text()};
    return false;
}

std::optional<Overview::BucketSums> Overview::sumByBucket(const runningTotals::DailyFigure &figure,
                                                          const QList<qint64> &bounds, bool onlyWithin)
{
    // The bucket of a time: 0 before the first bound, i from bounds[i - 1] on.
    auto bucketOf = [&](const QString &time) {
        QString bucket = QStringLiteral("CASE");
        for (qsizetype i = 0; i < bounds.size(); ++i)
            bucket += QStringLiteral(" WHEN %1 < ? THEN %2").arg(time).arg(i);
        return bucket + QStringLiteral(" ELSE %1 END").arg(bounds.size());
    };
    // A day a bound falls inside counts partly on each side: its rows are read from the table.
    // Every other day counts whole, from the running totals.
    QList<qint64> splitDays;
    for (const qint64 bound : bounds)
        if (bound % day != 0)
            splitDays << dayOf(bound);
    BucketSums sums;
    auto collect = [&](QSqlQuery &query) {
        while (query.next()) {
            Figure &sum = sums[{query.value(0).toString(), query.value(1).toInt()}];
            sum.count += query.value(2).toLongLong();
            sum.amount += query.value(3).toLongLong();
        }
        query.finish();
    };

    QString whole = QStringLiteral("SELECT currency, %1 AS bucket, CAST(SUM(row_count) AS BIGINT), "
                                   "CAST(SUM(amount) AS BIGINT) FROM overview_days WHERE figure = ?")
                        .arg(bucketOf(QStringLiteral("day * 86400")));
    if (onlyWithin)
        whole += QStringLiteral(" AND day >= ? AND day <= ?");
    if (!splitDays.isEmpty())
        whole += QStringLiteral(" AND day NOT IN (%1)")
                     .arg(QStringList(splitDays.size(), QStringLiteral("?")).join(u','));
    whole += QStringLiteral(" GROUP BY currency, bucket");
    QSqlQuery &days = m_store.connection().prepared(whole);
    for (const qint64 bound : bounds)
        days.addBindValue(bound);
    days.addBindValue(QString(figure.name));
    if (onlyWithin) {
        days.addBindValue(dayOf(bounds.constFirst()));
        days.addBindValue(dayOf(bounds.constLast()));
    }
    for (const qint64 split : std::as_const(splitDays))
        days.addBindValue(split);
    if (!days.exec()) {
        failed(days);
        return std::nullopt;
    }
    collect(days);

    const QString time = figure.time;
    QSqlQuery &rows = m_store.connection().prepared(
        QStringLiteral(
            "SELECT COALESCE(currency, ''), %1 AS bucket, count(*), CAST(COALESCE(SUM(%2), 0) AS BIGINT) "
            "FROM %3 WHERE %4 AND %5 >= ? AND %5 < ? GROUP BY COALESCE(currency, ''), bucket")
            .arg(bucketOf(time), QString(figure.amount), tableName(figure.table),
                 QString(figure.condition).arg(QString()), time));
    for (const qint64 split : std::as_const(splitDays)) {
        for (const qint64 bound : bounds)
            rows.addBindValue(bound);
        rows.addBindValue(split * day);
        rows.addBindValue((split + 1) * day);
        if (!rows.exec()) {
            failed(rows);
            return std::nullopt;
        }
        collect(rows);
    }
    return sums;
}

QList<Overview::Receivables> Overview::receivablesByAge(qint64 nowSecs)
{
    // Ascending, so the bucket of an invoice due before the first is "over 90 days".
    const auto ages = ageBounds(nowSecs);
    const auto sums = sumByBucket(runningTotals::receivables(), {ages[3], ages[2], ages[1], ages[0]}, false);
    if (!sums)
        return {};
    QList<Receivables> result;
    for (auto it = sums->cbegin(); it != sums->cend(); ++it) {
        const auto &[currency, bucket] = it.key();
        if (it.value().count == 0)
            continue;
        if (result.isEmpty() || result.constLast().currency != currency)
            result.append({currency, {}});
        const int age = std::clamp(ageCount - 1 - bucket, 0, ageCount - 1);
        result.last().byAge[size_t(age)] = it.value();
    }
    m_error = {};
    return result;
}

QList<Overview::Month> Overview::revenueByMonth(const QDate &lastDay, int months, const QTimeZone &zone)
{
    months = std::clamp(months, 1, 120);
    const QDate last(lastDay.year(), lastDay.month(), 1);
    QList<QDate> starts;
    for (int i = months - 1; i >= 0; --i)
        starts << last.addMonths(-i);
    QList<qint64> bounds;
    for (const QDate &start : std::as_const(starts))
        bounds << startOf(start, zone);
    bounds << startOf(last.addMonths(1), zone);

    QList<Month> result;
    for (const bool refunds : {false, true}) {
        const auto sums
            = sumByBucket(refunds ? runningTotals::refunds() : runningTotals::revenue(), bounds, true);
        if (!sums)
            return {};
        for (auto it = sums->cbegin(); it != sums->cend(); ++it) {
            const auto &[currency, bucket] = it.key();
            // Buckets 1 to months are the months; the others are before and after them.
            if (bucket < 1 || bucket > months || it.value().count == 0)
                continue;
            const QDate month = starts.at(bucket - 1);
            auto found = std::find_if(result.begin(), result.end(), [&](const Month &m) {
                return m.month == month && m.currency == currency;
            });
            if (found == result.end())
                found = result.insert(result.end(), Month {month, currency, {}, {}});
            (refunds ? found->refunds : found->revenue) = it.value();
        }
    }
    std::sort(result.begin(), result.end(), [](const Month &a, const Month &b) {
        return a.month != b.month ? a.month < b.month : a.currency < b.currency;
    });
    m_error = {};
    return result;
}

QList<Overview::OpenBalance> Overview::largestOpenBalances(int perCurrency)
{
    // The currencies owed in, each found by one step of the index (not by reading every row).
    QSqlQuery &currencies = m_store.connection().prepared(
        QStringLiteral("WITH RECURSIVE c(currency) AS (SELECT min(currency) FROM open_balances UNION ALL "
                       "SELECT (SELECT min(currency) FROM open_balances WHERE currency > c.currency) FROM c "
                       "WHERE c.currency IS NOT NULL) SELECT currency FROM c WHERE currency IS NOT NULL"));
    if (!currencies.exec()) {
        failed(currencies);
        return {};
    }
    QStringList owedIn;
    while (currencies.next())
        owedIn << currencies.value(0).toString();
    currencies.finish();

    // The customer's JSON is read for the rows shown only.
    QSqlQuery &query = m_store.connection().prepared(
        QStringLiteral("SELECT b.customer, b.row_count, b.amount, %1 FROM open_balances b "
                       "LEFT JOIN customers c ON c.id = b.customer WHERE b.currency = ? AND b.amount > 0 "
                       "ORDER BY b.amount DESC, b.customer LIMIT ?")
            .arg(schema::jsonOf(m_store.backend(), Table::Customers, QStringLiteral("c"))));
    QList<OpenBalance> result;
    for (const QString &currency : std::as_const(owedIn)) {
        query.addBindValue(currency);
        query.addBindValue(perCurrency);
        if (!query.exec()) {
            failed(query);
            return {};
        }
        while (query.next()) {
            OpenBalance balance;
            balance.customer = query.value(0).toString();
            balance.currency = currency;
            balance.open.count = query.value(1).toLongLong();
            balance.open.amount = query.value(2).toLongLong();
            if (!query.value(3).isNull())
                balance.object = stripe::ListObject(query.value(3).toString().toUtf8(), balance.customer);
            result.append(balance);
        }
        query.finish();
    }
    m_error = {};
    return result;
}

Filter Overview::receivablesFilter(Age age, const QString &currency, qint64 nowSecs)
{
    Filter filter;
    filter.kind = records::Kind::Invoice;
    filter.statuses = {QStringLiteral("open")};
    filter.currency = currency;
    const auto bounds = ageBounds(nowSecs);
    const int index = int(age);
    if (index == 0) {
        filter.dueFrom = bounds[0];
    } else {
        filter.dueUntil = bounds[size_t(index - 1)];
        if (index < 4)
            filter.dueFrom = bounds[size_t(index)];
    }
    return filter;
}

Filter Overview::revenueFilter(const QDate &month, const QString &currency, const QTimeZone &zone)
{
    Filter filter;
    filter.kind = records::Kind::Payment;
    filter.statuses = paidCharges;
    filter.currency = currency;
    filter.createdFrom = startOf(month, zone);
    filter.createdUntil = startOf(QDate(month.year(), month.month(), 1).addMonths(1), zone);
    return filter;
}

Filter Overview::refundsFilter(const QDate &month, const QString &currency, const QTimeZone &zone)
{
    Filter filter = revenueFilter(month, currency, zone);
    filter.kind = records::Kind::Refund;
    filter.statuses = {QStringLiteral("succeeded")};
    return filter;
}

Filter Overview::openInvoicesFilter(const QString &customer, const QString &currency)
{
    Filter filter;
    filter.kind = records::Kind::Invoice;
    filter.statuses = {QStringLiteral("open")};
    filter.customer = customer;
    filter.currency = currency;
    return filter;
}

} // namespace mirror
