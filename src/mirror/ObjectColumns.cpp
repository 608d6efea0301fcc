#include "src/mirror/ObjectColumns.h"

#include "src/mirror/Schema.h"
#include "src/objects/InvoiceRules.h"
#include "src/objects/Json.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace mirror {

namespace json = objects::json;

namespace {

QVariant nothing(QMetaType type)
{
    return QVariant(type);
}

QVariant id(const QJsonObject &object, QStringView path)
{
    const QString value = json::id(object, path);
    return value.isEmpty() ? nothing(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant words(const QString &value)
{
    return value.isEmpty() ? nothing(QMetaType::fromType<QString>()) : QVariant(value.toCaseFolded());
}

QVariant words(const QJsonObject &object, QStringView path)
{
    return words(json::string(object, path));
}

QVariant integer(const QJsonObject &object, QStringView path)
{
    const auto value = json::integer(object, path);
    return value ? QVariant(*value) : nothing(QMetaType::fromType<qint64>());
}

QVariant flag(bool value, const char *yes, const char *no)
{
    return QString::fromLatin1(value ? yes : no);
}

// A yes or no the tabs filter by, as 1 or 0; NULL when the object does not say.
QVariant yesNo(const QJsonObject &object, QStringView path)
{
    const QJsonValue value = json::at(object, path);
    return value.isBool() ? QVariant(qint64(value.toBool() ? 1 : 0)) : nothing(QMetaType::fromType<qint64>());
}

// Paydesk's orders are the payment intents it created, marked paydesk_order=1 (OrdersTab).
QVariant isPaydeskOrder(const QJsonObject &intent)
{
    return qint64(json::string(intent, u"metadata.paydesk_order") == QLatin1String("1") ? 1 : 0);
}

QVariant chargeStatus(const QJsonObject &charge)
{
    // What the Payments tab shows: a refund only shows through refunded / amount_refunded.
    const QString status = json::string(charge, u"status");
    if (status == QLatin1String("succeeded")) {
        if (json::boolean(charge, u"refunded"))
            return QStringLiteral("refunded");
        if (json::integer(charge, u"amount_refunded").value_or(0) > 0)
            return QStringLiteral("partially_refunded");
    }
    return status.isEmpty() ? nothing(QMetaType::fromType<QString>()) : QVariant(status);
}

QString emailOfCharge(const QJsonObject &charge)
{
    const QString billing = json::string(charge, u"billing_details.email");
    return billing.isEmpty() ? json::string(charge, u"receipt_email") : billing;
}

// clang-format off
#define COLUMN(name, type, expression) \
    ColumnSpec { QLatin1String(name), ColumnType::type, [](const QJsonObject &o) -> QVariant { return expression; } }
#define SORTED(name, type, expression) \
    ColumnSpec { QLatin1String(name), ColumnType::type, [](const QJsonObject &o) -> QVariant { return expression; }, true }
// A column added by a later schema version (filtered by, indexed with created).
#define ADDED(version, name, type, expression) \
    ColumnSpec { QLatin1String(name), ColumnType::type, [](const QJsonObject &o) -> QVariant { return expression; }, false, version }

QList<TableSpec> makeSpecs()
{
    return {
        {Table::Customers,
         {SORTED("name", Words, words(o, u"name")),
          SORTED("email", Words, words(o, u"email")),
          COLUMN("phone", Words, words(o, u"phone")),
          COLUMN("description", Words, words(o, u"description")),
          COLUMN("currency", Id, id(o, u"currency")),
          SORTED("balance", Integer, integer(o, u"balance")),
          COLUMN("status", Id, flag(json::boolean(o, u"delinquent"), "delinquent", "current")),
          COLUMN("default_payment_method", Id, id(o, u"invoice_settings.default_payment_method"))},
         QLatin1String("balance"), {QLatin1String("balance")}, {}},
        {Table::Invoices,
         {COLUMN("customer", Id, id(o, u"customer")),
          SORTED("customer_name", Words, words(o, u"customer_name")),
          SORTED("customer_email", Words, words(o, u"customer_email")),
          SORTED("number", Words, words(o, u"number")),
          SORTED("status", Id, id(o, u"status")),
          COLUMN("currency", Id, id(o, u"currency")),
          SORTED("total", Integer, integer(o, u"total")),
          SORTED("amount_due", Integer, integer(o, u"amount_due")),
          SORTED("amount_paid", Integer, integer(o, u"amount_paid")),
          SORTED("amount_remaining", Integer, integer(o, u"amount_remaining")),
          SORTED("due_date", Integer, integer(o, u"due_date")),
          SORTED("due_at", Integer, objects::invoices::paymentDue(o)),
          COLUMN("paid_at", Integer, integer(o, u"status_transitions.paid_at")),
          COLUMN("collection_method", Id, id(o, u"collection_method")),
          COLUMN("description", Words, words(o, u"description"))},
         QLatin1String("amount_due"),
         {QLatin1String("total"), QLatin1String("amount_due"), QLatin1String("amount_paid"),
          QLatin1String("amount_remaining")},
         {}},
        {Table::InvoiceLines,
         {COLUMN("invoice", Id, id(o, u"invoice")),
          ColumnSpec {QLatin1String("position"), ColumnType::Integer, nullptr, true},
          COLUMN("currency", Id, id(o, u"currency")),
          SORTED("amount", Integer, integer(o, u"amount")),
          COLUMN("quantity", Integer, integer(o, u"quantity")),
          COLUMN("price", Id, id(o, u"pricing.price_details.price")),
          COLUMN("description", Words, words(o, u"description"))},
         QLatin1String("amount"), {QLatin1String("amount")}, QLatin1String("invoice")},
        {Table::InvoiceItems,
         {COLUMN("customer", Id, id(o, u"customer")),
          COLUMN("invoice", Id, id(o, u"invoice")),
          COLUMN("status", Id, flag(json::id(o, u"invoice").isEmpty(), "pending", "invoiced")),
          COLUMN("currency", Id, id(o, u"currency")),
          SORTED("amount", Integer, integer(o, u"amount")),
          SORTED("description", Words, words(o, u"description"))},
         QLatin1String("amount"), {QLatin1String("amount")}, QLatin1String("invoice")},
        {Table::Charges,
         {COLUMN("customer", Id, id(o, u"customer")),
          COLUMN("payment_intent", Id, id(o, u"payment_intent")),
          COLUMN("payment_method", Id, id(o, u"payment_method")),
          SORTED("status", Id, chargeStatus(o)),
          COLUMN("currency", Id, id(o, u"currency")),
          SORTED("amount", Integer, integer(o, u"amount")),
          COLUMN("amount_captured", Integer, integer(o, u"amount_captured")),
          SORTED("amount_refunded", Integer, integer(o, u"amount_refunded")),
          SORTED("email", Words, words(emailOfCharge(o))),
          SORTED("billing_name", Words, words(o, u"billing_details.name")),
          COLUMN("card_brand", Id, id(o, u"payment_method_details.card.brand")),
          SORTED("card_last4", Id, id(o, u"payment_method_details.card.last4")),
          COLUMN("failure_code", Id, id(o, u"failure_code")),
          COLUMN("description", Words, words(o, u"description")),
          // The Payments tab's Disputed and Uncaptured, which its status column cannot say: a
          // refunded payment can be disputed, and a released authorisation is refunded.
          ADDED(schema::paymentFlagsVersion, "disputed", Integer, yesNo(o, u"disputed")),
          ADDED(schema::paymentFlagsVersion, "captured", Integer, yesNo(o, u"captured"))},
         QLatin1String("amount"), {QLatin1String("amount"), QLatin1String("amount_refunded")},
         QLatin1String("payment_intent")},
        {Table::Refunds,
         {COLUMN("charge", Id, id(o, u"charge")),
          COLUMN("payment_intent", Id, id(o, u"payment_intent")),
          SORTED("status", Id, id(o, u"status")),
          SORTED("reason", Id, id(o, u"reason")),
          COLUMN("currency", Id, id(o, u"currency")),
          SORTED("amount", Integer, integer(o, u"amount")),
          COLUMN("description", Words, words(o, u"description"))},
         QLatin1String("amount"), {QLatin1String("amount")}, QLatin1String("charge")},
        {Table::PaymentIntents,
         {COLUMN("customer", Id, id(o, u"customer")),
          SORTED("status", Id, id(o, u"status")),
          COLUMN("currency", Id, id(o, u"currency")),
          SORTED("amount", Integer, integer(o, u"amount")),
          SORTED("amount_received", Integer, integer(o, u"amount_received")),
          COLUMN("latest_charge", Id, id(o, u"latest_charge")),
          COLUMN("payment_method", Id, id(o, u"payment_method")),
          COLUMN("setup_future_usage", Id, id(o, u"setup_future_usage")),
          SORTED("description", Words, words(o, u"description")),
          ADDED(schema::paymentFlagsVersion, "paydesk_order", Integer, isPaydeskOrder(o))},
         QLatin1String("amount"), {QLatin1String("amount"), QLatin1String("amount_received")}, {}},
        {Table::Products,
         {SORTED("name", Words, words(o, u"name")),
          SORTED("status", Id, flag(json::boolean(o, u"active"), "active", "inactive")),
          COLUMN("default_price", Id, id(o, u"default_price")),
          COLUMN("description", Words, words(o, u"description")),
          COLUMN("updated", Integer, integer(o, u"updated"))},
         {}, {}, {}},
        {Table::Prices,
         {COLUMN("product", Id, id(o, u"product")),
          SORTED("status", Id, flag(json::boolean(o, u"active"), "active", "inactive")),
          COLUMN("currency", Id, id(o, u"currency")),
          SORTED("unit_amount", Integer, integer(o, u"unit_amount")),
          SORTED("nickname", Words, words(o, u"nickname")),
          COLUMN("lookup_key", Words, words(o, u"lookup_key")),
          COLUMN("type", Id, id(o, u"type")),
          COLUMN("interval", Id, id(o, u"recurring.interval"))},
         QLatin1String("unit_amount"), {}, QLatin1String("product")},
        {Table::Coupons,
         {SORTED("name", Words, words(o, u"name")),
          SORTED("status", Id, flag(json::boolean(o, u"valid"), "valid", "invalid")),
          COLUMN("currency", Id, id(o, u"currency")),
          SORTED("amount_off", Integer, integer(o, u"amount_off")),
          COLUMN("percent_off", Real,
                 json::at(o, u"percent_off").isDouble() ? QVariant(json::at(o, u"percent_off").toDouble())
                                                         : nothing(QMetaType::fromType<double>())),
          COLUMN("duration", Id, id(o, u"duration")),
          SORTED("times_redeemed", Integer, integer(o, u"times_redeemed")),
          COLUMN("redeem_by", Integer, integer(o, u"redeem_by"))},
         QLatin1String("amount_off"), {}, {}},
        {Table::PromotionCodes,
         {SORTED("code", Words, words(o, u"code")),
          COLUMN("coupon", Id,
                 json::id(o, u"promotion.coupon").isEmpty() ? id(o, u"coupon") : id(o, u"promotion.coupon")),
          COLUMN("customer", Id, id(o, u"customer")),
          SORTED("status", Id, flag(json::boolean(o, u"active"), "active", "inactive")),
          SORTED("expires_at", Integer, integer(o, u"expires_at")),
          SORTED("times_redeemed", Integer, integer(o, u"times_redeemed")),
          COLUMN("max_redemptions", Integer, integer(o, u"max_redemptions"))},
         {}, {}, QLatin1String("coupon")},
        {Table::PaymentMethods,
         {COLUMN("customer", Id, id(o, u"customer")),
          COLUMN("type", Id, id(o, u"type")),
          SORTED("card_brand", Id, id(o, u"card.brand")),
          SORTED("card_last4", Id, id(o, u"card.last4")),
          COLUMN("exp_year", Integer, integer(o, u"card.exp_year")),
          COLUMN("exp_month", Integer, integer(o, u"card.exp_month")),
          COLUMN("name", Words, words(o, u"billing_details.name")),
          COLUMN("email", Words, words(o, u"billing_details.email"))},
         {}, {}, {}},
    };
}
#undef COLUMN
#undef SORTED
#undef ADDED
// clang-format on

void addMetadataValues(const QJsonObject &object, QStringList &parts)
{
    const QJsonObject metadata = json::object(object, u"metadata");
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        if (it.value().isString())
            parts.append(it.value().toString());
}

QStringList searchParts(Table table, const QJsonObject &o)
{
    QStringList parts {json::string(o, u"id"), json::string(o, u"description")};
    addMetadataValues(o, parts);
    switch (table) {
    case Table::Customers:
        parts << json::string(o, u"name") << json::string(o, u"email") << json::string(o, u"phone");
        break;
    case Table::Invoices:
        parts << json::string(o, u"number") << json::id(o, u"customer") << json::string(o, u"customer_name")
              << json::string(o, u"customer_email");
        break;
    case Table::InvoiceLines:
        parts << json::id(o, u"invoice");
        break;
    case Table::InvoiceItems:
        parts << json::id(o, u"customer") << json::id(o, u"invoice");
        break;
    case Table::Charges:
        parts << json::id(o, u"customer") << json::id(o, u"payment_intent") << emailOfCharge(o)
              << json::string(o, u"billing_details.name")
              << json::string(o, u"payment_method_details.card.last4") << json::string(o, u"receipt_number");
        break;
    case Table::Refunds:
        parts << json::id(o, u"charge") << json::id(o, u"payment_intent");
        break;
    case Table::PaymentIntents:
        parts << json::id(o, u"customer") << json::id(o, u"latest_charge")
              << json::string(o, u"receipt_email");
        break;
    case Table::Products:
        parts << json::string(o, u"name");
        break;
    case Table::Prices:
        parts << json::string(o, u"nickname") << json::string(o, u"lookup_key") << json::id(o, u"product");
        break;
    case Table::Coupons:
        parts << json::string(o, u"name");
        break;
    case Table::PromotionCodes:
        parts << json::string(o, u"code") << json::id(o, u"customer") << json::id(o, u"promotion.coupon");
        break;
    case Table::PaymentMethods:
        parts << json::id(o, u"customer") << json::string(o, u"card.last4") << json::string(o, u"card.brand")
              << json::string(o, u"billing_details.name") << json::string(o, u"billing_details.email");
        break;
    }
    return parts;
}

} // namespace

bool TableSpec::has(QStringView name) const
{
    return column(name) != nullptr;
}

const ColumnSpec *TableSpec::column(QStringView name) const
{
    for (const ColumnSpec &spec : columns)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

const TableSpec &specOf(Table table)
{
    static const QList<TableSpec> specs = makeSpecs();
    for (const TableSpec &spec : specs)
        if (spec.table == table)
            return spec;
    return specs.first();
}

QList<ColumnSpec> columnsAt(Table table, int schemaVersion)
{
    QList<ColumnSpec> columns;
    for (const ColumnSpec &column : specOf(table).columns)
        if (column.since <= schemaVersion)
            columns.append(column);
    return columns;
}

qint64 createdOf(Table table, const QJsonObject &object)
{
    if (table == Table::InvoiceItems)
        return json::integer(object, u"date").value_or(0);
    return json::integer(object, u"created").value_or(0);
}

QString searchTextOf(Table table, const QJsonObject &object)
{
    QStringList parts = searchParts(table, object);
    parts.removeAll(QString());
    parts.removeDuplicates();
    // One part per line: a word typed in the search box never spans two fields, since terms
    // are split at white space.
    for (QString &part : parts)
        part = part.simplified().toCaseFolded();
    return parts.join(QLatin1Char('\n'));
}

QStringList searchTerms(const QString &text)
{
    static const QRegularExpression token(QStringLiteral(R"("([^"]*)\"?|(\S+))"));
    QStringList terms;
    auto matches = token.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QString term = (match.capturedLength(1) > 0 ? match.captured(1) : match.captured(2))
                                 .simplified()
                                 .toCaseFolded();
        if (!term.isEmpty() && !terms.contains(term))
            terms.append(term);
    }
    return terms;
}

} // namespace mirror
