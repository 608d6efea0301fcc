#include "src/sandbox/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sandbox {

namespace {

const QStringList &names()
{
    static const QStringList list {
        QStringLiteral("customers"),    QStringLiteral("payment_methods"), QStringLiteral("invoices"),
        QStringLiteral("invoiceitems"), QStringLiteral("products"),        QStringLiteral("prices"),
        QStringLiteral("charges"),      QStringLiteral("payment_intents"), QStringLiteral("refunds"),
        QStringLiteral("coupons"),      QStringLiteral("promotion_codes")};
    return list;
}

QString objectNameOf(const QString &collection)
{
    static const QHash<QString, QString> objects {
        {QStringLiteral("customers"), QStringLiteral("customer")},
        {QStringLiteral("payment_methods"), QStringLiteral("payment_method")},
        {QStringLiteral("invoices"), QStringLiteral("invoice")},
        {QStringLiteral("invoiceitems"), QStringLiteral("invoiceitem")},
        {QStringLiteral("products"), QStringLiteral("product")},
        {QStringLiteral("prices"), QStringLiteral("price")},
        {QStringLiteral("charges"), QStringLiteral("charge")},
        {QStringLiteral("payment_intents"), QStringLiteral("payment_intent")},
        {QStringLiteral("refunds"), QStringLiteral("refund")},
        {QStringLiteral("coupons"), QStringLiteral("coupon")},
        {QStringLiteral("promotion_codes"), QStringLiteral("promotion_code")}};
    return objects.value(collection);
}

} // namespace

Store::Store()
{
    for (const QString &name : names()) {
        auto it = m_collections.insert(name, Collection(objectNameOf(name)));
        it->setEventLog(&m_events);
    }
}

Collection &Store::collection(const QString &name)
{
    return m_collections[name];
}

const Collection &Store::collection(const QString &name) const
{
    static const Collection none;
    const auto it = m_collections.constFind(name);
    return it == m_collections.constEnd() ? none : *it;
}

QStringList Store::collectionNames() const
{
    return names();
}

QString Store::collectionOfId(const QString &id)
{
    static const QList<QPair<QString, QString>> prefixes {
        {QStringLiteral("cus_"), QStringLiteral("customers")},
        {QStringLiteral("pm_"), QStringLiteral("payment_methods")},
        {QStringLiteral("in_"), QStringLiteral("invoices")},
        {QStringLiteral("ii_"), QStringLiteral("invoiceitems")},
        {QStringLiteral("prod_"), QStringLiteral("products")},
        {QStringLiteral("price_"), QStringLiteral("prices")},
        {QStringLiteral("ch_"), QStringLiteral("charges")},
        {QStringLiteral("pi_"), QStringLiteral("payment_intents")},
        {QStringLiteral("re_"), QStringLiteral("refunds")},
        {QStringLiteral("promo_"), QStringLiteral("promotion_codes")}};
    for (const auto &[prefix, collection] : prefixes)
        if (id.startsWith(prefix))
            return collection;
    return {};
}

const QJsonObject *Store::find(const QString &id) const
{
    const QString name = collectionOfId(id);
    if (!name.isEmpty())
        return collection(name).find(id);
    return collection(QStringLiteral("coupons")).find(id);
}

QJsonObject Store::toJson() const
{
    QJsonObject json;
    for (const QString &name : names()) {
        QJsonArray objects;
        const Collection &c = collection(name);
        for (int i = 0; i < c.size(); ++i)
            objects.append(c.at(i));
        json.insert(name, objects);
    }
    json.insert(QStringLiteral("events"), m_events.toJson());
    return json;
}

bool Store::fromJson(const QJsonObject &json, QString *error)
{
    for (const QString &name : names()) {
        if (!json.value(name).isArray()) {
            if (error)
                *error = QStringLiteral("the saved sandbox has no %1").arg(name);
            return false;
        }
    }
    for (const QString &name : names()) {
        Collection &c = collection(name);
        c.clear();
        for (const QJsonArray valueList = json.value(name).toArray(); const QJsonValue &value : valueList) {
            const QJsonObject object = value.toObject();
            c.insert(object);
            if (object.value(QLatin1String("deleted")).toBool())
                c.markDeleted(object.value(QLatin1String("id")).toString());
        }
    }
    // Files saved before the sandbox kept events have none.
    m_events.fromJson(json.value(QLatin1String("events")).toArray());
    return true;
}

int Store::totalObjects() const
{
    int total = 0;
    for (const QString &name : names())
        total += collection(name).size();
    return total;
}

} // namespace sandbox
