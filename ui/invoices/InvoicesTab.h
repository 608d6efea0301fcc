#pragma once

#include "ui/records/RecordTab.h"

#include "src/queries/TabQueries.h"
#include "src/writes/InvoiceWrites.h"

#include <QHash>

#include <optional>
#include <utility>

class ChoiceBox;
class CustomerPicker;
class DateRangeFilter;
class QLineEdit;
class QPushButton;
class WriteDialog;

// Invoices: filter by status, customer, currency and when payment is due; create drafts, add
// items, and move an invoice through its life — each action offered only in the states where
// Stripe allows it.
class InvoicesTab : public RecordTab
{
    Q_OBJECT

public:
    using Action = writes::InvoiceActionWrite::Action;

    explicit InvoicesTab(QWidget *parent = nullptr);

    ChoiceBox *statusFilter() const { return m_status; }
    CustomerPicker *customerFilter() const { return m_customer; }
    ChoiceBox *currencyFilter() const { return m_currency; }
    DateRangeFilter *dueFilter() const { return m_due; }
    QLineEdit *searchField() const { return m_search; }
    // Shows one customer's invoices (a jump from the customer's detail pane).
    void filterByCustomer(const QString &customerId);
    // Shows exactly these invoices (an Overview figure's), the due dates to the second the
    // figure counts from (the filter shows their days), every other filter cleared.
    void filterBy(const queries::InvoiceFilter &filter);
    // What the filters ask for: of Stripe (query()) and of the mirror alike.
    queries::InvoiceFilter invoiceFilter() const;

    // Opens the dialog for a new draft (for the customer in the filter), returned for tests.
    WriteDialog *newInvoice();
    WriteDialog *addItemToSelected();
    // Finalize, Send, Pay, Void, Mark uncollectible or Delete on the selected invoice.
    WriteDialog *actOnSelected(Action action);
    QPushButton *actionButton(Action action) const { return m_actionButtons.value(action); }
    QPushButton *addItemButton() const { return m_addItem; }

    QVariantMap filterValues() const override;
    void setFilterValues(const QVariantMap &values) override;

protected:
    records::ListQuery query() const override;
    void connectionChanged() override;
    void updateActions(const QJsonObject &invoice) override;
    // Enter on an invoice that can be paid: Pay… (which asks before it charges); else the detail.
    QAbstractButton *defaultAction() const override;

private:
    QWidget *makeFilters();

    ChoiceBox *m_status;
    CustomerPicker *m_customer;
    ChoiceBox *m_currency;
    DateRangeFilter *m_due;
    QLineEdit *m_search = nullptr;
    // Due dates to the second, from a figure, until the due filter is changed by hand.
    std::optional<std::pair<std::optional<qint64>, std::optional<qint64>>> m_exactDue;
    QPushButton *m_addItem;
    QHash<Action, QPushButton *> m_actionButtons;
};
