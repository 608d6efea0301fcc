#include "records/Details.h"

#include "records/Format.h"
#include "records/Json.h"
#include "records/Status.h"
#include "records/Titles.h"
#include "stripe/ApiPath.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace records {

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(records::Details)
};

// An order's items as product names and quantities: the description Paydesk wrote ("2 × T-shirt,
// 1 × Mug"); when it is gone, the lines of paydesk_items ("price_…x2;…") with their quantities.
QString orderItems(const QJsonObject &object)
{
    if (const QString description = json::string(object, u"description"); !description.isEmpty())
        return description;
    QStringList lines;
    for (const QString &line :
         json::string(object, u"metadata.paydesk_items").split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype times = line.lastIndexOf(QLatin1Char('x'));
        lines << (times > 0 ? QStringLiteral("%1 × %2").arg(line.mid(times + 1), line.left(times)) : line);
    }
    return lines.join(QStringLiteral(", "));
}

class Fields
{
public:
    explicit Fields(const QJsonObject &object)
        : m_object(object)
    { }

    Fields &text(const QString &label, const QString &value)
    {
        if (!value.isEmpty())
            m_fields.append({label, value, std::nullopt, {}});
        return *this;
    }
    Fields &field(const QString &label, QStringView path)
    {
        return text(label, json::string(m_object, path));
    }
    Fields &money(const QString &label, QStringView amountPath, QStringView currencyPath = u"currency")
    {
        return text(label, format::money(m_object, amountPath, currencyPath));
    }
    Fields &date(const QString &label, QStringView path)
    {
        return text(label, format::dateTime(m_object, path));
    }
    // A link names what it leads to when the object was expanded into this one ("Jane Doe"),
    // else with `name` when given (an invoice's customer_name), else by its id.
    Fields &link(const QString &label, QStringView path, Kind kind, const QString &name = {})
    {
        const QString id = json::id(m_object, path);
        if (id.isEmpty())
            return *this;
        const QJsonObject expanded = json::expanded(m_object, path);
        QString shown = expanded.isEmpty() ? name : titles::linkText(kind, expanded);
        if (shown.isEmpty())
            shown = id;
        m_fields.append({label, shown, kind, id});
        return *this;
    }
    // Paydesk's own keys said in words (the raw keys stay in the Raw JSON); the rest as they are.
    Fields &metadata(Kind kind)
    {
        const QJsonObject metadata = json::object(m_object, u"metadata");
        const auto paydesk
            = [&metadata](const char *key) { return metadata.value(QLatin1String(key)).toString(); };
        if (const QString note = paydesk("paydesk_note"); !note.isEmpty())
            text(Text::tr("Refund note"), note);
        const QString items = paydesk("paydesk_items");
        // An order's own pane lists its items already; its payment says what it paid for.
        if (!items.isEmpty() && kind != Kind::Order && kind != Kind::PaymentIntent)
            text(Text::tr("Order items"), orderItems(m_object));
        if (!paydesk("paydesk_intent").isEmpty() || paydesk("paydesk_order") == QLatin1String("1"))
            text(Text::tr("Origin"), Text::tr("Made with Paydesk"));
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            if (!it.key().startsWith(QLatin1String("paydesk_")))
                text(Text::tr("Metadata: %1").arg(it.key()), it.value().toString());
        return *this;
    }
    QList<DetailField> take() { return std::move(m_fields); }

private:
    QJsonObject m_object;
    QList<DetailField> m_fields;
};

ListQuery listOf(const QString &path, const stripe::Params &params, const QString &emptyText)
{
    ListQuery query;
    query.path = path;
    query.params = params;
    query.emptyText = emptyText;
    return query;
}

} // namespace

QList<DetailField> detailFieldsFor(Kind kind, const QJsonObject &o)
{
    Fields f(o);
    f.field(Text::tr("ID"), u"id");
    switch (kind) {
    case Kind::Customer:
        f.field(Text::tr("Name"), u"name")
            .field(Text::tr("Email"), u"email")
            .field(Text::tr("Phone"), u"phone");
        f.field(Text::tr("Description"), u"description")
            .text(Text::tr("Balance"), format::customerBalance(o))
            .date(Text::tr("Created"), u"created");
        if (json::boolean(o, u"delinquent"))
            f.text(Text::tr("Delinquent"), Text::tr("Yes — the latest invoice payment failed"));
        break;
    case Kind::Invoice:
        f.field(Text::tr("Number"), u"number").text(Text::tr("Status"), invoiceStatus(o).text);
        f.field(Text::tr("Description"), u"description");
        f.link(Text::tr("Customer"), u"customer", Kind::Customer, format::customerOfInvoice(o))
            .field(Text::tr("Customer email"), u"customer_email");
        f.money(Text::tr("Total"), u"total")
            .money(Text::tr("Amount due"), u"amount_due")
            .money(Text::tr("Amount paid"), u"amount_paid");
        f.money(Text::tr("Amount remaining"), u"amount_remaining")
            .date(Text::tr("Due"), u"due_date")
            .date(Text::tr("Created"), u"created");
        f.text(Text::tr("Collection"), format::words(json::string(o, u"collection_method")));
        f.field(Text::tr("Hosted invoice page"), u"hosted_invoice_url");
        break;
    case Kind::Order:
    case Kind::PaymentIntent:
        f.text(Text::tr("Status"), orderStatus(o).text)
            .money(Text::tr("Total"), u"amount")
            .text(Text::tr("Items"), orderItems(o));
        f.link(Text::tr("Customer"), u"customer", Kind::Customer)
            .link(Text::tr("Payment"), u"latest_charge", Kind::Payment);
        f.link(Text::tr("Payment method"), u"payment_method", Kind::PaymentMethod);
        f.field(Text::tr("Last error"), u"last_payment_error.message").date(Text::tr("Created"), u"created");
        break;
    case Kind::Payment:
        f.money(Text::tr("Amount"), u"amount")
            .money(Text::tr("Refunded"), u"amount_refunded")
            .text(Text::tr("Status"), paymentStatus(o).text);
        f.text(Text::tr("Card"), format::cardOfPayment(o));
        if (json::id(o, u"customer").isEmpty())
            f.text(Text::tr("Customer"), format::customerOfPayment(o)); // a guest: the name on the card
        else
            f.link(Text::tr("Customer"), u"customer", Kind::Customer, format::customerOfPayment(o));
        f.link(Text::tr("Payment intent"), u"payment_intent", Kind::PaymentIntent);
        f.field(Text::tr("Description"), u"description").field(Text::tr("Failure"), u"failure_message");
        f.date(Text::tr("Created"), u"created").field(Text::tr("Receipt"), u"receipt_url");
        break;
    case Kind::Refund:
        f.money(Text::tr("Amount"), u"amount").text(Text::tr("Status"), refundStatus(o).text);
        f.text(Text::tr("Reason"), format::words(json::string(o, u"reason")))
            .link(Text::tr("Payment"), u"charge", Kind::Payment);
        f.link(Text::tr("Customer"), u"charge.customer", Kind::Customer);
        f.field(Text::tr("Failure"), u"failure_reason").date(Text::tr("Created"), u"created");
        break;
    case Kind::PromotionCode: {
        const QJsonObject coupon = json::expanded(o, u"promotion.coupon");
        f.field(Text::tr("Code"), u"code")
            .text(Text::tr("Status"), promotionCodeStatus(o, QDateTime::currentSecsSinceEpoch()).text);
        f.link(Text::tr("Coupon"), u"promotion.coupon", Kind::Coupon)
            .text(Text::tr("Discount"), format::couponDiscount(coupon));
        f.text(Text::tr("Times redeemed"), QString::number(json::integer(o, u"times_redeemed").value_or(0)));
        if (const auto max = json::integer(o, u"max_redemptions"))
            f.text(Text::tr("Max redemptions"), QString::number(*max));
        f.date(Text::tr("Expires"), u"expires_at")
            .link(Text::tr("Only for customer"), u"customer", Kind::Customer);
        if (json::boolean(o, u"restrictions.first_time_transaction"))
            f.text(Text::tr("First order only"), Text::tr("Yes"));
        f.money(Text::tr("Minimum order"), u"restrictions.minimum_amount",
                u"restrictions.minimum_amount_currency");
        f.date(Text::tr("Created"), u"created");
        break;
    }
    case Kind::Coupon:
        f.field(Text::tr("Name"), u"name").text(Text::tr("Discount"), format::couponDiscount(o));
        f.text(Text::tr("Valid"), json::boolean(o, u"valid") ? Text::tr("Yes") : Text::tr("No"));
        f.text(Text::tr("Times redeemed"), QString::number(json::integer(o, u"times_redeemed").value_or(0)));
        f.date(Text::tr("Redeem by"), u"redeem_by").date(Text::tr("Created"), u"created");
        break;
    case Kind::Product:
        f.field(Text::tr("Name"), u"name")
            .text(Text::tr("Status"), productStatus(o).text)
            .field(Text::tr("Description"), u"description");
        f.link(Text::tr("Default price"), u"default_price", Kind::Price);
        f.money(Text::tr("Default price amount"), u"default_price.unit_amount", u"default_price.currency");
        f.date(Text::tr("Created"), u"created");
        break;
    case Kind::Price:
        f.money(Text::tr("Unit amount"), u"unit_amount").field(Text::tr("Nickname"), u"nickname");
        f.link(Text::tr("Product"), u"product", Kind::Product)
            .text(Text::tr("Type"), format::words(json::string(o, u"type")));
        f.date(Text::tr("Created"), u"created");
        break;
    case Kind::PaymentMethod:
        f.text(Text::tr("Card"), format::card(json::object(o, u"card")))
            .text(Text::tr("Expires"), format::cardExpiry(json::object(o, u"card")));
        f.link(Text::tr("Customer"), u"customer", Kind::Customer).date(Text::tr("Added"), u"created");
        break;
    case Kind::InvoiceItem:
    case Kind::InvoiceLine:
        f.field(Text::tr("Description"), u"description").money(Text::tr("Amount"), u"amount");
        f.link(Text::tr("Invoice"), u"invoice", Kind::Invoice);
        break;
    }
    f.metadata(kind);
    return f.take();
}

QList<RelatedList> relatedListsFor(Kind kind, const QJsonObject &o)
{
    const QString id = json::string(o, u"id");
    if (id.isEmpty())
        return {};
    switch (kind) {
    case Kind::Customer:
        return {{Text::tr("Payment methods"), Kind::PaymentMethod,
                 listOf(stripe::apiPath(u"/v1/customers/%1/payment_methods", {id}), {},
                        Text::tr("No saved payment methods."))},
                {Text::tr("Invoices"), Kind::Invoice,
                 listOf(QStringLiteral("/v1/invoices"), {{QStringLiteral("customer"), id}},
                        Text::tr("No invoices for this customer."))},
                {Text::tr("Payments"), Kind::Payment,
                 listOf(QStringLiteral("/v1/charges"), {{QStringLiteral("customer"), id}},
                        Text::tr("No payments from this customer."))}};
    case Kind::Invoice:
        return {{Text::tr("Line items"), Kind::InvoiceLine,
                 listOf(stripe::apiPath(u"/v1/invoices/%1/lines", {id}), {},
                        Text::tr("This invoice has no items yet."))}};
    case Kind::Payment:
        return {{Text::tr("Refunds"), Kind::Refund,
                 listOf(QStringLiteral("/v1/refunds"), {{QStringLiteral("charge"), id}},
                        Text::tr("No refunds for this payment."))}};
    case Kind::Coupon:
        return {{Text::tr("Promotion codes"), Kind::PromotionCode,
                 listOf(QStringLiteral("/v1/promotion_codes"), {{QStringLiteral("coupon"), id}},
                        Text::tr("No promotion codes for this coupon."))}};
    case Kind::PromotionCode: {
        const QString coupon = json::id(o, u"promotion.coupon");
        if (coupon.isEmpty())
            return {};
        return {{Text::tr("Other codes for this coupon"), Kind::PromotionCode,
                 listOf(QStringLiteral("/v1/promotion_codes"), {{QStringLiteral("coupon"), coupon}},
                        Text::tr("No promotion codes for this coupon."))}};
    }
    case Kind::Product:
        return {{Text::tr("Prices"), Kind::Price,
                 listOf(QStringLiteral("/v1/prices"), {{QStringLiteral("product"), id}},
                        Text::tr("No prices for this product."))}};
    case Kind::Order:
    case Kind::PaymentIntent:
        return {{Text::tr("Payments"), Kind::Payment,
                 listOf(QStringLiteral("/v1/charges"), {{QStringLiteral("payment_intent"), id}},
                        Text::tr("No payment attempts yet."))}};
    default:
        return {};
    }
}

} // namespace records
