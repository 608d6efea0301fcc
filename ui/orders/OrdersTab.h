#pragma once

#include "records/RecordTab.h"

class ChoiceBox;
class QLineEdit;

// Orders are PaymentIntents that Paydesk created from price line items, marked with
// metadata paydesk_order=1.
class OrdersTab : public RecordTab
{
    Q_OBJECT

public:
    explicit OrdersTab(QWidget *parent = nullptr);

    ChoiceBox *statusFilter() const { return m_status; }
    QLineEdit *customerFilter() const { return m_customer; }

protected:
    records::ListQuery query() const override;

private:
    ChoiceBox *m_status;
    QLineEdit *m_customer;
};
