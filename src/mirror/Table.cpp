#include "mirror/Table.h"

namespace mirror {

namespace {

struct TableInfo
{
    Table table;
    const char *name;
    const char *object; // Stripe's "object" value
    const char *path; // list endpoint
    records::Kind kind;
};

// clang-format off
constexpr TableInfo tables[] = {
    {Table::Customers,      "customers",       "customer",          "/v1/customers",       records::Kind::Customer},
    {Table::Invoices,       "invoices",        "invoice",           "/v1/invoices",        records::Kind::Invoice},
    {Table::Charges,        "charges",         "charge",            "/v1/charges",         records::Kind::Payment},
    {Table::PaymentIntents, "payment_intents", "payment_intent",    "/v1/payment_intents", records::Kind::PaymentIntent},
    {Table::Refunds,        "refunds",         "refund",            "/v1/refunds",         records::Kind::Refund},
    {Table::InvoiceItems,   "invoice_items",   "invoiceitem",       "/v1/invoiceitems",    records::Kind::InvoiceItem},
    {Table::Products,       "products",        "product",           "/v1/products",        records::Kind::Product},
    {Table::Prices,         "prices",          "price",             "/v1/prices",          records::Kind::Price},
    {Table::Coupons,        "coupons",         "coupon",            "/v1/coupons",         records::Kind::Coupon},
    {Table::PromotionCodes, "promotion_codes", "promotion_code",    "/v1/promotion_codes", records::Kind::PromotionCode},
    {Table::InvoiceLines,   "invoice_lines",   "line_item",         "",                    records::Kind::InvoiceLine},
    {Table::PaymentMethods, "payment_methods", "payment_method",    "",                    records::Kind::PaymentMethod},
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

std::optional<Table> tableFor(records::Kind kind)
{
    if (kind == records::Kind::Order)
        return Table::PaymentIntents;
    for (const TableInfo &entry : tables)
        if (entry.kind == kind)
            return entry.table;
    return std::nullopt;
}

records::Kind kindOf(Table table)
{
    return info(table).kind;
}

QList<records::Kind> kindsOf(const QSet<Table> &chosen)
{
    QList<records::Kind> kinds;
    for (const Table table : chosen) {
        kinds << kindOf(table);
        if (table == Table::PaymentIntents)
            kinds << records::Kind::Order;
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
