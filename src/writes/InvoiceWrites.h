#pragma once

#include "src/writes/Write.h"

#include <QJsonObject>

namespace writes {

// A draft invoice for a customer; items are added to it before it is finalized.
class CreateInvoiceWrite : public Write
{
    Q_OBJECT

public:
    CreateInvoiceWrite(const WriteContext &context, const QString &customerId, QObject *parent = nullptr);

    // Stripe charges the saved payment method automatically, or emails the invoice to be paid
    // within daysUntilDue days.
    void setSendToCustomer(bool send, int daysUntilDue = 30);
    void setDescription(const QString &description) { m_description = description.trimmed(); }
    void setCurrency(const QString &currency) { m_currency = currency.trimmed().toLower(); }
    // How the summary names the customer ("Jane Doe"); the id when not set.
    void setCustomerName(const QString &name) { m_customerName = name.trimmed(); }

    QString validate() const override;
    QString summary() const override;

protected:
    QString writeName() const override { return QStringLiteral("invoice.create"); }
    QString target() const override { return m_customer; }
    stripe::Request buildRequest(const QString &intentId) const override;
    WriteCheck buildCheck(const QString &intentId) const override;

private:
    QString m_customer;
    QString m_customerName;
    bool m_send = false;
    int m_daysUntilDue = 30;
    QString m_description;
    QString m_currency;
};

// An item on a draft invoice: an amount in the invoice's currency, or a price and a quantity.
class AddInvoiceItemWrite : public Write
{
    Q_OBJECT

public:
    AddInvoiceItemWrite(const WriteContext &context, const QJsonObject &invoice, QObject *parent = nullptr);

    void setAmount(const money::Money &amount, const QString &description);
    void setPrice(const QJsonObject &price, int quantity, const QString &description = {});

    QString validate() const override;
    QString summary() const override;

protected:
    QString writeName() const override { return QStringLiteral("invoiceitem.create"); }
    QString target() const override;
    std::optional<money::Money> amount() const override;
    stripe::Request buildRequest(const QString &intentId) const override;
    WriteCheck buildCheck(const QString &intentId) const override;

private:
    QJsonObject m_invoice;
    std::optional<money::Money> m_amount;
    QJsonObject m_price;
    int m_quantity = 1;
    QString m_description;
};

// The moves of an invoice's life: finalize, send, pay, void, mark uncollectible, delete a draft.
class InvoiceActionWrite : public Write
{
    Q_OBJECT

public:
    enum class Action { Finalize, Send, Pay, Void, MarkUncollectible, Delete };
    Q_ENUM(Action)

    InvoiceActionWrite(const WriteContext &context, const QJsonObject &invoice, Action action,
                       QObject *parent = nullptr);

    // For Pay: a saved payment method, or paid outside Stripe (cash, bank transfer).
    void setPaymentMethod(const QString &paymentMethodId) { m_paymentMethod = paymentMethodId.trimmed(); }
    void setPaidOutOfBand(bool outOfBand) { m_outOfBand = outOfBand; }

    Action action() const { return m_action; }
    QString validate() const override;
    QString summary() const override;
    // The button's words: "Finalize", "Mark as uncollectible"...
    static QString actionName(Action action);

protected:
    QString writeName() const override;
    QString target() const override;
    std::optional<money::Money> amount() const override;
    stripe::Request buildRequest(const QString &intentId) const override;
    WriteCheck buildCheck(const QString &intentId) const override;

private:
    QJsonObject m_invoice;
    Action m_action;
    QString m_paymentMethod;
    bool m_outOfBand = false;
};

} // namespace writes
