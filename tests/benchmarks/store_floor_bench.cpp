// paydesk-store-floor: the least work SQLite itself does to hold a listed account, with no HTTP,
// JSON or Qt in the way. Given a store the mirror filled (paydesk-mirror-backfill-bench
// --sqlite FILE), it copies its rows by SQL alone into two fresh files with the same schema:
//   incremental: indexes, full-text index and triggers in place, as the listing writes;
//   bulk:        bare tables first, then every index built and every full-text index rebuilt,
//                as a listing that deferred them to its end would (a lower bound: the rows' linked
//                columns and running totals are copied, not computed again).
// and prints the CPU time of each:
//   paydesk-store-floor --listed FILE
//   -> incremental_cpu_ms=... bulk_insert_cpu_ms=... bulk_build_cpu_ms=...
// The listing's rate can never beat the rate limit's own time plus the work the bulk load has to
// do after its last page (docs/performance.md, "The listing's floor").

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

namespace {

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct SchemaObject
{
    QString type;
    QString name;
    QString sql;
};

bool isShadowTable(const QString &name)
{
    for (const char *suffix : {"_fts_data", "_fts_idx", "_fts_docsize", "_fts_config"})
        if (name.endsWith(QLatin1String(suffix)))
            return true;
    return false;
}

bool run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    std::fprintf(stderr, "paydesk-store-floor: %s\n  in: %s\n", qPrintable(query.lastError().text()),
                 qPrintable(sql.left(200)));
    return false;
}

// The listed store's schema in the order SQLite created it.
QList<SchemaObject> schemaOf(const QString &file)
{
    QList<SchemaObject> objects;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("listed"));
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                                      "AND name <> 'sqlite_stat1' ORDER BY rowid"));
            while (query.next())
                if (!isShadowTable(query.value(1).toString()))
                    objects.append(
                        {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("listed"));
    return objects;
}

struct Floor
{
    double insertMs = -1;
    double buildMs = 0;
};

// Copies every row of `listed` into a fresh `file`; bulk: indexes, full-text indexes and
// triggers only after the rows.
Floor copy(const QList<SchemaObject> &schema, const QString &listed, const QString &file, bool bulk)
{
    Floor floor;
    const QString name = bulk ? QStringLiteral("bulk") : QStringLiteral("incremental");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open())
            return floor;
        // As the mirror's own store (mirror::Connection::configureSqlite, the sync's cache).
        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                                   "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY"})
            run(db, QString::fromLatin1(pragma));
        QStringList tables;
        QStringList virtualTables;
        QStringList later;
        for (const SchemaObject &object : schema) {
            const bool isVirtual = object.sql.startsWith(QLatin1String("CREATE VIRTUAL"));
            if (object.type == QLatin1String("table")) {
                if (!run(db, object.sql))
                    return floor;
                (isVirtual ? virtualTables : tables) << object.name;
            } else if (bulk) {
                later << object.sql;
            } else if (!run(db, object.sql)) {
                return floor;
            }
        }
        if (!run(db, QStringLiteral("ATTACH DATABASE '%1' AS listed").arg(listed)))
            return floor;
        // The kinds a row names before the rows naming them, as the listing writes them.
        const QStringList order {
            QStringLiteral("customers"),       QStringLiteral("products"),        QStringLiteral("prices"),
            QStringLiteral("coupons"),         QStringLiteral("promotion_codes"), QStringLiteral("charges"),
            QStringLiteral("payment_intents"), QStringLiteral("refunds"),         QStringLiteral("invoices")};
        std::stable_sort(tables.begin(), tables.end(), [&](const QString &a, const QString &b) {
            auto rank = [&](const QString &table) {
                for (qsizetype i = 0; i < order.size(); ++i)
                    if (table == order.at(i) || table == order.at(i) + QStringLiteral("_json"))
                        return i;
                return order.size();
            };
            return rank(a) < rank(b);
        });
        const double start = threadCpuMs();
        run(db, QStringLiteral("BEGIN"));
        for (const QString &table : std::as_const(tables)) {
            // Without the bulk load, the running totals' triggers fill these as the rows come.
            if (!bulk && (table == QLatin1String("daily_totals") || table == QLatin1String("open_balances")))
                continue;
            if (!run(db, QStringLiteral("INSERT INTO main.%1 SELECT * FROM listed.%1").arg(table)))
                return floor;
        }
        run(db, QStringLiteral("COMMIT"));
        floor.insertMs = threadCpuMs() - start;
        if (bulk) {
            const double built = threadCpuMs();
            run(db, QStringLiteral("BEGIN"));
            for (const QString &sql : std::as_const(later))
                if (!sql.startsWith(QLatin1String("CREATE TRIGGER")))
                    run(db, sql);
            for (const QString &fts : std::as_const(virtualTables))
                run(db, QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(fts));
            for (const QString &sql : std::as_const(later))
                if (sql.startsWith(QLatin1String("CREATE TRIGGER")))
                    run(db, sql);
            run(db, QStringLiteral("COMMIT"));
            floor.buildMs = threadCpuMs() - built;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return floor;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption listed("listed", "A store the mirror filled.", "path");
    parser.addOption(listed);
    parser.process(app);
    if (!parser.isSet(listed))
        parser.showHelp(2);

    const QList<SchemaObject> schema = schemaOf(parser.value(listed));
    if (schema.isEmpty()) {
        std::fprintf(stderr, "paydesk-store-floor: no schema in %s\n", qPrintable(parser.value(listed)));
        return 1;
    }
    QTemporaryDir dir;
    const Floor incremental = copy(schema, parser.value(listed), dir.filePath("incremental.sqlite"), false);
    const Floor bulk = copy(schema, parser.value(listed), dir.filePath("bulk.sqlite"), true);
    if (incremental.insertMs < 0 || bulk.insertMs < 0)
        return 1;
    std::printf("incremental_cpu_ms=%.0f bulk_insert_cpu_ms=%.0f bulk_build_cpu_ms=%.0f\n",
                incremental.insertMs, bulk.insertMs, bulk.buildMs);
    return 0;
}
