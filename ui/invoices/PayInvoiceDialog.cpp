#include "ui/invoices/PayInvoiceDialog.h"

#include "src/objects/Json.h"
#include "src/queries/PickerLists.h"
#include "src/records/Format.h"
#include "src/writes/InvoiceWrites.h"
#include "ui/widgets/RecordPicker.h"

#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>

using Action = writes::InvoiceActionWrite::Action;

PayInvoiceDialog::PayInvoiceDialog(const writes::WriteContext &context, const QJsonObject &invoice,
                                   QWidget *parent)
    : WriteDialog(tr("Pay invoice"), context.isLive(), parent)
    , m_context(context)
    , m_invoice(invoice)
    , m_saved(new QRadioButton(tr("Charge a saved payment method"), this))
    , m_outOfBand(new QRadioButton(tr("Paid outside Stripe (cash, bank transfer…)"), this))
    , m_method(new RecordPicker(this))
{
    setObjectName(QStringLiteral("payInvoiceDialog"));
    m_method->setObjectName(QStringLiteral("paymentMethod"));
    m_saved->setChecked(true);
    form()->addRow(tr("Invoice:"),
                   new QLabel(QStringLiteral("%1 — %2, %3")
                                  .arg(objects::json::string(invoice, u"number"),
                                       records::format::customerOfInvoice(invoice),
                                       records::format::money(invoice, u"amount_remaining")),
                              this));
    form()->addRow(m_saved);
    form()->addRow(tr("&Card:"), m_method);
    form()->addRow(m_outOfBand);

    const records::ListQuery methods = queries::savedCards(objects::json::id(invoice, u"customer"));
    // An expired card is marked in the list and never chosen for the user: it would be declined.
    m_method->setPreselectable(
        [](const QJsonObject &method) { return !records::format::isExpiredPaymentMethod(method); },
        tr("Every saved card has expired: choose one anyway, or record a payment made outside Stripe"));
    m_method->setAccessibleName(tr("Saved card"));
    m_method->load(context.client, methods);

    connect(m_saved, &QRadioButton::toggled, this, [this](bool saved) {
        m_method->setEnabled(saved);
        inputsChanged();
    });
    connect(m_method, &QComboBox::currentIndexChanged, this, &PayInvoiceDialog::inputsChanged);
    connect(m_method, &RecordPicker::loaded, this, &PayInvoiceDialog::inputsChanged);
}

writes::Write *PayInvoiceDialog::makeWrite(QString *)
{
    auto *pay = new writes::InvoiceActionWrite(m_context, m_invoice, Action::Pay);
    pay->setPaidOutOfBand(m_outOfBand->isChecked());
    pay->setPaymentMethod(m_method->currentId());
    return pay;
}

QString PayInvoiceDialog::confirmLabel() const
{
    const QString amount = records::format::money(m_invoice, u"amount_remaining");
    return m_outOfBand->isChecked() ? tr("Record as paid") : tr("Charge %1").arg(amount);
}
