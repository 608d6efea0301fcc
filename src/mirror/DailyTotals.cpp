#include "src/mirror/DailyTotals.h"

#include "src/mirror/Connection.h"
#include "src/mirror/ObjectColumns.h"

#include <QSqlQuery>

namespace mirror {

namespace {

constexpr qint64 day = 86400;

// The UTC day a time falls in, as the running totals count it.
qint64 dayOf(qint64 secs)
{
    return secs >= 0 ? secs / day : -((-secs + day - 1) / day);
}

// "CASE WHEN time < ? THEN 0 ... ELSE n END": the bucket of a time.
QString bucketOf(const QString &time, qsizetype bounds)
{
    if (bounds == 0)
        return QStringLiteral("0");
    QString bucket = QStringLiteral("CASE");
    for (qsizetype i = 0; i < bounds; ++i)
        bucket += QStringLiteral(" WHEN %1 < ? THEN %2").arg(time).arg(i);
    return bucket + QStringLiteral(" ELSE %1 END").arg(bounds);
}

QString marks(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}

} // namespace

DailyTotals::DailyTotals(Connection &connection)
    : m_connection(connection)
{ }

bool DailyTotals::run(QSqlQuery &query, Buckets &buckets)
{
    if (!query.exec()) {
        m_error = query.lastError();
        return false;
    }
    while (query.next()) {
        Sums &sums = buckets[{query.value(0).toString(), query.value(1).toInt()}];
        sums.count += query.value(2).toLongLong();
        for (int i = 0; i < runningTotals::sumCount; ++i)
            sums.sums[size_t(i)] += query.value(3 + i).toLongLong();
    }
    query.finish();
    return true;
}

std::optional<DailyTotals::Buckets> DailyTotals::sum(const Question &q)
{
    const QString time = runningTotals::timeColumn(q.clock);
    const qsizetype n = q.bounds.size();
    // The days a bound falls inside: read from the rows. Every other day counts whole.
    QList<qint64> splitDays;
    for (const qint64 bound : q.bounds)
        if (bound % day != 0)
            splitDays << dayOf(bound);

    QString where;
    QVariantList values;
    if (!q.statuses.isEmpty()) {
        where += QStringLiteral(" AND status IN (%1)").arg(marks(q.statuses.size()));
        for (const QString &status : q.statuses)
            values << status;
    }
    if (!q.currency.isEmpty()) {
        where += QStringLiteral(" AND currency = ?");
        values << q.currency.toLower();
    }

    QStringList sums {QStringLiteral("CAST(SUM(row_count) AS BIGINT)")};
    for (int i = 1; i <= runningTotals::sumCount; ++i)
        sums << QStringLiteral("CAST(SUM(sum_%1) AS BIGINT)").arg(i);
    QString whole
        = QStringLiteral("SELECT currency, %1 AS bucket, %2 FROM daily_totals "
                         "WHERE tbl = ? AND clock = ?%3")
              .arg(bucketOf(QStringLiteral("day * 86400"), n), sums.join(QStringLiteral(", ")), where);
    QVariantList wholeValues;
    for (const qint64 bound : q.bounds)
        wholeValues << bound;
    wholeValues << tableName(q.table) << runningTotals::clockName(q.clock) << values;
    // Only the days of the buckets asked for.
    if (q.firstBucket >= 1 && q.firstBucket <= n) {
        whole += QStringLiteral(" AND day >= ?");
        wholeValues << dayOf(q.bounds.at(q.firstBucket - 1));
    }
    if (q.lastBucket < n) {
        whole += QStringLiteral(" AND day <= ?");
        wholeValues << dayOf(q.bounds.at(q.lastBucket));
    }
    if (!q.untimed && q.clock == runningTotals::Clock::Due)
        whole += QStringLiteral(" AND day <> -1");
    if (!splitDays.isEmpty()) {
        whole += QStringLiteral(" AND day NOT IN (%1)").arg(marks(splitDays.size()));
        for (const qint64 split : std::as_const(splitDays))
            wholeValues << split;
    }
    whole += QStringLiteral(" GROUP BY currency, bucket");
    QSqlQuery &days = m_connection.prepared(whole);
    for (const QVariant &value : std::as_const(wholeValues))
        days.addBindValue(value);
    Buckets buckets;
    if (!run(days, buckets))
        return std::nullopt;
    if (splitDays.isEmpty())
        return buckets;

    const TableSpec &spec = specOf(q.table);
    QStringList rowSums {QStringLiteral("count(*)")};
    for (int i = 0; i < runningTotals::sumCount; ++i)
        rowSums << (i < spec.totals.size()
                        ? QStringLiteral("CAST(COALESCE(SUM(%1), 0) AS BIGINT)").arg(spec.totals.at(i))
                        : QStringLiteral("0"));
    QSqlQuery &rows = m_connection.prepared(
        QStringLiteral("SELECT COALESCE(currency, ''), %1 AS bucket, %2 FROM %3 WHERE %4 >= ? AND %4 < ?%5 "
                       "GROUP BY COALESCE(currency, ''), bucket")
            .arg(bucketOf(time, n), rowSums.join(QStringLiteral(", ")), tableName(q.table), time, where));
    for (const qint64 split : std::as_const(splitDays)) {
        for (const qint64 bound : q.bounds)
            rows.addBindValue(bound);
        rows.addBindValue(split * day);
        rows.addBindValue((split + 1) * day);
        for (const QVariant &value : std::as_const(values))
            rows.addBindValue(value);
        if (!run(rows, buckets))
            return std::nullopt;
    }
    return buckets;
}

std::optional<DailyTotals::Question> DailyTotals::questionFor(const Filter &filter, int *bucket)
{
    const auto table = tableFor(filter.kind);
    if (!table || !runningTotals::isKept(*table))
        return std::nullopt;
    const bool created = filter.createdFrom || filter.createdUntil;
    const bool due = (filter.dueFrom || filter.dueUntil) && specOf(*table).has(u"due_at");
    // The totals are kept per day, status and currency only: every other condition needs the rows
    // (an order is a payment intent Paydesk made, which the totals of payment intents cannot tell).
    if (filter.kind == objects::Kind::Order || filter.minAmount || filter.maxAmount || filter.disputed
        || filter.captured || !filter.customer.isEmpty() || !filter.parent.isEmpty()
        || !filter.codePart.trimmed().isEmpty() || !searchTerms(filter.text).isEmpty() || (created && due))
        return std::nullopt;
    Question q;
    q.table = *table;
    q.clock = due ? runningTotals::Clock::Due : runningTotals::Clock::Created;
    q.statuses = filter.statuses;
    q.currency = filter.currency;
    const auto from = due ? filter.dueFrom : filter.createdFrom;
    const auto until = due ? filter.dueUntil : filter.createdUntil;
    if (from && until && *until <= *from)
        return std::nullopt; // an empty range: the rows' own query says so at once
    if (from)
        q.bounds << *from;
    if (until)
        q.bounds << *until;
    *bucket = from ? 1 : 0;
    q.firstBucket = q.lastBucket = *bucket;
    return q;
}

} // namespace mirror
