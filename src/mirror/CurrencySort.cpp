#include "src/mirror/CurrencySort.h"

#include "src/mirror/DailyTotals.h"
#include "src/mirror/FilterSql.h"
#include "src/mirror/LinkedColumns.h"
#include "src/mirror/ObjectColumns.h"
#include "src/mirror/Reader.h"
#include "src/mirror/Store.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace mirror {

CurrencySort::CurrencySort(Reader &reader)
    : m_reader(reader)
{ }

bool CurrencySort::applies(const Filter &filter, const Sort &sort, int schemaVersion)
{
    if (!sort.byCurrency)
        return false;
    const auto table = tableFor(filter.kind);
    // The column is checked here because its name goes into the SQL before a window's read
    // would refuse it.
    return table && linkedColumns::hasCurrency(*table, schemaVersion) && isSortColumn(*table, sort.column)
        && sort.column != QLatin1String("created") && sort.column != QLatin1String("id");
}

Filter CurrencySort::filterOf(const Filter &filter, const Group &group)
{
    Filter narrowed = filter;
    if (!group.currency.isEmpty())
        narrowed.currency = group.currency;
    return narrowed;
}

QString CurrencySort::withAmount(const QString &column)
{
    return QStringLiteral("%1 IS NOT NULL").arg(column);
}

QString CurrencySort::conditionOf(const Group &group, const QString &column)
{
    return group.currency.isEmpty() ? QStringLiteral("(currency IS NULL OR %1 IS NULL)").arg(column)
                                    : withAmount(column);
}

void CurrencySort::sortByCurrency(QList<Group> &groups)
{
    // Byte-wise, as both stores compare the currencies (they are kept in lower case, as Stripe
    // writes them; A to Z either way).
    std::sort(groups.begin(), groups.end(),
              [](const Group &a, const Group &b) { return a.currency.toUtf8() < b.currency.toUtf8(); });
}

std::optional<QList<CurrencySort::Group>> CurrencySort::groupsOf(const Filter &filter, const QString &column)
{
    const auto counts = countsOf(filter, column);
    if (!counts)
        return std::nullopt;
    QList<Group> groups;
    qint64 all = 0;
    qint64 grouped = 0;
    for (const CurrencyCount &count : *counts) {
        all += count.rows;
        if (count.currency.isEmpty())
            continue;
        const qint64 withAmount = count.rows - count.withoutAmount;
        if (withAmount > 0)
            groups.append({count.currency, withAmount});
        grouped += std::max<qint64>(0, withAmount);
    }
    sortByCurrency(groups);
    if (all > grouped)
        groups.append({QString(), all - grouped});
    return groups;
}

std::optional<QList<CurrencySort::Group>> CurrencySort::orderOf(const Filter &filter, const QString &column)
{
    // A window read from the start or after a key needs the groups' order, not their counts. Where
    // the running totals answer the filter the counts come at once; where they do not (a search),
    // counting reads every row the filter keeps (customers found by "smith": 25,000 rows, 30 ms
    // at a million objects), while the currencies the kind's rows have at all are in the running
    // totals. A currency none of the filter's rows has is one window read that finds nothing.
    int bucket = 0;
    Filter whole;
    whole.kind = filter.kind;
    if (DailyTotals::questionFor(filter, &bucket) || !DailyTotals::questionFor(whole, &bucket))
        return groupsOf(filter, column);
    const auto daily = m_reader.dailyTotals(whole);
    if (!daily || m_reader.lastError().isError())
        return std::nullopt;
    QList<Group> groups;
    // A currency chosen keeps its own group alone: each group's read narrows the filter to the
    // group's currency, which would read the other currencies' rows too.
    for (const CurrencyTotal &total : *daily)
        if (!total.currency.isEmpty()
            && (filter.currency.isEmpty() || total.currency == filter.currency.toLower()))
            groups.append({total.currency, unknownCount});
    sortByCurrency(groups);
    groups.append({QString(), unknownCount});
    return groups;
}

std::optional<QList<CurrencySort::CurrencyCount>> CurrencySort::countsOf(const Filter &filter,
                                                                         const QString &column)
{
    // Where the running totals answer the filter, they give each currency's rows (no row is read)
    // and the column's index counts the rows without the amount, which it holds first.
    const auto daily = m_reader.dailyTotals(filter);
    if (daily && m_reader.lastError().isError())
        return std::nullopt;
    const bool fromTotals = daily.has_value();
    // Otherwise (a search, a customer...) one pass over the rows the filter keeps counts both:
    // 25,000 customers found by a common word were read twice, for the footer's sums and again
    // for the blanks (65 ms at a million objects).
    const SqlFilter sql
        = m_reader.sqlWith(filter, fromTotals ? QStringLiteral("%1 IS NULL").arg(column) : QString());
    if (!sql.problem.isEmpty()) {
        m_reader.fail(sql.problem);
        return std::nullopt;
    }
    const QString counted = fromTotals ? QStringLiteral("0, count(*)")
                                       : QStringLiteral("count(*), count(*) - count(%1)").arg(column);
    QSqlQuery &query = m_reader.m_store.connection().prepared(
        QStringLiteral("SELECT currency, %1 FROM %2 %3 GROUP BY currency")
            .arg(counted, tableName(sql.table), sql.where));
    if (!Reader::bindAndRun(query, sql.values)) {
        m_reader.failed(query);
        return std::nullopt;
    }
    QHash<QString, CurrencyCount> counts;
    if (fromTotals)
        for (const CurrencyTotal &total : *daily)
            counts[total.currency] = {total.currency, total.count, 0};
    while (query.next()) {
        // NULL and '' are both "no currency", as in the running totals.
        CurrencyCount &count = counts[query.value(0).toString()];
        count.currency = query.value(0).toString();
        count.rows += query.value(1).toLongLong();
        count.withoutAmount += query.value(2).toLongLong();
    }
    query.finish();
    m_reader.m_error = {};
    return counts.values();
}

QList<Row> CurrencySort::read(const Filter &filter, const Sort &sort, const Group &group, const RowKey *after,
                              qint64 offset, int limit)
{
    Sort plain = sort;
    plain.byCurrency = false;
    // A group's count, where known, tells the read whether to sort the group's rows or walk the
    // column's index, without counting them again.
    QList<Row> rows = m_reader.select(filterOf(filter, group), plain, after, offset, limit,
                                      conditionOf(group, sort.column), group.count);
    for (Row &row : rows)
        row.key.currency = group.currency;
    return rows;
}

QList<Row> CurrencySort::readFrom(const Filter &filter, const Sort &sort, const QList<Group> &groups,
                                  qsizetype first, const RowKey *after, qint64 offset, int limit)
{
    QList<Row> rows;
    for (qsizetype i = first; i < groups.size() && rows.size() < limit; ++i) {
        const bool resumed = i == first;
        const QList<Row> more = read(filter, sort, groups.at(i), resumed ? after : nullptr,
                                     resumed ? offset : 0, limit - int(rows.size()));
        if (m_reader.lastError().isError())
            return {};
        rows.append(more);
    }
    return rows;
}

QList<Row> CurrencySort::rows(const Filter &filter, const Sort &sort, qint64 offset, int limit)
{
    // A jump skips whole groups by their counts.
    const auto groups = offset > 0 ? groupsOf(filter, sort.column) : orderOf(filter, sort.column);
    if (!groups)
        return {};
    qsizetype first = 0;
    while (offset > 0 && first < groups->size() && offset >= groups->at(first).count)
        offset -= groups->at(first++).count;
    return readFrom(filter, sort, *groups, first, nullptr, offset, limit);
}

QList<Row> CurrencySort::rowsAfter(const Filter &filter, const Sort &sort, const RowKey &after, int limit)
{
    if (!after.isValid())
        return rows(filter, sort, 0, limit);
    const auto groups = orderOf(filter, sort.column);
    if (!groups)
        return {};
    // The key's group; or, when its currency has no rows left, the first group after it.
    const QByteArray currency = after.currency.toUtf8();
    qsizetype first = 0;
    if (currency.isEmpty())
        first = groups->isEmpty() || !groups->constLast().currency.isEmpty() ? groups->size()
                                                                             : groups->size() - 1;
    else
        while (first < groups->size() && !groups->at(first).currency.isEmpty()
               && groups->at(first).currency.toUtf8() < currency)
            ++first;
    const bool inGroup = first < groups->size() && groups->at(first).currency == after.currency;
    return readFrom(filter, sort, *groups, first, inGroup ? &after : nullptr, 0, limit);
}

qint64 CurrencySort::positionOf(const Filter &filter, const Sort &sort, const QString &id)
{
    // The row's group: its own currency, or the blanks...
    const auto table = tableFor(filter.kind);
    QSqlQuery &find = m_reader.m_store.connection().prepared(
        QStringLiteral("SELECT currency, %1 FROM %2 WHERE id = ?").arg(sort.column, tableName(*table)));
    if (!Reader::bindAndRun(find, {id})) {
        m_reader.failed(find);
        return -1;
    }
    if (!find.next()) {
        find.finish();
        m_reader.m_error = {};
        return -1;
    }
    const QString currency = find.value(1).isNull() ? QString() : find.value(0).toString();
    find.finish();
    const auto groups = groupsOf(filter, sort.column);
    if (!groups)
        return -1;
    // ...after every row of the groups before it, where it sits in its own (if the filter keeps it).
    qint64 before = 0;
    for (const Group &group : *groups) {
        if (group.currency != currency) {
            before += group.count;
            continue;
        }
        Sort plain = sort;
        plain.byCurrency = false;
        const qint64 within
            = m_reader.positionWhere(filterOf(filter, group), plain, id, conditionOf(group, sort.column));
        return within < 0 ? -1 : before + within;
    }
    m_reader.m_error = {};
    return -1;
}

} // namespace mirror
