#include "src/mirror/FilterSql.h"

#include "src/mirror/LinkedColumns.h"
#include "src/mirror/ObjectColumns.h"
#include "src/mirror/Schema.h"

namespace mirror {

namespace {

QString likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// Trigram indexes answer terms of three characters or more; shorter ones are compared with
// LIKE on every row (both stores alike, so both give the same answers).
bool isIndexable(const QString &term)
{
    return term.toUcs4().size() >= 3;
}

// An object whose own text is mostly ids is also found by the text of the objects it names (a
// refund by the email and card of its payment, or the name of that payment's customer): its
// column holding the other's id, that object's table, and what that one names in turn.
struct TextLink
{
    QLatin1String column;
    Table table;
    QList<TextLink> further;
};

// Stores from schema 5 keep that text on the row itself (LinkedColumns.h): none to follow.
QList<TextLink> textLinksOf(Table table, int schemaVersion)
{
    if (schemaVersion >= schema::linkedColumnsVersion)
        return {};
    const TextLink customer {QLatin1String("customer"), Table::Customers, {}};
    switch (table) {
    case Table::Refunds:
        return {{QLatin1String("charge"), Table::Charges, {customer}}};
    case Table::PaymentIntents:
        return {customer, {QLatin1String("latest_charge"), Table::Charges, {}}};
    case Table::PromotionCodes:
        return {{QLatin1String("coupon"), Table::Coupons, {}}, customer};
    default:
        return {};
    }
}

// Every term in the text of the table's row (its search columns, unqualified: inside a subquery
// they name the subquery's table), or every term in the text of one object it links to.
QString textCondition(Backend backend, Table table, int schemaVersion, const QStringList &terms,
                      const QList<TextLink> &links, QVariantList &values)
{
    const QStringList columns = linkedColumns::searchedColumns(table, schemaVersion);
    QStringList own;
    QStringList indexed;
    for (const QString &term : terms) {
        if (backend == Backend::Sqlite && isIndexable(term)) {
            indexed << term;
            continue;
        }
        // PostgreSQL's pg_trgm indexes serve LIKE themselves.
        QStringList anyColumn;
        for (const QString &column : columns) {
            anyColumn << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(column);
            values << likePattern(term);
        }
        own << (anyColumn.size() == 1
                    ? anyColumn.first()
                    : QLatin1Char('(') + anyColumn.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    if (!indexed.isEmpty()) {
        own << QStringLiteral("n IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(schema::ftsTable(table));
        values << ftsMatch(indexed);
    }
    QStringList any {own.join(QStringLiteral(" AND "))};
    for (const TextLink &link : links)
        any << QStringLiteral("%1 IN (SELECT id FROM %2 WHERE %3)")
                   .arg(link.column, tableName(link.table),
                        textCondition(backend, link.table, schemaVersion, terms, link.further, values));
    return any.size() == 1 ? any.first()
                           : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace

QString ftsMatch(const QStringList &terms)
{
    QStringList quoted;
    for (QString term : terms) {
        term.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        quoted << QLatin1Char('"') + term + QLatin1Char('"');
    }
    return quoted.join(QStringLiteral(" AND "));
}

std::optional<QString> ownSearch(Backend backend, const Filter &filter, int schemaVersion)
{
    if (backend != Backend::Sqlite || schemaVersion < 2)
        return std::nullopt;
    const QStringList terms = searchTerms(filter.text);
    const auto table = tableFor(filter.kind);
    if (terms.isEmpty() || !table || !textLinksOf(*table, schemaVersion).isEmpty()
        || !std::all_of(terms.cbegin(), terms.cend(), isIndexable))
        return std::nullopt;
    return ftsMatch(terms);
}

std::optional<QString> searchOnly(Backend backend, const Filter &filter, int schemaVersion)
{
    Filter rest = filter;
    rest.text.clear();
    if (!sqlFilter(backend, rest, schemaVersion).where.isEmpty())
        return std::nullopt;
    return ownSearch(backend, filter, schemaVersion);
}

SqlFilter sqlFilter(Backend backend, const Filter &filter, int schemaVersion)
{
    const bool hasSearch = schemaVersion >= 2;
    SqlFilter sql;
    const auto table = tableFor(filter.kind);
    if (!table) {
        sql.problem = QStringLiteral("the mirror does not keep %1").arg(objects::pluralName(filter.kind));
        return sql;
    }
    sql.table = *table;
    const TableSpec &spec = specOf(*table);
    QStringList conditions;
    auto add = [&](const QString &condition, const QVariantList &values) {
        conditions << condition;
        sql.values << values;
    };

    if (!filter.statuses.isEmpty() && spec.has(u"status")) {
        QStringList marks;
        for (const QString &status : filter.statuses) {
            marks << QStringLiteral("?");
            sql.values << status;
        }
        conditions << QStringLiteral("status IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    if (!filter.currency.isEmpty() && linkedColumns::hasCurrency(*table, schemaVersion))
        add(QStringLiteral("currency = ?"), {filter.currency.toLower()});
    if (!spec.amount.isEmpty()) {
        if (filter.minAmount)
            add(QStringLiteral("%1 >= ?").arg(spec.amount), {*filter.minAmount});
        if (filter.maxAmount)
            add(QStringLiteral("%1 <= ?").arg(spec.amount), {*filter.maxAmount});
    }
    if (filter.createdFrom)
        add(QStringLiteral("created >= ?"), {*filter.createdFrom});
    if (filter.createdUntil)
        add(QStringLiteral("created < ?"), {*filter.createdUntil});
    if (spec.has(u"due_at")) {
        if (filter.dueFrom)
            add(QStringLiteral("due_at >= ?"), {*filter.dueFrom});
        if (filter.dueUntil)
            add(QStringLiteral("due_at < ?"), {*filter.dueUntil});
    }
    if (!filter.customer.isEmpty()) {
        if (*table == Table::Customers)
            add(QStringLiteral("id = ?"), {filter.customer});
        else if (spec.has(u"customer"))
            add(QStringLiteral("customer = ?"), {filter.customer});
        else
            add(QStringLiteral("1 = 0"), {}); // the kind has no customer: nothing is theirs
    }
    if (!filter.parent.isEmpty() && !spec.parent.isEmpty())
        add(QStringLiteral("%1 = ?").arg(spec.parent), {filter.parent});
    // Columns a store has from a later schema version: only the column's own values name it.
    const auto equals = [&](QStringView column, qint64 value) {
        const ColumnSpec *added = spec.column(column);
        if (!added)
            return;
        if (added->since > schemaVersion) {
            sql.problem = QStringLiteral("the store's schema %1 has no %2").arg(schemaVersion).arg(column);
            return;
        }
        add(QStringLiteral("%1 = ?").arg(added->name), {value});
    };
    if (filter.kind == objects::Kind::Order)
        equals(u"paydesk_order", 1);
    if (filter.disputed)
        equals(u"disputed", *filter.disputed ? 1 : 0);
    if (filter.captured)
        equals(u"captured", *filter.captured ? 1 : 0);
    if (!filter.codePart.trimmed().isEmpty() && spec.has(u"code"))
        add(QStringLiteral("code LIKE ? ESCAPE '\\'"),
            {likePattern(filter.codePart.trimmed().toCaseFolded())});

    const QStringList terms = hasSearch ? searchTerms(filter.text) : QStringList();
    if (!terms.isEmpty())
        conditions << textCondition(backend, *table, schemaVersion, terms, textLinksOf(*table, schemaVersion),
                                    sql.values);

    if (!conditions.isEmpty())
        sql.where = QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    return sql;
}

bool isSortColumn(Table table, const QString &column)
{
    if (column == QLatin1String("created") || column == QLatin1String("id"))
        return true;
    const ColumnSpec *spec = specOf(table).column(column);
    if (spec)
        return spec->sortable;
    const QList<linkedColumns::LinkedColumn> linked = linkedColumns::columnsOf(table);
    return std::any_of(linked.cbegin(), linked.cend(), [&column](const linkedColumns::LinkedColumn &c) {
        return c.sortable && c.name == column;
    });
}

namespace {

// Columns every row has (NOT NULL): their sort needs no rule for empty values, and PostgreSQL
// reads their plain index only for an ORDER BY without NULLS FIRST / LAST (it sorted all 80,000
// invoices for a tab's first rows, newest first).
bool isNeverEmpty(const QString &column)
{
    return column == QLatin1String("created") || column == QLatin1String("id");
}

} // namespace

QString orderBy(const Sort &sort, const QString &key, const QString &id)
{
    const bool up = sort.order == Qt::AscendingOrder;
    if (sort.column == QLatin1String("id"))
        return QStringLiteral("ORDER BY %1 %2").arg(id, up ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    if (isNeverEmpty(sort.column))
        return up ? QStringLiteral("ORDER BY %1 ASC, %2 ASC").arg(key, id)
                  : QStringLiteral("ORDER BY %1 DESC, %2 DESC").arg(key, id);
    return up ? QStringLiteral("ORDER BY %1 ASC NULLS FIRST, %2 ASC").arg(key, id)
              : QStringLiteral("ORDER BY %1 DESC NULLS LAST, %2 DESC").arg(key, id);
}

QString keyset(const Sort &sort, const RowKey &key, bool reversed, QVariantList &values)
{
    const bool ascending = (sort.order == Qt::AscendingOrder) != reversed;
    const QString after = ascending ? QStringLiteral(">") : QStringLiteral("<");
    if (sort.column == QLatin1String("id")) {
        values << key.id;
        return QStringLiteral("id %1 ?").arg(after);
    }
    const QString &c = sort.column;
    if (isNeverEmpty(c)) {
        // A row value: both stores read it as one range of the (column, id) index.
        values << key.value << key.id;
        return QStringLiteral("(%1, id) %2 (?, ?)").arg(c, after);
    }
    // NULL is the smallest value: first when ascending, last when descending.
    if (key.value.isNull()) {
        values << key.id;
        return ascending ? QStringLiteral("((%1 IS NULL AND id > ?) OR %1 IS NOT NULL)").arg(c)
                         : QStringLiteral("(%1 IS NULL AND id < ?)").arg(c);
    }
    values << key.value << key.value << key.id;
    return ascending ? QStringLiteral("(%1 > ? OR (%1 = ? AND id > ?))").arg(c)
                     : QStringLiteral("(%1 < ? OR (%1 = ? AND id < ?) OR %1 IS NULL)").arg(c);
}

} // namespace mirror
