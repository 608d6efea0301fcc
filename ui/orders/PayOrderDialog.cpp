#include "ui/orders/PayOrderDialog.h"

#include "src/objects/Json.h"
#include "src/queries/PickerLists.h"
#include "src/records/Format.h"
#include "ui/widgets/ChoiceBox.h"
#include "ui/widgets/RecordPicker.h"

#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>

PayOrderDialog::PayOrderDialog(const writes::WriteContext &context, const QJsonObject &order, QWidget *parent)
    : WriteDialog(tr("Pay order"), context.isLive(), parent)
    , m_context(context)
    , m_order(order)
    , m_saved(new QRadioButton(tr("A saved card of the customer"), this))
    , m_test(new QRadioButton(tr("A Stripe test card (test mode only)"), this))
    , m_savedCards(new RecordPicker(this))
    , m_testCards(new ChoiceBox(this))
{
    setObjectName(QStringLiteral("payOrderDialog"));
    m_savedCards->setObjectName(QStringLiteral("savedCard"));
    m_testCards->setObjectName(QStringLiteral("testCard"));
    form()->addRow(tr("Order:"),
                   new QLabel(QStringLiteral("%1 — %2").arg(records::format::money(order, u"amount"),
                                                            objects::json::string(order, u"description")),
                              this));
    form()->addRow(m_saved);
    form()->addRow(tr("&Card:"), m_savedCards);
    // Raw card numbers are never typed into Paydesk (that needs PCI compliance): only saved
    // cards, and in test mode Stripe's test payment methods.
    if (!context.isLive()) {
        form()->addRow(m_test);
        form()->addRow(tr("&Test card:"), m_testCards);
        for (const QString &method : writes::testPaymentMethods())
            m_testCards->addChoice(writes::testPaymentMethodName(method), method);
    } else {
        m_test->hide();
        m_testCards->hide();
    }
    m_saved->setChecked(true);

    const QString customer = objects::json::id(order, u"customer");
    const records::ListQuery methods = queries::savedCards(customer);
    // An expired card is marked in the list and never chosen for the user: it would be declined.
    m_savedCards->setPreselectable(
        [](const QJsonObject &method) { return !records::format::isExpiredPaymentMethod(method); },
        tr("Every saved card has expired"));
    m_savedCards->load(context.client, methods);
    connect(m_savedCards, &RecordPicker::loaded, this, [this] {
        if (m_savedCards->currentIndex() < 0 && !m_context.isLive())
            m_test->setChecked(true);
        inputsChanged();
    });

    connect(m_saved, &QRadioButton::toggled, this, &PayOrderDialog::inputsChanged);
    connect(m_test, &QRadioButton::toggled, this, &PayOrderDialog::inputsChanged);
    connect(m_savedCards, &QComboBox::currentIndexChanged, this, &PayOrderDialog::inputsChanged);
    connect(m_testCards, &QComboBox::currentIndexChanged, this, &PayOrderDialog::inputsChanged);
}

writes::Write *PayOrderDialog::makeWrite(QString *)
{
    const QString method = m_test->isChecked() ? m_testCards->value() : m_savedCards->currentId();
    auto *pay = new writes::PayOrderWrite(m_context, m_order, method);
    if (!m_test->isChecked())
        pay->setPaymentMethodLabel(records::format::choiceLabel(m_savedCards->currentObject()));
    return pay;
}

QString PayOrderDialog::confirmLabel() const
{
    return tr("Charge %1").arg(records::format::money(m_order, u"amount"));
}
