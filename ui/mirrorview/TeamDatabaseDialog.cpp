#include "ui/mirrorview/TeamDatabaseDialog.h"

#include "src/mirror/AccountMirror.h"
#include "src/mirror/StoreConfig.h"
#include "ui/widgets/FitToText.h"
#include "ui/widgets/SecretField.h"

#include "src/accounts/KeyVault.h"
#include "src/accounts/VaultError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

// A value in libpq's keyword form: quoted when it holds a space, a quote or a backslash.
QString keywordValue(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\''))
        && !value.contains(QLatin1Char('\\')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("'"), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

TeamDatabaseDialog::TeamDatabaseDialog(mirror::AccountMirror *account, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_address(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_options(new QLineEdit(this))
    , m_password(new SecretField(this))
    , m_message(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_save(new QPushButton(tr("&Save and use it"), this))
    , m_ownCopy(new QPushButton(tr("Use this desk's own cop&y"), this))
{
    setObjectName(QStringLiteral("teamDatabaseDialog"));
    setWindowTitle(tr("Team database"));
    auto *intro = new QLabel(
        tr("A team can keep this account's copy in its own PostgreSQL database: one desk keeps it current "
           "from "
           "Stripe, every desk reads it. Paydesk makes a schema of its own there, paydesk_mirror (the user "
           "needs "
           "CREATE on the database). The password is kept in the system keychain, never in a file."),
        this);
    intro->setWordWrap(true);

    m_address->setObjectName(QStringLiteral("teamAddress"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database?sslmode=require"));
    m_address->setAccessibleName(tr("Connection string"));
    m_address->setClearButtonEnabled(true);
    m_host->setObjectName(QStringLiteral("teamHost"));
    m_host->setPlaceholderText(tr("db.example.com or /run/postgresql"));
    m_port->setObjectName(QStringLiteral("teamPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("teamDatabaseName"));
    m_user->setObjectName(QStringLiteral("teamUser"));
    m_options->setObjectName(QStringLiteral("teamOptions"));
    m_options->setPlaceholderText(QStringLiteral("sslmode=verify-full sslrootcert=/path/to/ca.pem"));
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_password->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    m_message->setObjectName(QStringLiteral("teamMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_save->setObjectName(QStringLiteral("saveTeamDatabase"));
    m_ownCopy->setObjectName(QStringLiteral("useOwnCopy"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Connection string:"), m_address);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Other &options:"), m_options);
    for (QWidget *field :
         QList<QWidget *> {m_address, m_host, m_port, m_database, m_user, m_password, m_options})
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            label->setBuddy(field);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_ownCopy, QDialogButtonBox::ResetRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    fitToText(this);

    const QString current = account ? account->teamConnection() : QString();
    fillFrom(current);
    m_ownCopy->setVisible(!current.isEmpty());
    if (!current.isEmpty())
        m_password->setPlaceholderText(tr("(kept in the system keychain; type to replace it)"));

    connect(m_address, &QLineEdit::textEdited, this, &TeamDatabaseDialog::addressEdited);
    for (QLineEdit *field : {m_host, m_database, m_user, m_options})
        connect(field, &QLineEdit::textEdited, this, &TeamDatabaseDialog::fieldsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamDatabaseDialog::fieldsEdited);
    connect(m_test, &QPushButton::clicked, this, &TeamDatabaseDialog::test);
    connect(m_save, &QPushButton::clicked, this, &TeamDatabaseDialog::save);
    connect(m_ownCopy, &QPushButton::clicked, this, &TeamDatabaseDialog::useOwnCopy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_test->setDefault(true);
    (current.isEmpty() ? m_address : m_password)->setFocus(Qt::OtherFocusReason);
}

TeamDatabaseDialog::~TeamDatabaseDialog()
{
    m_password->clear();
}

QString TeamDatabaseDialog::message() const
{
    return m_message->text();
}

void TeamDatabaseDialog::setMessage(const QString &text, bool isError)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, isError ? QColor(0xC6, 0x28, 0x28) : QColor(0x1B, 0x5E, 0x20));
    m_message->setPalette(palette);
    // Always in the layout (empty when there is nothing to say): the window is sized with it.
    m_message->setText(text);
}

void TeamDatabaseDialog::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    m_save->setEnabled(!busy);
    m_ownCopy->setEnabled(!busy);
}

void TeamDatabaseDialog::fillFrom(const QString &connection)
{
    if (connection.trimmed().isEmpty())
        return;
    QString problem;
    const mirror::PostgresAddress address = mirror::PostgresAddress::parse(connection, &problem);
    if (!problem.isEmpty()) {
        setMessage(problem, true);
        return;
    }
    m_filling = true;
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_options->setText(QString(address.options).replace(QLatin1Char(';'), QLatin1Char(' ')));
    m_address->setText(connectionString());
    m_filling = false;
}

void TeamDatabaseDialog::addressEdited()
{
    const QString text = m_address->text().trimmed();
    if (text.isEmpty()) {
        setMessage({}, false);
        return;
    }
    QString problem;
    mirror::PostgresAddress::parse(text, &problem);
    if (!problem.isEmpty()) {
        setMessage(problem, true);
        return;
    }
    setMessage({}, false);
    const QString typed = m_address->text();
    fillFrom(text);
    m_address->setText(typed); // as typed, while typing
}

void TeamDatabaseDialog::fieldsEdited()
{
    if (m_filling)
        return;
    m_address->setText(connectionString());
    setMessage({}, false);
}

QString TeamDatabaseDialog::connectionString() const
{
    QStringList parts;
    if (!m_host->text().trimmed().isEmpty())
        parts << QStringLiteral("host=") + keywordValue(m_host->text().trimmed());
    parts << QStringLiteral("port=%1").arg(m_port->value());
    parts << QStringLiteral("dbname=") + keywordValue(m_database->text().trimmed());
    if (!m_user->text().trimmed().isEmpty())
        parts << QStringLiteral("user=") + keywordValue(m_user->text().trimmed());
    if (!m_options->text().trimmed().isEmpty())
        parts << m_options->text().trimmed();
    return parts.join(QLatin1Char(' '));
}

void TeamDatabaseDialog::withPassword(std::function<void(const QString &, const QString &)> done)
{
    if (!m_password->text().isEmpty() || !m_account || m_account->teamConnection().isEmpty()
        || !m_account->vault()) {
        done(m_password->text(), QString());
        return;
    }
    accounts::VaultJob *job = m_account->vault()->readTeamPassword(m_account->accountId());
    connect(job, &accounts::VaultJob::finished, this, [done](const accounts::VaultResult &result) {
        if (result.isOk() || result.error.kind() == accounts::VaultError::Kind::NotFound)
            done(result.key, QString());
        else
            done(QString(),
                 tr("The saved password could not be read from the system keychain (%1). Type it again.")
                     .arg(mirror::AccountMirror::keychainTrouble(result.error)));
    });
}

void TeamDatabaseDialog::test()
{
    if (m_database->text().trimmed().isEmpty()) {
        setMessage(tr("Enter the name of the database."), true);
        return;
    }
    setBusy(true);
    setMessage(tr("Connecting…"), false);
    withPassword([this](const QString &password, const QString &problem) {
        if (!problem.isEmpty()) {
            setBusy(false);
            setMessage(problem, true);
            return;
        }
        delete m_check;
        m_check = new mirror::TeamConnectionCheck(connectionString(), password,
                                                  m_account ? m_account->accountId() : QString(), this);
        connect(m_check, &mirror::TeamConnectionCheck::finished, this,
                [this](const mirror::TeamConnectionCheck::Result &result) {
                    setBusy(false);
                    setMessage(result.message, !result.ok);
                });
        m_check->start();
    });
}

void TeamDatabaseDialog::save()
{
    if (!m_account)
        return;
    const QString connection = connectionString();
    QString problem;
    mirror::PostgresAddress::parse(connection, &problem);
    if (!problem.isEmpty()) {
        setMessage(problem, true);
        return;
    }
    setBusy(true);
    const QString typed = m_password->text();
    auto use = [this, connection](const QString &password) {
        setBusy(false);
        m_account->useTeamDatabase(connection, password);
        emit announced(tr("This account's copy is now kept in the team database (%1).")
                           .arg(mirror::PostgresAddress::parse(connection, nullptr).display()));
        accept();
    };
    if (typed.isEmpty()) {
        withPassword([this, use](const QString &password, const QString &why) {
            if (!why.isEmpty()) {
                setBusy(false);
                setMessage(why, true);
                return;
            }
            use(password);
        });
        return;
    }
    if (!m_account->vault()) {
        setBusy(false);
        setMessage(tr("This Paydesk has no keychain to keep the password in."), true);
        return;
    }
    setMessage(tr("Saving the password in the system keychain…"), false);
    accounts::VaultJob *job = m_account->vault()->storeTeamPassword(m_account->accountId(), typed);
    connect(
        job, &accounts::VaultJob::finished, this, [this, use, typed](const accounts::VaultResult &result) {
            if (!result.isOk()) {
                setBusy(false);
                setMessage(
                    tr("The password could not be saved in the system keychain, so nothing was changed (%1).")
                        .arg(mirror::AccountMirror::keychainTrouble(result.error)),
                    true);
                return;
            }
            use(typed);
        });
}

void TeamDatabaseDialog::useOwnCopy()
{
    if (!m_account)
        return;
    m_account->useTeamDatabase(QString(), QString());
    if (m_account->vault())
        (void)m_account->vault()->forgetTeamPassword(m_account->accountId());
    emit announced(tr("This account's copy is kept on this desk again (%1).").arg(m_account->sqlitePath()));
    accept();
}
