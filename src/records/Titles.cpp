#include "src/records/Titles.h"

#include "src/objects/Json.h"
#include "src/records/Format.h"

#include <QCoreApplication>

namespace records::titles {

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(records::titles)
};

// Who a payment or an order is from: the expanded customer, else the billing name or email.
QString payer(const QJsonObject &object)
{
    const QJsonObject customer = objects::json::expanded(object, u"customer");
    if (!customer.isEmpty())
        return format::customerName(customer);
    for (const auto path : {u"billing_details.name", u"billing_details.email"})
        if (const QString text = objects::json::string(object, path); !text.isEmpty())
            return text;
    return {};
}

QString paymentText(const QJsonObject &charge, bool withPayer)
{
    const QString amount = format::money(charge, u"amount");
    const QString who = withPayer ? payer(charge) : QString();
    const QString card = format::cardOfPayment(charge);
    QString text = who.isEmpty() ? amount : Text::tr("%1 from %2").arg(amount, who);
    if (!card.isEmpty())
        text = Text::tr("%1, %2").arg(text, card);
    return text;
}

QString fallback(objects::Kind kind, const QJsonObject &object)
{
    QString name = objects::singularName(kind);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return QStringLiteral("%1 %2").arg(name, objects::json::string(object, u"id")).trimmed();
}

QString named(objects::Kind kind, const QJsonObject &object, bool forLink)
{
    switch (kind) {
    case objects::Kind::Customer: {
        const QString name = objects::json::string(object, u"name");
        return name.isEmpty() ? objects::json::string(object, u"email") : name;
    }
    case objects::Kind::Invoice: {
        const QString number = objects::json::string(object, u"number");
        const QString customer = format::customerOfInvoice(object);
        if (forLink)
            return number.isEmpty() ? Text::tr("Draft invoice") : Text::tr("Invoice %1").arg(number);
        if (number.isEmpty())
            return customer.isEmpty() ? QString() : Text::tr("Draft invoice — %1").arg(customer);
        return customer.isEmpty() ? Text::tr("Invoice %1").arg(number)
                                  : Text::tr("Invoice %1 — %2").arg(number, customer);
    }
    case objects::Kind::Payment:
        return format::money(object, u"amount").isEmpty() ? QString() : paymentText(object, !forLink);
    case objects::Kind::Refund: {
        const QString amount = format::money(object, u"amount");
        if (amount.isEmpty())
            return {};
        const QString who = payer(objects::json::expanded(object, u"charge"));
        return who.isEmpty() || forLink ? Text::tr("Refund of %1").arg(amount)
                                        : Text::tr("Refund of %1 to %2").arg(amount, who);
    }
    case objects::Kind::Order:
    case objects::Kind::PaymentIntent: {
        const QString amount = format::money(object, u"amount");
        if (amount.isEmpty())
            return {};
        const QString who = payer(object);
        const QString what = kind == objects::Kind::Order ? Text::tr("Order of %1").arg(amount)
                                                          : Text::tr("Payment intent of %1").arg(amount);
        return who.isEmpty() || forLink ? what : Text::tr("%1 for %2").arg(what, who);
    }
    case objects::Kind::PromotionCode: {
        const QString code = objects::json::string(object, u"code");
        return code.isEmpty() ? QString() : Text::tr("Promotion code %1").arg(code);
    }
    case objects::Kind::Coupon: {
        const QString name = objects::json::string(object, u"name");
        const QString discount = format::couponDiscount(object);
        if (name.isEmpty())
            return discount;
        return discount.isEmpty() ? name : Text::tr("%1 — %2").arg(name, discount);
    }
    case objects::Kind::Product:
        return objects::json::string(object, u"name");
    case objects::Kind::Price: {
        const QString amount = format::money(object, u"unit_amount");
        const QString product = objects::json::string(objects::json::expanded(object, u"product"), u"name");
        if (product.isEmpty())
            return amount;
        return amount.isEmpty() ? product : Text::tr("%1 — %2").arg(product, amount);
    }
    case objects::Kind::PaymentMethod: {
        const QString card = format::card(objects::json::object(object, u"card"));
        return card.isEmpty() ? format::words(objects::json::string(object, u"type")) : card;
    }
    case objects::Kind::InvoiceItem:
    case objects::Kind::InvoiceLine:
        return objects::json::string(object, u"description");
    }
    return {};
}

} // namespace

QString title(objects::Kind kind, const QJsonObject &object)
{
    const QString text = named(kind, object, false);
    return text.isEmpty() ? fallback(kind, object) : text;
}

QString linkText(objects::Kind kind, const QJsonObject &object)
{
    const QString text = named(kind, object, true);
    return text.isEmpty() ? objects::json::string(object, u"id") : text;
}

} // namespace records::titles
