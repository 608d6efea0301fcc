#include "src/writes/RefundWrite.h"

#include "src/objects/Json.h"
#include "src/records/Format.h"

namespace writes {

namespace json = objects::json;

RefundWrite::RefundWrite(const WriteContext &context, const QJsonObject &charge, QObject *parent)
    : Write(context, parent)
    , m_charge(charge)
{
    m_amount = refundable();
}

bool RefundWrite::isUncaptured(const QJsonObject &charge)
{
    // Absent is not false: a charge without the field is not taken for an authorisation.
    const QJsonValue captured = charge.value(QLatin1String("captured"));
    return captured.isBool() && !captured.toBool();
}

money::Money RefundWrite::refundableOf(const QJsonObject &charge)
{
    const QString currency = json::string(charge, u"currency");
    if (isUncaptured(charge)) {
        const bool released = json::boolean(charge, u"refunded");
        return money::Money(released ? 0 : std::max<qint64>(0, json::integer(charge, u"amount").value_or(0)),
                            currency);
    }
    const qint64 captured = json::integer(charge, u"amount_captured").value_or(0);
    const qint64 refunded = json::integer(charge, u"amount_refunded").value_or(0);
    return money::Money(std::max<qint64>(0, captured - refunded), currency);
}

QString RefundWrite::target() const
{
    return json::string(m_charge, u"id");
}

QString RefundWrite::validate() const
{
    if (target().isEmpty() || !json::integer(m_charge, u"amount")
        || (!isUncaptured(m_charge) && !json::integer(m_charge, u"amount_captured")))
        return tr("This payment cannot be read, so it cannot be refunded.");
    if (json::string(m_charge, u"status") != QLatin1String("succeeded"))
        return tr("Only a successful payment can be refunded; this one is %1.")
            .arg(json::string(m_charge, u"status"));
    const money::Money left = refundable();
    if (left.minorUnits() == 0)
        return isUncaptured(m_charge) ? tr("This authorisation has already been released.")
                                      : tr("This payment has already been refunded in full.");
    if (m_amount.currencyCode() != left.currencyCode())
        return tr("The refund must be in %1, the payment's currency.").arg(left.currencyCode());
    if (m_amount.minorUnits() <= 0)
        return tr("Enter an amount greater than zero.");
    if (isUncaptured(m_charge) && m_amount.minorUnits() != left.minorUnits())
        return tr("An uncaptured payment is released whole: Stripe cannot refund part of an authorisation. "
                  "Refund all %1, or capture less in the Stripe Dashboard instead.")
            .arg(left.format());
    if (m_amount.minorUnits() > left.minorUnits())
        return tr("You can refund at most %1, what is left of this payment.").arg(left.format());
    if (m_reason == Reason::Other && m_note.isEmpty())
        return tr("Say why in the note: “Other” needs a reason for the records.");
    if (m_note.size() > maxNoteLength)
        return tr("The note is too long: Stripe keeps at most %1 characters.").arg(maxNoteLength);
    return {};
}

QString RefundWrite::summary() const
{
    const money::Money paid(json::integer(m_charge, u"amount").value_or(0),
                            json::string(m_charge, u"currency"));
    QString to = records::format::customerOfPayment(m_charge);
    const QString card = records::format::cardOfPayment(m_charge);
    if (!card.isEmpty())
        to = to.isEmpty() ? card : QStringLiteral("%1, %2").arg(to, card);
    if (isUncaptured(m_charge)) {
        // Stripe: refunding an uncaptured charge releases the authorisation; no money moves.
        QString text = tr("Release the authorisation of %1").arg(m_amount.format());
        if (!to.isEmpty())
            text += QLatin1Char(' ') + tr("on %1").arg(to);
        return text + QLatin1String(": ")
            + tr("nothing was captured, so no money moves; the hold on the card ends.");
    }
    QString text = tr("Refund %1 of %2").arg(m_amount.format(), paid.format());
    if (!to.isEmpty())
        text += QLatin1Char(' ') + tr("to %1").arg(to);
    return text;
}

QString RefundWrite::note() const
{
    switch (m_reason) {
    case Reason::RequestedByCustomer:
        return m_note.isEmpty() ? tr("Requested by customer") : m_note;
    case Reason::Duplicate:
        return m_note.isEmpty() ? tr("Duplicate") : m_note;
    case Reason::Fraudulent:
        return m_note.isEmpty() ? tr("Fraudulent") : m_note;
    case Reason::Other:
        return m_note;
    }
    return m_note;
}

stripe::Request RefundWrite::buildRequest(const QString &intentId) const
{
    QVariantMap extra;
    if (!m_note.isEmpty())
        extra.insert(QStringLiteral("paydesk_note"), m_note);
    stripe::Params params {{QStringLiteral("charge"), target()},
                           {QStringLiteral("amount"), m_amount.minorUnits()},
                           {QStringLiteral("metadata"), intentMetadata(intentId, extra)}};
    switch (m_reason) {
    case Reason::RequestedByCustomer:
        params.insert(QStringLiteral("reason"), QStringLiteral("requested_by_customer"));
        break;
    case Reason::Duplicate:
        params.insert(QStringLiteral("reason"), QStringLiteral("duplicate"));
        break;
    case Reason::Fraudulent:
        params.insert(QStringLiteral("reason"), QStringLiteral("fraudulent"));
        break;
    case Reason::Other:
        break; // Stripe has no "other": the note in metadata says why
    }
    return stripe::Request::post(QStringLiteral("/v1/refunds"), params);
}

WriteCheck RefundWrite::buildCheck(const QString &) const
{
    WriteCheck check;
    check.kind = WriteCheck::Kind::ListHasIntent;
    check.path = QStringLiteral("/v1/refunds");
    check.params = {{QStringLiteral("charge"), target()}};
    return check;
}

} // namespace writes
