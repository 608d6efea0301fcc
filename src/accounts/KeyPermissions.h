#pragma once

#include "src/stripe/Error.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace stripe {
class Client;
}

namespace accounts {

// What the key in use may read and change, as far as Stripe has said. A secret key may do
// everything; a restricted key (rk_) only what the Dashboard granted it, and no API lists that.
// So each refusal is learned (HTTP 403, permission_error) from the requests the key's client
// sends, whatever sent them, and kept for as long as the key is in use: an action the key cannot
// do is turned off with the reason instead of ending in Stripe's raw permission text again.
class KeyPermissions : public QObject
{
    Q_OBJECT

public:
    // What Paydesk reads and changes, by Stripe's permission names (Dashboard → API keys).
    enum class Area {
        Customers,
        Invoices,
        Orders,
        Payments,
        Refunds,
        PromotionCodes,
        Coupons,
        Products,
        Prices
    };
    Q_ENUM(Area)

    explicit KeyPermissions(QObject *parent = nullptr);

    // Learns from every answer the client gets from now on (and forgets what it knew).
    void watch(stripe::Client *client);
    // One answer: a 403 to method on path refuses reading (GET) or changing (anything else).
    void learn(const QString &method, const QString &path, int httpStatus);

    bool mayRead(Area area) const;
    bool mayChange(Area area) const;
    // Why not, in words, for a tooltip or a notice; empty when it may.
    QString whyNot(Area area) const;

    // Which area a request path belongs to ("/v1/invoiceitems" → Invoices).
    static std::optional<Area> areaOf(const QString &path);
    // The area's name as the Stripe Dashboard shows it in a restricted key's permissions.
    static QString permissionName(Area area);
    // Stripe's permission error in words: what the key may not do and what would let it
    // ("The provided key 'rk_…' does not have the required permissions… 'rak_invoice_write'…").
    static QString describe(const stripe::Error &error);

signals:
    // Something new was refused: what the window offers may have to change.
    void changed(accounts::KeyPermissions::Area area, bool write);

private:
    enum class Refused { Nothing, Changing, Everything };
    QHash<Area, Refused> m_refused;
    QPointer<stripe::Client> m_client;
    QMetaObject::Connection m_connection;
};

} // namespace accounts
