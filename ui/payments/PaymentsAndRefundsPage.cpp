#include "payments/PaymentsAndRefundsPage.h"

#include "payments/PaymentsTab.h"

PaymentsAndRefundsPage::PaymentsAndRefundsPage(QWidget *parent)
    : QTabWidget(parent)
    , m_payments(new PaymentsTab(this))
    , m_refunds(new RefundsTab(this))
{
    setObjectName(QStringLiteral("paymentsAndRefunds"));
    setDocumentMode(true);
    addTab(m_payments, tr("&Payments"));
    addTab(m_refunds, tr("Re&funds"));
}

RecordTab *PaymentsAndRefundsPage::current() const
{
    return currentIndex() == 0 ? static_cast<RecordTab *>(m_payments) : m_refunds;
}
