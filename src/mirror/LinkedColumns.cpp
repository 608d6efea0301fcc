#include "src/mirror/LinkedColumns.h"

#include "src/mirror/ObjectColumns.h"
#include "src/mirror/Schema.h"

namespace mirror::linkedColumns {

namespace {

const QLatin1String linked("linked");
const QLatin1String customerLabel("customer_label");
const QLatin1String couponLabel("coupon_label");
const QLatin1String currency("currency");
const QLatin1String unitAmount("unit_amount");

// Rows of `dependent` that read a row of `source`; %1 is the source row's id. The schema version
// that added it made the source's triggers.
struct Dependency
{
    Table dependent;
    Table source;
    QLatin1String where;
    int since = schema::linkedColumnsVersion;
};

const QList<Dependency> &dependencies()
{
    static const QList<Dependency> list {
        {Table::Charges, Table::Customers, QLatin1String("customer = %1")},
        {Table::Invoices, Table::Customers, QLatin1String("customer = %1")},
        {Table::PaymentIntents, Table::Customers, QLatin1String("customer = %1")},
        {Table::PaymentIntents, Table::Charges, QLatin1String("latest_charge = %1")},
        // A refund reads its payment's customer through the payment; a payment's label that
        // changes reaches its refunds through the payments' own trigger.
        {Table::Refunds, Table::Charges, QLatin1String("charge = %1")},
        {Table::Refunds, Table::Customers,
         QLatin1String("charge IN (SELECT id FROM charges WHERE customer = %1)")},
        {Table::PromotionCodes, Table::Coupons, QLatin1String("coupon = %1")},
        {Table::PromotionCodes, Table::Customers, QLatin1String("customer = %1")},
        {Table::Products, Table::Prices, QLatin1String("default_price = %1"), schema::defaultPriceVersion},
    };
    return list;
}

// The source columns whose change can change what the rows reading it keep.
QStringList watchedColumns(Table source)
{
    if (source == Table::Charges)
        return {QStringLiteral("search"), QStringLiteral("customer"), customerLabel};
    if (source == Table::Prices)
        return {currency, unitAmount};
    return {QStringLiteral("search")}; // a customer's name and email, a coupon's name, are in it
}

// The sources of the dependencies `keep` accepts, each once, in the order they are listed.
QList<Table> sourcesWhere(const std::function<bool(const Dependency &)> &keep)
{
    QList<Table> tables;
    for (const Dependency &d : dependencies())
        if (keep(d) && !tables.contains(d.source))
            tables.append(d.source);
    return tables;
}

// The tables whose triggers the version made.
QList<Table> sourcesAddedAt(int version)
{
    return sourcesWhere([version](const Dependency &d) { return d.since == version; });
}

// Separates the texts of two rows: search terms never hold a line break, so a phrase never
// matches across them (searchTextOf keeps one field per line for the same reason).
const QString lineBreak = QStringLiteral("'\n'");

QString textOf(Table table, const QString &idSql)
{
    return QStringLiteral("coalesce((SELECT x.search FROM %1 x WHERE x.id = %2), '')")
        .arg(tableName(table), idSql);
}

QString labelOfCustomer(const QString &idSql)
{
    return QStringLiteral("(SELECT coalesce(nullif(k.name, ''), nullif(k.email, ''), k.id) FROM customers k "
                          "WHERE k.id = %1)")
        .arg(idSql);
}

QString sortKey(Backend backend, const QString &column)
{
    return backend == Backend::Postgres ? column + QStringLiteral(" NULLS FIRST") : column;
}

QString columnType(Backend backend, QLatin1String column)
{
    if (column == linked)
        return QStringLiteral("TEXT NOT NULL DEFAULT ''");
    if (column == unitAmount)
        return QStringLiteral("BIGINT");
    // Folded words, or a currency, compared byte by byte on both stores (as Schema's Words and Id
    // columns).
    return backend == Backend::Postgres ? QStringLiteral("TEXT COLLATE \"C\"") : QStringLiteral("TEXT");
}

// UPDATE statements that compute the linked columns again on the rows reading `source`'s row
// `idSql`.
QStringList updatesFor(Table source, const QString &idSql, int version)
{
    QStringList statements;
    for (const Dependency &d : dependencies()) {
        if (d.source != source || d.since > version)
            continue;
        const QString name = tableName(d.dependent);
        QStringList assignments;
        for (const LinkedColumn &column : columnsAtVersion(d.dependent, version))
            assignments << QStringLiteral("%1 = %2").arg(
                column.name, valueSql(d.dependent, column.name, [&name](QLatin1String own) {
                    return name + QLatin1Char('.') + own;
                }));
        statements << QStringLiteral("UPDATE %1 SET %2 WHERE %3;")
                          .arg(name, assignments.join(QStringLiteral(", ")), QString(d.where).arg(idSql));
    }
    return statements;
}

QStringList sqliteTriggers(Table source, int version)
{
    const QString name = tableName(source);
    QStringList changed;
    for (const QString &column : watchedColumns(source))
        changed << QStringLiteral("old.%1 IS NOT new.%1").arg(column);
    const QString onNew = updatesFor(source, QStringLiteral("new.id"), version).join(QLatin1Char(' '));
    return {
        QStringLiteral("CREATE TRIGGER %1_linked_insert AFTER INSERT ON %1 BEGIN %2 END").arg(name, onNew),
        QStringLiteral("CREATE TRIGGER %1_linked_update AFTER UPDATE OF %2 ON %1 WHEN %3 BEGIN %4 END")
            .arg(name, watchedColumns(source).join(QStringLiteral(", ")),
                 changed.join(QStringLiteral(" OR ")), onNew),
        QStringLiteral("CREATE TRIGGER %1_linked_delete AFTER DELETE ON %1 BEGIN %2 END")
            .arg(name, updatesFor(source, QStringLiteral("old.id"), version).join(QLatin1Char(' '))),
    };
}

QStringList pgTriggers(Table source, int version)
{
    const QString name = tableName(source);
    const QString function = QStringLiteral("paydesk_%1_linked").arg(name);
    QStringList changed;
    for (const QString &column : watchedColumns(source))
        changed << QStringLiteral("OLD.%1 IS DISTINCT FROM NEW.%1").arg(column);
    // The id compared in the store's collation ("C"), as the columns it is compared with.
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql "
                       "SET search_path FROM CURRENT AS $body$ DECLARE source_id text COLLATE \"C\"; BEGIN "
                       "IF TG_OP = 'DELETE' THEN source_id := OLD.id; ELSE source_id := NEW.id; END IF; "
                       "%2 RETURN NULL; END $body$")
            .arg(function, updatesFor(source, QStringLiteral("source_id"), version).join(QLatin1Char(' '))),
        QStringLiteral(
            "CREATE TRIGGER %1_linked_insert AFTER INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION %2()")
            .arg(name, function),
        QStringLiteral("CREATE TRIGGER %1_linked_update AFTER UPDATE OF %2 ON %1 FOR EACH ROW WHEN (%3) "
                       "EXECUTE FUNCTION %4()")
            .arg(name, watchedColumns(source).join(QStringLiteral(", ")),
                 changed.join(QStringLiteral(" OR ")), function),
        QStringLiteral(
            "CREATE TRIGGER %1_linked_delete AFTER DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION %2()")
            .arg(name, function),
    };
}

// The order the columns are filled in: a refund's label reads its payment's.
const QList<Table> &fillOrder()
{
    static const QList<Table> order {Table::Charges, Table::Invoices,       Table::PaymentIntents,
                                     Table::Refunds, Table::PromotionCodes, Table::Products};
    return order;
}

// The columns the version added to the table.
QList<LinkedColumn> columnsAddedAt(Table table, int version)
{
    QList<LinkedColumn> columns = columnsOf(table);
    columns.removeIf([version](const LinkedColumn &c) { return c.since != version; });
    return columns;
}

// Indexes the version's triggers and sorts read besides the sorted columns' own.
QStringList indexesAddedAt(Backend backend, int version)
{
    // What the payments' trigger looks up: the orders whose latest payment it is.
    if (version == schema::linkedColumnsVersion)
        return {QStringLiteral(
            "CREATE INDEX payment_intents_by_latest_charge ON payment_intents (latest_charge)")};
    // What the prices' trigger looks up: the products whose default price it is; and each
    // currency's products by amount, as CurrencySort reads them.
    if (version == schema::defaultPriceVersion)
        return {QStringLiteral("CREATE INDEX products_by_default_price ON products (default_price)"),
                QStringLiteral("CREATE INDEX products_by_price_currency ON products (currency, %1, id)")
                    .arg(sortKey(backend, unitAmount))};
    return {};
}

} // namespace

QList<LinkedColumn> columnsOf(Table table)
{
    constexpr int v5 = schema::linkedColumnsVersion;
    switch (table) {
    case Table::Charges:
    case Table::Invoices:
        return {{table, customerLabel, true, v5}};
    case Table::Refunds:
    case Table::PaymentIntents:
        return {{table, linked, false, v5}, {table, customerLabel, true, v5}};
    case Table::PromotionCodes:
        return {{table, linked, false, v5}, {table, couponLabel, true, v5}};
    case Table::Products:
        return {{table, currency, false, schema::defaultPriceVersion},
                {table, unitAmount, true, schema::defaultPriceVersion}};
    default:
        return {};
    }
}

QList<LinkedColumn> columnsAtVersion(Table table, int schemaVersion)
{
    QList<LinkedColumn> columns = columnsOf(table);
    columns.removeIf([schemaVersion](const LinkedColumn &c) { return c.since > schemaVersion; });
    return columns;
}

bool hasCurrency(Table table, int schemaVersion)
{
    if (specOf(table).has(u"currency"))
        return true;
    const QList<LinkedColumn> columns = columnsAtVersion(table, schemaVersion);
    return std::any_of(columns.cbegin(), columns.cend(),
                       [](const LinkedColumn &c) { return c.name == currency; });
}

bool keepsText(Table table)
{
    const QList<LinkedColumn> columns = columnsOf(table);
    return std::any_of(columns.cbegin(), columns.cend(),
                       [](const LinkedColumn &c) { return c.name == linked; });
}

QList<Table> sourcesOf(Table table)
{
    return sourcesWhere([table](const Dependency &d) { return d.dependent == table; });
}

QString valueSql(Table table, QLatin1String column, const OwnColumn &own)
{
    // Each own() is asked in the order its reference appears in the text (one statement each:
    // the order of a function's arguments is unspecified), since an INSERT binds them in that order.
    QStringList refs;
    const auto ref = [&](const char *name) {
        refs << own(QLatin1String(name));
        return refs.constLast();
    };
    if (column == customerLabel) {
        switch (table) {
        case Table::Charges: { // as the Payments tab: the customer, else who the billing details name
            const QString customer = labelOfCustomer(ref("customer"));
            const QString name = ref("billing_name");
            const QString email = ref("email");
            return QStringLiteral("coalesce(%1, nullif(%2, ''), nullif(%3, ''), %4)")
                .arg(customer, name, email, ref("customer"));
        }
        case Table::Invoices: { // as the invoice names its customer, else as the customer is named
            const QString name = ref("customer_name");
            const QString email = ref("customer_email");
            const QString customer = labelOfCustomer(ref("customer"));
            return QStringLiteral("coalesce(nullif(%1, ''), nullif(%2, ''), %3, %4)")
                .arg(name, email, customer, ref("customer"));
        }
        case Table::Refunds:
            return QStringLiteral("(SELECT c.customer_label FROM charges c WHERE c.id = %1)")
                .arg(ref("charge"));
        case Table::PaymentIntents: {
            const QString customer = labelOfCustomer(ref("customer"));
            return QStringLiteral("coalesce(%1, %2)").arg(customer, ref("customer"));
        }
        default:
            return QStringLiteral("NULL");
        }
    }
    if (column == couponLabel)
        return QStringLiteral("(SELECT nullif(p.name, '') FROM coupons p WHERE p.id = %1)")
            .arg(ref("coupon"));
    if (column == currency || column == unitAmount) // a product's default price's
        return QStringLiteral("(SELECT p.%1 FROM prices p WHERE p.id = %2)")
            .arg(column, ref("default_price"));
    switch (table) {
    case Table::Refunds: {
        const QString charge = ref("charge");
        return QStringLiteral("coalesce((SELECT c.search || %2 || %3 FROM charges c WHERE c.id = %1), '')")
            .arg(charge, lineBreak, textOf(Table::Customers, QStringLiteral("c.customer")));
    }
    case Table::PaymentIntents: {
        const QString customer = textOf(Table::Customers, ref("customer"));
        return QStringLiteral("%1 || %2 || %3")
            .arg(customer, lineBreak, textOf(Table::Charges, ref("latest_charge")));
    }
    case Table::PromotionCodes: {
        const QString coupon = textOf(Table::Coupons, ref("coupon"));
        return QStringLiteral("%1 || %2 || %3")
            .arg(coupon, lineBreak, textOf(Table::Customers, ref("customer")));
    }
    default:
        return QStringLiteral("''");
    }
}

QStringList searchedColumns(Table table, int schemaVersion)
{
    if (schemaVersion >= schema::linkedColumnsVersion && keepsText(table))
        return {QStringLiteral("search"), linked};
    return {QStringLiteral("search")};
}

QStringList schemaStatements(Backend backend, bool trigramIndexes, int version)
{
    const bool postgres = backend == Backend::Postgres;
    QList<Table> tables; // those the version adds columns to, in the order they are filled
    for (const Table table : fillOrder())
        if (!columnsAddedAt(table, version).isEmpty())
            tables.append(table);
    const auto addsText = [version](Table table) {
        const QList<LinkedColumn> added = columnsAddedAt(table, version);
        return std::any_of(added.cbegin(), added.cend(),
                           [](const LinkedColumn &c) { return c.name == linked; });
    };
    const QList<Table> sources = sourcesAddedAt(version);
    QStringList statements;
    // No other desk writes a row these read between their filling and their triggers.
    if (postgres) {
        QStringList names;
        for (const Table source : sources)
            names << tableName(source);
        statements << QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE")
                          .arg(names.join(QStringLiteral(", ")));
    } else {
        for (const Table table : std::as_const(tables))
            if (addsText(table))
                statements << schema::dropFullTextIndex(table);
    }
    for (const Table table : std::as_const(tables)) {
        const QString name = tableName(table);
        for (const LinkedColumn &column : columnsAddedAt(table, version)) {
            statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                              .arg(name, column.name, columnType(backend, column.name));
            if (column.sortable)
                statements << QStringLiteral("CREATE INDEX %1_%2 ON %1 (%3, id)")
                                  .arg(name, column.name, sortKey(backend, column.name));
        }
    }
    statements << indexesAddedAt(backend, version);
    for (const Table table : std::as_const(tables)) {
        const QString name = tableName(table);
        QStringList assignments;
        for (const LinkedColumn &column : columnsAddedAt(table, version))
            assignments << QStringLiteral("%1 = %2").arg(
                column.name, valueSql(table, column.name, [&name](QLatin1String own) {
                    return name + QLatin1Char('.') + own;
                }));
        statements << QStringLiteral("UPDATE %1 SET %2").arg(name, assignments.join(QStringLiteral(", ")));
        if (addsText(table)) {
            if (!postgres)
                statements << schema::fullTextIndex(table, searchedColumns(table, version));
            else if (trigramIndexes)
                statements << QStringLiteral("CREATE INDEX %1_linked ON %1 USING gin (linked gin_trgm_ops)")
                                  .arg(name);
        }
    }
    for (const Table source : sources)
        statements << (postgres ? pgTriggers(source, version) : sqliteTriggers(source, version));
    // Statistics for the new indexes: without them SQLite's planner takes any index for a very
    // selective one.
    if (!postgres)
        for (const Table table : std::as_const(tables))
            statements << QStringLiteral("ANALYZE %1").arg(tableName(table));
    return statements;
}

} // namespace mirror::linkedColumns
