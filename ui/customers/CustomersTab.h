#pragma once

#include "ui/records/RecordTab.h"

class QLineEdit;
class QPushButton;
class WriteDialog;

// Customers: find them (by email, name or id), create, edit and delete them, and start an
// invoice or an order for the one selected.
class CustomersTab : public RecordTab
{
    Q_OBJECT

public:
    explicit CustomersTab(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }

    // Each opens its dialog (returned for tests) for the selected customer.
    WriteDialog *newCustomer();
    WriteDialog *editSelected();
    WriteDialog *deleteSelected();
    WriteDialog *newInvoiceForSelected();
    WriteDialog *newOrderForSelected();

    QVariantMap filterValues() const override;
    void setFilterValues(const QVariantMap &values) override;

signals:
    void invoiceCreated(const QJsonObject &invoice);
    void orderCreated(const QJsonObject &order);

protected:
    records::ListQuery query() const override;
    void updateActions(const QJsonObject &current) override;

private:
    QLineEdit *m_search;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_invoice;
    QPushButton *m_order;
};
