#include "ui/mirrorview/MirrorOfferDialog.h"

#include "src/mirror/AccountMirror.h"
#include "ui/widgets/FitToText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

MirrorOfferDialog::MirrorOfferDialog(mirror::AccountMirror *account, const QString &accountName,
                                     QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_accountId(account ? account->accountId() : QString())
    , m_what(new QLabel(this))
    , m_where(new QLabel(this))
    , m_size(new QLabel(this))
    , m_control(new QLabel(this))
    , m_keep(new QPushButton(tr("&Keep a copy on this desk"), this))
    , m_notNow(new QPushButton(tr("&Not now"), this))
{
    setObjectName(QStringLiteral("mirrorOffer"));
    setWindowTitle(tr("Keep a copy of %1 on this desk?").arg(accountName));
    m_what->setText(tr("Paydesk can keep a copy of %1's customers, invoices and their lines, invoice items, "
                       "payments, refunds, "
                       "orders, products, prices, coupons, promotion codes and the saved cards of customers "
                       "who have them, as "
                       "Stripe returns them: names, email and postal addresses, amounts, card brands and "
                       "last 4 digits. Never "
                       "a card number, and never your API key. With it the Overview totals every invoice and "
                       "payment, and it is "
                       "kept current from Stripe's events every few seconds.")
                        .arg(accountName));
    m_where->setText(account ? tr("%1 — readable by you alone").arg(account->sqlitePath()) : QString());
    m_size->setText(tr("Counting the account…"));
    m_control->setText(
        tr("You can pause it, turn it off or delete it at any time: click where the status bar says "
           "where the figures come from, at its right."));
    for (QLabel *label : {m_what, m_where, m_size, m_control}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_where->setObjectName(QStringLiteral("offerWhere"));
    m_size->setObjectName(QStringLiteral("offerSize"));
    m_keep->setObjectName(QStringLiteral("keepCopy"));
    m_notNow->setObjectName(QStringLiteral("notNow"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_keep, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_notNow, QDialogButtonBox::RejectRole);
    m_notNow->setDefault(true); // live data: nothing is copied unless asked for
    auto *form = new QFormLayout;
    form->addRow(tr("Kept in:"), m_where);
    form->addRow(tr("Size:"), m_size);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addLayout(form);
    layout->addWidget(m_control);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    // A path does not wrap: the field is as wide as the file's name (within the screen).
    m_where->setMinimumWidth(std::min(fontMetrics().horizontalAdvance(m_where->text()) + 8,
                                      screen() ? screen()->availableGeometry().width() * 3 / 4 : 800));
    fitToText(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (mirror::SizeEstimate *estimate = account ? account->estimateSize(this) : nullptr)
        connect(estimate, &mirror::SizeEstimate::finished, this, &MirrorOfferDialog::showEstimate);
    else
        m_size->setText(tr("unknown"));
    m_notNow->setFocus(Qt::OtherFocusReason);
}

QString MirrorOfferDialog::text() const
{
    return QStringList {m_what->text(), m_where->text(), m_size->text(), m_control->text()}.join(
        QLatin1Char('\n'));
}

QString MirrorOfferDialog::sizeText() const
{
    return m_size->text();
}

void MirrorOfferDialog::showEstimate(const mirror::SizeEstimate::Result &result)
{
    QString text = mirror::SizeEstimate::describe(result);
    if (result.isKnown() && result.objects > 0) {
        // A page of 100 at a time, 20 requests a second (the mirror's limit for Stripe).
        const qint64 minutes = std::max<qint64>(1, (result.objects / 100 / 20 + 59) / 60);
        text += minutes == 1
            ? tr(". Making the copy takes about a minute; Paydesk works from Stripe meanwhile.")
            : tr(". Making the copy takes about %1 minutes; Paydesk works from Stripe meanwhile.")
                  .arg(QLocale().toString(minutes));
    }
    m_size->setText(text);
}

void MirrorOfferDialog::done(int result)
{
    // Answered once, whichever way it closes (Escape, the window's close button: not now).
    if (!m_answered && m_account && m_account->accountId() == m_accountId) {
        m_answered = true;
        m_account->setOn(result == QDialog::Accepted);
    }
    QDialog::done(result);
}
