#include "src/writes/PromotionCodeWrites.h"

#include "src/objects/Json.h"
#include "src/records/Format.h"
#include "src/stripe/ApiPath.h"
#include "src/writes/InputChecks.h"

#include <QLocale>

namespace writes {

namespace json = objects::json;

CreatePromotionCodeWrite::CreatePromotionCodeWrite(const WriteContext &context, const QJsonObject &coupon,
                                                   const QString &code, const Restrictions &restrictions,
                                                   QObject *parent)
    : Write(context, parent)
    , m_coupon(coupon)
    , m_code(code.trimmed())
    , m_restrictions(restrictions)
{ }

QString CreatePromotionCodeWrite::target() const
{
    return json::string(m_coupon, u"id");
}

QString CreatePromotionCodeWrite::validate() const
{
    if (target().isEmpty())
        return tr("Choose the coupon the code gives.");
    if (!json::boolean(m_coupon, u"valid"))
        return tr("This coupon can no longer be redeemed, so a new code for it would not work.");
    if (const QString problem = checks::promotionCode(m_code); !problem.isEmpty())
        return problem;
    if (m_restrictions.maxRedemptions && *m_restrictions.maxRedemptions < 1)
        return tr("The number of redemptions must be at least 1.");
    if (m_restrictions.expiresAt.isValid()) {
        if (m_restrictions.expiresAt <= QDateTime::currentDateTimeUtc())
            return tr("The expiry date must be in the future.");
        const auto redeemBy = json::integer(m_coupon, u"redeem_by");
        if (redeemBy && m_restrictions.expiresAt.toSecsSinceEpoch() > *redeemBy)
            return tr("The code cannot outlive its coupon, which can be redeemed until %1.")
                .arg(records::format::date(m_coupon, u"redeem_by"));
    }
    if (m_restrictions.minimumAmount && m_restrictions.minimumAmount->minorUnits() <= 0)
        return tr("The minimum order amount must be more than zero.");
    if (!m_restrictions.customerId.trimmed().isEmpty())
        return checks::id(m_restrictions.customerId, objects::Kind::Customer);
    return {};
}

QString CreatePromotionCodeWrite::summary() const
{
    QStringList conditions;
    if (m_restrictions.maxRedemptions)
        conditions << tr("at most %1 uses").arg(*m_restrictions.maxRedemptions);
    if (m_restrictions.expiresAt.isValid())
        conditions << tr("until %1")
                          .arg(QLocale().toString(m_restrictions.expiresAt.toLocalTime(),
                                                  QLocale::ShortFormat));
    if (m_restrictions.firstTimeOnly)
        conditions << tr("first orders only");
    if (m_restrictions.minimumAmount)
        conditions << tr("orders of %1 or more").arg(m_restrictions.minimumAmount->format());
    if (!m_restrictions.customerId.trimmed().isEmpty())
        conditions << tr("only for %1")
                          .arg(m_restrictions.customerName.isEmpty() ? m_restrictions.customerId.trimmed()
                                                                     : m_restrictions.customerName);
    QString text
        = tr("Create code %1 for coupon %2 (%3)")
              .arg(m_code,
                   json::string(m_coupon, u"name").isEmpty() ? target() : json::string(m_coupon, u"name"),
                   records::format::couponDiscount(m_coupon));
    if (!conditions.isEmpty())
        text += QStringLiteral(": ") + conditions.join(QStringLiteral(", "));
    return text;
}

stripe::Request CreatePromotionCodeWrite::buildRequest(const QString &intentId) const
{
    stripe::Params params {{QStringLiteral("promotion"),
                            QVariantMap {{QStringLiteral("type"), QStringLiteral("coupon")},
                                         {QStringLiteral("coupon"), target()}}},
                           {QStringLiteral("code"), m_code},
                           {QStringLiteral("metadata"), intentMetadata(intentId)}};
    if (m_restrictions.maxRedemptions)
        params.insert(QStringLiteral("max_redemptions"), *m_restrictions.maxRedemptions);
    if (m_restrictions.expiresAt.isValid())
        params.insert(QStringLiteral("expires_at"), m_restrictions.expiresAt.toSecsSinceEpoch());
    if (!m_restrictions.customerId.trimmed().isEmpty())
        params.insert(QStringLiteral("customer"), m_restrictions.customerId.trimmed());
    QVariantMap restrictions;
    if (m_restrictions.firstTimeOnly)
        restrictions.insert(QStringLiteral("first_time_transaction"), true);
    if (m_restrictions.minimumAmount) {
        restrictions.insert(QStringLiteral("minimum_amount"), m_restrictions.minimumAmount->minorUnits());
        restrictions.insert(QStringLiteral("minimum_amount_currency"),
                            m_restrictions.minimumAmount->currencyCode().toLower());
    }
    if (!restrictions.isEmpty())
        params.insert(QStringLiteral("restrictions"), restrictions);
    return stripe::Request::post(QStringLiteral("/v1/promotion_codes"), params);
}

WriteCheck CreatePromotionCodeWrite::buildCheck(const QString &) const
{
    WriteCheck check;
    check.kind = WriteCheck::Kind::ListHasIntent;
    check.path = QStringLiteral("/v1/promotion_codes");
    check.params = {{QStringLiteral("code"), m_code}};
    return check;
}

SetPromotionCodeActiveWrite::SetPromotionCodeActiveWrite(const WriteContext &context,
                                                         const QJsonObject &promotionCode, bool active,
                                                         QObject *parent)
    : Write(context, parent)
    , m_code(promotionCode)
    , m_active(active)
{ }

QString SetPromotionCodeActiveWrite::target() const
{
    return json::string(m_code, u"id");
}

QString SetPromotionCodeActiveWrite::validate() const
{
    if (target().isEmpty())
        return tr("This promotion code cannot be read.");
    if (json::boolean(m_code, u"active") == m_active)
        return m_active ? tr("This code is already active.") : tr("This code is already inactive.");
    return {};
}

QString SetPromotionCodeActiveWrite::summary() const
{
    const QString code = json::string(m_code, u"code");
    return m_active ? tr("Reactivate code %1: customers can redeem it again.").arg(code)
                    : tr("Deactivate code %1: customers can no longer redeem it.").arg(code);
}

stripe::Request SetPromotionCodeActiveWrite::buildRequest(const QString &) const
{
    return stripe::Request::post(stripe::apiPath(u"/v1/promotion_codes/%1", {target()}),
                                 {{QStringLiteral("active"), m_active}});
}

WriteCheck SetPromotionCodeActiveWrite::buildCheck(const QString &) const
{
    WriteCheck check;
    check.kind = WriteCheck::Kind::FieldEquals;
    check.path = stripe::apiPath(u"/v1/promotion_codes/%1", {target()});
    check.field = QStringLiteral("active");
    check.value = m_active ? QStringLiteral("true") : QStringLiteral("false");
    return check;
}

} // namespace writes
