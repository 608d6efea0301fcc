#include "src/accounts/LockedEntryProbe.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#ifdef PAYDESK_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace accounts {

void findLockedEntry(const QString &service, const QString &accountId, const QObject *context,
                     std::function<void(bool locked)> done)
{
    QPointer<const QObject> guard(context);
#ifdef PAYDESK_HAVE_QTDBUS
    using Attributes = QMap<QString, QString>;
    qDBusRegisterMetaType<Attributes>();
    // The attributes QtKeychain's libsecret backend stores every entry under ("type" is
    // "plaintext" or "base64": either will do).
    const Attributes attributes {{QStringLiteral("user"), accountId}, {QStringLiteral("server"), service}};
    QDBusMessage search = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    search << QVariant::fromValue(attributes);
    search.setAutoStartService(false);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(search, 3000));
        QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher, [watcher, guard, done] {
            watcher->deleteLater();
            const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *watcher;
            if (guard)
                done(!reply.isError() && !reply.argumentAt<1>().isEmpty());
        });
        return;
    }
#else
    Q_UNUSED(service)
    Q_UNUSED(accountId)
#endif
    QMetaObject::invokeMethod(
        const_cast<QObject *>(context),
        [guard, done] {
            if (guard)
                done(false);
        },
        Qt::QueuedConnection);
}

} // namespace accounts
