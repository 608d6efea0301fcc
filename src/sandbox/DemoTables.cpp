#include "src/sandbox/DemoTables.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sandbox {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonArray entryList = value.toArray(); const QJsonValue &entry : entryList)
        list << entry.toString();
    return list;
}

QList<DemoTables::Person> people(const QJsonValue &value)
{
    QList<DemoTables::Person> list;
    for (const QJsonArray entryList = value.toArray(); const QJsonValue &entry : entryList)
        list.append({entry[0].toString(), entry[1].toString()});
    return list;
}

DemoTables::Product product(const QJsonObject &json)
{
    DemoTables::Product product {json.value(QLatin1String("name")).toString(),
                                 json.value(QLatin1String("description")).toString(),
                                 {}};
    for (const QJsonArray priceList = json.value(QLatin1String("prices")).toArray();
         const QJsonValue &price : priceList)
        product.prices.append({price[0].toString(), price[1].toInteger()});
    return product;
}

DemoTables load()
{
    QFile file(QStringLiteral(":/sandbox/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The sandbox's demo data tables (demo.json) are missing from the build");
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    DemoTables tables;
    tables.firstNames = people(json.value(QLatin1String("first_names")));
    tables.lastNames = people(json.value(QLatin1String("last_names")));
    tables.emailDomains = strings(json.value(QLatin1String("email_domains")));
    tables.customerCurrencies = strings(json.value(QLatin1String("customer_currencies")));
    for (const QJsonArray cardList = json.value(QLatin1String("cards")).toArray();
         const QJsonValue &card : cardList)
        tables.cards.append({card[0].toString(), card[1].toString()});
    const QJsonValue declining = json.value(QLatin1String("declining_card"));
    tables.decliningCard = {declining[0].toString(), declining[1].toString()};
    for (const QJsonArray itemList = json.value(QLatin1String("catalog")).toArray();
         const QJsonValue &item : itemList)
        tables.catalog.append(product(item.toObject()));
    tables.archivedProduct = product(json.value(QLatin1String("archived_product")).toObject());
    tables.refundReasons = strings(json.value(QLatin1String("refund_reasons")));
    for (const QJsonArray valueList = json.value(QLatin1String("coupons")).toArray();
         const QJsonValue &value : valueList) {
        const QJsonObject coupon = value.toObject();
        tables.coupons.append({coupon.value(QLatin1String("id")).toString(),
                               coupon.value(QLatin1String("name")).toString(),
                               coupon.value(QLatin1String("percent_off")).toDouble(),
                               coupon.value(QLatin1String("amount_off")).toInteger(),
                               coupon.value(QLatin1String("currency")).toString(),
                               coupon.value(QLatin1String("duration")).toString(),
                               coupon.value(QLatin1String("months")).toInt(),
                               coupon.value(QLatin1String("redeem_by_days_ago")).toInt()});
    }
    return tables;
}

} // namespace

const DemoTables &DemoTables::instance()
{
    static const DemoTables tables = load();
    return tables;
}

} // namespace sandbox
