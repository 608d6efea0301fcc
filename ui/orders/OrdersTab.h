#pragma once

#include "records/RecordTab.h"

class ChoiceBox;
class QLineEdit;
class QPushButton;
class WriteDialog;

// Orders are PaymentIntents that Paydesk created from price line items, marked with
// metadata paydesk_order=1.
class OrdersTab : public RecordTab
{
    Q_OBJECT

public:
    explicit OrdersTab(QWidget *parent = nullptr);

    ChoiceBox *statusFilter() const { return m_status; }
    QLineEdit *customerFilter() const { return m_customer; }
    QPushButton *payButton() const { return m_pay; }
    QPushButton *cancelButton() const { return m_cancel; }

    // A new order for the customer in the filter (New order starts from Customers too).
    void newOrder();
    WriteDialog *paySelected();
    WriteDialog *cancelSelected();
    // After an order was created elsewhere: show it, and offer to pay it now.
    void orderCreated(const QJsonObject &order);

protected:
    records::ListQuery query() const override;
    void updateActions(const QJsonObject &order) override;

private:
    ChoiceBox *m_status;
    QLineEdit *m_customer;
    QPushButton *m_pay;
    QPushButton *m_cancel;
};
