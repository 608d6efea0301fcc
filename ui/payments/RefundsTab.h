#pragma once

#include "src/queries/TabQueries.h"
#include "ui/records/RecordTab.h"

class ChoiceBox;
class QLineEdit;

// Refunds, optionally of one payment, of a status and currency; each names the customer it went
// back to.
class RefundsTab : public RecordTab
{
    Q_OBJECT

public:
    explicit RefundsTab(QWidget *parent = nullptr);

    QLineEdit *paymentFilter() const { return m_payment; }
    QLineEdit *searchField() const { return m_search; }
    ChoiceBox *statusFilter() const { return m_status; }
    ChoiceBox *currencyFilter() const { return m_currency; }
    // What the filters ask for: of Stripe (query()) and of the mirror alike.
    queries::RefundFilter refundFilter() const;

    QVariantMap filterValues() const override;
    void setFilterValues(const QVariantMap &values) override;

protected:
    records::ListQuery query() const override;

private:
    QLineEdit *m_payment;
    ChoiceBox *m_status;
    ChoiceBox *m_currency;
    QLineEdit *m_search = nullptr;
};
