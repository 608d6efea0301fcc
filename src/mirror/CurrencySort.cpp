#include "src/mirror/CurrencySort.h"

#include "src/mirror/FilterSql.h"
#include "src/mirror/LinkedColumns.h"
#include "src/mirror/ObjectColumns.h"
#include "src/mirror/Reader.h"
#include "src/mirror/Schema.h"
#include "src/mirror/Store.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace mirror {

namespace {

bool bindAndRun(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

CurrencySort::CurrencySort(Reader &reader)
    : m_reader(reader)
{ }

bool CurrencySort::applies(const Filter &filter, const Sort &sort)
{
    if (!sort.byCurrency)
        return false;
    const auto table = tableFor(filter.kind);
    // The column is checked here because its name goes into the SQL before a window's read
    // would refuse it.
    return table && linkedColumns::hasCurrency(*table, schema::latestVersion)
        && isSortColumn(*table, sort.column) && sort.column != QLatin1String("created")
        && sort.column != QLatin1String("id");
}

Filter CurrencySort::filterOf(const Filter &filter, const Group &group)
{
    Filter narrowed = filter;
    if (!group.currency.isEmpty())
        narrowed.currency = group.currency;
    return narrowed;
}

QString CurrencySort::conditionOf(const Group &group, const QString &column)
{
    return group.currency.isEmpty() ? QStringLiteral("(currency IS NULL OR %1 IS NULL)").arg(column)
                                    : QStringLiteral("%1 IS NOT NULL").arg(column);
}

std::optional<QList<CurrencySort::Group>> CurrencySort::groupsOf(const Filter &filter, const QString &column)
{
    // How many rows of each currency: from the running totals where the filter lets them answer
    // (no row is read), else counted per currency as the footer's totals are.
    const QList<CurrencyTotal> totals = m_reader.totals(filter);
    if (m_reader.lastError().isError())
        return std::nullopt;
    // Rows with a currency but not this amount belong with the blanks: the column's index holds
    // them first, so they are counted without reading the others.
    const SqlFilter sql = m_reader.sqlWith(filter, QStringLiteral("%1 IS NULL").arg(column));
    if (!sql.problem.isEmpty()) {
        m_reader.fail(sql.problem);
        return std::nullopt;
    }
    QSqlQuery &query = m_reader.m_store.connection().prepared(
        QStringLiteral("SELECT currency, count(*) FROM %1 %2 GROUP BY currency")
            .arg(tableName(sql.table), sql.where));
    if (!bindAndRun(query, sql.values)) {
        m_reader.failed(query);
        return std::nullopt;
    }
    QHash<QString, qint64> withoutAmount;
    while (query.next())
        withoutAmount[query.value(0).toString()] += query.value(1).toLongLong();
    query.finish();

    QList<Group> groups;
    qint64 all = 0;
    qint64 grouped = 0;
    for (const CurrencyTotal &total : totals) {
        all += total.count;
        if (total.currency.isEmpty())
            continue;
        const qint64 count = total.count - withoutAmount.value(total.currency);
        if (count > 0)
            groups.append({total.currency, count});
        grouped += std::max<qint64>(0, count);
    }
    // Byte-wise, as both stores compare the currencies (they are kept in lower case, as Stripe
    // writes them; A to Z either way).
    std::sort(groups.begin(), groups.end(),
              [](const Group &a, const Group &b) { return a.currency.toUtf8() < b.currency.toUtf8(); });
    if (all > grouped)
        groups.append({QString(), all - grouped});
    return groups;
}

QList<Row> CurrencySort::read(const Filter &filter, const Sort &sort, const Group &group, const RowKey *after,
                              qint64 offset, int limit)
{
    Sort plain = sort;
    plain.byCurrency = false;
    QList<Row> rows = m_reader.select(filterOf(filter, group), plain, after, offset, limit,
                                      conditionOf(group, sort.column));
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
    const auto groups = groupsOf(filter, sort.column);
    if (!groups)
        return {};
    qsizetype first = 0;
    while (first < groups->size() && offset >= groups->at(first).count)
        offset -= groups->at(first++).count;
    return readFrom(filter, sort, *groups, first, nullptr, offset, limit);
}

QList<Row> CurrencySort::rowsAfter(const Filter &filter, const Sort &sort, const RowKey &after, int limit)
{
    if (!after.isValid())
        return rows(filter, sort, 0, limit);
    const auto groups = groupsOf(filter, sort.column);
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
    if (!bindAndRun(find, {id})) {
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
