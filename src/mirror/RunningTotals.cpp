#include "src/mirror/RunningTotals.h"

#include "src/mirror/ObjectColumns.h"

namespace mirror::runningTotals {

namespace {

// What one kind of row adds to one table of totals. The SQL fragments take the row's prefix as
// %1: "new." or "old." in a SQLite trigger, nothing over a table or a transition table.
struct Contribution
{
    QString totals; // daily_totals or open_balances
    Table table;
    QStringList keys; // the totals' key columns
    QStringList keyValues; // and their values from the row ('quoted' when the same for every row)
    QString condition; // which rows count
    QStringList sums; // the totals' summed columns (besides row_count)
    QStringList sumValues; // and their values from the row
    // The row's columns the totals read: an update that changes none of them changes no total.
    QStringList reads;
};

const QList<Table> keptTables {Table::Customers, Table::Invoices, Table::InvoiceItems,
                               Table::Charges,   Table::Refunds,  Table::PaymentIntents};

QString coalesced(const QString &column, const QString &otherwise)
{
    return QStringLiteral("COALESCE(%1, %2)").arg(column, otherwise);
}

Contribution daily(Table table, Clock clock)
{
    const TableSpec &spec = specOf(table);
    Contribution c {QStringLiteral("daily_totals"),
                    table,
                    {QStringLiteral("tbl"), QStringLiteral("clock"), QStringLiteral("day"),
                     QStringLiteral("status"), QStringLiteral("currency")},
                    {QStringLiteral("'%1'").arg(tableName(table)),
                     QStringLiteral("'%1'").arg(clockName(clock)),
                     dayOf(QStringLiteral("%1") + timeColumn(clock)),
                     coalesced(QStringLiteral("%1status"), QStringLiteral("''")),
                     coalesced(QStringLiteral("%1currency"), QStringLiteral("''"))},
                    QStringLiteral("1 = 1"),
                    {},
                    {},
                    {QStringLiteral("status"), QStringLiteral("currency"), timeColumn(clock)}};
    for (int i = 0; i < sumCount; ++i) {
        c.sums << QStringLiteral("sum_%1").arg(i + 1);
        if (i < spec.totals.size()) {
            c.sumValues << coalesced(QStringLiteral("%1") + spec.totals.at(i), QStringLiteral("0"));
            c.reads << spec.totals.at(i);
        } else {
            c.sumValues << QStringLiteral("0");
        }
    }
    return c;
}

const QList<Contribution> &contributions()
{
    static const QList<Contribution> all = [] {
        QList<Contribution> list;
        for (const Table table : keptTables)
            list << daily(table, Clock::Created);
        list << daily(Table::Invoices, Clock::Due);
        list << Contribution {
            QStringLiteral("open_balances"),
            Table::Invoices,
            {QStringLiteral("currency"), QStringLiteral("customer")},
            {coalesced(QStringLiteral("%1currency"), QStringLiteral("''")), QStringLiteral("%1customer")},
            QStringLiteral("%1status = 'open' AND %1customer IS NOT NULL"),
            {QStringLiteral("amount")},
            {coalesced(QStringLiteral("%1amount_remaining"), QStringLiteral("0"))},
            {QStringLiteral("status"), QStringLiteral("currency"), QStringLiteral("customer"),
             QStringLiteral("amount_remaining")}};
        return list;
    }();
    return all;
}

QList<Contribution> contributionsTo(Table table)
{
    QList<Contribution> found;
    for (const Contribution &c : contributions())
        if (c.table == table)
            found << c;
    return found;
}

// A fragment with the row's prefix in place of %1 (QString::arg warns of a fragment without one).
QString filled(const QString &fragment, const QString &prefix)
{
    return fragment.contains(QLatin1String("%1")) ? QString(fragment).arg(prefix) : fragment;
}

QStringList withPrefix(const QStringList &fragments, const QString &prefix)
{
    QStringList all;
    for (const QString &fragment : fragments)
        all << filled(fragment, prefix);
    return all;
}

QString upsertTail(const Contribution &c, const QString &alias)
{
    const QString a = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList sets {QStringLiteral("row_count = %1row_count + excluded.row_count").arg(a)};
    for (const QString &sum : c.sums)
        sets << QStringLiteral("%1 = %2%1 + excluded.%1").arg(sum, a);
    return QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET %2")
        .arg(c.keys.join(QStringLiteral(", ")), sets.join(QStringLiteral(", ")));
}

QString columnList(const Contribution &c)
{
    return (c.keys + QStringList {QStringLiteral("row_count")} + c.sums).join(QStringLiteral(", "));
}

// --- SQLite: row triggers -----------------------------------------------------------------

QString sqliteAdd(const Contribution &c, const QString &row, int sign)
{
    const QString prefix = row + QLatin1Char('.');
    QStringList values = withPrefix(c.keyValues, prefix);
    values << QString::number(sign);
    for (const QString &sum : withPrefix(c.sumValues, prefix))
        values << QStringLiteral("%1 * %2").arg(sign).arg(sum);
    return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 WHERE %4")
               .arg(c.totals, columnList(c), values.join(QStringLiteral(", ")), filled(c.condition, prefix))
        + upsertTail(c, {}) + QLatin1Char(';');
}

QString sqliteRemoveEmpty(const Contribution &c, const QString &row)
{
    QStringList matches;
    const QStringList values = withPrefix(c.keyValues, row + QLatin1Char('.'));
    for (qsizetype i = 0; i < c.keys.size(); ++i)
        matches << QStringLiteral("%1 = %2").arg(c.keys.at(i), values.at(i));
    return QStringLiteral("DELETE FROM %1 WHERE %2 AND row_count = 0;")
        .arg(c.totals, matches.join(QStringLiteral(" AND ")));
}

QStringList sqliteTriggers(Table table)
{
    const QList<Contribution> list = contributionsTo(table);
    const QString name = tableName(table);
    QString added, removed, emptied;
    QStringList reads;
    for (const Contribution &c : list) {
        added += sqliteAdd(c, QStringLiteral("new"), 1);
        removed += sqliteAdd(c, QStringLiteral("old"), -1);
        emptied += sqliteRemoveEmpty(c, QStringLiteral("old"));
        reads << c.reads;
    }
    reads.removeDuplicates();
    QStringList changed;
    for (const QString &column : std::as_const(reads))
        changed << QStringLiteral("old.%1 IS NOT new.%1").arg(column);
    return {
        QStringLiteral("CREATE TRIGGER %1_totals_insert AFTER INSERT ON %1 BEGIN %2 END").arg(name, added),
        QStringLiteral("CREATE TRIGGER %1_totals_delete AFTER DELETE ON %1 BEGIN %2 %3 END")
            .arg(name, removed, emptied),
        QStringLiteral("CREATE TRIGGER %1_totals_update AFTER UPDATE ON %1 WHEN %2 BEGIN %3 %4 %5 END")
            .arg(name, changed.join(QStringLiteral(" OR ")), removed, added, emptied),
    };
}

// --- PostgreSQL: statement triggers over transition tables --------------------------------

// The rows of `relation` that count, as (k0, k1, ..., sign, s0, s1, ...).
QString pgChanges(const Contribution &c, const QString &relation, int sign)
{
    QStringList columns;
    const QStringList keys = withPrefix(c.keyValues, QString());
    for (qsizetype i = 0; i < keys.size(); ++i)
        columns << QStringLiteral("%1 AS k%2").arg(keys.at(i)).arg(i);
    columns << QStringLiteral("%1 AS sign").arg(sign);
    const QStringList sums = withPrefix(c.sumValues, QString());
    for (qsizetype i = 0; i < sums.size(); ++i)
        columns << QStringLiteral("%1 * %2 AS s%3").arg(sign).arg(sums.at(i)).arg(i);
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3")
        .arg(columns.join(QStringLiteral(", ")), relation, filled(c.condition, QString()));
}

QString pgApply(const Contribution &c, bool withOld, bool withNew)
{
    QStringList parts;
    if (withNew)
        parts << pgChanges(c, QStringLiteral("new_rows"), 1);
    if (withOld)
        parts << pgChanges(c, QStringLiteral("old_rows"), -1);
    QStringList keys, sums {QStringLiteral("sum(sign)")}, changes {QStringLiteral("sum(sign) <> 0")};
    for (qsizetype i = 0; i < c.keys.size(); ++i)
        keys << QStringLiteral("k%1").arg(i);
    for (qsizetype i = 0; i < c.sums.size(); ++i) {
        sums << QStringLiteral("sum(s%1)").arg(i);
        changes << QStringLiteral("sum(s%1) <> 0").arg(i);
    }
    const QString keyList = keys.join(QStringLiteral(", "));
    // Summed per key first (an unchanged row's old and new states cancel out), and applied in
    // the key's order, so that two writers take the locks of the totals they share in one order.
    QString sql = QStringLiteral(
                      "INSERT INTO %1 AS t (%2) SELECT %3, %4 FROM (%5) c GROUP BY %3 HAVING %6 ORDER BY %3")
                      .arg(c.totals, columnList(c), keyList, sums.join(QStringLiteral(", ")),
                           parts.join(QStringLiteral(" UNION ALL ")), changes.join(QStringLiteral(" OR ")))
        + upsertTail(c, QStringLiteral("t")) + QLatin1Char(';');
    if (withOld) {
        QStringList matches;
        for (qsizetype i = 0; i < c.keys.size(); ++i)
            matches << QStringLiteral("t.%1 = o.k%2").arg(c.keys.at(i)).arg(i);
        sql += QStringLiteral(" DELETE FROM %1 t USING (%2) o WHERE %3 AND t.row_count = 0;")
                   .arg(c.totals, pgChanges(c, QStringLiteral("old_rows"), -1),
                        matches.join(QStringLiteral(" AND ")));
    }
    return sql;
}

QStringList pgTriggers(Table table)
{
    const QList<Contribution> list = contributionsTo(table);
    const QString name = tableName(table);
    QString inserted, deleted, updated;
    for (const Contribution &c : list) {
        inserted += pgApply(c, false, true);
        deleted += pgApply(c, true, false);
        updated += pgApply(c, true, true);
    }
    const QString function = QStringLiteral("paydesk_%1_totals").arg(name);
    // search_path FROM CURRENT: the function finds the mirror's tables whatever the session
    // that fires it has set.
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql "
                       "SET search_path FROM CURRENT AS $body$ BEGIN "
                       "IF TG_OP = 'INSERT' THEN %2 ELSIF TG_OP = 'DELETE' THEN %3 ELSE %4 END IF; "
                       "RETURN NULL; END $body$")
            .arg(function, inserted, deleted, updated),
        QStringLiteral("CREATE TRIGGER %1_totals_insert AFTER INSERT ON %1 REFERENCING NEW TABLE AS new_rows "
                       "FOR EACH STATEMENT EXECUTE FUNCTION %2()")
            .arg(name, function),
        QStringLiteral("CREATE TRIGGER %1_totals_update AFTER UPDATE ON %1 REFERENCING OLD TABLE AS old_rows "
                       "NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %2()")
            .arg(name, function),
        QStringLiteral("CREATE TRIGGER %1_totals_delete AFTER DELETE ON %1 REFERENCING OLD TABLE AS old_rows "
                       "FOR EACH STATEMENT EXECUTE FUNCTION %2()")
            .arg(name, function),
    };
}

// The totals of the rows already there.
QString fill(const Contribution &c)
{
    const QStringList keys = withPrefix(c.keyValues, QString());
    QStringList values = keys, grouped;
    for (const QString &key : keys)
        if (!key.startsWith(QLatin1Char('\''))) // a name that is the same on every row
            grouped << key;
    values << QStringLiteral("count(*)");
    for (const QString &sum : withPrefix(c.sumValues, QString()))
        values << QStringLiteral("sum(%1)").arg(sum);
    return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %4 WHERE %5 GROUP BY %6")
        .arg(c.totals, columnList(c), values.join(QStringLiteral(", ")), tableName(c.table),
             filled(c.condition, QString()), grouped.join(QStringLiteral(", ")));
}

} // namespace

bool isKept(Table table)
{
    return keptTables.contains(table);
}

QString timeColumn(Clock clock)
{
    return clock == Clock::Due ? QStringLiteral("due_at") : QStringLiteral("created");
}

QString clockName(Clock clock)
{
    return clock == Clock::Due ? QStringLiteral("due") : QStringLiteral("created");
}

QString dayOf(const QString &column)
{
    // Integer division: times are after 1970, so it rounds down on both stores.
    return QStringLiteral("COALESCE(%1 / 86400, -1)").arg(column);
}

QStringList schemaStatements(Backend backend)
{
    const bool postgres = backend == Backend::Postgres;
    const QString text = postgres ? QStringLiteral("TEXT COLLATE \"C\"") : QStringLiteral("TEXT");
    // SQLite: WITHOUT ROWID keeps each table in the order of its key, with no second copy of it.
    const QString clustered = postgres ? QString() : QStringLiteral(" WITHOUT ROWID");
    QStringList sums;
    for (int i = 1; i <= sumCount; ++i)
        sums << QStringLiteral("sum_%1 BIGINT NOT NULL").arg(i);
    QStringList statements {
        QStringLiteral("CREATE TABLE daily_totals (tbl %1 NOT NULL, clock %1 NOT NULL, day BIGINT NOT NULL, "
                       "status %1 NOT NULL, currency %1 NOT NULL, row_count BIGINT NOT NULL, %2, "
                       "PRIMARY KEY (tbl, clock, day, status, currency))%3")
            .arg(text, sums.join(QStringLiteral(", ")), clustered),
        QStringLiteral(
            "CREATE TABLE open_balances (currency %1 NOT NULL, customer %1 NOT NULL, "
            "row_count BIGINT NOT NULL, amount BIGINT NOT NULL, PRIMARY KEY (currency, customer))%2")
            .arg(text, clustered),
        // The largest balances of a currency, read in order.
        QStringLiteral(
            "CREATE INDEX open_balances_largest ON open_balances (currency, amount DESC, customer)"),
    };
    // Triggers first: on PostgreSQL making one locks its table against other desks' writes
    // until the migration commits, so the totals filled below miss none.
    for (const Table table : keptTables)
        statements << (postgres ? pgTriggers(table) : sqliteTriggers(table));
    for (const Contribution &c : contributions())
        statements << fill(c);
    return statements;
}

} // namespace mirror::runningTotals
