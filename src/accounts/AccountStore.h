#pragma once

#include "src/accounts/Account.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace accounts {

// The accounts Paydesk knows and which one was used last, in QSettings. Never the key: an
// Account has no field for one, and a display name that holds a pasted key is saved masked.
//
// Layout: group "accounts" holds "current" and one group per account id with "name", "mode"
// ("test"/"live") and "keyKind" ("secret"/"restricted").
class AccountStore
{
public:
    // On the default QSettings, with the organisation and application names the app set.
    AccountStore();
    // On settings the caller owns and keeps alive (tests use an INI file).
    explicit AccountStore(QSettings *settings);
    ~AccountStore();
    Q_DISABLE_COPY_MOVE(AccountStore)

    // Sorted by display name, for the account menu.
    QList<Account> accounts() const;
    std::optional<Account> account(const QString &id) const;
    bool contains(const QString &id) const;

    // Adds the account or updates the one with its id. False, and nothing saved, for an
    // invalid id.
    bool save(const Account &account);
    // "Forget account": its settings group goes away, and it stops being current. The key in
    // the keychain is the KeyVault's to forget.
    void remove(const QString &id);

    // The account to open at start-up; empty means the built-in sandbox.
    QString currentAccountId() const;
    // False, and nothing changed, for an id not in the store. An empty id selects the sandbox.
    bool setCurrentAccountId(const QString &id);

private:
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
};

} // namespace accounts
