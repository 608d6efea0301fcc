#pragma once

#include "src/queries/PaymentFilter.h"
#include "ui/records/RecordTab.h"

class ChoiceBox;
class CustomerPicker;
class QLineEdit;
class QPushButton;
class QTimer;

namespace queries {
class PaymentFinder;
}

// Charges: what customers paid, and how much of it was refunded; refunds start here. Payments
// are found like the Stripe Dashboard finds them: one search box (an email, a card's last four,
// an amount, a day or a range, any payment, PaymentIntent or refund id), a customer, status,
// currency and amount range; every tab's created range on top.
class PaymentsTab : public RecordTab
{
    Q_OBJECT

public:
    explicit PaymentsTab(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    CustomerPicker *customerFilter() const { return m_customer; }
    ChoiceBox *statusFilter() const { return m_status; }
    ChoiceBox *currencyFilter() const { return m_currency; }
    QLineEdit *minimumAmountField() const { return m_minimum; }
    QLineEdit *maximumAmountField() const { return m_maximum; }
    QPushButton *refundButton() const { return m_refund; }
    void filterByCustomer(const QString &customerId);
    // Searches for the text at once, as Enter in the search box does.
    void search(const QString &text);
    // Whether an email, a name or an id in the box is still being looked up.
    bool isSearching() const;
    // Opens the refund dialog for the selected payment; returns it (for tests), or null.
    class RefundDialog *refundSelected();

    QVariantMap filterValues() const override;
    void setFilterValues(const QVariantMap &values) override;

signals:
    void refunded(const QJsonObject &refund);
    // The filters were understood (emails and ids looked up) and the list asked for.
    void searched();

protected:
    records::ListQuery query() const override;
    void connectionChanged() override;
    void updateActions(const QJsonObject &charge) override;
    // Enter on a refundable payment: Refund… (which asks before it refunds); else the detail.
    QAbstractButton *defaultAction() const override;

private:
    QWidget *makeFilters();
    // Reads the filters, looks up what needs looking up, then loads (unless loading is left to
    // the caller, as when the account changes).
    void resolve(bool load = true);
    void onResolved(const queries::PaymentFilter &filter);

    QLineEdit *m_search;
    CustomerPicker *m_customer;
    ChoiceBox *m_status;
    ChoiceBox *m_currency;
    QLineEdit *m_minimum;
    QLineEdit *m_maximum;
    QPushButton *m_refund;
    QTimer *m_typingPause;
    queries::PaymentFinder *m_finder;
    records::ListQuery m_resolved;
    bool m_loadWhenResolved = true;
    bool m_rangeFromSearch = false; // the created range holds the box's dates
};
