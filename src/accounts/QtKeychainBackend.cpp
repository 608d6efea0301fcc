#include "src/accounts/QtKeychainBackend.h"

#include "src/accounts/LockedEntryProbe.h"

#include <qt6keychain/keychain.h>

namespace accounts {

namespace {

// QtKeychain reports a missing Secret Service or D-Bus session as OtherError with GLib's or
// D-Bus's message ("Cannot autolaunch D-Bus without X11 $DISPLAY", "The name
// org.freedesktop.secrets was not provided by any .service files", "Object does not exist at
// path “/org/freedesktop/secrets/collection/login”" when there is no default keyring). The
// prose may be translated, so this looks for the names inside it, which are not. "Unknown
// error" is QtKeychain's own word for "libsecret could not be loaded" (0.13.2, keychain_unix.cpp).
bool meansNoService(const QString &message)
{
    return message.contains(QLatin1String("org.freedesktop.secrets"))
        || message.contains(QLatin1String("/org/freedesktop/secrets"))
        || message.contains(QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown"))
        || message.contains(QLatin1String("D-Bus")) || message.contains(QLatin1String("$DISPLAY"))
        || message == QLatin1String("Unknown error");
}

VaultError::Kind kindOf(QKeychain::Error error, const QString &message)
{
    switch (error) {
    case QKeychain::NoError:
        return VaultError::Kind::None;
    case QKeychain::EntryNotFound:
        return VaultError::Kind::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: // libsecret: "Cannot create an item in a locked collection"
        return VaultError::Kind::Locked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return VaultError::Kind::NoService;
    case QKeychain::OtherError:
        return meansNoService(message) ? VaultError::Kind::NoService : VaultError::Kind::Other;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return VaultError::Kind::Other;
}

KeychainAnswer answerFrom(const QKeychain::Job &job)
{
    KeychainAnswer answer;
    answer.kind = kindOf(job.error(), job.errorString());
    if (!answer.isOk())
        answer.detail = job.errorString();
    else if (const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(&job))
        answer.key = read->textData();
    return answer;
}

// Every job is created without a parent and deletes itself once finished. QtKeychain's libsecret
// callbacks hold a raw pointer to the job and cannot be cancelled, so deleting a job that has not
// finished (by hand, or by deleting its parent) would let a late answer write into freed memory.
// A job that never finishes is leaked on purpose. The answer reaches `done` through a connection
// to `context`, which Qt cuts when the context is destroyed.
template<typename JobType>
JobType *prepare(const QString &service, const QString &accountId)
{
    auto *job = new JobType(service);
    job->setKey(accountId);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    return job;
}

void startAndAnswer(QKeychain::Job *job, const QObject *context, KeychainBackend::Completion done)
{
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) { done(answerFrom(*finished)); });
    // start() queues the job: QtKeychain runs one job at a time per process, in order.
    job->start();
}

} // namespace

void QtKeychainBackend::read(const QString &service, const QString &accountId, const QObject *context,
                             Completion done)
{
    // "Not found" may be a locked keyring whose unlock prompt was cancelled: ask which it was
    // (see LockedEntryProbe.h).
    auto answerOrProbe = [service, accountId, context, done = std::move(done)](const KeychainAnswer &answer) {
        if (answer.kind != VaultError::Kind::NotFound) {
            done(answer);
            return;
        }
        findLockedEntry(service, accountId, context, [answer, done](bool locked) {
            if (!locked) {
                done(answer);
                return;
            }
            KeychainAnswer lockedAnswer;
            lockedAnswer.kind = VaultError::Kind::Locked;
            lockedAnswer.detail
                = QStringLiteral("the key is saved in a locked keyring, which was not unlocked");
            done(lockedAnswer);
        });
    };
    startAndAnswer(prepare<QKeychain::ReadPasswordJob>(service, accountId), context,
                   std::move(answerOrProbe));
}

void QtKeychainBackend::write(const QString &service, const QString &accountId, const QString &key,
                              const QObject *context, Completion done)
{
    auto *job = prepare<QKeychain::WritePasswordJob>(service, accountId);
    job->setTextData(key);
    startAndAnswer(job, context, std::move(done));
}

void QtKeychainBackend::remove(const QString &service, const QString &accountId, const QObject *context,
                               Completion done)
{
    startAndAnswer(prepare<QKeychain::DeletePasswordJob>(service, accountId), context, std::move(done));
}

} // namespace accounts
