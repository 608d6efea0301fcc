#include "ui/products/ProductDialog.h"

#include "src/writes/ProductWrites.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

ProductDialog::ProductDialog(const writes::WriteContext &context, QWidget *parent)
    : WriteDialog(tr("New product"), context.isLive(), parent)
    , m_context(context)
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("productDialog"));
    m_name->setObjectName(QStringLiteral("name"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 4);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Description:"), m_description);
    form()->addRow(QString(), new QLabel(tr("Add its price after creating it (New price…)."), this));
    connect(m_name, &QLineEdit::textChanged, this, &ProductDialog::inputsChanged);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ProductDialog::inputsChanged);
}

writes::Write *ProductDialog::makeWrite(QString *)
{
    return new writes::CreateProductWrite(m_context, m_name->text(), m_description->toPlainText());
}
