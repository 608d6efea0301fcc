#pragma once

#include "src/writes/Write.h"

#include <QJsonObject>
#include <QList>

namespace writes {

// One line of an order: a price and how many.
struct OrderLine
{
    QJsonObject price; // with product expanded, or a product name given separately
    QString productName;
    int quantity = 1;

    std::optional<money::Money> total() const;
};

// Stripe's test payment methods (docs.stripe.com/testing): usable in test mode only.
bool isTestPaymentMethod(const QString &paymentMethod);
QStringList testPaymentMethods();
// A test payment method as a person reads it ("Test Visa", "Test card that is declined").
QString testPaymentMethodName(const QString &paymentMethod);

// An order, as Stripe's old Orders API is gone: a PaymentIntent for a customer whose amount is
// the sum of the lines, whose description reads "2 × T-shirt, 1 × Mug" and whose metadata
// carries the lines (paydesk_order=1, paydesk_items=price×qty;...). Paying it is a separate
// step (PayOrderWrite).
class CreateOrderWrite : public Write
{
    Q_OBJECT

public:
    CreateOrderWrite(const WriteContext &context, const QJsonObject &customer, const QList<OrderLine> &lines,
                     QObject *parent = nullptr);

    std::optional<money::Money> total() const;
    QString description() const;
    QString itemsMetadata() const;
    QString validate() const override;
    QString summary() const override;

protected:
    QString writeName() const override { return QStringLiteral("order.create"); }
    QString target() const override;
    std::optional<money::Money> amount() const override { return total(); }
    stripe::Request buildRequest(const QString &intentId) const override;
    WriteCheck buildCheck(const QString &intentId) const override;

private:
    QJsonObject m_customer;
    QList<OrderLine> m_lines;
};

// "Pay order": confirms the order's PaymentIntent with one of the customer's saved payment
// methods or, in test mode, a Stripe test card (used for this payment only).
class PayOrderWrite : public Write
{
    Q_OBJECT

public:
    PayOrderWrite(const WriteContext &context, const QJsonObject &order, const QString &paymentMethod,
                  QObject *parent = nullptr);

    static bool canPay(const QJsonObject &order);
    // How the confirmation names the card ("Visa •••• 4242, expires 08/2030").
    void setPaymentMethodLabel(const QString &label) { m_paymentMethodLabel = label; }
    QString validate() const override;
    QString summary() const override;

protected:
    QString writeName() const override { return QStringLiteral("order.pay"); }
    QString target() const override;
    std::optional<money::Money> amount() const override;
    stripe::Request buildRequest(const QString &intentId) const override;
    WriteCheck buildCheck(const QString &intentId) const override;

private:
    QJsonObject m_order;
    QString m_paymentMethod;
    QString m_paymentMethodLabel;
};

// "Cancel order": cancels the order's PaymentIntent before it is paid.
class CancelOrderWrite : public Write
{
    Q_OBJECT

public:
    CancelOrderWrite(const WriteContext &context, const QJsonObject &order, QObject *parent = nullptr);

    static bool canCancel(const QJsonObject &order);
    QString validate() const override;
    QString summary() const override;

protected:
    QString writeName() const override { return QStringLiteral("order.cancel"); }
    QString target() const override;
    std::optional<money::Money> amount() const override;
    stripe::Request buildRequest(const QString &intentId) const override;
    WriteCheck buildCheck(const QString &intentId) const override;

private:
    QJsonObject m_order;
};

} // namespace writes
