#pragma once

#include "src/mirror/Table.h"

#include "src/objects/Json.h"
#include "src/sandbox/EmbeddedServer.h"
#include "src/sandbox/Options.h"
#include "src/sandbox/Server.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QUrlQuery>

// What the sandbox has, to compare the mirror with: read from its store (in process) or listed
// over plain HTTP (a sandbox process), never through Paydesk's client.
namespace sandboxTruth {

using mirror::Table;

inline const QHash<Table, QString> collections {
    {Table::Customers, "customers"},
    {Table::Invoices, "invoices"},
    {Table::InvoiceItems, "invoiceitems"},
    {Table::Charges, "charges"},
    {Table::PaymentIntents, "payment_intents"},
    {Table::Refunds, "refunds"},
    {Table::Products, "products"},
    {Table::Prices, "prices"},
    {Table::Coupons, "coupons"},
    {Table::PromotionCodes, "promotion_codes"},
};

inline sandbox::Options smallAccount()
{
    sandbox::Options options;
    options.customers = 40;
    options.invoicesPerCustomer = 2;
    options.payments = 60;
    return options;
}

// What the sandbox has, table by table: the ids of its live objects.
inline QHash<Table, QSet<QString>> ids(sandbox::EmbeddedServer &server)
{
    QHash<Table, QSet<QString>> ids;
    server.inspect([&](sandbox::Server &s) {
        for (auto it = collections.cbegin(); it != collections.cend(); ++it) {
            const auto &collection = s.store().collection(it.value());
            for (int i = 0; i < collection.size(); ++i)
                if (!collection.isDeleted(i))
                    ids[it.key()].insert(collection.at(i).value("id").toString());
        }
        // Lines, and the saved payment methods of customers who paid with one.
        const auto &invoices = s.store().collection("invoices");
        for (int i = 0; i < invoices.size(); ++i)
            if (!invoices.isDeleted(i))
                for (const auto &line : invoices.at(i).value("lines").toObject().value("data").toArray())
                    ids[Table::InvoiceLines].insert(line.toObject().value("id").toString());
        QSet<QString> payers;
        for (const char *name : {"charges", "payment_intents"}) {
            const auto &collection = s.store().collection(name);
            for (int i = 0; i < collection.size(); ++i) {
                const QJsonObject o = collection.at(i);
                if (!collection.isDeleted(i) && !objects::json::id(o, u"customer").isEmpty()
                    && !objects::json::id(o, u"payment_method").isEmpty())
                    payers.insert(objects::json::id(o, u"customer"));
            }
        }
        // A deleted customer has no saved payment methods to list.
        const auto &customers = s.store().collection("customers");
        for (int i = 0; i < customers.size(); ++i)
            if (customers.isDeleted(i))
                payers.remove(customers.at(i).value("id").toString());
        const auto &methods = s.store().collection("payment_methods");
        for (int i = 0; i < methods.size(); ++i)
            if (!methods.isDeleted(i) && payers.contains(objects::json::id(methods.at(i), u"customer")))
                ids[Table::PaymentMethods].insert(methods.at(i).value("id").toString());
    });
    return ids;
}

// Every object of a list, paged with plain HTTP.
inline QSet<QString> listed(const QUrl &base, const QString &path,
                            const QByteArray &key = "sk_test_PaydeskSandbox0001")
{
    QNetworkAccessManager network;
    QSet<QString> ids;
    QString after;
    for (;;) {
        QUrl url = base.resolved(QUrl(path));
        QUrlQuery query;
        query.addQueryItem("limit", "100");
        if (!after.isEmpty())
            query.addQueryItem("starting_after", after);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + key);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        const QJsonArray data = page.value("data").toArray();
        for (const QJsonValue &object : data)
            ids.insert(object.toObject().value("id").toString());
        if (!page.value("has_more").toBool() || data.isEmpty())
            return ids;
        after = data.last().toObject().value("id").toString();
    }
}

} // namespace sandboxTruth
