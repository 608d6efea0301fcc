#include "src/mirror/Reader.h"

#include "src/mirror/CurrencySort.h"
#include "src/mirror/DailyTotals.h"
#include "src/mirror/FilterSql.h"
#include "src/mirror/LinkedColumns.h"
#include "src/mirror/ObjectColumns.h"
#include "src/mirror/Schema.h"
#include "src/mirror/Store.h"

#include <QSqlQuery>

namespace mirror {

namespace {

// SQLite keeps no statistics of single values (Debian builds it without STAT4): to its planner
// "payments partially refunded" (none here) looks like "payments that succeeded" (most), or a
// month that holds no customer like one that holds many, and for a sort by another column it may
// read that column's index from one end, looking for rows that are not there (a second at a
// million objects). A filter that keeps fewer rows than this is read whole and sorted: a few
// milliseconds, however rare its values. One that keeps more finds a window's rows soon enough
// along the sort's index (at 400,000 rows, within about 8,000 of them when spread evenly).
constexpr int fewRows = 5000;

// How Connection remembers the matches of a full-text query on a table.
QString matchesKey(Table table, const QString &match)
{
    return schema::ftsTable(table) + QLatin1Char('\n') + match;
}

} // namespace

bool Reader::bindAndRun(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

Reader::Reader(Store &store)
    : m_store(store)
{ }

QStringList Reader::sortColumns(objects::Kind kind)
{
    const auto table = tableFor(kind);
    if (!table)
        return {};
    QStringList columns {QStringLiteral("created"), QStringLiteral("id")};
    for (const ColumnSpec &column : specOf(*table).columns)
        if (column.sortable)
            columns << column.name;
    for (const linkedColumns::LinkedColumn &column : linkedColumns::columnsOf(*table))
        if (column.sortable)
            columns << column.name;
    return columns;
}

bool Reader::fail(const QString &message)
{
    Connection &connection = m_store.connection();
    const StoreError::Kind kind
        = message.isEmpty() ? connection.classify(connection.lastError()) : StoreError::Kind::Failed;
    m_error = {kind == StoreError::Kind::None ? StoreError::Kind::Failed : kind,
               message.isEmpty() ? connection.lastErrorText() : message};
    return false;
}

void Reader::failed(const QSqlQuery &query)
{
    failed(query.lastError());
}

void Reader::failed(const QSqlError &error)
{
    const StoreError::Kind kind = m_store.connection().classify(error);
    m_error = {kind == StoreError::Kind::None ? StoreError::Kind::Failed : kind, error.text()};
}

std::optional<QList<CurrencyTotal>> Reader::dailyTotals(const Filter &filter)
{
    int bucket = 0;
    const auto question = DailyTotals::questionFor(filter, &bucket);
    if (!question)
        return std::nullopt;
    DailyTotals daily(m_store.connection());
    const auto sums = daily.sum(*question);
    if (!sums) {
        failed(daily.lastError());
        return QList<CurrencyTotal>();
    }
    const TableSpec &spec = specOf(question->table);
    QList<CurrencyTotal> totals; // by currency: the map's order
    for (auto it = sums->cbegin(); it != sums->cend(); ++it) {
        if (it.key().second != bucket || it.value().count == 0)
            continue;
        CurrencyTotal total;
        total.currency = it.key().first;
        total.count = it.value().count;
        for (qsizetype i = 0; i < spec.totals.size(); ++i)
            total.sums.insert(spec.totals.at(i), it.value().sums[size_t(i)]);
        totals.append(total);
    }
    m_error = {};
    return totals;
}

SqlFilter Reader::sqlWith(const Filter &filter, const QString &condition) const
{
    SqlFilter sql = sqlFilter(m_store.backend(), filter, m_store.schemaVersion());
    if (!condition.isEmpty())
        sql.where += (sql.where.isEmpty() ? QStringLiteral("WHERE ") : QStringLiteral(" AND ")) + condition;
    return sql;
}

QList<Row> Reader::select(const Filter &filter, const Sort &sort, const RowKey *after, qint64 offset,
                          int limit, const QString &condition, qint64 rowsKept)
{
    SqlFilter sql = sqlWith(filter, condition);
    if (!sql.problem.isEmpty()) {
        fail(sql.problem);
        return {};
    }
    if (!isSortColumn(sql.table, sort.column)) {
        fail(QStringLiteral("%1 cannot be sorted by %2").arg(tableName(sql.table), sort.column));
        return {};
    }
    const auto walking = walkingTheSort(filter, sort, condition);
    if (walking)
        sql = *walking;
    const QString name = tableName(sql.table);
    QVariantList values = sql.values;
    QString where = sql.where;
    // A filter that keeps few rows: they are found by the filter alone, as the count that told
    // found them (any index serves a query that reads only the rowid), then sorted; a unary +
    // keeps SQLite off the sort's index. Given the whole query, SQLite judged "payments in chf"
    // (none) by its statistics (half the payments are in one of two currencies) and read all
    // 400,000 payments.
    const bool sortFew = !walking && keepsFewRows(sql, filter, condition, rowsKept);
    if (sortFew)
        where = QStringLiteral("WHERE n IN (SELECT n FROM %1 %2)").arg(name, sql.where);
    const QString unindexed = sortFew ? QStringLiteral("+") : QString();
    if (after && after->isValid()) {
        const QString next = keyset(sort, *after, false, values);
        where += (where.isEmpty() ? QStringLiteral("WHERE ") : QStringLiteral(" AND ")) + next;
    }
    values << limit << offset;
    // The window is chosen over the narrow rows (an index holds all it reads: a jump 50,000 rows
    // deep walks the index, not the rows); only the window's own rows' JSON is read.
    const bool postgres = m_store.backend() == Backend::Postgres;
    const QString window
        = QStringLiteral("SELECT %1, id, %2 AS sort_key FROM %3 %4 %5 LIMIT ? OFFSET ?")
              .arg(postgres ? QStringLiteral("id AS row_id") : QStringLiteral("n"), sort.column, name, where,
                   orderBy(sort, unindexed + sort.column, unindexed + QStringLiteral("id")));
    const QString text = postgres
        ? QStringLiteral("SELECT s.id, t.json, s.sort_key FROM (%1) s JOIN %2 t ON t.id = s.row_id %3")
              .arg(window, name, orderBy(sort, QStringLiteral("s.sort_key"), QStringLiteral("s.id")))
        : QStringLiteral("SELECT s.id, %1, s.sort_key FROM (%2) s %3")
              .arg(schema::jsonOf(m_store.backend(), sql.table, QStringLiteral("s")), window,
                   orderBy(sort, QStringLiteral("s.sort_key"), QStringLiteral("s.id")));
    QSqlQuery &query = m_store.connection().prepared(text);
    if (!bindAndRun(query, values)) {
        failed(query);
        return {};
    }
    QList<Row> rows;
    rows.reserve(limit);
    while (query.next()) {
        const QString id = query.value(0).toString();
        rows.append({stripe::ListObject(query.value(1).toString().toUtf8(), id), {query.value(2), id}});
    }
    query.finish();
    m_error = {};
    return rows;
}

bool Reader::keepsFewRows(const SqlFilter &sql, const Filter &filter, const QString &condition,
                          qint64 rowsKept)
{
    // PostgreSQL keeps statistics of values and judges this itself; a search reads its matches
    // first anyway.
    if (m_store.backend() != Backend::Sqlite || sql.where.isEmpty() || !searchTerms(filter.text).isEmpty())
        return false;
    // Known without reading a row: from the caller, or from the running totals, which know
    // nothing of a condition. Counting reads up to fewRows rows through the filter's index:
    // "invoices created this month" looked up 5,000 invoices for a sort by amount paid (18 ms,
    // 47 ms when they were not in SQLite's cache, at a million objects).
    if (rowsKept < 0 && condition.isEmpty())
        rowsKept = rowsFromTotals(filter);
    if (rowsKept >= 0)
        return rowsKept < fewRows;
    QSqlQuery &query
        = m_store.connection().prepared(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 %2 LIMIT ?) c")
                                            .arg(tableName(sql.table), sql.where));
    QVariantList values = sql.values;
    values << fewRows;
    if (!bindAndRun(query, values) || !query.next())
        return false; // the window's own query says what went wrong
    const bool few = query.value(0).toInt() < fewRows;
    query.finish();
    return few;
}

std::optional<SqlFilter> Reader::walkingTheSort(const Filter &filter, const Sort &sort,
                                                const QString &condition)
{
    // SQLite's planner reads every match of a search and sorts them: 25,000 customers found by
    // "smith" at a million objects were each looked up to sort them by name (20 ms; 40 to 55 ms
    // when SQLite had not cached them). Walking the sort's index instead, asking the matches of
    // each row it passes (a unary + keeps SQLite off the row number), finds a window of 100 among
    // them within about 800 rows (6 ms). Few matches are still read first: walking would pass
    // every row of the index.
    const auto match = ownSearch(m_store.backend(), filter, m_store.schemaVersion());
    if (!match)
        return std::nullopt;
    // Only where nothing else but a currency narrows the matches (and, in a currency's group, the
    // amount being there): another filter, or the rows without the amount, may keep few of them,
    // and the walk would then pass most of the index to find those.
    Filter others = filter;
    others.text.clear();
    others.currency.clear();
    if (!sqlWith(others, {}).where.isEmpty()
        || (!condition.isEmpty() && condition != CurrencySort::withAmount(sort.column)))
        return std::nullopt;
    const Table table = *tableFor(filter.kind);
    Connection &connection = m_store.connection();
    const QString remembered = matchesKey(table, *match);
    auto found = connection.rememberedMatches(remembered);
    if (!found) {
        QSqlQuery &count = connection.prepared(
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %1 MATCH ? LIMIT ?) c")
                .arg(schema::ftsTable(table)));
        if (!bindAndRun(count, {*match, fewRows}) || !count.next())
            return std::nullopt; // the window's own query says what went wrong
        found = count.value(0).toLongLong();
        count.finish();
        connection.rememberMatches(remembered, *found);
    }
    if (*found < fewRows)
        return std::nullopt;
    Filter rest = filter;
    rest.text.clear();
    SqlFilter sql = sqlWith(rest, condition);
    const QString matches
        = QStringLiteral("+n IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(schema::ftsTable(table));
    sql.where = sql.where.isEmpty() ? QStringLiteral("WHERE ") + matches
                                    : QStringLiteral("WHERE %1 AND (%2)").arg(matches, sql.where.mid(6));
    sql.values.prepend(*match);
    return sql;
}

qint64 Reader::rowsFromTotals(const Filter &filter)
{
    m_error = {};
    const auto totals = dailyTotals(filter);
    if (!totals || m_error.isError())
        return -1; // a failed store fails the window's own query, which says why
    qint64 rows = 0;
    for (const CurrencyTotal &total : *totals)
        rows += total.count;
    return rows;
}

QList<Row> Reader::rows(const Filter &filter, const Sort &sort, qint64 offset, int limit)
{
    if (CurrencySort::applies(filter, sort, m_store.schemaVersion()))
        return CurrencySort(*this).rows(filter, sort, std::max<qint64>(0, offset), limit);
    return select(filter, sort, nullptr, std::max<qint64>(0, offset), limit);
}

QList<Row> Reader::rowsAfter(const Filter &filter, const Sort &sort, const RowKey &after, int limit)
{
    if (CurrencySort::applies(filter, sort, m_store.schemaVersion()))
        return CurrencySort(*this).rowsAfter(filter, sort, after, limit);
    return select(filter, sort, &after, 0, limit);
}

std::optional<qint64> Reader::count(const Filter &filter)
{
    // The running totals, when they can answer: they do not grow with the rows.
    if (const auto totals = dailyTotals(filter)) {
        if (m_error.isError())
            return std::nullopt;
        qint64 count = 0;
        for (const CurrencyTotal &total : *totals)
            count += total.count;
        return count;
    }
    // A search alone is counted in the full-text index: at a million objects a common word
    // ("smith", 25,000 customers) took 30 ms through the rows and takes 3 ms there.
    if (const auto match = searchOnly(m_store.backend(), filter, m_store.schemaVersion())) {
        const Table table = *tableFor(filter.kind);
        const auto count
            = countOf(QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(schema::ftsTable(table)),
                      {*match});
        if (count) // and the window's plan need not count them again (walkingTheSort)
            m_store.connection().rememberMatches(matchesKey(table, *match), *count);
        return count;
    }
    const SqlFilter sql = sqlFilter(m_store.backend(), filter, m_store.schemaVersion());
    if (!sql.problem.isEmpty()) {
        fail(sql.problem);
        return std::nullopt;
    }
    return countOf(QStringLiteral("SELECT count(*) FROM %1 %2").arg(tableName(sql.table), sql.where),
                   sql.values);
}

std::optional<qint64> Reader::countOf(const QString &text, const QVariantList &values)
{
    QSqlQuery &query = m_store.connection().prepared(text);
    if (!bindAndRun(query, values) || !query.next()) {
        failed(query);
        return std::nullopt;
    }
    const qint64 count = query.value(0).toLongLong();
    query.finish();
    m_error = {};
    return count;
}

QList<CurrencyTotal> Reader::totals(const Filter &filter)
{
    if (const auto totals = dailyTotals(filter))
        return *totals;
    const SqlFilter sql = sqlFilter(m_store.backend(), filter, m_store.schemaVersion());
    if (!sql.problem.isEmpty()) {
        fail(sql.problem);
        return {};
    }
    const TableSpec &spec = specOf(sql.table);
    const bool hasCurrency = linkedColumns::hasCurrency(sql.table, m_store.schemaVersion());
    QStringList columns {hasCurrency ? QStringLiteral("currency") : QStringLiteral("''"),
                         QStringLiteral("count(*)")};
    for (const QLatin1String &amount : spec.totals)
        columns << QStringLiteral("CAST(COALESCE(SUM(%1), 0) AS BIGINT)").arg(amount);
    // Rows without a currency first on both stores (PostgreSQL puts NULL last unless told), as
    // the running totals give them.
    const QString group
        = hasCurrency ? QStringLiteral("GROUP BY currency ORDER BY currency NULLS FIRST") : QString();
    QSqlQuery &query = m_store.connection().prepared(
        QStringLiteral("SELECT %1 FROM %2 %3 %4")
            .arg(columns.join(QStringLiteral(", ")), tableName(sql.table), sql.where, group));
    if (!bindAndRun(query, sql.values)) {
        failed(query);
        return {};
    }
    QList<CurrencyTotal> totals;
    while (query.next()) {
        CurrencyTotal total;
        total.currency = query.value(0).toString();
        total.count = query.value(1).toLongLong();
        if (total.count == 0)
            continue;
        for (qsizetype i = 0; i < spec.totals.size(); ++i)
            total.sums.insert(spec.totals.at(i), query.value(int(i) + 2).toLongLong());
        totals.append(total);
    }
    query.finish();
    m_error = {};
    return totals;
}

std::optional<QHash<QString, int>> Reader::countPerParent(const Filter &filter)
{
    const SqlFilter sql = sqlFilter(m_store.backend(), filter, m_store.schemaVersion());
    const QString parent = specOf(sql.table).parent;
    if (!sql.problem.isEmpty() || parent.isEmpty()) {
        fail(sql.problem.isEmpty() ? QStringLiteral("the kind has no parent") : sql.problem);
        return std::nullopt;
    }
    // The parent's index (every kind with a parent has one) groups them without sorting.
    QSqlQuery &query
        = m_store.connection().prepared(QStringLiteral("SELECT %1, count(*) FROM %2 %3 GROUP BY %1")
                                            .arg(parent, tableName(sql.table), sql.where));
    if (!bindAndRun(query, sql.values)) {
        failed(query);
        return std::nullopt;
    }
    QHash<QString, int> counts;
    while (query.next())
        if (const QString id = query.value(0).toString(); !id.isEmpty())
            counts.insert(id, query.value(1).toInt());
    query.finish();
    m_error = {};
    return counts;
}

qint64 Reader::positionOf(const Filter &filter, const Sort &sort, const QString &id)
{
    if (CurrencySort::applies(filter, sort, m_store.schemaVersion()))
        return CurrencySort(*this).positionOf(filter, sort, id);
    return positionWhere(filter, sort, id, {});
}

qint64 Reader::positionWhere(const Filter &filter, const Sort &sort, const QString &id,
                             const QString &condition)
{
    const SqlFilter sql = sqlWith(filter, condition);
    if (!sql.problem.isEmpty() || !isSortColumn(sql.table, sort.column)) {
        fail(sql.problem.isEmpty() ? QStringLiteral("unknown sort column") : sql.problem);
        return -1;
    }
    // The row's own key, if the filter keeps it...
    QVariantList values = sql.values;
    values.prepend(id);
    const QString where = sql.where.isEmpty() ? QString() : QStringLiteral(" AND ") + sql.where.mid(6);
    QSqlQuery &find = m_store.connection().prepared(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?%3").arg(sort.column, tableName(sql.table), where));
    if (!bindAndRun(find, values)) {
        failed(find);
        return -1;
    }
    if (!find.next()) {
        find.finish();
        m_error = {};
        return -1;
    }
    const RowKey key {find.value(0), id};
    find.finish();
    // ...then how many rows come before it.
    values = sql.values;
    const QString before = keyset(sort, key, true, values);
    QSqlQuery &count = m_store.connection().prepared(
        QStringLiteral("SELECT count(*) FROM %1 %2 %3")
            .arg(tableName(sql.table),
                 sql.where.isEmpty() ? QStringLiteral("WHERE") : sql.where + QStringLiteral(" AND"), before));
    if (!bindAndRun(count, values) || !count.next()) {
        failed(count);
        return -1;
    }
    const qint64 position = count.value(0).toLongLong();
    count.finish();
    m_error = {};
    return position;
}

std::optional<stripe::ListObject> Reader::object(objects::Kind kind, const QString &id)
{
    const auto table = tableFor(kind);
    if (!table) {
        fail(QStringLiteral("the mirror does not keep this kind"));
        return std::nullopt;
    }
    QSqlQuery &query = m_store.connection().prepared(
        QStringLiteral("SELECT %1 FROM %2 t WHERE t.id = ?")
            .arg(schema::jsonOf(m_store.backend(), *table, QStringLiteral("t")), tableName(*table)));
    if (!bindAndRun(query, {id})) {
        failed(query);
        return std::nullopt;
    }
    m_error = {};
    std::optional<stripe::ListObject> found;
    if (query.next())
        found = stripe::ListObject(query.value(0).toString().toUtf8(), id);
    query.finish();
    return found;
}

QList<stripe::ListObject> Reader::invoiceLines(const QString &invoice)
{
    QSqlQuery &query = m_store.connection().prepared(
        QStringLiteral("SELECT t.id, %1 FROM invoice_lines t WHERE t.invoice = ? ORDER BY t.position, t.id")
            .arg(schema::jsonOf(m_store.backend(), Table::InvoiceLines, QStringLiteral("t"))));
    if (!bindAndRun(query, {invoice})) {
        failed(query);
        return {};
    }
    QList<stripe::ListObject> lines;
    while (query.next())
        lines.append(stripe::ListObject(query.value(1).toString().toUtf8(), query.value(0).toString()));
    query.finish();
    m_error = {};
    return lines;
}

} // namespace mirror
