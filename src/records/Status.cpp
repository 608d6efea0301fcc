#include "records/Status.h"

#include "records/Format.h"
#include "records/Json.h"

#include <QCoreApplication>

namespace records {

namespace {

using Tone = Status::Tone;

QString tr(const char *text)
{
    return QCoreApplication::translate("records::Status", text);
}

// An unknown value (Stripe's enums are open) is shown as Stripe wrote it, never hidden.
Status unknown(const QString &value)
{
    return {format::words(value), Tone::Neutral};
}

} // namespace

Status invoiceStatus(const QJsonObject &invoice)
{
    const QString status = json::string(invoice, u"status");
    if (status == QLatin1String("draft"))
        return {tr("Draft"), Tone::Neutral};
    if (status == QLatin1String("open"))
        return {tr("Open"), Tone::Pending};
    if (status == QLatin1String("paid"))
        return {tr("Paid"), Tone::Positive};
    if (status == QLatin1String("void"))
        return {tr("Void"), Tone::Neutral};
    if (status == QLatin1String("uncollectible"))
        return {tr("Uncollectible"), Tone::Negative};
    return unknown(status);
}

Status paymentStatus(const QJsonObject &charge)
{
    const QString status = json::string(charge, u"status");
    if (status == QLatin1String("succeeded")) {
        // An authorisation not captured yet: Stripe calls the charge succeeded, but no money
        // was taken; refunding it releases the hold.
        const QJsonValue captured = charge.value(QLatin1String("captured"));
        if (captured.isBool() && !captured.toBool())
            return json::boolean(charge, u"refunded") ? Status {tr("Released"), Tone::Neutral}
                                                      : Status {tr("Uncaptured"), Tone::Pending};
        if (json::boolean(charge, u"refunded"))
            return {tr("Refunded"), Tone::Neutral};
        if (json::integer(charge, u"amount_refunded").value_or(0) > 0)
            return {tr("Partially refunded"), Tone::Attention};
        return {tr("Succeeded"), Tone::Positive};
    }
    if (status == QLatin1String("pending"))
        return {tr("Pending"), Tone::Pending};
    if (status == QLatin1String("failed"))
        return {tr("Failed"), Tone::Negative};
    return unknown(status);
}

Status refundStatus(const QJsonObject &refund)
{
    const QString status = json::string(refund, u"status");
    if (status == QLatin1String("succeeded"))
        return {tr("Succeeded"), Tone::Positive};
    if (status == QLatin1String("pending"))
        return {tr("Pending"), Tone::Pending};
    if (status == QLatin1String("requires_action"))
        return {tr("Requires action"), Tone::Attention};
    if (status == QLatin1String("failed"))
        return {tr("Failed"), Tone::Negative};
    if (status == QLatin1String("canceled"))
        return {tr("Canceled"), Tone::Neutral};
    return unknown(status);
}

Status orderStatus(const QJsonObject &paymentIntent)
{
    const QString status = json::string(paymentIntent, u"status");
    if (status == QLatin1String("succeeded"))
        return {tr("Paid"), Tone::Positive};
    if (status == QLatin1String("requires_payment_method")) {
        // A declined attempt leaves the intent waiting for another payment method.
        if (json::at(paymentIntent, u"last_payment_error").isObject())
            return {tr("Payment failed"), Tone::Negative};
        return {tr("Awaiting payment"), Tone::Pending};
    }
    if (status == QLatin1String("requires_confirmation"))
        return {tr("Awaiting payment"), Tone::Pending};
    if (status == QLatin1String("requires_action"))
        return {tr("Needs customer action"), Tone::Attention};
    if (status == QLatin1String("processing"))
        return {tr("Processing"), Tone::Pending};
    if (status == QLatin1String("requires_capture"))
        return {tr("Authorized"), Tone::Attention};
    if (status == QLatin1String("canceled"))
        return {tr("Canceled"), Tone::Neutral};
    return unknown(status);
}

Status promotionCodeStatus(const QJsonObject &code, qint64 nowSecs)
{
    if (!json::boolean(code, u"active"))
        return {tr("Inactive"), Tone::Neutral};
    const auto expiresAt = json::integer(code, u"expires_at");
    if (expiresAt && *expiresAt <= nowSecs)
        return {tr("Expired"), Tone::Negative};
    const auto maxRedemptions = json::integer(code, u"max_redemptions");
    if (maxRedemptions && json::integer(code, u"times_redeemed").value_or(0) >= *maxRedemptions)
        return {tr("Used up"), Tone::Negative};
    return {tr("Active"), Tone::Positive};
}

Status productStatus(const QJsonObject &product)
{
    return json::boolean(product, u"active") ? Status {tr("Active"), Tone::Positive}
                                             : Status {tr("Archived"), Tone::Neutral};
}

} // namespace records
