#pragma once

#include "src/sandbox/DemoData.h"
#include "src/sandbox/DemoTables.h"
#include "src/sandbox/Random.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

// How DemoData makes its objects, one file per kind of object: DemoData.cpp (catalog, customers,
// coupons), DemoInvoices.cpp, DemoPayments.cpp. Internal to the sandbox.
namespace sandbox::demo {

inline const QJsonValue null(QJsonValue::Null);

// How a succeeded card payment was captured: at once, not yet (an authorisation holding the
// money, docs.stripe.com/payments/place-a-hold-on-a-payment-method), or in part.
enum class Capture { Full, Uncaptured, Partial };

// An object of the contract's shape with its id and creation time.
QJsonObject blankWith(const QString &object, const QString &id, qint64 created);

class Generator
{
public:
    Generator(Store &store, const Options &options);
    void run();

private:
    qint64 nextCreated(qint64 &clock, qint64 averageGap);
    void makeProducts();
    QJsonObject cardFor(const QString &customer, qint64 created, bool declines);
    void makeCustomers();
    QList<QJsonObject> pricesIn(const QString &currency) const;
    void makeInvoices();
    QJsonObject itemFor(const QJsonObject &invoice, const QJsonObject &customer,
                        const QList<QJsonObject> &prices, qint64 created);
    void payment(const QJsonObject &customer, qint64 created, qint64 amount, const QString &currency,
                 const QString &description, const QJsonObject &metadata, const QString &status,
                 Capture capture = Capture::Full);
    QJsonObject billingAddress(const QString &currency);
    qint64 partOf(qint64 amount, const QString &currency);
    QJsonObject withRefunds(QJsonObject charge, qint64 created);
    void makePayments();
    void makeOrders();
    void makeCoupons();

    Store &m_store;
    const Options &m_options;
    const DemoTables &m_tables;
    Random m_random;
    Random m_captures; // a stream of its own, so that capture choices leave the rest as it was
    QList<QJsonObject> m_prices;
    QHash<QString, QString> m_productNames;
    QList<QJsonObject> m_customers;
    QHash<QString, QStringList> m_cards;
    QList<QJsonObject> m_refunds;
};

} // namespace sandbox::demo
