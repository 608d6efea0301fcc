#include "ui/accounts/ConnectDialog.h"

#include "src/accounts/AccountProbe.h"
#include "src/accounts/AccountStore.h"
#include "src/accounts/KeyFormat.h"
#include "src/accounts/KeyVault.h"
#include "ui/widgets/FitToText.h"
#include "ui/widgets/SecretField.h"
#include "ui/widgets/Tones.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

ConnectDialog::ConnectDialog(accounts::KeyVault *vault, accounts::AccountStore *store, const QUrl &baseUrl,
                             QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_store(store)
    , m_baseUrl(baseUrl)
    , m_keyField(new SecretField(this))
    , m_show(new QToolButton(this))
    , m_message(new QLabel(this))
    , m_found(new QLabel(this))
    , m_check(new QPushButton(tr("&Check key"), this))
    , m_save(new QPushButton(tr("&Save and open"), this))
    , m_session(new QPushButton(tr("Keep for this session only"), this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Stripe"));
    auto *intro
        = new QLabel(tr("Paste a secret key (sk_…) or a restricted key (rk_…) from the Stripe Dashboard, "
                        "Developers → API keys. Paydesk keeps it in your system keychain, never in a file."),
                     this);
    intro->setWordWrap(true);
    fitToText(this);

    m_keyField->setObjectName(QStringLiteral("keyField"));
    m_keyField->setPlaceholderText(QStringLiteral("sk_live_… / sk_test_… / rk_live_… / rk_test_…"));
    m_keyField->setMinimumWidth(m_keyField->fontMetrics().averageCharWidth() * 56);
    m_show->setObjectName(QStringLiteral("showKey"));
    m_show->setText(tr("Show"));
    m_show->setCheckable(true);
    m_show->setToolTip(tr("Show or hide the key"));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyField, 1);
    keyRow->addWidget(m_show);

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_found->setObjectName(QStringLiteral("found"));
    m_found->setWordWrap(true);
    m_found->setTextFormat(Qt::PlainText);
    m_found->hide();
    QFont bold = m_found->font();
    bold.setBold(true);
    m_found->setFont(bold);

    m_check->setObjectName(QStringLiteral("checkButton"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_session->setObjectName(QStringLiteral("sessionButton"));
    m_check->setDefault(true);
    m_save->hide();
    m_session->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_session, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);

    auto *form = new QFormLayout;
    form->addRow(tr("API &key:"), keyRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(keyRow)))
        label->setBuddy(m_keyField);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_found);
    layout->addWidget(buttons);

    connect(m_keyField, &QLineEdit::textChanged, this, &ConnectDialog::keyEdited);
    connect(m_show, &QToolButton::toggled, m_keyField, &SecretField::setRevealed);
    connect(m_check, &QPushButton::clicked, this, &ConnectDialog::checkKey);
    connect(m_keyField, &QLineEdit::returnPressed, this, &ConnectDialog::checkKey);
    connect(m_save, &QPushButton::clicked, this, &ConnectDialog::save);
    connect(m_session, &QPushButton::clicked, this, &ConnectDialog::keepForSession);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    keyEdited();
    m_keyField->setFocus(Qt::OtherFocusReason);
}

ConnectDialog::~ConnectDialog()
{
    // The key leaves this dialog only through key(); wipe what is on screen.
    m_keyField->clear();
}

QString ConnectDialog::message() const
{
    return m_message->text();
}

QString ConnectDialog::foundText() const
{
    return m_found->isVisibleTo(this) ? m_found->text() : QString();
}

void ConnectDialog::setMessage(const QString &text, bool isError)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, isError ? liveRed() : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setText(text);
}

void ConnectDialog::keyEdited()
{
    if (m_probe)
        m_probe->cancel();
    m_found->hide();
    m_save->hide();
    m_session->hide();
    m_check->show();
    const accounts::KeyCheck check = accounts::checkKeyFormat(m_keyField->text());
    m_check->setEnabled(check.isUsable());
    // An empty field is not an error yet.
    setMessage(check.verdict == accounts::KeyVerdict::Empty ? QString() : check.message, !check.isUsable());
}

void ConnectDialog::checkKey()
{
    const accounts::KeyCheck check = accounts::checkKeyFormat(m_keyField->text());
    if (!check.isUsable()) {
        setMessage(check.message, true);
        return;
    }
    m_key = check.key;
    m_check->setEnabled(false);
    setMessage(tr("Checking the key with Stripe…"), false);
    delete m_probe;
    m_probe = new accounts::AccountProbe(m_baseUrl, m_key, this);
    connect(m_probe, &accounts::AccountProbe::found, this, [this](const accounts::Account &account) {
        m_account = account;
        const QString mode = account.isLive() ? tr("LIVE mode — real money") : tr("test mode");
        m_found->setText(
            tr("Found: %1 (%2), %3%4")
                .arg(account.displayName,
                     account.id.startsWith(QLatin1String("local_"))
                         ? tr("account id not readable with this key")
                         : account.id,
                     mode,
                     account.keyKind == accounts::KeyKind::Restricted ? tr(", restricted key") : QString()));
        QPalette palette = m_found->palette();
        palette.setColor(QPalette::WindowText,
                         account.isLive() ? liveRed() : this->palette().color(QPalette::WindowText));
        m_found->setPalette(palette);
        m_found->show();
        setMessage(QString(), false);
        m_check->hide();
        m_save->show();
        m_save->setEnabled(true);
        m_save->setDefault(true);
    });
    connect(m_probe, &accounts::AccountProbe::failed, this,
            [this](const stripe::Error &, const QString &message) {
                setMessage(message, true);
                m_check->setEnabled(true);
            });
    m_probe->start();
}

void ConnectDialog::save()
{
    m_save->setEnabled(false);
    setMessage(tr("Saving the key in the system keychain…"), false);
    accounts::VaultJob *job = m_vault->storeKey(m_account.id, m_key);
    connect(job, &accounts::VaultJob::finished, this, [this](const accounts::VaultResult &result) {
        if (result.isOk()) {
            m_store->save(m_account);
            m_store->setCurrentAccountId(m_account.id);
            m_sessionOnly = false;
            accept();
            return;
        }
        setMessage(result.error.userMessage(), true);
        m_save->setEnabled(true);
        m_save->setText(tr("Try the keychain again"));
        m_session->setVisible(result.error.canKeepForSession());
    });
}

void ConnectDialog::keepForSession()
{
    // In memory only, and not in the account list: nothing about it outlives this run.
    m_vault->keepForSession(m_account.id, m_key);
    m_sessionOnly = true;
    accept();
}
