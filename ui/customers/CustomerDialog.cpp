#include "ui/customers/CustomerDialog.h"

#include "ui/widgets/MetadataEditor.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

CustomerDialog::CustomerDialog(const writes::WriteContext &context, const QJsonObject &customer,
                               QWidget *parent)
    : WriteDialog(customer.isEmpty() ? tr("New customer") : tr("Edit customer"), context.isLive(), parent)
    , m_context(context)
    , m_customer(customer)
    , m_email(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_metadata(new MetadataEditor(this))
{
    setObjectName(QStringLiteral("customerDialog"));
    m_email->setObjectName(QStringLiteral("email"));
    m_name->setObjectName(QStringLiteral("name"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_description->setObjectName(QStringLiteral("description"));
    m_email->setPlaceholderText(QStringLiteral("jane@example.com"));
    m_phone->setPlaceholderText(QStringLiteral("+1 555 010 0100"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 4);
    form()->addRow(tr("&Email:"), m_email);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Phone:"), m_phone);
    form()->addRow(tr("&Description:"), m_description);
    form()->addRow(tr("&Metadata:"), m_metadata);
    resize(560, sizeHint().height());

    if (!customer.isEmpty()) {
        const writes::CustomerFields current = writes::CustomerFields::fromCustomer(customer);
        m_email->setText(current.email);
        m_name->setText(current.name);
        m_phone->setText(current.phone);
        m_description->setPlainText(current.description);
        m_metadata->setMetadata(current.metadata);
    }
    for (QLineEdit *field : {m_email, m_name, m_phone})
        connect(field, &QLineEdit::textChanged, this, &CustomerDialog::inputsChanged);
    connect(m_description, &QPlainTextEdit::textChanged, this, &CustomerDialog::inputsChanged);
    connect(m_metadata, &MetadataEditor::changed, this, &CustomerDialog::inputsChanged);
}

writes::CustomerFields CustomerDialog::fields() const
{
    writes::CustomerFields fields;
    fields.email = m_email->text();
    fields.name = m_name->text();
    fields.phone = m_phone->text();
    fields.description = m_description->toPlainText();
    fields.metadata = m_metadata->metadata();
    return fields;
}

writes::Write *CustomerDialog::makeWrite(QString *)
{
    if (m_customer.isEmpty())
        return new writes::CreateCustomerWrite(m_context, fields());
    return new writes::UpdateCustomerWrite(m_context, m_customer, fields());
}

QString CustomerDialog::confirmLabel() const
{
    return m_customer.isEmpty() ? tr("Create customer") : tr("Save changes");
}
