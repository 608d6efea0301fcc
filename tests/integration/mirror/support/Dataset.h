#pragma once

#include "src/mirror/Table.h"
#include "tests/integration/mirror/support/Objects.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>

// A small account with the variety the filters must tell apart — currencies, statuses, due
// dates around "now", refunds, names with accents and case, metadata, missing values — made
// the same way every run (a fixed seed), so a failure can be reproduced.
struct Dataset
{
    static constexpr qint64 now = 1767225600; // 2026-01-01T00:00:00Z
    static constexpr qint64 day = 86400;

    QHash<mirror::Table, QList<QJsonObject>> objects;

    static Dataset make(int customers = 120)
    {
        Dataset data;
        QRandomGenerator random(19);
        const QStringList currencies {"usd", "eur", "jpy"};
        const QStringList first {"Ann", "Émile", "zoë", "Bob", "ann-marie", "Chloé", "Dmitri", "eve"};
        const QStringList last {"Lee", "Zola", "Ng", "O'Brien", "Müller", "Smith"};
        const QStringList invoiceStatuses {"draft", "open", "open", "open", "paid", "void", "uncollectible"};
        for (int c = 0; c < customers; ++c) {
            const QString id = QStringLiteral("cus_%1").arg(c, 4, 10, QLatin1Char('0'));
            const QString name = first.at(c % first.size()) + " " + last.at((c / 3) % last.size());
            QJsonObject extra {{"balance", (c % 5 == 0) ? -qint64(random.bounded(1, 50)) * 100 : 0},
                               {"currency", currencies.at(c % 3)},
                               {"metadata", c % 7 == 0 ? QJsonObject {{"tier", "gold"}} : QJsonObject {}}};
            if (c % 11 == 0)
                extra.insert("name", QJsonValue::Null);
            // A customer never charged has no currency (some with a balance all the same).
            if (c % 13 == 6)
                extra.insert("currency", QJsonValue::Null);
            data.objects[mirror::Table::Customers].append(objects::customer(
                id, name, QStringLiteral("user%1@Example.com").arg(c), now - (400 - c) * day, extra));
            // Invoices: due dates spread across every age, some charged automatically (no date).
            for (int i = 0; i < 3; ++i) {
                const QString invoice = QStringLiteral("in_%1_%2").arg(c).arg(i);
                const qint64 created = now - qint64(random.bounded(1, 200)) * day - random.bounded(day);
                const qint64 amount = qint64(random.bounded(1, 500)) * 100;
                const QJsonValue due = (c + i) % 4 == 0
                    ? QJsonValue::Null
                    : QJsonValue(now + qint64(random.bounded(-130, 40)) * day + random.bounded(day));
                data.objects[mirror::Table::Invoices].append(
                    objects::invoice(invoice, id, invoiceStatuses.at(random.bounded(invoiceStatuses.size())),
                                     amount, created, due, currencies.at((c + i) % 3),
                                     {objects::line("il_" + invoice, invoice, amount,
                                                    QStringLiteral("Line of %1").arg(invoice))}));
            }
            // Payments over the last fifteen months, some refunded.
            for (int p = 0; p < 2; ++p) {
                const QString charge = QStringLiteral("ch_%1_%2").arg(c).arg(p);
                const qint64 created = now - qint64(random.bounded(0, 450)) * day - random.bounded(day);
                const qint64 amount = qint64(random.bounded(1, 300)) * 100 + 99;
                const int kind = random.bounded(10);
                const QString status = kind == 0 ? "failed" : kind == 1 ? "pending" : "succeeded";
                const qint64 refunded
                    = status == "succeeded" && kind < 4 ? (kind == 2 ? amount : amount / 2) : 0;
                data.objects[mirror::Table::Charges].append(objects::charge(
                    charge, c % 9 == 0 ? QString() : id, amount, created,
                    QStringLiteral("%1").arg(1000 + c % 50), currencies.at((c + p) % 3), refunded, status));
                if (refunded > 0)
                    data.objects[mirror::Table::Refunds].append(objects::refund(
                        "re_" + charge, charge, refunded, created + random.bounded(1, 30) * day,
                        currencies.at((c + p) % 3), kind == 3 ? "pending" : "succeeded"));
            }
        }
        // Products: each currency's default prices, amounts that tie, tiered prices (no amount),
        // products without a default price, and prices that are not their product's default.
        const QStringList priceCurrencies {"usd", "eur", "jpy", "gbp"};
        for (int p = 0; p < 90; ++p) {
            const QString product = QStringLiteral("prod_%1").arg(p, 3, 10, QLatin1Char('0'));
            const qint64 created = now - (200 - p) * day;
            const QString price = "price_" + product;
            const QString currency = priceCurrencies.at(p % 4);
            const QJsonValue amount
                = p % 10 == 4 ? QJsonValue::Null : QJsonValue(qint64(p * 37 % 7 + 1) * 500);
            data.objects[mirror::Table::Products].append(
                objects::product(product, p % 10 == 9 ? QJsonValue::Null : QJsonValue(price), created));
            data.objects[mirror::Table::Prices].append(
                objects::price(price, product, currency, amount, created));
            if (p % 3 == 0)
                data.objects[mirror::Table::Prices].append(
                    objects::price(price + "_other", product, priceCurrencies.at((p + 1) % 4), 99, created));
        }
        return data;
    }
};
