#include "src/records/Status.h"

#include "src/objects/Json.h"
#include "src/records/Format.h"

#include <QCoreApplication>

namespace records {

namespace {

using Tone = Status::Tone;

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(records::Status)
};

// An unknown value (Stripe's enums are open) is shown as Stripe wrote it, never hidden.
Status unknown(const QString &value)
{
    return {format::words(value), Tone::Neutral};
}

} // namespace

Status invoiceStatus(const QJsonObject &invoice)
{
    const QString status = objects::json::string(invoice, u"status");
    if (status == QLatin1String("draft"))
        return {Text::tr("Draft"), Tone::Neutral};
    if (status == QLatin1String("open"))
        return {Text::tr("Open"), Tone::Pending};
    if (status == QLatin1String("paid"))
        return {Text::tr("Paid"), Tone::Positive};
    if (status == QLatin1String("void"))
        return {Text::tr("Void"), Tone::Neutral};
    if (status == QLatin1String("uncollectible"))
        return {Text::tr("Uncollectible"), Tone::Negative};
    return unknown(status);
}

Status paymentStatus(const QJsonObject &charge)
{
    const QString status = objects::json::string(charge, u"status");
    if (status == QLatin1String("succeeded")) {
        // An authorisation not captured yet: Stripe calls the charge succeeded, but no money
        // was taken; refunding it releases the hold.
        const QJsonValue captured = charge.value(QLatin1String("captured"));
        if (captured.isBool() && !captured.toBool())
            return objects::json::boolean(charge, u"refunded")
                ? Status {Text::tr("Released"), Tone::Neutral}
                : Status {Text::tr("Uncaptured"), Tone::Pending};
        if (objects::json::boolean(charge, u"refunded"))
            return {Text::tr("Refunded"), Tone::Neutral};
        if (objects::json::integer(charge, u"amount_refunded").value_or(0) > 0)
            return {Text::tr("Partially refunded"), Tone::Attention};
        return {Text::tr("Succeeded"), Tone::Positive};
    }
    if (status == QLatin1String("pending"))
        return {Text::tr("Pending"), Tone::Pending};
    if (status == QLatin1String("failed"))
        return {Text::tr("Failed"), Tone::Negative};
    return unknown(status);
}

Status refundStatus(const QJsonObject &refund)
{
    const QString status = objects::json::string(refund, u"status");
    if (status == QLatin1String("succeeded"))
        return {Text::tr("Succeeded"), Tone::Positive};
    if (status == QLatin1String("pending"))
        return {Text::tr("Pending"), Tone::Pending};
    if (status == QLatin1String("requires_action"))
        return {Text::tr("Requires action"), Tone::Attention};
    if (status == QLatin1String("failed"))
        return {Text::tr("Failed"), Tone::Negative};
    if (status == QLatin1String("canceled"))
        return {Text::tr("Canceled"), Tone::Neutral};
    return unknown(status);
}

Status orderStatus(const QJsonObject &paymentIntent)
{
    const QString status = objects::json::string(paymentIntent, u"status");
    if (status == QLatin1String("succeeded"))
        return {Text::tr("Paid"), Tone::Positive};
    if (status == QLatin1String("requires_payment_method")) {
        // A declined attempt leaves the intent waiting for another payment method.
        if (objects::json::at(paymentIntent, u"last_payment_error").isObject())
            return {Text::tr("Payment failed"), Tone::Negative};
        return {Text::tr("Awaiting payment"), Tone::Pending};
    }
    if (status == QLatin1String("requires_confirmation"))
        return {Text::tr("Awaiting payment"), Tone::Pending};
    if (status == QLatin1String("requires_action"))
        return {Text::tr("Needs customer action"), Tone::Attention};
    if (status == QLatin1String("processing"))
        return {Text::tr("Processing"), Tone::Pending};
    if (status == QLatin1String("requires_capture"))
        return {Text::tr("Authorized"), Tone::Attention};
    if (status == QLatin1String("canceled"))
        return {Text::tr("Canceled"), Tone::Neutral};
    return unknown(status);
}

Status promotionCodeStatus(const QJsonObject &code, qint64 nowSecs)
{
    if (!objects::json::boolean(code, u"active"))
        return {Text::tr("Inactive"), Tone::Neutral};
    const auto expiresAt = objects::json::integer(code, u"expires_at");
    if (expiresAt && *expiresAt <= nowSecs)
        return {Text::tr("Expired"), Tone::Negative};
    const auto maxRedemptions = objects::json::integer(code, u"max_redemptions");
    if (maxRedemptions && objects::json::integer(code, u"times_redeemed").value_or(0) >= *maxRedemptions)
        return {Text::tr("Used up"), Tone::Negative};
    return {Text::tr("Active"), Tone::Positive};
}

Status productStatus(const QJsonObject &product)
{
    return objects::json::boolean(product, u"active") ? Status {Text::tr("Active"), Tone::Positive}
                                                      : Status {Text::tr("Archived"), Tone::Neutral};
}

} // namespace records
