#pragma once

#include <QTabWidget>

class PaymentsTab;
class RefundsTab;
class RecordTab;

// The "Payments & refunds" tab: payments (charges) and refunds side by side as two sub-tabs.
class PaymentsAndRefundsPage : public QTabWidget
{
    Q_OBJECT

public:
    explicit PaymentsAndRefundsPage(QWidget *parent = nullptr);

    PaymentsTab *payments() const { return m_payments; }
    RefundsTab *refunds() const { return m_refunds; }
    RecordTab *current() const;

private:
    PaymentsTab *m_payments;
    RefundsTab *m_refunds;
};
