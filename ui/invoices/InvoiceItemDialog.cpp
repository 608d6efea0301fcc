#include "ui/invoices/InvoiceItemDialog.h"

#include "src/money/AmountParser.h"
#include "src/objects/Json.h"
#include "src/queries/PickerLists.h"
#include "src/records/Format.h"
#include "src/writes/InvoiceWrites.h"
#include "ui/widgets/RecordPicker.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>

InvoiceItemDialog::InvoiceItemDialog(const writes::WriteContext &context, const QJsonObject &invoice,
                                     QWidget *parent)
    : WriteDialog(tr("Add an item to the invoice"), context.isLive(), parent)
    , m_context(context)
    , m_invoice(invoice)
    , m_currency(objects::json::string(invoice, u"currency"))
    , m_byAmount(new QRadioButton(tr("An amount"), this))
    , m_byPrice(new QRadioButton(tr("A price from the catalogue"), this))
    , m_amount(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_price(new RecordPicker(this))
    , m_quantity(new QSpinBox(this))
{
    setObjectName(QStringLiteral("invoiceItemDialog"));
    m_amount->setObjectName(QStringLiteral("amount"));
    // Its label is in another widget than its row, where a screen reader does not look for it.
    m_amount->setAccessibleName(tr("Amount"));
    m_description->setObjectName(QStringLiteral("description"));
    m_price->setObjectName(QStringLiteral("price"));
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_byAmount->setChecked(true);
    m_quantity->setRange(1, 10000);
    m_description->setPlaceholderText(tr("What the customer reads on the invoice"));

    // A row widget, not a layout: QFormLayout gives a label a buddy (Alt+A, and the field's
    // accessible name) only when the field is a widget.
    auto *amountRow = new QWidget(this);
    auto *amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amount, 1);
    amountLayout->addWidget(new QLabel(m_currency.toUpper(), this));
    form()->addRow(tr("Invoice:"),
                   new QLabel(QStringLiteral("%1 — %2").arg(objects::json::string(invoice, u"id"),
                                                            records::format::customerOfInvoice(invoice)),
                              this));
    form()->addRow(m_byAmount);
    form()->addRow(tr("&Amount:"), amountRow);
    if (auto *label = qobject_cast<QLabel *>(form()->labelForField(amountRow)))
        label->setBuddy(m_amount);
    form()->addRow(tr("&Description:"), m_description);
    form()->addRow(m_byPrice);
    form()->addRow(tr("&Price:"), m_price);
    form()->addRow(tr("&Quantity:"), m_quantity);

    // Prices in the invoice's currency, with their product's name.
    m_price->load(context.client, queries::oneTimePrices(m_currency));

    const auto updateEnabled = [this] {
        const bool byAmount = m_byAmount->isChecked();
        m_amount->setEnabled(byAmount);
        m_price->setEnabled(!byAmount);
        m_quantity->setEnabled(!byAmount);
        inputsChanged();
    };
    connect(m_byAmount, &QRadioButton::toggled, this, updateEnabled);
    connect(m_amount, &QLineEdit::textChanged, this, &InvoiceItemDialog::inputsChanged);
    connect(m_description, &QLineEdit::textChanged, this, &InvoiceItemDialog::inputsChanged);
    connect(m_price, &QComboBox::currentIndexChanged, this, &InvoiceItemDialog::inputsChanged);
    connect(m_price, &RecordPicker::loaded, this, &InvoiceItemDialog::inputsChanged);
    connect(m_quantity, &QSpinBox::valueChanged, this, &InvoiceItemDialog::inputsChanged);
    updateEnabled();
}

writes::Write *InvoiceItemDialog::makeWrite(QString *error)
{
    auto *item = new writes::AddInvoiceItemWrite(m_context, m_invoice);
    if (m_byAmount->isChecked()) {
        const auto parsed = money::AmountParser(QLocale(), money::AmountParser::AllowNegative)
                                .parse(m_amount->text(), m_currency);
        if (!parsed.isOk()) {
            *error = parsed.error;
            delete item;
            return nullptr;
        }
        item->setAmount(parsed.money, m_description->text());
    } else {
        item->setPrice(m_price->currentObject(), m_quantity->value(), m_description->text());
    }
    return item;
}
