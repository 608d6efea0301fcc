#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sandbox {

// The made-up names, products, cards and coupons the demo data is made from
// (resources/sandbox/demo.json), kept apart from the code that makes objects of them. The order
// of every list matters: the same seed picks the same entries.
struct DemoTables
{
    struct Person
    {
        QString name; // as written
        QString ascii; // for the email address
    };
    struct Product
    {
        QString name;
        QString description;
        QList<QPair<QString, qint64>> prices; // currency, unit amount
    };
    struct Coupon
    {
        QString id;
        QString name;
        double percentOff = 0;
        qint64 amountOff = 0;
        QString currency; // empty: a percentage coupon
        QString duration;
        int months = 0;
        int redeemByDaysAgo = 0; // 0: no end
    };

    QList<Person> firstNames;
    QList<Person> lastNames;
    QStringList emailDomains;
    QStringList customerCurrencies; // repeated by how often
    QList<QPair<QString, QString>> cards; // brand, last 4
    QPair<QString, QString> decliningCard;
    QList<Product> catalog;
    Product archivedProduct;
    QStringList refundReasons; // repeated by how often
    QList<Coupon> coupons;

    static const DemoTables &instance();
};

} // namespace sandbox
