#pragma once

#include "records/RecordTab.h"

class QLineEdit;

// Charges: what customers paid, and how much of it was refunded.
class PaymentsTab : public RecordTab
{
    Q_OBJECT

public:
    explicit PaymentsTab(QWidget *parent = nullptr);

    QLineEdit *customerFilter() const { return m_customer; }
    void filterByCustomer(const QString &customerId);

protected:
    records::ListQuery query() const override;

private:
    QLineEdit *m_customer;
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
