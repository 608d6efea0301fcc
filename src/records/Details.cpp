#include "src/records/Details.h"

#include "src/objects/Json.h"
#include "src/records/Format.h"
#include "src/records/Status.h"
#include "src/records/Titles.h"
#include "src/stripe/ApiPath.h"

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
    if (const QString description = objects::json::string(object, u"description"); !description.isEmpty())
        return description;
    QStringList lines;
    for (const QString &line : objects::json::string(object, u"metadata.paydesk_items")
                                   .split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
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
        return text(label, objects::json::string(m_object, path));
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
    Fields &link(const QString &label, QStringView path, objects::Kind kind, const QString &name = {})
    {
        const QString id = objects::json::id(m_object, path);
        if (id.isEmpty())
            return *this;
        const QJsonObject expanded = objects::json::expanded(m_object, path);
        QString shown = expanded.isEmpty() ? name : titles::linkText(kind, expanded);
        if (shown.isEmpty())
            shown = id;
        m_fields.append({label, shown, kind, id});
        return *this;
    }
    // Paydesk's own keys said in words (the raw keys stay in the Raw JSON); the rest as they are.
    Fields &metadata(objects::Kind kind)
    {
        const QJsonObject metadata = objects::json::object(m_object, u"metadata");
        const auto paydesk
            = [&metadata](const char *key) { return metadata.value(QLatin1String(key)).toString(); };
        if (const QString note = paydesk("paydesk_note"); !note.isEmpty())
            text(Text::tr("Refund note"), note);
        const QString items = paydesk("paydesk_items");
        // An order's own pane lists its items already; its payment says what it paid for.
        if (!items.isEmpty() && kind != objects::Kind::Order && kind != objects::Kind::PaymentIntent)
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

QList<DetailField> detailFieldsFor(objects::Kind kind, const QJsonObject &o)
{
    Fields f(o);
    f.field(Text::tr("ID"), u"id");
    switch (kind) {
    case objects::Kind::Customer:
        f.field(Text::tr("Name"), u"name")
            .field(Text::tr("Email"), u"email")
            .field(Text::tr("Phone"), u"phone");
        f.field(Text::tr("Description"), u"description")
            .text(Text::tr("Balance"), format::customerBalance(o))
            .date(Text::tr("Created"), u"created");
        if (objects::json::boolean(o, u"delinquent"))
            f.text(Text::tr("Delinquent"), Text::tr("Yes — the latest invoice payment failed"));
        break;
    case objects::Kind::Invoice:
        f.field(Text::tr("Number"), u"number").text(Text::tr("Status"), invoiceStatus(o).text);
        f.field(Text::tr("Description"), u"description");
        f.link(Text::tr("Customer"), u"customer", objects::Kind::Customer, format::customerOfInvoice(o))
            .field(Text::tr("Customer email"), u"customer_email");
        f.money(Text::tr("Total"), u"total")
            .money(Text::tr("Amount due"), u"amount_due")
            .money(Text::tr("Amount paid"), u"amount_paid");
        f.money(Text::tr("Amount remaining"), u"amount_remaining")
            .date(Text::tr("Due"), u"due_date")
            .date(Text::tr("Created"), u"created");
        f.text(Text::tr("Collection"),
               format::collectionMethod(objects::json::string(o, u"collection_method")));
        f.field(Text::tr("Hosted invoice page"), u"hosted_invoice_url");
        break;
    case objects::Kind::Order:
    case objects::Kind::PaymentIntent:
        f.text(Text::tr("Status"), orderStatus(o).text)
            .money(Text::tr("Total"), u"amount")
            .text(Text::tr("Items"), orderItems(o));
        f.link(Text::tr("Customer"), u"customer", objects::Kind::Customer)
            .link(Text::tr("Payment"), u"latest_charge", objects::Kind::Payment);
        f.link(Text::tr("Payment method"), u"payment_method", objects::Kind::PaymentMethod);
        f.field(Text::tr("Last error"), u"last_payment_error.message").date(Text::tr("Created"), u"created");
        break;
    case objects::Kind::Payment:
        f.money(Text::tr("Amount"), u"amount")
            .money(Text::tr("Refunded"), u"amount_refunded")
            .text(Text::tr("Status"), paymentStatus(o).text);
        f.text(Text::tr("Card"), format::cardOfPayment(o));
        if (objects::json::id(o, u"customer").isEmpty())
            f.text(Text::tr("Customer"), format::customerOfPayment(o)); // a guest: the name on the card
        else
            f.link(Text::tr("Customer"), u"customer", objects::Kind::Customer, format::customerOfPayment(o));
        f.link(Text::tr("Payment intent"), u"payment_intent", objects::Kind::PaymentIntent);
        f.field(Text::tr("Description"), u"description").field(Text::tr("Failure"), u"failure_message");
        f.date(Text::tr("Created"), u"created").field(Text::tr("Receipt"), u"receipt_url");
        break;
    case objects::Kind::Refund:
        f.money(Text::tr("Amount"), u"amount").text(Text::tr("Status"), refundStatus(o).text);
        f.text(Text::tr("Reason"), format::refundReason(objects::json::string(o, u"reason")))
            .link(Text::tr("Payment"), u"charge", objects::Kind::Payment);
        f.link(Text::tr("Customer"), u"charge.customer", objects::Kind::Customer);
        f.field(Text::tr("Failure"), u"failure_reason").date(Text::tr("Created"), u"created");
        break;
    case objects::Kind::PromotionCode: {
        const QJsonObject coupon = objects::json::expanded(o, u"promotion.coupon");
        f.field(Text::tr("Code"), u"code")
            .text(Text::tr("Status"), promotionCodeStatus(o, QDateTime::currentSecsSinceEpoch()).text);
        f.link(Text::tr("Coupon"), u"promotion.coupon", objects::Kind::Coupon)
            .text(Text::tr("Discount"), format::couponDiscount(coupon));
        f.text(Text::tr("Times redeemed"),
               QString::number(objects::json::integer(o, u"times_redeemed").value_or(0)));
        if (const auto max = objects::json::integer(o, u"max_redemptions"))
            f.text(Text::tr("Max redemptions"), QString::number(*max));
        f.date(Text::tr("Expires"), u"expires_at")
            .link(Text::tr("Only for customer"), u"customer", objects::Kind::Customer);
        if (objects::json::boolean(o, u"restrictions.first_time_transaction"))
            f.text(Text::tr("First order only"), Text::tr("Yes"));
        f.money(Text::tr("Minimum order"), u"restrictions.minimum_amount",
                u"restrictions.minimum_amount_currency");
        f.date(Text::tr("Created"), u"created");
        break;
    }
    case objects::Kind::Coupon:
        f.field(Text::tr("Name"), u"name").text(Text::tr("Discount"), format::couponDiscount(o));
        f.text(Text::tr("Valid"), objects::json::boolean(o, u"valid") ? Text::tr("Yes") : Text::tr("No"));
        f.text(Text::tr("Times redeemed"),
               QString::number(objects::json::integer(o, u"times_redeemed").value_or(0)));
        f.date(Text::tr("Redeem by"), u"redeem_by").date(Text::tr("Created"), u"created");
        break;
    case objects::Kind::Product:
        f.field(Text::tr("Name"), u"name")
            .text(Text::tr("Status"), productStatus(o).text)
            .field(Text::tr("Description"), u"description");
        f.link(Text::tr("Default price"), u"default_price", objects::Kind::Price);
        f.money(Text::tr("Default price amount"), u"default_price.unit_amount", u"default_price.currency");
        f.date(Text::tr("Created"), u"created");
        break;
    case objects::Kind::Price:
        f.money(Text::tr("Unit amount"), u"unit_amount").field(Text::tr("Nickname"), u"nickname");
        f.link(Text::tr("Product"), u"product", objects::Kind::Product)
            .text(Text::tr("Type"), format::words(objects::json::string(o, u"type")));
        f.date(Text::tr("Created"), u"created");
        break;
    case objects::Kind::PaymentMethod:
        f.text(Text::tr("Card"), format::card(objects::json::object(o, u"card")))
            .text(Text::tr("Expires"), format::cardExpiry(objects::json::object(o, u"card")));
        f.link(Text::tr("Customer"), u"customer", objects::Kind::Customer)
            .date(Text::tr("Added"), u"created");
        break;
    case objects::Kind::InvoiceItem:
    case objects::Kind::InvoiceLine:
        f.field(Text::tr("Description"), u"description").money(Text::tr("Amount"), u"amount");
        f.link(Text::tr("Invoice"), u"invoice", objects::Kind::Invoice);
        break;
    }
    f.metadata(kind);
    return f.take();
}

QList<RelatedList> relatedListsFor(objects::Kind kind, const QJsonObject &o)
{
    const QString id = objects::json::string(o, u"id");
    if (id.isEmpty())
        return {};
    switch (kind) {
    case objects::Kind::Customer:
        return {{Text::tr("Payment methods"), objects::Kind::PaymentMethod,
                 listOf(stripe::apiPath(u"/v1/customers/%1/payment_methods", {id}), {},
                        Text::tr("No saved payment methods."))},
                {Text::tr("Invoices"), objects::Kind::Invoice,
                 listOf(QStringLiteral("/v1/invoices"), {{QStringLiteral("customer"), id}},
                        Text::tr("No invoices for this customer."))},
                {Text::tr("Payments"), objects::Kind::Payment,
                 listOf(QStringLiteral("/v1/charges"), {{QStringLiteral("customer"), id}},
                        Text::tr("No payments from this customer."))}};
    case objects::Kind::Invoice:
        return {{Text::tr("Line items"), objects::Kind::InvoiceLine,
                 listOf(stripe::apiPath(u"/v1/invoices/%1/lines", {id}), {},
                        Text::tr("This invoice has no items yet."))}};
    case objects::Kind::Payment:
        return {{Text::tr("Refunds"), objects::Kind::Refund,
                 listOf(QStringLiteral("/v1/refunds"), {{QStringLiteral("charge"), id}},
                        Text::tr("No refunds for this payment."))}};
    case objects::Kind::Coupon:
        return {{Text::tr("Promotion codes"), objects::Kind::PromotionCode,
                 listOf(QStringLiteral("/v1/promotion_codes"), {{QStringLiteral("coupon"), id}},
                        Text::tr("No promotion codes for this coupon."))}};
    case objects::Kind::PromotionCode: {
        const QString coupon = objects::json::id(o, u"promotion.coupon");
        if (coupon.isEmpty())
            return {};
        return {{Text::tr("Other codes for this coupon"), objects::Kind::PromotionCode,
                 listOf(QStringLiteral("/v1/promotion_codes"), {{QStringLiteral("coupon"), coupon}},
                        Text::tr("No promotion codes for this coupon."))}};
    }
    case objects::Kind::Product:
        return {{Text::tr("Prices"), objects::Kind::Price,
                 listOf(QStringLiteral("/v1/prices"), {{QStringLiteral("product"), id}},
                        Text::tr("No prices for this product."))}};
    case objects::Kind::Order:
    case objects::Kind::PaymentIntent:
        return {{Text::tr("Payments"), objects::Kind::Payment,
                 listOf(QStringLiteral("/v1/charges"), {{QStringLiteral("payment_intent"), id}},
                        Text::tr("No payment attempts yet."))}};
    default:
        return {};
    }
}

} // namespace records
