#include "src/accounts/AccountStore.h"

#include "src/accounts/KeyFormat.h"

#include <QSettings>

#include <algorithm>

namespace accounts {

namespace {

const QString groupName = QStringLiteral("accounts");
const QString currentKey = QStringLiteral("accounts/current");

QString accountGroup(const QString &id)
{
    return groupName + QLatin1Char('/') + id;
}

// A saved account is test or live. Anything but "test" reads as live: if the file was edited or
// damaged, showing a test account as live (more warnings) is the safe mistake, the other way
// round is not.
Mode savedMode(const QString &name)
{
    return accounts::modeFromName(name) == Mode::Test ? Mode::Test : Mode::Live;
}

QString keyKindName(KeyKind kind)
{
    return kind == KeyKind::Restricted ? QStringLiteral("restricted") : QStringLiteral("secret");
}

KeyKind keyKindFromName(const QString &name)
{
    return name == QLatin1String("restricted") ? KeyKind::Restricted : KeyKind::Secret;
}

} // namespace

AccountStore::AccountStore()
    : m_ownSettings(std::make_unique<QSettings>())
    , m_settings(m_ownSettings.get())
{ }

AccountStore::AccountStore(QSettings *settings)
    : m_settings(settings)
{
    Q_ASSERT(m_settings);
}

AccountStore::~AccountStore() = default;

QList<Account> AccountStore::accounts() const
{
    m_settings->beginGroup(groupName);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();

    QList<Account> result;
    for (const QString &id : ids) {
        if (const std::optional<Account> found = account(id))
            result.append(*found);
    }
    std::sort(result.begin(), result.end(), [](const Account &a, const Account &b) {
        const int byName = QString::compare(a.displayName, b.displayName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return result;
}

std::optional<Account> AccountStore::account(const QString &id) const
{
    // A hand-made group with a strange name is not an account Paydesk saved.
    if (!contains(id))
        return std::nullopt;
    m_settings->beginGroup(accountGroup(id));
    Account found;
    found.id = id;
    found.displayName = m_settings->value(QStringLiteral("name")).toString();
    found.mode = savedMode(m_settings->value(QStringLiteral("mode")).toString());
    found.keyKind = keyKindFromName(m_settings->value(QStringLiteral("keyKind")).toString());
    m_settings->endGroup();
    if (found.displayName.isEmpty())
        found.displayName = id;
    return found;
}

bool AccountStore::contains(const QString &id) const
{
    if (!Account::isValidId(id))
        return false;
    m_settings->beginGroup(groupName);
    const bool found = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    return found;
}

bool AccountStore::save(const Account &account)
{
    if (!account.isValid())
        return false;
    m_settings->beginGroup(accountGroup(account.id));
    // Account names are typed or pasted by people; a key pasted into the wrong field is saved
    // masked, so the settings file can never hold one.
    m_settings->setValue(QStringLiteral("name"), redactSecretKeys(account.displayName.trimmed()));
    m_settings->setValue(QStringLiteral("mode"),
                         accounts::modeName(account.mode == Mode::Live ? Mode::Live : Mode::Test));
    m_settings->setValue(QStringLiteral("keyKind"), keyKindName(account.keyKind));
    m_settings->endGroup();
    return true;
}

void AccountStore::remove(const QString &id)
{
    if (!Account::isValidId(id))
        return;
    m_settings->remove(accountGroup(id));
    if (m_settings->value(currentKey).toString() == id)
        m_settings->remove(currentKey);
}

QString AccountStore::currentAccountId() const
{
    const QString id = m_settings->value(currentKey).toString();
    return contains(id) ? id : QString();
}

bool AccountStore::setCurrentAccountId(const QString &id)
{
    if (id.isEmpty()) {
        m_settings->remove(currentKey);
        return true;
    }
    if (!contains(id))
        return false;
    m_settings->setValue(currentKey, id);
    return true;
}

} // namespace accounts
