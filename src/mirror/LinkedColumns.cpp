#include "src/mirror/LinkedColumns.h"

#include "src/mirror/Schema.h"

namespace mirror::linkedColumns {

namespace {

const QLatin1String linked("linked");
const QLatin1String customerLabel("customer_label");
const QLatin1String couponLabel("coupon_label");

// Rows of `dependent` that read a row of `source`; %1 is the source row's id.
struct Dependency
{
    Table dependent;
    Table source;
    QLatin1String where;
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
    };
    return list;
}

// The source columns whose change can change what the rows reading it keep.
QStringList watchedColumns(Table source)
{
    if (source == Table::Charges)
        return {QStringLiteral("search"), QStringLiteral("customer"), customerLabel};
    return {QStringLiteral("search")}; // a customer's name and email, a coupon's name, are in it
}

QList<Table> sources()
{
    return {Table::Customers, Table::Charges, Table::Coupons};
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
    // Folded words, compared byte by byte on both stores (as Schema's Words columns).
    return backend == Backend::Postgres ? QStringLiteral("TEXT COLLATE \"C\"") : QStringLiteral("TEXT");
}

// UPDATE statements that compute the linked columns again on the rows reading `source`'s row
// `idSql`.
QStringList updatesFor(Table source, const QString &idSql)
{
    QStringList statements;
    for (const Dependency &d : dependencies()) {
        if (d.source != source)
            continue;
        const QString name = tableName(d.dependent);
        QStringList assignments;
        for (const LinkedColumn &column : columnsOf(d.dependent))
            assignments << QStringLiteral("%1 = %2").arg(
                column.name, valueSql(d.dependent, column.name, [&name](QLatin1String own) {
                    return name + QLatin1Char('.') + own;
                }));
        statements << QStringLiteral("UPDATE %1 SET %2 WHERE %3;")
                          .arg(name, assignments.join(QStringLiteral(", ")), QString(d.where).arg(idSql));
    }
    return statements;
}

QStringList sqliteTriggers(Table source)
{
    const QString name = tableName(source);
    QStringList changed;
    for (const QString &column : watchedColumns(source))
        changed << QStringLiteral("old.%1 IS NOT new.%1").arg(column);
    const QString onNew = updatesFor(source, QStringLiteral("new.id")).join(QLatin1Char(' '));
    return {
        QStringLiteral("CREATE TRIGGER %1_linked_insert AFTER INSERT ON %1 BEGIN %2 END").arg(name, onNew),
        QStringLiteral("CREATE TRIGGER %1_linked_update AFTER UPDATE OF %2 ON %1 WHEN %3 BEGIN %4 END")
            .arg(name, watchedColumns(source).join(QStringLiteral(", ")),
                 changed.join(QStringLiteral(" OR ")), onNew),
        QStringLiteral("CREATE TRIGGER %1_linked_delete AFTER DELETE ON %1 BEGIN %2 END")
            .arg(name, updatesFor(source, QStringLiteral("old.id")).join(QLatin1Char(' '))),
    };
}

QStringList pgTriggers(Table source)
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
            .arg(function, updatesFor(source, QStringLiteral("source_id")).join(QLatin1Char(' '))),
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
    static const QList<Table> order {Table::Charges, Table::Invoices, Table::PaymentIntents, Table::Refunds,
                                     Table::PromotionCodes};
    return order;
}

} // namespace

QList<LinkedColumn> columnsOf(Table table)
{
    switch (table) {
    case Table::Charges:
    case Table::Invoices:
        return {{table, customerLabel, true}};
    case Table::Refunds:
    case Table::PaymentIntents:
        return {{table, linked, false}, {table, customerLabel, true}};
    case Table::PromotionCodes:
        return {{table, linked, false}, {table, couponLabel, true}};
    default:
        return {};
    }
}

bool keepsText(Table table)
{
    const QList<LinkedColumn> columns = columnsOf(table);
    return std::any_of(columns.cbegin(), columns.cend(),
                       [](const LinkedColumn &c) { return c.name == linked; });
}

QList<Table> sourcesOf(Table table)
{
    QList<Table> tables;
    for (const Dependency &d : dependencies())
        if (d.dependent == table && !tables.contains(d.source))
            tables.append(d.source);
    return tables;
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

QStringList schemaStatements(Backend backend, bool trigramIndexes)
{
    const bool postgres = backend == Backend::Postgres;
    QStringList statements;
    // No other desk writes a row these read between their filling and their triggers.
    if (postgres)
        statements << QStringLiteral("LOCK TABLE customers, charges, coupons IN SHARE ROW EXCLUSIVE MODE");
    else
        for (const Table table : fillOrder())
            if (keepsText(table))
                statements << schema::dropFullTextIndex(table);
    for (const Table table : fillOrder()) {
        const QString name = tableName(table);
        for (const LinkedColumn &column : columnsOf(table)) {
            statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                              .arg(name, column.name, columnType(backend, column.name));
            if (column.sortable)
                statements << QStringLiteral("CREATE INDEX %1_%2 ON %1 (%3, id)")
                                  .arg(name, column.name, sortKey(backend, column.name));
        }
    }
    // What the payments' trigger looks up: the orders whose latest payment it is.
    statements << QStringLiteral(
        "CREATE INDEX payment_intents_by_latest_charge ON payment_intents (latest_charge)");
    for (const Table table : fillOrder()) {
        const QString name = tableName(table);
        QStringList assignments;
        for (const LinkedColumn &column : columnsOf(table))
            assignments << QStringLiteral("%1 = %2").arg(
                column.name, valueSql(table, column.name, [&name](QLatin1String own) {
                    return name + QLatin1Char('.') + own;
                }));
        statements << QStringLiteral("UPDATE %1 SET %2").arg(name, assignments.join(QStringLiteral(", ")));
        if (keepsText(table)) {
            if (!postgres)
                statements << schema::fullTextIndex(table,
                                                    searchedColumns(table, schema::linkedColumnsVersion));
            else if (trigramIndexes)
                statements << QStringLiteral("CREATE INDEX %1_linked ON %1 USING gin (linked gin_trgm_ops)")
                                  .arg(name);
        }
    }
    for (const Table source : sources())
        statements << (postgres ? pgTriggers(source) : sqliteTriggers(source));
    // Statistics for the new indexes: without them SQLite's planner takes any index for a very
    // selective one.
    if (!postgres)
        for (const Table table : fillOrder())
            statements << QStringLiteral("ANALYZE %1").arg(tableName(table));
    return statements;
}

} // namespace mirror::linkedColumns
