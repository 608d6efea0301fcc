#include "src/records/Format.h"

#include "src/money/Money.h"
#include "src/objects/Json.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace records::format {

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(records::format)
};

QString brandName(const QString &brand)
{
    static const QHash<QString, QString> names {
        {QStringLiteral("visa"), QStringLiteral("Visa")},
        {QStringLiteral("mastercard"), QStringLiteral("Mastercard")},
        {QStringLiteral("amex"), QStringLiteral("American Express")},
        {QStringLiteral("discover"), QStringLiteral("Discover")},
        {QStringLiteral("diners"), QStringLiteral("Diners Club")},
        {QStringLiteral("jcb"), QStringLiteral("JCB")},
        {QStringLiteral("unionpay"), QStringLiteral("UnionPay")},
        {QStringLiteral("cartes_bancaires"), QStringLiteral("Cartes Bancaires")}};
    return names.value(brand, words(brand));
}

} // namespace

QString money(const QJsonObject &object, QStringView amountPath, QStringView currencyPath,
              const QLocale &locale)
{
    const auto amount = objects::json::integer(object, amountPath);
    const QString currency = objects::json::string(object, currencyPath);
    if (!amount || currency.isEmpty())
        return {};
    return money::Money(*amount, currency).format(locale);
}

QString date(const QJsonObject &object, QStringView path, const QLocale &locale)
{
    const auto seconds = objects::json::integer(object, path);
    if (!seconds)
        return {};
    return locale.toString(QDateTime::fromSecsSinceEpoch(*seconds).date(), QLocale::ShortFormat);
}

QString dateTime(const QJsonObject &object, QStringView path, const QLocale &locale)
{
    const auto seconds = objects::json::integer(object, path);
    if (!seconds)
        return {};
    // To the minute, on every tab and in the pane: some locales' short time has seconds ("C"
    // has HH:mm:ss), which no clerk needs and which made some tabs differ from others.
    QString time = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression secondsField(QStringLiteral("[:.]ss"));
    time.remove(secondsField);
    const QDateTime when = QDateTime::fromSecsSinceEpoch(*seconds);
    return locale.toString(when.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.toString(when.time(), time);
}

QString card(const QJsonObject &card)
{
    const QString last4 = objects::json::string(card, u"last4");
    if (last4.isEmpty())
        return {};
    return QStringLiteral("%1 •••• %2").arg(brandName(objects::json::string(card, u"brand")), last4);
}

QString cardOfPayment(const QJsonObject &charge)
{
    return card(objects::json::object(charge, u"payment_method_details.card"));
}

QString cardExpiry(const QJsonObject &card)
{
    const auto month = objects::json::integer(card, u"exp_month");
    const auto year = objects::json::integer(card, u"exp_year");
    if (!month || !year)
        return {};
    return QStringLiteral("%1/%2").arg(*month, 2, 10, QLatin1Char('0')).arg(*year);
}

bool isCardExpired(const QJsonObject &card, const QDate &today)
{
    const auto month = objects::json::integer(card, u"exp_month");
    const auto year = objects::json::integer(card, u"exp_year");
    if (!month || !year)
        return false;
    return *year < today.year() || (*year == today.year() && *month < today.month());
}

bool isExpiredPaymentMethod(const QJsonObject &paymentMethod)
{
    return isCardExpired(objects::json::object(paymentMethod, u"card"), QDate::currentDate());
}

QString customerBalance(const QJsonObject &customer, const QLocale &locale)
{
    const qint64 balance = objects::json::integer(customer, u"balance").value_or(0);
    const QString currency = objects::json::string(customer, u"currency");
    if (balance == 0 || currency.isEmpty())
        return {};
    const QString amount = money::Money(balance < 0 ? -balance : balance, currency).format(locale);
    return balance < 0 ? Text::tr("%1 credit").arg(amount) : Text::tr("%1 owed").arg(amount);
}

QString customerName(const QJsonObject &customer)
{
    const QString name = objects::json::string(customer, u"name");
    if (!name.isEmpty())
        return name;
    const QString email = objects::json::string(customer, u"email");
    return email.isEmpty() ? objects::json::string(customer, u"id") : email;
}

QString customerOfInvoice(const QJsonObject &invoice)
{
    for (const auto path : {u"customer_name", u"customer_email"}) {
        const QString text = objects::json::string(invoice, path);
        if (!text.isEmpty())
            return text;
    }
    const QJsonObject customer = objects::json::expanded(invoice, u"customer");
    return customer.isEmpty() ? objects::json::id(invoice, u"customer") : customerName(customer);
}

QString customerOfPayment(const QJsonObject &charge)
{
    const QJsonObject customer = objects::json::expanded(charge, u"customer");
    if (!customer.isEmpty())
        return customerName(customer);
    const QString billingName = objects::json::string(charge, u"billing_details.name");
    if (!billingName.isEmpty())
        return billingName;
    // A guest's checkout may give only the address the receipt went to.
    for (const auto path : {u"billing_details.email", u"receipt_email"}) {
        const QString email = objects::json::string(charge, path);
        if (!email.isEmpty())
            return email;
    }
    return objects::json::id(charge, u"customer");
}

QString couponDiscount(const QJsonObject &coupon, const QLocale &locale)
{
    QString discount;
    if (const auto percent = objects::json::at(coupon, u"percent_off"); percent.isDouble())
        discount = Text::tr("%1% off").arg(locale.toString(percent.toDouble(), 'g', 4));
    else if (const QString amount = money(coupon, u"amount_off", u"currency", locale); !amount.isEmpty())
        discount = Text::tr("%1 off").arg(amount);
    else
        return {};
    const QString duration = objects::json::string(coupon, u"duration");
    if (duration == QLatin1String("once"))
        return Text::tr("%1 once").arg(discount);
    if (duration == QLatin1String("forever"))
        return Text::tr("%1 forever").arg(discount);
    if (duration == QLatin1String("repeating")) {
        const auto months = objects::json::integer(coupon, u"duration_in_months").value_or(0);
        return months == 1 ? Text::tr("%1 for 1 month").arg(discount)
                           : Text::tr("%1 for %2 months").arg(discount).arg(months);
    }
    return discount;
}

QString words(const QString &snakeCase)
{
    QString text = snakeCase;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString refundReason(const QString &reason)
{
    if (reason == QLatin1String("requested_by_customer"))
        return Text::tr("Requested by customer");
    if (reason == QLatin1String("duplicate"))
        return Text::tr("Duplicate");
    if (reason == QLatin1String("fraudulent"))
        return Text::tr("Fraudulent");
    if (reason == QLatin1String("expired_uncaptured_charge"))
        return Text::tr("Authorisation expired uncaptured");
    return words(reason);
}

QString collectionMethod(const QString &method)
{
    if (method == QLatin1String("charge_automatically"))
        return Text::tr("Charged automatically");
    if (method == QLatin1String("send_invoice"))
        return Text::tr("Invoice sent to pay");
    return words(method);
}

} // namespace records::format

namespace records::format {

QString choiceLabel(const QJsonObject &object)
{
    const QString type = objects::json::string(object, u"object");
    const QString id = objects::json::string(object, u"id");
    if (type == QLatin1String("price")) {
        const QJsonObject product = objects::json::expanded(object, u"product");
        QString name = objects::json::string(product, u"name");
        if (name.isEmpty())
            name = objects::json::string(object, u"nickname");
        const QString amount = money(object, u"unit_amount");
        return QStringLiteral("%1 — %2").arg(name.isEmpty() ? id : name, amount.isEmpty() ? id : amount);
    }
    if (type == QLatin1String("payment_method")) {
        const QJsonObject cardObject = objects::json::object(object, u"card");
        const QString label = card(cardObject);
        const QString expiry = cardExpiry(cardObject);
        if (label.isEmpty())
            return words(objects::json::string(object, u"type")) + QStringLiteral(" ") + id;
        if (isCardExpired(cardObject, QDate::currentDate()))
            return Text::tr("%1, EXPIRED %2").arg(label, expiry);
        return expiry.isEmpty() ? label : Text::tr("%1, expires %2").arg(label, expiry);
    }
    if (type == QLatin1String("coupon")) {
        const QString name = objects::json::string(object, u"name");
        return QStringLiteral("%1 — %2").arg(name.isEmpty() ? id : name, couponDiscount(object));
    }
    if (type == QLatin1String("customer")) {
        const QString name = objects::json::string(object, u"name");
        const QString email = objects::json::string(object, u"email");
        if (!name.isEmpty() && !email.isEmpty())
            return QStringLiteral("%1 <%2>").arg(name, email);
        return customerName(object);
    }
    if (type == QLatin1String("product"))
        return objects::json::string(object, u"name");
    return id;
}

} // namespace records::format
