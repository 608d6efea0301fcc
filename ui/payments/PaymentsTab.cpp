#include "payments/PaymentsTab.h"

#include "operations/RefundOperation.h"
#include "payments/RefundDialog.h"
#include "records/IdCheck.h"
#include "records/Json.h"
#include "records/RecordFetch.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace {

QLineEdit *idFilter(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setPlaceholderText(placeholder);
    field->setClearButtonEnabled(true);
    RecordTab::fixFilterWidth(field, 28);
    return field;
}

} // namespace

PaymentsTab::PaymentsTab(QWidget *parent)
    : RecordTab(records::Kind::Payment, QStringLiteral("payments"), parent)
    , m_customer(idFilter(QStringLiteral("paymentCustomer"), tr("Customer ID (cus_…)"), this))
    , m_refund(new QPushButton(tr("Ref&und…"), this)) // Alt+F is the File menu
{
    m_customer->setAccessibleName(tr("Payments of the customer with the ID"));
    filterLayout()->addWidget(m_customer);
    m_refund->setObjectName(QStringLiteral("refundButton"));
    m_refund->setEnabled(false);
    actionLayout()->addWidget(m_refund);
    connect(m_refund, &QPushButton::clicked, this, &PaymentsTab::refundSelected);
    requirePermission(m_refund, accounts::KeyPermissions::Area::Refunds);
    connect(m_customer, &QLineEdit::textEdited, this, &PaymentsTab::filtersEdited);
    connect(m_customer, &QLineEdit::returnPressed, this, &PaymentsTab::applyFilters);
    actsOnSelectedRow({m_refund});
}

QAbstractButton *PaymentsTab::defaultAction() const
{
    return m_refund;
}

QVariantMap PaymentsTab::filterValues() const
{
    return {{QStringLiteral("customer"), m_customer->text()}};
}

void PaymentsTab::setFilterValues(const QVariantMap &values)
{
    m_customer->setText(values.value(QStringLiteral("customer")).toString());
}

void PaymentsTab::filterByCustomer(const QString &customerId)
{
    m_customer->setText(customerId);
    applyFilters();
}

void PaymentsTab::updateActions(const QJsonObject &charge)
{
    namespace json = records::json;
    const bool refundable = json::string(charge, u"status") == QLatin1String("succeeded")
        && operations::RefundOperation::refundableOf(charge).minorUnits() > 0;
    m_refund->setEnabled(refundable);
    m_refund->setToolTip(charge.isEmpty() ? tr("Select a payment to refund it.")
                             : refundable
                             ? QString()
                             : tr("This payment cannot be refunded (failed, pending or refunded in full)."));
}

RefundDialog *PaymentsTab::refundSelected()
{
    const QJsonObject charge = currentObject();
    if (charge.isEmpty() || !m_refund->isEnabled())
        return nullptr;
    auto *dialog = new RefundDialog(writeContext(), charge, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefundDialog::written, this,
            [this, chargeId = records::json::string(charge, u"id")](const QJsonObject &refund) {
                emit refunded(refund);
                // The payment's row shows what is refunded now.
                auto *fetch = records::RecordFetch::start(client(), records::Kind::Payment, chargeId, this);
                connect(fetch, &records::RecordFetch::fetched, this, &PaymentsTab::recordChanged);
            });
    dialog->open();
    return dialog;
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
