#include "invoices/InvoicesTab.h"

#include "records/IdCheck.h"
#include "widgets/ChoiceBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

InvoicesTab::InvoicesTab(QWidget *parent)
    : RecordTab(records::Kind::Invoice, QStringLiteral("invoices"), parent)
    , m_status(new ChoiceBox(this))
    , m_customer(new QLineEdit(this))
{
    m_status->setObjectName(QStringLiteral("invoiceStatus"));
    m_status->addChoice(tr("All statuses"), QString());
    m_status->addChoice(tr("Draft"), QStringLiteral("draft"));
    m_status->addChoice(tr("Open"), QStringLiteral("open"));
    m_status->addChoice(tr("Paid"), QStringLiteral("paid"));
    m_status->addChoice(tr("Uncollectible"), QStringLiteral("uncollectible"));
    m_status->addChoice(tr("Void"), QStringLiteral("void"));
    m_customer->setObjectName(QStringLiteral("invoiceCustomer"));
    m_customer->setPlaceholderText(tr("Customer ID (cus_…)"));
    m_customer->setClearButtonEnabled(true);
    m_customer->setMinimumWidth(m_customer->fontMetrics().averageCharWidth() * 26);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    filterLayout()->addWidget(statusLabel);
    filterLayout()->addWidget(m_status);
    filterLayout()->addWidget(m_customer);
    connect(m_status, &QComboBox::currentIndexChanged, this, &InvoicesTab::applyFilters);
    connect(m_customer, &QLineEdit::textEdited, this, &InvoicesTab::filtersEdited);
    connect(m_customer, &QLineEdit::returnPressed, this, &InvoicesTab::applyFilters);
}

void InvoicesTab::filterByCustomer(const QString &customerId)
{
    m_customer->setText(customerId);
    applyFilters();
}

records::ListQuery InvoicesTab::query() const
{
    records::ListQuery query;
    query.path = QStringLiteral("/v1/invoices");
    const QString status = m_status->value();
    const QString customer = m_customer->text().trimmed();
    if (!status.isEmpty())
        query.params.insert(QStringLiteral("status"), status);
    if (!customer.isEmpty()) {
        query.invalidReason = records::checkId(customer, records::Kind::Customer);
        query.params.insert(QStringLiteral("customer"), customer);
    }
    const QString statusWord = m_status->currentText().toLower();
    if (status.isEmpty())
        query.emptyText = customer.isEmpty() ? tr("No invoices yet.") : tr("No invoices for this customer.");
    else
        query.emptyText = customer.isEmpty() ? tr("No %1 invoices.").arg(statusWord)
                                             : tr("No %1 invoices for this customer.").arg(statusWord);
    return query;
}
