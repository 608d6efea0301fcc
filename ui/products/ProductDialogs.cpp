#include "products/ProductDialogs.h"

#include "money/AmountParser.h"
#include "money/Currency.h"
#include "operations/CatalogOperations.h"
#include "records/Format.h"
#include "widgets/ChoiceBox.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

ProductDialog::ProductDialog(const operations::OperationContext &context, QWidget *parent)
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

operations::Operation *ProductDialog::makeOperation(QString *)
{
    return new operations::CreateProductOperation(m_context, m_name->text(), m_description->toPlainText());
}

PriceDialog::PriceDialog(const operations::OperationContext &context, const QJsonObject &product,
                         QWidget *parent)
    : WriteDialog(tr("New price"), context.isLive(), parent)
    , m_context(context)
    , m_product(product)
    , m_amount(new QLineEdit(this))
    , m_currency(new ChoiceBox(this))
    , m_nickname(new QLineEdit(this))
{
    setObjectName(QStringLiteral("priceDialog"));
    m_amount->setObjectName(QStringLiteral("amount"));
    // Its label is in another widget than its row, where a screen reader does not look for it.
    m_amount->setAccessibleName(tr("Amount"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_nickname->setObjectName(QStringLiteral("nickname"));
    for (const QString &code : money::Currency::commonCodes())
        m_currency->addChoice(code, code);
    m_currency->setAccessibleName(tr("Currency"));
    auto *amountRow = new QWidget(this);
    auto *amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amount, 1);
    amountLayout->addWidget(m_currency);
    form()->addRow(tr("Product:"), new QLabel(records::format::choiceLabel(product), this));
    form()->addRow(tr("&Amount:"), amountRow);
    // The label's buddy is the amount itself, not the row: Alt+A and its accessible name.
    if (auto *label = qobject_cast<QLabel *>(form()->labelForField(amountRow)))
        label->setBuddy(m_amount);
    form()->addRow(tr("&Nickname:"), m_nickname);
    connect(m_amount, &QLineEdit::textChanged, this, &PriceDialog::inputsChanged);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &PriceDialog::inputsChanged);
    connect(m_nickname, &QLineEdit::textChanged, this, &PriceDialog::inputsChanged);
}

operations::Operation *PriceDialog::makeOperation(QString *error)
{
    const auto parsed = money::AmountParser(QLocale(), money::AmountParser::ForPayment)
                            .parse(m_amount->text(), m_currency->value());
    if (!parsed.isOk()) {
        *error = parsed.error;
        return nullptr;
    }
    return new operations::CreatePriceOperation(m_context, m_product, parsed.money, m_nickname->text());
}
