#include "tests/support/ScriptedKeychainBackend.h"

#include <QTimer>

#include <utility>

using accounts::KeychainAnswer;
using accounts::VaultError;

void ScriptedKeychainBackend::State::answerHung(const KeychainAnswer &answer)
{
    const QList<Pending> pending = std::exchange(hung, {});
    for (const Pending &request : pending) {
        if (request.context || ignoresContext)
            request.done(answer);
    }
}

template<typename Success>
void ScriptedKeychainBackend::respond(const QString &accountId, const QObject *context, Completion done,
                                      Success success)
{
    ++m_state->calls;
    switch (m_state->behaviour) {
    case Behaviour::Hang:
        m_state->hung.append({accountId, context, std::move(done)});
        return;
    case Behaviour::Fail: {
        const KeychainAnswer answer {m_state->failure, QString(), m_state->failureDetail};
        QTimer::singleShot(0, context, [done = std::move(done), answer] { done(answer); });
        return;
    }
    case Behaviour::Answer: {
        const KeychainAnswer answer = success();
        QTimer::singleShot(0, context, [done = std::move(done), answer] { done(answer); });
        return;
    }
    }
}

void ScriptedKeychainBackend::read(const QString &, const QString &accountId, const QObject *context,
                                   Completion done)
{
    respond(accountId, context, std::move(done), [this, accountId] {
        const auto entry = m_state->entries.constFind(accountId);
        if (entry == m_state->entries.cend())
            return KeychainAnswer {VaultError::Kind::NotFound, QString(), QStringLiteral("Entry not found")};
        return KeychainAnswer {VaultError::Kind::None, *entry, QString()};
    });
}

void ScriptedKeychainBackend::write(const QString &, const QString &accountId, const QString &key,
                                    const QObject *context, Completion done)
{
    respond(accountId, context, std::move(done), [this, accountId, key] {
        m_state->entries.insert(accountId, key);
        return KeychainAnswer {};
    });
}

void ScriptedKeychainBackend::remove(const QString &, const QString &accountId, const QObject *context,
                                     Completion done)
{
    respond(accountId, context, std::move(done), [this, accountId] {
        // Like Windows and macOS, unlike libsecret: deleting nothing is NotFound.
        if (m_state->entries.remove(accountId) == 0)
            return KeychainAnswer {VaultError::Kind::NotFound, QString(), QStringLiteral("Entry not found")};
        return KeychainAnswer {};
    });
}
