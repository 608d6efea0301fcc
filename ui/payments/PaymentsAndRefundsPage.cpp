#include "ui/payments/PaymentsAndRefundsPage.h"

#include "ui/payments/PaymentsTab.h"
#include "ui/payments/RefundsTab.h"

PaymentsAndRefundsPage::PaymentsAndRefundsPage(QWidget *parent)
    : QTabWidget(parent)
    , m_payments(new PaymentsTab(this))
    , m_refunds(new RefundsTab(this))
{
    setObjectName(QStringLiteral("paymentsAndRefunds"));
    setDocumentMode(true);
    // Alt+P opens this page and Alt+F the File menu: the sub-tabs take Y and S.
    addTab(m_payments, tr("Pa&yments"));
    addTab(m_refunds, tr("Refund&s"));
}

RecordTab *PaymentsAndRefundsPage::current() const
{
    return currentIndex() == 0 ? static_cast<RecordTab *>(m_payments) : m_refunds;
}
