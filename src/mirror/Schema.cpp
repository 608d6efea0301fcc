#include "src/mirror/Schema.h"

#include "src/mirror/Connection.h"
#include "src/mirror/LinkedColumns.h"
#include "src/mirror/ObjectColumns.h"
#include "src/mirror/RunningTotals.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

#include <functional>

namespace mirror::schema {

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mirror::Schema)
};

// Any constant: it only has to differ from the follow lock's (Store.cpp).
constexpr qint64 migrationLockKey = 0x5061796465736b01; // "Paydesk" 01

bool isPostgres(Connection &connection)
{
    return connection.backend() == Backend::Postgres;
}

// Text compares byte by byte on both stores (SQLite's BINARY, PostgreSQL's "C"), so sorts and
// equality give the same answers whatever the server's locale.
QString text(Connection &connection)
{
    return isPostgres(connection) ? QStringLiteral("TEXT COLLATE \"C\"") : QStringLiteral("TEXT");
}

QString typeOf(Connection &connection, ColumnType type)
{
    switch (type) {
    case ColumnType::Id:
    case ColumnType::Words:
        return text(connection);
    case ColumnType::Integer:
        return QStringLiteral("BIGINT");
    case ColumnType::Real:
        return isPostgres(connection) ? QStringLiteral("DOUBLE PRECISION") : QStringLiteral("REAL");
    }
    return {};
}

// NULLs sort as the smallest value on both stores: SQLite always does; PostgreSQL is told to,
// and its index is built in that order so the sort still reads it.
QString sortKey(Connection &connection, const QString &column)
{
    return isPostgres(connection) ? column + QStringLiteral(" NULLS FIRST") : column;
}

QStringList tableStatements(Connection &connection, Table table)
{
    // As version 1 made them: later versions add their columns themselves.
    TableSpec spec = specOf(table);
    spec.columns = columnsAt(table, 1);
    const QString name = tableName(table);
    const bool postgres = isPostgres(connection);
    // The JSON is kept out of the row, so that the rows every filter, count and total reads
    // stay narrow: SQLite keeps it in a table of its own (same rowid), PostgreSQL in TOAST
    // (compressed, and out of line for any row over 128 bytes).
    QStringList columns {postgres ? QStringLiteral("id %1 PRIMARY KEY").arg(text(connection))
                                  : QStringLiteral("n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE"),
                         QStringLiteral("created BIGINT NOT NULL"),
                         QStringLiteral("version BIGINT NOT NULL")};
    if (postgres)
        columns << QStringLiteral("json TEXT NOT NULL");
    for (const ColumnSpec &column : spec.columns)
        columns << QStringLiteral("%1 %2").arg(column.name, typeOf(connection, column.type));
    QStringList statements {
        QStringLiteral("CREATE TABLE %1 (%2)%3")
            .arg(name, columns.join(QStringLiteral(", ")),
                 postgres ? QStringLiteral(" WITH (toast_tuple_target = 128)") : QString())};
    if (!postgres)
        statements << QStringLiteral("CREATE TABLE %1 (n INTEGER PRIMARY KEY, json TEXT NOT NULL)")
                          .arg(jsonTable(table))
                   << QStringLiteral("CREATE TRIGGER %1_json_delete AFTER DELETE ON %1 BEGIN "
                                     "DELETE FROM %2 WHERE n = old.n; END")
                          .arg(name, jsonTable(table));

    auto index = [&](const QString &suffix, const QStringList &keys) {
        statements << QStringLiteral("CREATE INDEX %1_%2 ON %1 (%3)")
                          .arg(name, suffix, keys.join(QStringLiteral(", ")));
    };
    index(QStringLiteral("created"), {QStringLiteral("created"), QStringLiteral("id")});
    for (const ColumnSpec &column : spec.columns)
        if (column.sortable && column.name != QLatin1String("position"))
            index(column.name, {sortKey(connection, column.name), QStringLiteral("id")});
    if (spec.has(u"customer"))
        index(QStringLiteral("by_customer"), {QStringLiteral("customer"), QStringLiteral("created")});
    if (spec.has(u"position"))
        index(QStringLiteral("by_position"), {spec.parent, QStringLiteral("position")});
    else if (!spec.parent.isEmpty() && spec.parent != QLatin1String("customer"))
        index(QStringLiteral("by_") + spec.parent, {spec.parent, QStringLiteral("created")});
    // Indexes that hold every column their question reads, so it never visits the rows:
    // a status over time (with the amount, for revenue by month), the footer's totals per
    // currency, and the Overview's aging and balances.
    if (spec.has(u"status")) {
        QStringList keys {QStringLiteral("status"), QStringLiteral("created")};
        if (spec.has(u"currency") && !spec.amount.isEmpty())
            keys << QStringLiteral("currency") << spec.amount;
        index(QStringLiteral("by_status"), keys);
        if (spec.has(u"currency") && !spec.totals.isEmpty()) {
            QStringList totals {QStringLiteral("status"), QStringLiteral("currency")};
            for (const QLatin1String &amount : spec.totals)
                totals << amount;
            if (table == Table::Invoices)
                totals << QStringLiteral("due_at"); // and the receivables by age
            index(QStringLiteral("totals"), totals);
        }
    }
    if (table == Table::Invoices)
        index(QStringLiteral("balances"),
              {QStringLiteral("status"), QStringLiteral("currency"), QStringLiteral("customer"),
               QStringLiteral("amount_remaining")});
    return statements;
}

QStringList version1(Connection &connection)
{
    const QString t = text(connection);
    QStringList statements {
        QStringLiteral("CREATE TABLE sync_state (key %1 PRIMARY KEY, value TEXT NOT NULL)").arg(t),
        // A deleted object's id and the version of its deletion: an older listing page that
        // still shows it cannot bring it back.
        QStringLiteral("CREATE TABLE tombstones (tbl %1 NOT NULL, id %1 NOT NULL, version BIGINT NOT NULL, "
                       "PRIMARY KEY (tbl, id))")
            .arg(t),
        // Invoices whose lines did not all come with the invoice: the rest is fetched after
        // "after", for the invoice as it was at "version".
        QStringLiteral(
            "CREATE TABLE pending_lines (invoice %1 PRIMARY KEY, after %1 NOT NULL, version BIGINT NOT "
            "NULL)")
            .arg(t),
        // Customers known to have saved payment methods, and the listing that last read them.
        QStringLiteral(
            "CREATE TABLE payment_method_owners (customer %1 PRIMARY KEY, listed_version BIGINT NOT "
            "NULL)")
            .arg(t),
        QStringLiteral("CREATE INDEX payment_method_owners_listed ON payment_method_owners (listed_version)"),
        // Every event applied, once: the primary key makes a second application fail.
        QStringLiteral(
            "CREATE TABLE applied_events (id %1 PRIMARY KEY, version BIGINT NOT NULL, created BIGINT "
            "NOT NULL, desk TEXT NOT NULL)")
            .arg(t),
        QStringLiteral("CREATE INDEX applied_events_created ON applied_events (created)"),
    };
    for (const Table table : allTables())
        statements << tableStatements(connection, table);
    return statements;
}

bool run(Connection &connection, const QStringList &statements, QString *error)
{
    for (const QString &statement : statements) {
        if (!connection.exec(statement)) {
            *error = QStringLiteral("%1 (%2)").arg(connection.lastErrorText(), statement.left(120));
            return false;
        }
    }
    return true;
}

// Computes columns of every row from its JSON, a window of rows at a time: valuesOf gives the
// columns' values, in the order they are named.
bool fillFromJson(Connection &connection, Table table, const QStringList &columns,
                  const std::function<QVariantList(const QJsonObject &)> &valuesOf, QString *error)
{
    const QString name = tableName(table);
    QStringList assignments;
    for (const QString &column : columns)
        assignments << column + QStringLiteral(" = ?");
    QString after = QLatin1String(""); // not a null QString, which binds as NULL
    for (;;) {
        QSqlQuery read(connection.database());
        read.setForwardOnly(true);
        read.prepare(QStringLiteral("SELECT t.id, %2 FROM %1 t WHERE t.id > ? ORDER BY t.id LIMIT 500")
                         .arg(name, jsonOf(connection.backend(), table, QStringLiteral("t"))));
        read.addBindValue(after);
        if (!read.exec()) {
            *error = read.lastError().text();
            return false;
        }
        QList<QPair<QString, QVariantList>> rows;
        while (read.next()) {
            const QString id = read.value(0).toString();
            const QJsonObject object = QJsonDocument::fromJson(read.value(1).toByteArray()).object();
            rows.append({id, valuesOf(object)});
            after = id;
        }
        if (rows.isEmpty())
            return true;
        QSqlQuery &update = connection.prepared(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                                    .arg(name, assignments.join(QStringLiteral(", "))));
        for (const auto &[id, values] : std::as_const(rows)) {
            for (const QVariant &value : values)
                update.addBindValue(value);
            update.addBindValue(id);
            if (!update.exec()) {
                *error = update.lastError().text();
                return false;
            }
        }
    }
}

bool version2(Connection &connection, QString *error)
{
    for (const Table table : allTables()) {
        const QString name = tableName(table);
        if (!run(connection,
                 {QStringLiteral("ALTER TABLE %1 ADD COLUMN search TEXT NOT NULL DEFAULT ''").arg(name)},
                 error)
            || !fillFromJson(
                connection, table, {QStringLiteral("search")},
                [table](const QJsonObject &object) { return QVariantList {searchTextOf(table, object)}; },
                error))
            return false;
    }
    if (isPostgres(connection)) {
        // pg_trgm is a trusted extension (any user with CREATE on the database may add it); if
        // it cannot be added, search still works, without an index.
        connection.exec(QStringLiteral("SAVEPOINT trigram"));
        if (connection.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"))) {
            connection.exec(QStringLiteral("RELEASE SAVEPOINT trigram"));
            for (const Table table : allTables())
                if (!run(connection,
                         {QStringLiteral("CREATE INDEX %1_search ON %1 USING gin (search gin_trgm_ops)")
                              .arg(tableName(table))},
                         error))
                    return false;
        } else {
            connection.exec(QStringLiteral("ROLLBACK TO SAVEPOINT trigram"));
        }
        return true;
    }
    for (const Table table : allTables())
        if (!run(connection, fullTextIndex(table, {QStringLiteral("search")}), error))
            return false;
    return true;
}

// The columns ObjectColumns added at this version, on every table that has some: each added,
// filled from the rows' JSON, and indexed with the creation time (tabs filter by them and list
// newest first).
bool addColumns(Connection &connection, int version, QString *error)
{
    for (const Table table : allTables()) {
        QList<ColumnSpec> added;
        for (const ColumnSpec &column : specOf(table).columns)
            if (column.since == version)
                added.append(column);
        if (added.isEmpty())
            continue;
        const QString name = tableName(table);
        QStringList statements;
        QStringList names;
        for (const ColumnSpec &column : std::as_const(added)) {
            statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                              .arg(name, column.name, typeOf(connection, column.type));
            names << column.name;
        }
        if (!run(connection, statements, error)
            || !fillFromJson(
                connection, table, names,
                [added](const QJsonObject &object) {
                    QVariantList values;
                    for (const ColumnSpec &column : added)
                        values << column.read(object);
                    return values;
                },
                error))
            return false;
        statements.clear();
        for (const QString &column : std::as_const(names))
            statements << QStringLiteral("CREATE INDEX %1_%2 ON %1 (%2, created)").arg(name, column);
        if (!run(connection, statements, error))
            return false;
    }
    return true;
}

// The running totals (RunningTotals.h), and an index for the receivables of the day an age begins
// in (and the figure's own filter of open invoices due between two dates).
QStringList totalsAndIndexes(Connection &connection)
{
    QStringList statements = runningTotals::schemaStatements(connection.backend());
    statements << QStringLiteral("CREATE INDEX invoices_due_by_status ON invoices (status, due_at, currency, "
                                 "amount_remaining)")
               // Payments of a status and currency by the amount refunded: the refunded ones sit
               // at one end of that amount's index, so payments that succeeded were found only
               // after reading past every refunded one (200 ms at a million objects).
               << QStringLiteral(
                      "CREATE INDEX charges_refunded_by_status ON charges (status, currency, %1, id)")
                      .arg(sortKey(connection, QStringLiteral("amount_refunded")))
               // Payments in one currency: nothing else found them but reading every payment,
               // however few there are (a currency the account rarely charges in).
               << QStringLiteral("CREATE INDEX charges_by_currency ON charges (currency, created, id)")
               // The largest balances come from open_balances now...
               << QStringLiteral("DROP INDEX invoices_balances");
    // ...and the footers' totals by status and currency from daily_totals: every row written
    // no longer updates a copy of its amounts in these.
    for (const Table table : allTables())
        if (runningTotals::isKept(table))
            statements << QStringLiteral("DROP INDEX IF EXISTS %1_totals").arg(tableName(table));
    // SQLite's planner takes an index without statistics for a very selective one: the new index
    // would be chosen for every filter by status. Statistics for every table, read in full
    // (earlier stores had a sample of a thousand rows per index, which misjudged statuses too).
    if (connection.backend() == Backend::Sqlite)
        statements << QStringLiteral("PRAGMA analysis_limit = 0") << QStringLiteral("ANALYZE");
    return statements;
}

bool step(Connection &connection, int version, QString *error)
{
    switch (version) {
    case 1:
        return run(connection,
                   {QStringLiteral(
                       "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT "
                       "NULL)")},
                   error)
            && run(connection, version1(connection), error);
    case 2:
        return version2(connection, error);
    case paymentFlagsVersion:
        return addColumns(connection, paymentFlagsVersion, error);
    case runningTotalsVersion:
        return run(connection, totalsAndIndexes(connection), error);
    case paidByStatusVersion:
        // A filter by status (and, sorted by currency, each currency) sorted by amount paid: the
        // index answers each in its order. Statistics, so that SQLite's planner knows it.
        return run(connection,
                   {QStringLiteral(
                        "CREATE INDEX invoices_paid_by_status ON invoices (status, currency, %1, id)")
                        .arg(sortKey(connection, QStringLiteral("amount_paid")))},
                   error)
            && (isPostgres(connection) || run(connection, {QStringLiteral("ANALYZE invoices")}, error));
    case searchTotalsVersion:
        // A search's footer reads the currency and balance of every customer it finds: 25,000
        // found by "smith" at a million objects, each looked up among the rows themselves (30 ms;
        // 60 ms when SQLite had not cached them). This index is a ninth of the rows' size (832
        // pages against 7,518 at 200,000 customers) and serves the lookups alone (15 ms).
        // PostgreSQL answers the same footer in 5 ms.
        return isPostgres(connection)
            || run(connection,
                   {QStringLiteral(
                        "CREATE INDEX customers_search_totals ON customers (n, currency, balance)"),
                    QStringLiteral("ANALYZE customers")},
                   error);
    case linkedColumnsVersion:
    case defaultPriceVersion:
        return run(connection,
                   linkedColumns::schemaStatements(connection.backend(), hasSearchIndex(connection), version),
                   error);
    }
    *error = Text::tr("No migration to version %1.").arg(version);
    return false;
}

} // namespace

QString jsonTable(Table table)
{
    return tableName(table) + QStringLiteral("_json");
}

QString jsonOf(Backend backend, Table table, const QString &alias)
{
    return backend == Backend::Postgres
        ? QStringLiteral("%1.json").arg(alias)
        : QStringLiteral("(SELECT json FROM %1 WHERE %1.n = %2.n)").arg(jsonTable(table), alias);
}

QString ftsTable(Table table)
{
    return tableName(table) + QStringLiteral("_fts");
}

QStringList fullTextIndex(Table table, const QStringList &columns)
{
    const QString name = tableName(table);
    const QString fts = ftsTable(table);
    QStringList fresh, stale, changed;
    for (const QString &column : columns) {
        fresh << QStringLiteral("new.") + column;
        stale << QStringLiteral("old.") + column;
        changed << QStringLiteral("old.%1 IS NOT new.%1").arg(column);
    }
    const QString list = columns.join(QStringLiteral(", "));
    const QString added = QStringLiteral("INSERT INTO %1(rowid, %2) VALUES (new.n, %3);")
                              .arg(fts, list, fresh.join(QStringLiteral(", ")));
    const QString removed = QStringLiteral("INSERT INTO %1(%1, rowid, %2) VALUES ('delete', old.n, %3);")
                                .arg(fts, list, stale.join(QStringLiteral(", ")));
    // External content: the index refers to the table's own columns instead of keeping a second
    // copy of the text. Trigrams find any substring of 3+ characters; case_sensitive because the
    // text is already folded.
    return {
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='n', "
                       "tokenize='trigram case_sensitive 1')")
            .arg(fts, list, name),
        QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(fts),
        QStringLiteral("CREATE TRIGGER %1_insert AFTER INSERT ON %2 BEGIN %3 END").arg(fts, name, added),
        QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON %2 BEGIN %3 END").arg(fts, name, removed),
        QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE OF %2 ON %3 WHEN %4 BEGIN %5 %6 END")
            .arg(fts, list, name, changed.join(QStringLiteral(" OR ")), removed, added)};
}

QStringList dropFullTextIndex(Table table)
{
    const QString fts = ftsTable(table);
    return {QStringLiteral("DROP TRIGGER %1_insert").arg(fts),
            QStringLiteral("DROP TRIGGER %1_delete").arg(fts),
            QStringLiteral("DROP TRIGGER %1_update").arg(fts), QStringLiteral("DROP TABLE %1").arg(fts)};
}

int versionOf(Connection &connection)
{
    const QVariant exists = isPostgres(connection)
        ? connection.scalar(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"))
        : connection.scalar(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
    if (!exists.isValid())
        return -1;
    if (!exists.toBool())
        return 0;
    const QVariant version = connection.scalar(QStringLiteral("SELECT max(version) FROM schema_version"));
    return version.isValid() ? version.toInt() : -1;
}

bool migrate(Connection &connection, int target, QString *error)
{
    if (target < 0 || target > latestVersion)
        target = latestVersion;
    for (;;) {
        if (!connection.transaction()) {
            *error = connection.lastErrorText();
            return false;
        }
        // Another desk may be migrating the same PostgreSQL store: wait for it, then look again.
        if (isPostgres(connection))
            connection.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(migrationLockKey));
        const int current = versionOf(connection);
        if (current < 0) {
            *error = connection.lastErrorText();
            connection.rollback();
            return false;
        }
        if (current >= target) {
            connection.rollback();
            return true;
        }
        const int next = current + 1;
        if (!step(connection, next, error)
            || !connection.exec(
                QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                {next, QDateTime::currentSecsSinceEpoch()})) {
            if (error->isEmpty())
                *error = connection.lastErrorText();
            connection.rollback();
            return false;
        }
        if (!connection.commit()) {
            *error = connection.lastErrorText();
            return false;
        }
    }
}

bool hasSearchIndex(Connection &connection)
{
    if (!isPostgres(connection))
        return true;
    return connection.scalar(QStringLiteral("SELECT to_regclass('customers_search') IS NOT NULL")).toBool();
}

} // namespace mirror::schema
