#include "ui/products/PriceDialog.h"

#include "src/money/AmountParser.h"
#include "src/money/Currency.h"
#include "src/records/Format.h"
#include "src/writes/ProductWrites.h"
#include "ui/widgets/ChoiceBox.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

PriceDialog::PriceDialog(const writes::WriteContext &context, const QJsonObject &product, QWidget *parent)
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

writes::Write *PriceDialog::makeWrite(QString *error)
{
    const auto parsed = money::AmountParser(QLocale(), money::AmountParser::ForPayment)
                            .parse(m_amount->text(), m_currency->value());
    if (!parsed.isOk()) {
        *error = parsed.error;
        return nullptr;
    }
    return new writes::CreatePriceWrite(m_context, m_product, parsed.money, m_nickname->text());
}
