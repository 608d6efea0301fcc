#include "ui/payments/RefundDialog.h"

#include "src/money/AmountParser.h"
#include "src/objects/Json.h"
#include "src/records/Format.h"
#include "ui/widgets/ChoiceBox.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using writes::RefundWrite;

RefundDialog::RefundDialog(const writes::WriteContext &context, const QJsonObject &charge, QWidget *parent)
    : WriteDialog(tr("Refund payment"), context.isLive(), parent)
    , m_context(context)
    , m_charge(charge)
    , m_amount(new QLineEdit(this))
    , m_reason(new ChoiceBox(this))
    , m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("refundDialog"));
    const RefundWrite probe(context, charge);
    const money::Money left = probe.refundable();
    const QString currency = left.currencyCode();

    auto *payment = new QLabel(this);
    payment->setTextFormat(Qt::PlainText);
    QString paymentText = records::format::money(charge, u"amount");
    const QString who = records::format::customerOfPayment(charge);
    if (!who.isEmpty())
        paymentText += QStringLiteral(" — ") + who;
    const QString card = records::format::cardOfPayment(charge);
    if (!card.isEmpty())
        paymentText += QStringLiteral(", ") + card;
    payment->setText(paymentText);
    form()->addRow(tr("Payment:"), payment);
    if (objects::json::integer(charge, u"amount_refunded").value_or(0) > 0)
        form()->addRow(tr("Already refunded:"),
                       new QLabel(records::format::money(charge, u"amount_refunded"), this));

    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAccessibleName(tr("Amount to refund, in %1").arg(currency));
    m_amount->setText(left.formatNumber());
    m_amount->setToolTip(tr("At most %1").arg(left.format()));
    if (probe.releasesAuthorisation()) {
        // Stripe releases an authorisation whole: there is no amount to choose, only to read.
        m_amount->hide();
        auto *whole = new QLabel(tr("%1, the whole authorisation").arg(left.format()), this);
        whole->setObjectName(QStringLiteral("wholeAmount"));
        form()->addRow(tr("Amount:"), whole);
    } else {
        auto *amountRow = new QWidget(this);
        auto *amountLayout = new QHBoxLayout(amountRow);
        amountLayout->setContentsMargins(0, 0, 0, 0);
        amountLayout->addWidget(m_amount, 1);
        amountLayout->addWidget(new QLabel(currency, this));
        form()->addRow(tr("&Amount:"), amountRow);
        if (auto *label = qobject_cast<QLabel *>(form()->labelForField(amountRow)))
            label->setBuddy(m_amount);
    }
    auto *leftLabel = new QLabel(probe.releasesAuthorisation()
                                     ? tr("Uncaptured: nothing was taken from the card yet. Refunding it "
                                          "releases the authorisation, the hold on the customer's card.")
                                     : tr("Left to refund: %1").arg(left.format()),
                                 this);
    leftLabel->setWordWrap(true);
    form()->addRow(QString(), leftLabel);

    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->addChoice(tr("Requested by customer"), QStringLiteral("requested_by_customer"));
    m_reason->addChoice(tr("Duplicate"), QStringLiteral("duplicate"));
    m_reason->addChoice(tr("Fraudulent"), QStringLiteral("fraudulent"));
    m_reason->addChoice(tr("Other (say why in the note)"), QStringLiteral("other"));
    form()->addRow(tr("&Reason:"), m_reason);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Note for the records (required for Other)"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 4);
    form()->addRow(tr("&Note:"), m_note);

    connect(m_amount, &QLineEdit::textChanged, this, &RefundDialog::inputsChanged);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &RefundDialog::inputsChanged);
    connect(m_note, &QPlainTextEdit::textChanged, this, &RefundDialog::inputsChanged);
}

writes::Write *RefundDialog::makeWrite(QString *error)
{
    auto *refund = new RefundWrite(m_context, m_charge);
    const money::AmountParser parser(QLocale(), money::AmountParser::ForPayment);
    const auto parsed = parser.parse(m_amount->text(), refund->refundable().currencyCode());
    if (!parsed.isOk()) {
        *error = parsed.error;
        delete refund;
        return nullptr;
    }
    refund->setAmount(parsed.money);
    const QString reason = m_reason->value();
    refund->setReason(reason == QLatin1String("duplicate")        ? RefundWrite::Reason::Duplicate
                          : reason == QLatin1String("fraudulent") ? RefundWrite::Reason::Fraudulent
                          : reason == QLatin1String("other")      ? RefundWrite::Reason::Other
                                                                  : RefundWrite::Reason::RequestedByCustomer);
    refund->setNote(m_note->toPlainText());
    m_confirmAmount = parsed.money.format();
    m_releases = refund->releasesAuthorisation();
    return refund;
}

QString RefundDialog::confirmLabel() const
{
    return m_releases ? tr("Release %1").arg(m_confirmAmount) : tr("Refund %1").arg(m_confirmAmount);
}

QWidget *RefundDialog::firstInput() const
{
    // The amount first, selected, so typing replaces what is prefilled: the full amount is
    // never one Enter away.
    return m_amount->isVisibleTo(this) ? m_amount : WriteDialog::firstInput();
}
