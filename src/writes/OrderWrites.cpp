#include "src/writes/OrderWrites.h"

#include "src/money/AmountParser.h"
#include "src/objects/Json.h"
#include "src/records/Format.h"
#include "src/stripe/ApiPath.h"
#include "src/writes/InputChecks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QtNumeric>

namespace writes {

namespace json = objects::json;

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(writes::OrderWrites)
};

QString orderName(const QJsonObject &order)
{
    const QString id = json::string(order, u"id");
    const QString items = json::string(order, u"description");
    return items.isEmpty() ? Text::tr("order %1").arg(id) : Text::tr("order %1 (%2)").arg(id, items);
}

std::optional<money::Money> orderAmount(const QJsonObject &order)
{
    const auto amount = json::integer(order, u"amount");
    if (!amount)
        return std::nullopt;
    return money::Money(*amount, json::string(order, u"currency"));
}

constexpr int maxLines = 20; // so that every line fits Stripe's 500 characters of metadata

} // namespace

std::optional<money::Money> OrderLine::total() const
{
    const auto unit = json::integer(price, u"unit_amount");
    if (!unit || quantity < 1)
        return std::nullopt;
    qint64 product = 0;
    if (qMulOverflow(*unit, qint64(quantity), &product))
        return std::nullopt;
    return money::Money(product, json::string(price, u"currency"));
}

QStringList testPaymentMethods()
{
    return {QStringLiteral("pm_card_visa"),
            QStringLiteral("pm_card_mastercard"),
            QStringLiteral("pm_card_amex"),
            QStringLiteral("pm_card_visa_debit"),
            QStringLiteral("pm_card_chargeDeclined"),
            QStringLiteral("pm_card_chargeDeclinedInsufficientFunds"),
            QStringLiteral("pm_card_chargeDeclinedExpiredCard")};
}

bool isTestPaymentMethod(const QString &paymentMethod)
{
    return paymentMethod.startsWith(QLatin1String("pm_card_"));
}

QString testPaymentMethodName(const QString &paymentMethod)
{
    static const QHash<QString, const char *> names {
        {QStringLiteral("pm_card_visa"), QT_TRANSLATE_NOOP("writes::PayOrderWrite", "Test Visa")},
        {QStringLiteral("pm_card_mastercard"), QT_TRANSLATE_NOOP("writes::PayOrderWrite", "Test Mastercard")},
        {QStringLiteral("pm_card_amex"), QT_TRANSLATE_NOOP("writes::PayOrderWrite", "Test American Express")},
        {QStringLiteral("pm_card_visa_debit"), QT_TRANSLATE_NOOP("writes::PayOrderWrite", "Test Visa debit")},
        {QStringLiteral("pm_card_chargeDeclined"),
         QT_TRANSLATE_NOOP("writes::PayOrderWrite", "Test card that is declined")},
        {QStringLiteral("pm_card_chargeDeclinedInsufficientFunds"),
         QT_TRANSLATE_NOOP("writes::PayOrderWrite", "Test card declined for insufficient funds")},
        {QStringLiteral("pm_card_chargeDeclinedExpiredCard"),
         QT_TRANSLATE_NOOP("writes::PayOrderWrite", "Test card declined as expired")}};
    const auto it = names.constFind(paymentMethod);
    return it == names.constEnd() ? paymentMethod : QCoreApplication::translate("writes::PayOrderWrite", *it);
}

CreateOrderWrite::CreateOrderWrite(const WriteContext &context, const QJsonObject &customer,
                                   const QList<OrderLine> &lines, QObject *parent)
    : Write(context, parent)
    , m_customer(customer)
    , m_lines(lines)
{ }

QString CreateOrderWrite::target() const
{
    return json::string(m_customer, u"id");
}

std::optional<money::Money> CreateOrderWrite::total() const
{
    if (m_lines.isEmpty())
        return std::nullopt;
    qint64 sum = 0;
    QString currency;
    for (const OrderLine &line : m_lines) {
        const auto lineTotal = line.total();
        if (!lineTotal)
            return std::nullopt;
        if (!currency.isEmpty() && lineTotal->currencyCode() != currency)
            return std::nullopt;
        currency = lineTotal->currencyCode();
        if (qAddOverflow(sum, lineTotal->minorUnits(), &sum))
            return std::nullopt;
    }
    return money::Money(sum, currency);
}

QString CreateOrderWrite::description() const
{
    QStringList parts;
    for (const OrderLine &line : m_lines)
        parts << QStringLiteral("%1 × %2")
                     .arg(line.quantity)
                     .arg(line.productName.isEmpty() ? json::string(line.price, u"id") : line.productName);
    QString text = parts.join(QStringLiteral(", "));
    // A PaymentIntent's description holds at most 1000 characters.
    if (text.size() > 1000)
        text = text.left(999) + QChar(0x2026);
    return text;
}

QString CreateOrderWrite::itemsMetadata() const
{
    QStringList parts;
    for (const OrderLine &line : m_lines)
        parts << QStringLiteral("%1x%2").arg(json::string(line.price, u"id")).arg(line.quantity);
    return parts.join(QLatin1Char(';'));
}

QString CreateOrderWrite::validate() const
{
    if (const QString problem = checks::id(target(), objects::Kind::Customer); !problem.isEmpty())
        return problem;
    if (m_lines.isEmpty())
        return tr("Add at least one item to the order.");
    if (m_lines.size() > maxLines)
        return tr("An order holds at most %1 lines.").arg(maxLines);
    QString currency;
    for (const OrderLine &line : m_lines) {
        if (line.quantity < 1 || line.quantity > 10000)
            return tr("Quantities must be between 1 and 10,000.");
        if (!json::integer(line.price, u"unit_amount"))
            return tr("%1 has no fixed amount, so it cannot be ordered here.").arg(line.productName);
        const QString lineCurrency = json::string(line.price, u"currency").toUpper();
        if (!currency.isEmpty() && lineCurrency != currency)
            return tr("An order is paid in one currency; these items are in %1 and %2.")
                .arg(currency, lineCurrency);
        currency = lineCurrency;
    }
    const auto sum = total();
    if (!sum || sum->minorUnits() > money::AmountParser::StripeMaximum)
        return tr("The order's total is more than Stripe accepts in one payment (%1).")
            .arg(money::Money(money::AmountParser::StripeMaximum, currency).format());
    if (sum->minorUnits() <= 0)
        return tr("The order's total must be more than zero.");
    if (sum->currency().paymentsEndInZero && sum->minorUnits() % 10 != 0)
        return tr("Stripe takes %1 payments in steps of 0.010; this total ends in another digit.")
            .arg(currency);
    if (itemsMetadata().size() > 500)
        return tr("The order has too many lines to record with the payment.");
    return {};
}

QString CreateOrderWrite::summary() const
{
    const auto sum = total();
    return tr("Create an order of %1 for %2: %3")
        .arg(sum ? sum->format() : QString(), records::format::customerName(m_customer), description());
}

stripe::Request CreateOrderWrite::buildRequest(const QString &intentId) const
{
    const auto sum = total();
    return stripe::Request::post(
        QStringLiteral("/v1/payment_intents"),
        {{QStringLiteral("amount"), sum ? sum->minorUnits() : 0},
         {QStringLiteral("currency"), sum ? sum->currencyCode().toLower() : QString()},
         {QStringLiteral("customer"), target()},
         {QStringLiteral("description"), description()},
         // Paid here, with a saved card: no payment method that redirects to a bank's page.
         // (payment_method_types is gone from this API version; automatic_payment_methods replaces it.)
         {QStringLiteral("automatic_payment_methods"),
          QVariantMap {{QStringLiteral("enabled"), true},
                       {QStringLiteral("allow_redirects"), QStringLiteral("never")}}},
         {QStringLiteral("metadata"),
          intentMetadata(intentId,
                         {{QStringLiteral("paydesk_order"), QStringLiteral("1")},
                          {QStringLiteral("paydesk_items"), itemsMetadata()}})}});
}

WriteCheck CreateOrderWrite::buildCheck(const QString &) const
{
    WriteCheck check;
    check.kind = WriteCheck::Kind::ListHasIntent;
    check.path = QStringLiteral("/v1/payment_intents");
    check.params = {{QStringLiteral("customer"), target()},
                    {QStringLiteral("created"),
                     QVariantMap {{QStringLiteral("gte"), QDateTime::currentSecsSinceEpoch() - 300}}}};
    return check;
}

PayOrderWrite::PayOrderWrite(const WriteContext &context, const QJsonObject &order,
                             const QString &paymentMethod, QObject *parent)
    : Write(context, parent)
    , m_order(order)
    , m_paymentMethod(paymentMethod.trimmed())
{ }

bool PayOrderWrite::canPay(const QJsonObject &order)
{
    const QString status = json::string(order, u"status");
    return status == QLatin1String("requires_payment_method")
        || status == QLatin1String("requires_confirmation");
}

QString PayOrderWrite::target() const
{
    return json::string(m_order, u"id");
}

std::optional<money::Money> PayOrderWrite::amount() const
{
    return orderAmount(m_order);
}

QString PayOrderWrite::validate() const
{
    if (!canPay(m_order))
        return tr("This order cannot be paid now: it is %1.").arg(json::string(m_order, u"status"));
    if (isTestPaymentMethod(m_paymentMethod) && context().isLive())
        return tr("Test cards work only in test mode; this is a live account.");
    if (!m_paymentMethod.startsWith(QLatin1String("pm_"))
        && !m_paymentMethod.startsWith(QLatin1String("card_")))
        return tr("Choose how the customer pays: one of their saved cards.");
    return {};
}

QString PayOrderWrite::summary() const
{
    const auto money = amount();
    // A card by its name ("Visa •••• 4242"), never by its pm_ id.
    const QString card = !m_paymentMethodLabel.isEmpty() ? m_paymentMethodLabel
        : isTestPaymentMethod(m_paymentMethod)           ? testPaymentMethodName(m_paymentMethod)
                                                         : tr("the saved card");
    return tr("Charge %1 for %2 to %3").arg(money ? money->format() : QString(), orderName(m_order), card);
}

stripe::Request PayOrderWrite::buildRequest(const QString &) const
{
    // A test card is used for this payment only: saving it (setup_future_usage) would add a new
    // copy of it to the customer's cards at every payment.
    const stripe::Params params {{QStringLiteral("payment_method"), m_paymentMethod}};
    return stripe::Request::post(stripe::apiPath(u"/v1/payment_intents/%1/confirm", {target()}), params);
}

WriteCheck PayOrderWrite::buildCheck(const QString &) const
{
    WriteCheck check;
    check.kind = WriteCheck::Kind::FieldEquals;
    check.path = stripe::apiPath(u"/v1/payment_intents/%1", {target()});
    check.field = QStringLiteral("status");
    check.value = QStringLiteral("succeeded");
    return check;
}

CancelOrderWrite::CancelOrderWrite(const WriteContext &context, const QJsonObject &order, QObject *parent)
    : Write(context, parent)
    , m_order(order)
{ }

bool CancelOrderWrite::canCancel(const QJsonObject &order)
{
    // docs.stripe.com/api/payment_intents/cancel: possible until the payment succeeded.
    const QString status = json::string(order, u"status");
    return status == QLatin1String("requires_payment_method")
        || status == QLatin1String("requires_confirmation") || status == QLatin1String("requires_action")
        || status == QLatin1String("requires_capture") || status == QLatin1String("processing");
}

QString CancelOrderWrite::target() const
{
    return json::string(m_order, u"id");
}

std::optional<money::Money> CancelOrderWrite::amount() const
{
    return orderAmount(m_order);
}

QString CancelOrderWrite::validate() const
{
    return canCancel(m_order)
        ? QString()
        : tr("This order cannot be canceled: it is %1.").arg(json::string(m_order, u"status"));
}

QString CancelOrderWrite::summary() const
{
    return tr("Cancel %1. Nothing has been charged; the order cannot be paid afterwards.")
        .arg(orderName(m_order));
}

stripe::Request CancelOrderWrite::buildRequest(const QString &) const
{
    return stripe::Request::post(
        stripe::apiPath(u"/v1/payment_intents/%1/cancel", {target()}),
        {{QStringLiteral("cancellation_reason"), QStringLiteral("requested_by_customer")}});
}

WriteCheck CancelOrderWrite::buildCheck(const QString &) const
{
    WriteCheck check;
    check.kind = WriteCheck::Kind::FieldEquals;
    check.path = stripe::apiPath(u"/v1/payment_intents/%1", {target()});
    check.field = QStringLiteral("status");
    check.value = QStringLiteral("canceled");
    return check;
}

} // namespace writes
