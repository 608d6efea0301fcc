#pragma once

#include "src/mirror/StoreConfig.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace mirror {

// Test connection, for the Team database dialog: connects to the PostgreSQL server as Paydesk
// would (on a thread of its own: a server that does not answer must not hold the window), asks
// whether the user may make Paydesk's tables there and whether the database already holds a
// copy of another account, and says what it found, or what is wrong, in words. It changes
// nothing on the server.
class TeamConnectionCheck : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QString message; // what was found, or what is wrong and what to do
    };

    // account: the Stripe account whose copy the database is to keep.
    TeamConnectionCheck(const QString &connection, const QString &password, const QString &account,
                        QObject *parent = nullptr);
    ~TeamConnectionCheck() override;

    void start();

    // libpq's words for a failed connection, as a sentence for a person: the password refused,
    // no server there, no such database, an unknown host, a timeout, TLS.
    static QString describe(const QString &serverMessage, const PostgresAddress &address);

signals:
    void finished(const mirror::TeamConnectionCheck::Result &result);

private:
    static Result run(const QString &text, const QString &password, const QString &account);

    QString m_connection;
    QString m_password;
    QString m_account;
    QPointer<QThread> m_thread;
};

} // namespace mirror
