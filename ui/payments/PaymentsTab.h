#pragma once

#include "records/RecordTab.h"

class QLineEdit;
class QPushButton;

// Charges: what customers paid, and how much of it was refunded; refunds start here.
class PaymentsTab : public RecordTab
{
    Q_OBJECT

public:
    explicit PaymentsTab(QWidget *parent = nullptr);

    QLineEdit *customerFilter() const { return m_customer; }
    QPushButton *refundButton() const { return m_refund; }
    void filterByCustomer(const QString &customerId);
    // Opens the refund dialog for the selected payment; returns it (for tests), or null.
    class RefundDialog *refundSelected();

signals:
    void refunded(const QJsonObject &refund);

protected:
    records::ListQuery query() const override;
    void updateActions(const QJsonObject &charge) override;

private:
    QLineEdit *m_customer;
    QPushButton *m_refund;
};

// Refunds, optionally of one payment.
class RefundsTab : public RecordTab
{
    Q_OBJECT

public:
    explicit RefundsTab(QWidget *parent = nullptr);

    QLineEdit *paymentFilter() const { return m_payment; }

protected:
    records::ListQuery query() const override;

private:
    QLineEdit *m_payment;
};
