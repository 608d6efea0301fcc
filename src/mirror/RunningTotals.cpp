#include "mirror/RunningTotals.h"

namespace mirror::runningTotals {

namespace {

// What one kind of row adds to one table of totals. The SQL fragments take the row's prefix as
// %1: "new." or "old." in a SQLite trigger, nothing over a table or a transition table.
struct Contribution
{
    QString totals; // overview_days or open_balances
    QString figure; // overview_days.figure; empty for open_balances
    Table table;
    QStringList keys; // the totals' key columns besides figure
    QStringList keyValues; // and their values from the row
    QString condition;
    QString amount;
    // The row's columns the totals read: an update that changes none of them changes no total.
    QStringList reads;
};

const DailyFigure receivablesFigure {QLatin1String("receivable"), Table::Invoices,
                                     QLatin1String("%1status = 'open'"), QLatin1String("due_at"),
                                     QLatin1String("amount_remaining")};
// Succeeded charges, refunded since or not (ObjectColumns' charge status).
const DailyFigure revenueFigure {QLatin1String("revenue"), Table::Charges,
                                 QLatin1String("%1status IN ('succeeded', 'partially_refunded', 'refunded')"),
                                 QLatin1String("created"), QLatin1String("amount")};
const DailyFigure refundsFigure {QLatin1String("refunds"), Table::Refunds,
                                 QLatin1String("%1status = 'succeeded'"), QLatin1String("created"),
                                 QLatin1String("amount")};

QString coalesced(const QString &column, const QString &otherwise)
{
    return QStringLiteral("COALESCE(%1, %2)").arg(column, otherwise);
}

Contribution daily(const DailyFigure &figure)
{
    const QString time = QStringLiteral("%1") + figure.time;
    const QString amount = QStringLiteral("%1") + figure.amount;
    return {QStringLiteral("overview_days"),
            figure.name,
            figure.table,
            {QStringLiteral("day"), QStringLiteral("currency")},
            {dayOf(time), coalesced(QStringLiteral("%1currency"), QStringLiteral("''"))},
            figure.condition,
            coalesced(amount, QStringLiteral("0")),
            {QStringLiteral("status"), QStringLiteral("currency"), figure.time, figure.amount}};
}

const QList<Contribution> &contributions()
{
    static const QList<Contribution> all {
        daily(receivablesFigure),
        {QStringLiteral("open_balances"),
         {},
         Table::Invoices,
         {QStringLiteral("currency"), QStringLiteral("customer")},
         {coalesced(QStringLiteral("%1currency"), QStringLiteral("''")), QStringLiteral("%1customer")},
         QStringLiteral("%1status = 'open' AND %1customer IS NOT NULL"),
         coalesced(QStringLiteral("%1amount_remaining"), QStringLiteral("0")),
         {QStringLiteral("status"), QStringLiteral("currency"), QStringLiteral("customer"),
          QStringLiteral("amount_remaining")}},
        daily(revenueFigure),
        daily(refundsFigure),
    };
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

QList<Table> sourceTables()
{
    return {Table::Invoices, Table::Charges, Table::Refunds};
}

QStringList keyColumns(const Contribution &c)
{
    QStringList columns;
    if (!c.figure.isEmpty())
        columns << QStringLiteral("figure");
    return columns + c.keys;
}

QStringList keyValues(const Contribution &c, const QString &prefix)
{
    QStringList values;
    if (!c.figure.isEmpty())
        values << QStringLiteral("'%1'").arg(c.figure);
    for (const QString &value : c.keyValues)
        values << QString(value).arg(prefix);
    return values;
}

QString upsertTail(const Contribution &c, const QString &alias)
{
    const QString a = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET row_count = %2row_count + excluded.row_count, "
                          "amount = %2amount + excluded.amount")
        .arg(keyColumns(c).join(QStringLiteral(", ")), a);
}

QString anyCondition(const QList<Contribution> &list, const QString &prefix)
{
    QStringList conditions;
    for (const Contribution &c : list)
        conditions << QStringLiteral("(%1)").arg(QString(c.condition).arg(prefix));
    conditions.removeDuplicates();
    return conditions.join(QStringLiteral(" OR "));
}

// --- SQLite: row triggers -----------------------------------------------------------------

QString sqliteAdd(const Contribution &c, const QString &row, int sign)
{
    const QString prefix = row + QLatin1Char('.');
    return QStringLiteral("INSERT INTO %1 (%2, row_count, amount) SELECT %3, %4, %4 * %5 WHERE %6")
               .arg(c.totals, keyColumns(c).join(QStringLiteral(", ")),
                    keyValues(c, prefix).join(QStringLiteral(", ")), QString::number(sign),
                    QString(c.amount).arg(prefix), QString(c.condition).arg(prefix))
        + upsertTail(c, {}) + QLatin1Char(';');
}

QString sqliteRemoveEmpty(const Contribution &c, const QString &row)
{
    QStringList matches;
    const QStringList columns = keyColumns(c), values = keyValues(c, row + QLatin1Char('.'));
    for (qsizetype i = 0; i < columns.size(); ++i)
        matches << QStringLiteral("%1 = %2").arg(columns.at(i), values.at(i));
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
        QStringLiteral("CREATE TRIGGER %1_totals_insert AFTER INSERT ON %1 WHEN %2 BEGIN %3 END")
            .arg(name, anyCondition(list, QStringLiteral("new.")), added),
        QStringLiteral("CREATE TRIGGER %1_totals_delete AFTER DELETE ON %1 WHEN %2 BEGIN %3 %4 END")
            .arg(name, anyCondition(list, QStringLiteral("old.")), removed, emptied),
        QStringLiteral("CREATE TRIGGER %1_totals_update AFTER UPDATE ON %1 WHEN (%2 OR %3) AND (%4) "
                       "BEGIN %5 %6 %7 END")
            .arg(name, anyCondition(list, QStringLiteral("old.")), anyCondition(list, QStringLiteral("new.")),
                 changed.join(QStringLiteral(" OR ")), removed, added, emptied),
    };
}

// --- PostgreSQL: statement triggers over transition tables --------------------------------

// The rows of `relation` that count, as (keys..., sign, amount).
QString pgChanges(const Contribution &c, const QString &relation, int sign)
{
    QStringList columns;
    const QStringList values = keyValues(c, QString());
    for (qsizetype i = 0; i < values.size(); ++i)
        columns << QStringLiteral("%1 AS k%2").arg(values.at(i)).arg(i);
    return QStringLiteral("SELECT %1, %2 AS sign, %2 * %3 AS amount FROM %4 WHERE %5")
        .arg(columns.join(QStringLiteral(", ")), QString::number(sign), QString(c.amount).arg(QString()),
             relation, QString(c.condition).arg(QString()));
}

QString pgApply(const Contribution &c, bool withOld, bool withNew)
{
    QStringList parts;
    if (withNew)
        parts << pgChanges(c, QStringLiteral("new_rows"), 1);
    if (withOld)
        parts << pgChanges(c, QStringLiteral("old_rows"), -1);
    QStringList keys;
    for (qsizetype i = 0; i < keyColumns(c).size(); ++i)
        keys << QStringLiteral("k%1").arg(i);
    const QString keyList = keys.join(QStringLiteral(", "));
    // Summed per key first (an unchanged row's old and new cancel out), and applied in the
    // key's order, so that two writers lock the totals they share in the same order.
    QString sql
        = QStringLiteral("INSERT INTO %1 AS t (%2, row_count, amount) SELECT %3, sum(sign), sum(amount) "
                         "FROM (%4) c GROUP BY %3 HAVING sum(sign) <> 0 OR sum(amount) <> 0 ORDER BY %3")
              .arg(c.totals, keyColumns(c).join(QStringLiteral(", ")), keyList,
                   parts.join(QStringLiteral(" UNION ALL ")))
        + upsertTail(c, QStringLiteral("t")) + QLatin1Char(';');
    if (withOld) {
        QStringList matches;
        const QStringList columns = keyColumns(c);
        for (qsizetype i = 0; i < columns.size(); ++i)
            matches << QStringLiteral("t.%1 = o.k%2").arg(columns.at(i)).arg(i);
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
    const QStringList values = keyValues(c, QString());
    QStringList grouped;
    for (const QString &value : values)
        if (!value.startsWith(QLatin1Char('\''))) // the figure's name is the same on every row
            grouped << value;
    return QStringLiteral("INSERT INTO %1 (%2, row_count, amount) SELECT %3, count(*), sum(%4) FROM %5 "
                          "WHERE %6 GROUP BY %7")
        .arg(c.totals, keyColumns(c).join(QStringLiteral(", ")), values.join(QStringLiteral(", ")),
             QString(c.amount).arg(QString()), tableName(c.table), QString(c.condition).arg(QString()),
             grouped.join(QStringLiteral(", ")));
}

} // namespace

const DailyFigure &receivables()
{
    return receivablesFigure;
}

const DailyFigure &revenue()
{
    return revenueFigure;
}

const DailyFigure &refunds()
{
    return refundsFigure;
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
    QStringList statements {
        QStringLiteral(
            "CREATE TABLE overview_days (figure %1 NOT NULL, day BIGINT NOT NULL, currency %1 NOT NULL, "
            "row_count BIGINT NOT NULL, amount BIGINT NOT NULL, PRIMARY KEY (figure, day, currency))%2")
            .arg(text, clustered),
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
    for (const Table table : sourceTables())
        statements << (postgres ? pgTriggers(table) : sqliteTriggers(table));
    for (const Contribution &c : contributions())
        statements << fill(c);
    return statements;
}

} // namespace mirror::runningTotals
