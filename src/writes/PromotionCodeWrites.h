#pragma once

#include "src/writes/Write.h"

#include <QDateTime>
#include <QJsonObject>

namespace writes {

// A promotion code on an existing coupon, with today's parameters: promotion[type]=coupon and
// promotion[coupon] (the top-level "coupon" parameter was removed in 2025-09-30.clover).
class CreatePromotionCodeWrite : public Write
{
    Q_OBJECT

public:
    struct Restrictions
    {
        std::optional<int> maxRedemptions;
        QDateTime expiresAt; // invalid: never
        bool firstTimeOnly = false;
        std::optional<money::Money> minimumAmount;
        QString customerId; // empty: anyone
        QString customerName; // how the summary names them; the id when empty
    };

    CreatePromotionCodeWrite(const WriteContext &context, const QJsonObject &coupon, const QString &code,
                             const Restrictions &restrictions, QObject *parent = nullptr);

    QString validate() const override;
    QString summary() const override;

protected:
    QString writeName() const override { return QStringLiteral("promotion_code.create"); }
    QString target() const override;
    stripe::Request buildRequest(const QString &intentId) const override;
    WriteCheck buildCheck(const QString &intentId) const override;

private:
    QJsonObject m_coupon;
    QString m_code;
    Restrictions m_restrictions;
};

// Deactivates a promotion code (customers can no longer redeem it), or reactivates it.
class SetPromotionCodeActiveWrite : public Write
{
    Q_OBJECT

public:
    SetPromotionCodeActiveWrite(const WriteContext &context, const QJsonObject &promotionCode, bool active,
                                QObject *parent = nullptr);

    QString validate() const override;
    QString summary() const override;

protected:
    QString writeName() const override
    {
        return m_active ? QStringLiteral("promotion_code.activate")
                        : QStringLiteral("promotion_code.deactivate");
    }
    QString target() const override;
    stripe::Request buildRequest(const QString &intentId) const override;
    WriteCheck buildCheck(const QString &intentId) const override;

private:
    QJsonObject m_code;
    bool m_active;
};

} // namespace writes
