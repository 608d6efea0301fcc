#include "src/mirror/Table.h"

namespace mirror {

namespace {

struct TableInfo
{
    Table table;
    const char *name;
    const char *object; // Stripe's "object" value
    const char *path; // list endpoint
    objects::Kind kind;
};

// clang-format off
constexpr TableInfo tables[] = {
    {Table::Customers,      "customers",       "customer",          "/v1/customers",       objects::Kind::Customer},
    {Table::Invoices,       "invoices",        "invoice",           "/v1/invoices",        objects::Kind::Invoice},
    {Table::Charges,        "charges",         "charge",            "/v1/charges",         objects::Kind::Payment},
    {Table::PaymentIntents, "payment_intents", "payment_intent",    "/v1/payment_intents", objects::Kind::PaymentIntent},
    {Table::Refunds,        "refunds",         "refund",            "/v1/refunds",         objects::Kind::Refund},
    {Table::InvoiceItems,   "invoice_items",   "invoiceitem",       "/v1/invoiceitems",    objects::Kind::InvoiceItem},
    {Table::Products,       "products",        "product",           "/v1/products",        objects::Kind::Product},
    {Table::Prices,         "prices",          "price",             "/v1/prices",          objects::Kind::Price},
    {Table::Coupons,        "coupons",         "coupon",            "/v1/coupons",         objects::Kind::Coupon},
    {Table::PromotionCodes, "promotion_codes", "promotion_code",    "/v1/promotion_codes", objects::Kind::PromotionCode},
    {Table::InvoiceLines,   "invoice_lines",   "line_item",         "",                    objects::Kind::InvoiceLine},
    {Table::PaymentMethods, "payment_methods", "payment_method",    "",                    objects::Kind::PaymentMethod},
};
// clang-format on

const TableInfo &info(Table table)
{
    for (const TableInfo &entry : tables)
        if (entry.table == table)
            return entry;
    return tables[0];
}

} // namespace

const QList<Table> &allTables()
{
    static const QList<Table> all = [] {
        QList<Table> list;
        for (const TableInfo &entry : tables)
            list.append(entry.table);
        return list;
    }();
    return all;
}

const QList<Table> &listedTables()
{
    static const QList<Table> listed = [] {
        QList<Table> list;
        for (const TableInfo &entry : tables)
            if (*entry.path)
                list.append(entry.table);
        return list;
    }();
    return listed;
}

QString tableName(Table table)
{
    return QLatin1String(info(table).name);
}

QString listPath(Table table)
{
    return QLatin1String(info(table).path);
}

std::optional<Table> tableFor(objects::Kind kind)
{
    if (kind == objects::Kind::Order)
        return Table::PaymentIntents;
    for (const TableInfo &entry : tables)
        if (entry.kind == kind)
            return entry.table;
    return std::nullopt;
}

objects::Kind kindOf(Table table)
{
    return info(table).kind;
}

QList<objects::Kind> kindsOf(const QSet<Table> &chosen)
{
    QList<objects::Kind> kinds;
    for (const Table table : chosen) {
        kinds << kindOf(table);
        if (table == Table::PaymentIntents)
            kinds << objects::Kind::Order;
    }
    return kinds;
}

std::optional<Table> tableForObject(QStringView stripeObject)
{
    for (const TableInfo &entry : tables)
        if (stripeObject == QLatin1String(entry.object))
            return entry.table;
    return std::nullopt;
}

} // namespace mirror
