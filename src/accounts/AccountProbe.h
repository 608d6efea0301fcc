#pragma once

#include "src/accounts/Account.h"
#include "src/stripe/Client.h"
#include "src/stripe/Error.h"

#include <QObject>
#include <QUrl>

namespace accounts {

// Asks Stripe who a key belongs to before it is saved: GET /v1/account, and for a restricted
// key that may not read the account, GET /v1/balance (which proves the key works, though not
// whose it is). Uses a client of its own, so nothing of the current account is touched.
class AccountProbe : public QObject
{
    Q_OBJECT

public:
    AccountProbe(const QUrl &baseUrl, const QString &key, QObject *parent = nullptr);

    void start();
    void cancel();

    // Stripe's refusal in words for the Connect dialog ("Stripe did not accept this key: ...").
    static QString describeRefusal(const stripe::Error &error);

signals:
    void found(const accounts::Account &account);
    void failed(const stripe::Error &error, const QString &message);

private:
    void onAccount();
    void onBalance();

    stripe::Client m_client;
    QString m_key;
    QPointer<stripe::Reply> m_reply;
};

} // namespace accounts
