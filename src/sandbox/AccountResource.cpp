#include "src/sandbox/Lists.h"
#include "src/sandbox/Resources.h"
#include "src/sandbox/Routes.h"
#include "src/sandbox/Server.h"
#include "src/sandbox/Shapes.h"

#include <QJsonArray>

namespace sandbox {

namespace {

Reply account(Call &)
{
    QJsonObject account = Shapes::blank(QStringLiteral("account"));
    account.insert(QStringLiteral("id"), Server::accountId());
    account.insert(QStringLiteral("email"), QStringLiteral("sandbox@paydesk.invalid"));
    account.insert(QStringLiteral("country"), QStringLiteral("US"));
    account.insert(QStringLiteral("default_currency"), QStringLiteral("usd"));
    account.insert(QStringLiteral("charges_enabled"), true);
    QJsonObject profile = account.value(QLatin1String("business_profile")).toObject();
    profile.insert(QStringLiteral("name"), QStringLiteral("Paydesk Sandbox"));
    account.insert(QStringLiteral("business_profile"), profile);
    QJsonObject settings = account.value(QLatin1String("settings")).toObject();
    QJsonObject dashboard = settings.value(QLatin1String("dashboard")).toObject();
    dashboard.insert(QStringLiteral("display_name"), QStringLiteral("Paydesk Sandbox"));
    settings.insert(QStringLiteral("dashboard"), dashboard);
    account.insert(QStringLiteral("settings"), settings);
    return Reply::ok(account);
}

// What captured payments brought in, less refunds, per currency: an uncaptured authorisation
// holds the customer's money without moving any.
Reply balance(Call &call)
{
    QHash<QString, qint64> totals;
    const Collection &charges = call.store->collection(QStringLiteral("charges"));
    for (int i = 0; i < charges.size(); ++i) {
        const QJsonObject charge = charges.at(i);
        if (charge.value(QLatin1String("status")).toString() != QLatin1String("succeeded")
            || !charge.value(QLatin1String("captured")).toBool())
            continue;
        totals[charge.value(QLatin1String("currency")).toString()]
            += charge.value(QLatin1String("amount_captured")).toInteger()
            - charge.value(QLatin1String("amount_refunded")).toInteger();
    }
    QJsonArray available;
    QJsonArray pending;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        available.append(QJsonObject {
            {QStringLiteral("amount"), it.value()},
            {QStringLiteral("currency"), it.key()},
            {QStringLiteral("source_types"), QJsonObject {{QStringLiteral("card"), it.value()}}}});
        pending.append(
            QJsonObject {{QStringLiteral("amount"), 0},
                         {QStringLiteral("currency"), it.key()},
                         {QStringLiteral("source_types"), QJsonObject {{QStringLiteral("card"), 0}}}});
    }
    QJsonObject balance = Shapes::blank(QStringLiteral("balance"));
    balance.insert(QStringLiteral("available"), available);
    balance.insert(QStringLiteral("pending"), pending);
    return Reply::ok(balance);
}

} // namespace

void addAccountRoutes(Routes &routes)
{
    routes.insert(routeKey(QStringLiteral("GET"), QStringLiteral("/v1/account")), account);
    routes.insert(routeKey(QStringLiteral("GET"), QStringLiteral("/v1/balance")), balance);
}

} // namespace sandbox
