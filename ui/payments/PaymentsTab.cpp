#include "payments/PaymentsTab.h"

#include "records/IdCheck.h"

#include <QHBoxLayout>
#include <QLineEdit>

namespace {

QLineEdit *idFilter(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setPlaceholderText(placeholder);
    field->setClearButtonEnabled(true);
    field->setMinimumWidth(field->fontMetrics().averageCharWidth() * 28);
    return field;
}

} // namespace

PaymentsTab::PaymentsTab(QWidget *parent)
    : RecordTab(records::Kind::Payment, QStringLiteral("payments"), parent)
    , m_customer(idFilter(QStringLiteral("paymentCustomer"), tr("Customer ID (cus_…)"), this))
{
    filterLayout()->addWidget(m_customer);
    connect(m_customer, &QLineEdit::textEdited, this, &PaymentsTab::filtersEdited);
    connect(m_customer, &QLineEdit::returnPressed, this, &PaymentsTab::applyFilters);
}

void PaymentsTab::filterByCustomer(const QString &customerId)
{
    m_customer->setText(customerId);
    applyFilters();
}

records::ListQuery PaymentsTab::query() const
{
    records::ListQuery query;
    query.path = QStringLiteral("/v1/charges");
    const QString customer = m_customer->text().trimmed();
    if (!customer.isEmpty()) {
        query.params.insert(QStringLiteral("customer"), customer);
        query.invalidReason = records::checkId(customer, records::Kind::Customer);
    }
    query.emptyText = customer.isEmpty() ? tr("No payments yet.") : tr("No payments from this customer.");
    return query;
}

RefundsTab::RefundsTab(QWidget *parent)
    : RecordTab(records::Kind::Refund, QStringLiteral("refunds"), parent)
    , m_payment(idFilter(QStringLiteral("refundPayment"), tr("Payment ID (ch_…)"), this))
{
    filterLayout()->addWidget(m_payment);
    connect(m_payment, &QLineEdit::textEdited, this, &RefundsTab::filtersEdited);
    connect(m_payment, &QLineEdit::returnPressed, this, &RefundsTab::applyFilters);
}

records::ListQuery RefundsTab::query() const
{
    records::ListQuery query;
    query.path = QStringLiteral("/v1/refunds");
    const QString payment = m_payment->text().trimmed();
    if (!payment.isEmpty()) {
        query.params.insert(QStringLiteral("charge"), payment);
        query.invalidReason = records::checkId(payment, records::Kind::Payment);
    }
    query.emptyText = payment.isEmpty() ? tr("No refunds yet.") : tr("No refunds for this payment.");
    return query;
}
