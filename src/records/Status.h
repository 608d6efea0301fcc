#pragma once

#include <QJsonObject>
#include <QString>

namespace records {

// A status as a person reads it, and the tone the UI colours it in.
struct Status
{
    enum class Tone { Neutral, Positive, Pending, Attention, Negative };
    QString text;
    Tone tone = Tone::Neutral;
    bool operator==(const Status &) const = default;
};

// draft, open, paid, void, uncollectible.
Status invoiceStatus(const QJsonObject &invoice);
// succeeded, pending, failed — and refunded / partially refunded, which a charge only shows
// through amount_refunded.
Status paymentStatus(const QJsonObject &charge);
Status refundStatus(const QJsonObject &refund);
// A PaymentIntent's status in a shop's words: awaiting payment, paid, canceled...
Status orderStatus(const QJsonObject &paymentIntent);
// Active, inactive, or expired (active but past expires_at, or used up).
Status promotionCodeStatus(const QJsonObject &promotionCode, qint64 nowSecs);
Status productStatus(const QJsonObject &product);

} // namespace records
