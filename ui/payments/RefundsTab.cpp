#include "ui/payments/RefundsTab.h"

#include "src/queries/TabQueries.h"

#include <QHBoxLayout>
#include <QLineEdit>

RefundsTab::RefundsTab(QWidget *parent)
    : RecordTab(objects::Kind::Refund, QStringLiteral("refunds"), parent)
    , m_payment(new QLineEdit(this))
{
    m_payment->setObjectName(QStringLiteral("refundPayment"));
    m_payment->setPlaceholderText(tr("Payment ID (ch_…)"));
    m_payment->setClearButtonEnabled(true);
    fixFilterWidth(m_payment, 28);
    m_payment->setAccessibleName(tr("Refunds of the payment with the ID"));
    filterLayout()->addWidget(m_payment);
    connect(m_payment, &QLineEdit::textEdited, this, &RefundsTab::filtersEdited);
    connect(m_payment, &QLineEdit::returnPressed, this, &RefundsTab::applyFilters);
}

QVariantMap RefundsTab::filterValues() const
{
    return {{QStringLiteral("payment"), m_payment->text()}};
}

void RefundsTab::setFilterValues(const QVariantMap &values)
{
    m_payment->setText(values.value(QStringLiteral("payment")).toString());
}

records::ListQuery RefundsTab::query() const
{
    return queries::refundsQuery({m_payment->text()});
}
