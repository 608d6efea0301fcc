#include "src/accounts/AccountProbe.h"

#include "src/accounts/KeyFormat.h"
#include "src/objects/Json.h"

namespace accounts {

AccountProbe::AccountProbe(const QUrl &baseUrl, const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key)
{
    m_client.setBaseUrl(baseUrl);
    m_client.setApiKey(key);
    stripe::Client::Options options;
    options.retry.maxRetries = 1;
    options.timeout = std::chrono::seconds(30);
    m_client.setOptions(options);
}

void AccountProbe::start()
{
    cancel();
    m_reply = m_client.send(stripe::Request::get(QStringLiteral("/v1/account")));
    connect(m_reply, &stripe::Reply::finished, this, &AccountProbe::onAccount);
}

void AccountProbe::cancel()
{
    if (m_reply)
        m_reply->abort();
    m_reply = nullptr;
}

void AccountProbe::onAccount()
{
    stripe::Reply *reply = m_reply;
    m_reply = nullptr;
    const KeyCheck format = checkKeyFormat(m_key);
    if (reply->isOk()) {
        namespace json = objects::json;
        const QJsonObject object = reply->object();
        Account account;
        account.id = json::string(object, u"id");
        account.mode = format.mode;
        account.keyKind = format.kind;
        for (const auto path : {u"settings.dashboard.display_name", u"business_profile.name", u"email"}) {
            account.displayName = json::string(object, path);
            if (!account.displayName.isEmpty())
                break;
        }
        if (account.displayName.isEmpty())
            account.displayName = account.id;
        if (!account.isValid()) {
            stripe::Error error;
            error.kind = stripe::Error::Kind::InvalidResponse;
            error.detail = tr("the account id “%1” is not one Stripe gives").arg(account.id);
            emit failed(error, stripe::describe(error));
            return;
        }
        emit found(account);
        return;
    }
    // A restricted key without the account permission can still prove itself on the balance.
    if (reply->error().isPermission() && format.kind == KeyKind::Restricted) {
        m_reply = m_client.send(stripe::Request::get(QStringLiteral("/v1/balance")));
        connect(m_reply, &stripe::Reply::finished, this, &AccountProbe::onBalance);
        return;
    }
    emit failed(reply->error(), describeRefusal(reply->error()));
}

void AccountProbe::onBalance()
{
    stripe::Reply *reply = m_reply;
    m_reply = nullptr;
    if (!reply->isOk()) {
        emit failed(reply->error(), describeRefusal(reply->error()));
        return;
    }
    const KeyCheck format = checkKeyFormat(m_key);
    Account account;
    account.id = Account::generateLocalId();
    account.mode = format.mode;
    account.keyKind = format.kind;
    account.displayName = tr("Restricted key %1").arg(maskKey(m_key));
    emit found(account);
}

QString AccountProbe::describeRefusal(const stripe::Error &error)
{
    if (error.kind == stripe::Error::Kind::Api && error.isKeyExpired())
        return tr("This key has expired. Create a new one in the Stripe Dashboard (Developers → API keys). "
                  "Stripe said: %1")
            .arg(error.message);
    if (error.kind == stripe::Error::Kind::Api && error.isAuthentication())
        return tr("Stripe did not accept this key. Check that you copied all of it. Stripe said: %1")
            .arg(error.message);
    if (error.kind == stripe::Error::Kind::Api && error.isPermission())
        return tr("This restricted key may not read the account or its balance, so Paydesk cannot check it. "
                  "Give it read access to Balance in the Dashboard. Stripe said: %1")
            .arg(error.message);
    return stripe::describe(error);
}

} // namespace accounts
