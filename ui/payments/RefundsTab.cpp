#include "ui/payments/RefundsTab.h"

#include "src/money/Currency.h"
#include "src/queries/TabQueries.h"
#include "ui/widgets/ChoiceBox.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>

RefundsTab::RefundsTab(QWidget *parent)
    : RecordTab(objects::Kind::Refund, QStringLiteral("refunds"), parent)
    , m_payment(new QLineEdit(this))
    , m_status(new ChoiceBox(this))
    , m_currency(new ChoiceBox(this))
{
    m_payment->setObjectName(QStringLiteral("refundPayment"));
    m_payment->setPlaceholderText(tr("Payment ID (ch_…)"));
    m_payment->setClearButtonEnabled(true);
    fixFilterWidth(m_payment, 28);
    m_payment->setAccessibleName(tr("Refunds of the payment with the ID"));
    // Stripe's refund statuses (docs.stripe.com/api/refunds/object#refund_object-status).
    m_status->setObjectName(QStringLiteral("refundStatus"));
    m_status->setAccessibleName(tr("Refund status"));
    m_status->addChoice(tr("All statuses"), QString());
    m_status->addChoice(tr("Succeeded"), QStringLiteral("succeeded"));
    m_status->addChoice(tr("Pending"), QStringLiteral("pending"));
    m_status->addChoice(tr("Requires action"), QStringLiteral("requires_action"));
    m_status->addChoice(tr("Failed"), QStringLiteral("failed"));
    m_status->addChoice(tr("Canceled"), QStringLiteral("canceled"));
    m_currency->setObjectName(QStringLiteral("refundCurrency"));
    m_currency->setAccessibleName(tr("Refund currency"));
    m_currency->addChoice(tr("Any currency"), QString());
    for (const QString &code : money::Currency::commonCodes())
        m_currency->addChoice(code, code);
    filterLayout()->addWidget(m_payment);
    filterLayout()->addWidget(m_status);
    filterLayout()->addWidget(m_currency);
    connect(m_payment, &QLineEdit::textEdited, this, &RefundsTab::filtersEdited);
    connect(m_payment, &QLineEdit::returnPressed, this, &RefundsTab::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RefundsTab::applyFilters);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &RefundsTab::applyFilters);
    m_search = addSearchField(QStringLiteral("refundSearch"), tr("Email, name, last 4 or ID"),
                              tr("Search refunds"), 24);
    m_search->setToolTip(
        tr("Finds refunds by any word of their payment's email, card last 4 or customer, their "
           "description, metadata or ID. Stripe cannot search refunds: this searches this desk's "
           "copy of the account."));
}

QVariantMap RefundsTab::filterValues() const
{
    return {{QStringLiteral("payment"), m_payment->text()},
            {QStringLiteral("status"), m_status->value()},
            {QStringLiteral("currency"), m_currency->value()},
            {QStringLiteral("search"), m_search->text()}};
}

void RefundsTab::setFilterValues(const QVariantMap &values)
{
    // One load, by the caller, for all of them.
    const QSignalBlocker statusBlocker(m_status);
    const QSignalBlocker currencyBlocker(m_currency);
    m_payment->setText(values.value(QStringLiteral("payment")).toString());
    if (!m_status->selectValue(values.value(QStringLiteral("status")).toString()))
        m_status->setCurrentIndex(0);
    if (!m_currency->selectValue(values.value(QStringLiteral("currency")).toString()))
        m_currency->setCurrentIndex(0);
    m_search->setText(values.value(QStringLiteral("search")).toString());
}

queries::RefundFilter RefundsTab::refundFilter() const
{
    return {m_payment->text().trimmed(), m_status->value(), m_currency->value().toLower(), m_search->text()};
}

records::ListQuery RefundsTab::query() const
{
    return queries::refundsQuery(refundFilter());
}
