#pragma once

#include "src/accounts/KeychainBackend.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <memory>

// A keychain that does what a test tells it to: keep entries in a hash, fail with a given kind,
// or never answer. Its state is shared with the test, so the test can still look at it, and
// answer hung requests late, after the vault that owned the backend is gone.
class ScriptedKeychainBackend final : public accounts::KeychainBackend
{
public:
    enum class Behaviour { Answer, Fail, Hang };

    struct Pending
    {
        QString accountId;
        QPointer<const QObject> context;
        Completion done;
    };

    struct State
    {
        Behaviour behaviour = Behaviour::Answer;
        accounts::VaultError::Kind failure = accounts::VaultError::Kind::Other;
        QString failureDetail;
        // Like a careless backend: answer even when the context has been destroyed.
        bool ignoresContext = false;

        QHash<QString, QString> entries; // account id -> key
        QList<Pending> hung;
        int calls = 0;

        // Answers every hung request now, synchronously, with `answer`.
        void answerHung(const accounts::KeychainAnswer &answer);
    };

    explicit ScriptedKeychainBackend(std::shared_ptr<State> state)
        : m_state(std::move(state))
    { }

    void read(const QString &service, const QString &accountId, const QObject *context,
              Completion done) override;
    void write(const QString &service, const QString &accountId, const QString &key, const QObject *context,
               Completion done) override;
    void remove(const QString &service, const QString &accountId, const QObject *context,
                Completion done) override;

private:
    // Runs `success` (which edits the entries and returns the answer) or fails or hangs, as
    // scripted; answers come from the event loop, as the contract says.
    template<typename Success>
    void respond(const QString &accountId, const QObject *context, Completion done, Success success);

    std::shared_ptr<State> m_state;
};
