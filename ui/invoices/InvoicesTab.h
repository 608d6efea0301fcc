#pragma once

#include "records/RecordTab.h"

class ChoiceBox;
class QLineEdit;

class InvoicesTab : public RecordTab
{
    Q_OBJECT

public:
    explicit InvoicesTab(QWidget *parent = nullptr);

    ChoiceBox *statusFilter() const { return m_status; }
    QLineEdit *customerFilter() const { return m_customer; }
    // Shows one customer's invoices (a jump from the customer's detail pane).
    void filterByCustomer(const QString &customerId);

protected:
    records::ListQuery query() const override;

private:
    ChoiceBox *m_status;
    QLineEdit *m_customer;
};
