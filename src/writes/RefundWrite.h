#pragma once

#include "src/writes/Write.h"

#include <QJsonObject>

namespace writes {

// Refunds a payment (a charge), fully or partly. The amount is always sent: Stripe refunds
// everything when it is left out, and a support agent's "€12.50" must never become "€40.00".
class RefundWrite : public Write
{
    Q_OBJECT

public:
    enum class Reason { RequestedByCustomer, Duplicate, Fraudulent, Other };
    Q_ENUM(Reason)

    RefundWrite(const WriteContext &context, const QJsonObject &charge, QObject *parent = nullptr);

    void setAmount(const money::Money &amount) { m_amount = amount; }
    void setReason(Reason reason) { m_reason = reason; }
    // Required for Other; saved in the refund's metadata (Stripe's reason list has no "other").
    void setNote(const QString &note) { m_note = note.trimmed(); }

    // What is left to refund on the charge (refundableOf).
    money::Money refundable() const { return refundableOf(m_charge); }
    // What can still be refunded: amount_captured − amount_refunded, since only what was
    // captured can be given back. An uncaptured charge has captured nothing; refunding it
    // releases the whole authorisation (docs.stripe.com/refunds), so that is its amount until
    // it is released.
    static money::Money refundableOf(const QJsonObject &charge);
    // An authorisation not captured yet ("captured": false).
    static bool isUncaptured(const QJsonObject &charge);
    bool releasesAuthorisation() const { return isUncaptured(m_charge); }
    QString validate() const override;
    QString summary() const override;

    static constexpr int maxNoteLength = 500; // Stripe's limit for a metadata value

protected:
    QString writeName() const override { return QStringLiteral("refund"); }
    QString target() const override;
    std::optional<money::Money> amount() const override { return m_amount; }
    QString note() const override;
    stripe::Request buildRequest(const QString &intentId) const override;
    WriteCheck buildCheck(const QString &intentId) const override;

private:
    QJsonObject m_charge;
    money::Money m_amount;
    Reason m_reason = Reason::RequestedByCustomer;
    QString m_note;
};

} // namespace writes
