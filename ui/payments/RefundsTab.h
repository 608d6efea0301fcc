#pragma once

#include "ui/records/RecordTab.h"

class QLineEdit;

// Refunds, optionally of one payment; each names the customer it went back to.
class RefundsTab : public RecordTab
{
    Q_OBJECT

public:
    explicit RefundsTab(QWidget *parent = nullptr);

    QLineEdit *paymentFilter() const { return m_payment; }

    QVariantMap filterValues() const override;
    void setFilterValues(const QVariantMap &values) override;

protected:
    records::ListQuery query() const override;

private:
    QLineEdit *m_payment;
};
