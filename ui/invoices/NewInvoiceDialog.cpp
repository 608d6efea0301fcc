#include "ui/invoices/NewInvoiceDialog.h"

#include "src/money/Currency.h"
#include "src/records/Format.h"
#include "src/writes/InvoiceWrites.h"
#include "ui/widgets/ChoiceBox.h"
#include "ui/widgets/CustomerPicker.h"

#include <QFormLayout>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

NewInvoiceDialog::NewInvoiceDialog(const writes::WriteContext &context, const QJsonObject &customer,
                                   const QString &currency, QWidget *parent)
    : WriteDialog(tr("New draft invoice"), context.isLive(), parent)
    , m_context(context)
    , m_customer(new CustomerPicker(this))
    , m_charge(new QRadioButton(tr("Charge the customer's saved payment method"), this))
    , m_email(new QRadioButton(tr("Email the invoice; due in"), this))
    , m_days(new QSpinBox(this))
    , m_currency(new ChoiceBox(this))
    , m_description(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("newInvoiceDialog"));
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->setClient(context.client);
    m_customer->setCustomer(customer);
    m_days->setRange(1, 365);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days until the invoice is due"));
    // Due in N days means something only for an emailed invoice.
    m_days->setEnabled(false);
    m_charge->setChecked(true);
    m_currency->setObjectName(QStringLiteral("currency"));
    for (const QString &code : money::Currency::commonCodes())
        m_currency->addChoice(code, code.toLower());
    m_currency->selectValue(currency.isEmpty() ? QStringLiteral("usd") : currency.toLower());
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 3);
    m_description->setTabChangesFocus(true);

    auto *collection = new QWidget(this);
    auto *collectionLayout = new QVBoxLayout(collection);
    collectionLayout->setContentsMargins(0, 0, 0, 0);
    collectionLayout->addWidget(m_charge);
    auto *emailRow = new QHBoxLayout;
    emailRow->addWidget(m_email);
    emailRow->addWidget(m_days);
    emailRow->addStretch();
    collectionLayout->addLayout(emailRow);

    form()->addRow(tr("&Customer:"), m_customer);
    form()->addRow(tr("Payment:"), collection);
    form()->addRow(tr("C&urrency:"), m_currency);
    form()->addRow(tr("&Description:"), m_description);

    connect(m_customer, &CustomerPicker::customerChanged, this, &NewInvoiceDialog::inputsChanged);
    connect(m_email, &QRadioButton::toggled, m_days, &QSpinBox::setEnabled);
    connect(m_email, &QRadioButton::toggled, this, &NewInvoiceDialog::inputsChanged);
    connect(m_days, &QSpinBox::valueChanged, this, &NewInvoiceDialog::inputsChanged);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &NewInvoiceDialog::inputsChanged);
    connect(m_description, &QPlainTextEdit::textChanged, this, &NewInvoiceDialog::inputsChanged);
}

writes::Write *NewInvoiceDialog::makeWrite(QString *error)
{
    if (m_customer->customerId().isEmpty()) {
        *error = tr("Choose the customer: type part of their name or email, or paste their ID.");
        return nullptr;
    }
    auto *create = new writes::CreateInvoiceWrite(m_context, m_customer->customerId());
    if (!m_customer->customer().isEmpty())
        create->setCustomerName(records::format::customerName(m_customer->customer()));
    create->setSendToCustomer(m_email->isChecked(), m_days->value());
    create->setCurrency(m_currency->value());
    create->setDescription(m_description->toPlainText());
    return create;
}
