#pragma once

#include "src/queries/TabQueries.h"
#include "ui/records/RecordTab.h"

class ChoiceBox;
class CustomerPicker;
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
    CustomerPicker *customerFilter() const { return m_customer; }
    QLineEdit *searchField() const { return m_search; }
    void filterByCustomer(const QString &customerId);
    QPushButton *payButton() const { return m_pay; }
    QPushButton *cancelButton() const { return m_cancel; }

    // A new order, for the customer in the filter if one is chosen, else chosen in the dialog
    // (New order starts from Customers too). Returned for tests.
    WriteDialog *newOrder();
    WriteDialog *paySelected();
    WriteDialog *cancelSelected();
    // After an order was created elsewhere: show it, and offer to pay it now.
    void orderCreated(const QJsonObject &order);
    // What the filters ask for: of Stripe (query()) and of the mirror alike.
    queries::OrderFilter orderFilter() const;

    QVariantMap filterValues() const override;
    void setFilterValues(const QVariantMap &values) override;

protected:
    records::ListQuery query() const override;
    void connectionChanged() override;
    void updateActions(const QJsonObject &order) override;
    // Enter on an order awaiting payment: Pay order… (which asks before it charges).
    QAbstractButton *defaultAction() const override;

private:
    ChoiceBox *m_status;
    CustomerPicker *m_customer;
    QLineEdit *m_search = nullptr;
    QPushButton *m_pay;
    QPushButton *m_cancel;
};
