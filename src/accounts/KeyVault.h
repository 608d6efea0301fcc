#pragma once

#include "src/accounts/VaultJob.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

namespace accounts {

class KeychainBackend;

// Where Paydesk keeps Stripe API keys: the OS keychain (service "Paydesk", one entry per account
// id), and, when the user chooses it after the keychain failed, this process's memory. Never a
// file, a log or QSettings. The only class the rest of Paydesk uses for keys.
//
// Every operation is asynchronous and returns a VaultJob (see there for how to use one). Every
// job has a timeout, because a keychain may wait forever on a prompt nobody answers.
class KeyVault final : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultTimeout {15000};

    // On the OS keychain.
    explicit KeyVault(QObject *parent = nullptr);
    // On any backend; tests inject one that fails on cue.
    explicit KeyVault(std::unique_ptr<KeychainBackend> backend, QObject *parent = nullptr);
    ~KeyVault() override;

    // The key for an account: from memory for a session-only account, else from the keychain.
    [[nodiscard]] VaultJob *readKey(const QString &accountId);
    // Saves the key in the keychain. On success the account stops being session-only. On
    // failure nothing is kept anywhere: offer keepForSession() (see VaultError::canKeepForSession).
    [[nodiscard]] VaultJob *storeKey(const QString &accountId, const QString &key);
    // Drops the session-only copy at once, then deletes the keychain entry. An entry that was
    // not there counts as success.
    [[nodiscard]] VaultJob *forgetKey(const QString &accountId);

    // The password of the account's team database (the mirror's PostgreSQL), in an entry of its
    // own (teamPasswordEntry), never beside the key and never in a file. A read of a password
    // never saved ends NotFound.
    [[nodiscard]] VaultJob *readTeamPassword(const QString &accountId);
    [[nodiscard]] VaultJob *storeTeamPassword(const QString &accountId, const QString &password);
    [[nodiscard]] VaultJob *forgetTeamPassword(const QString &accountId);
    static QString teamPasswordEntry(const QString &accountId); // "acct_…/team-database"

    // Keeps the key in memory until Paydesk quits or forgetKey() is called; nothing is written.
    void keepForSession(const QString &accountId, const QString &key);
    bool isSessionOnly(const QString &accountId) const;

    // For jobs started from now on.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // The keychain's service name (the "application" of every entry).
    static QString serviceName();

private:
    VaultJob *startJob(VaultError::Operation operation, const QString &accountId);
    // Finishes the job with an error when its account id is not one; true if it did.
    static bool refusedId(VaultJob *job);
    // Wraps `onAnswer` so it runs only while the job is alive and unfinished.
    template<typename OnAnswer>
    auto whileWaiting(VaultJob *job, OnAnswer onAnswer);

    std::unique_ptr<KeychainBackend> m_backend;
    QHash<QString, QString> m_sessionKeys;
    std::chrono::milliseconds m_timeout = defaultTimeout;
};

} // namespace accounts
