#include "src/sandbox/InvoiceTotals.h"

#include "src/sandbox/Shapes.h"
#include "src/sandbox/Store.h"

#include <QJsonArray>

namespace sandbox::invoicing {

namespace {

// A line of the invoice for an invoice item, in the shape of invoice_line_item.
QJsonObject lineFor(const QJsonObject &item)
{
    QJsonObject line = Shapes::blank(QStringLiteral("invoice_line_item"));
    line.insert(QStringLiteral("id"),
                QStringLiteral("il_") + item.value(QLatin1String("id")).toString().mid(3));
    line.insert(QStringLiteral("object"), QStringLiteral("line_item"));
    for (const char *field : {"amount", "currency", "description", "invoice", "metadata", "quantity",
                              "quantity_decimal", "period"})
        line.insert(QLatin1String(field), item.value(QLatin1String(field)));
    line.insert(QStringLiteral("subtotal"), item.value(QLatin1String("amount")));
    line.insert(QStringLiteral("pricing"), item.value(QLatin1String("pricing")));
    QJsonObject parent {{QStringLiteral("type"), QStringLiteral("invoice_item_details")},
                        {QStringLiteral("invoice_item_details"),
                         QJsonObject {{QStringLiteral("invoice_item"), item.value(QLatin1String("id"))},
                                      {QStringLiteral("proration"), false},
                                      {QStringLiteral("proration_details"), QJsonValue(QJsonValue::Null)},
                                      {QStringLiteral("subscription"), QJsonValue(QJsonValue::Null)}}},
                        {QStringLiteral("subscription_item_details"), QJsonValue(QJsonValue::Null)}};
    line.insert(QStringLiteral("parent"), parent);
    return line;
}

} // namespace

QString statusOf(const QJsonObject &invoice)
{
    return invoice.value(QLatin1String("status")).toString();
}

// Totals follow the items: subtotal, total, amount due and remaining.
void recompute(Call &call, QJsonObject &invoice)
{
    const QString id = invoice.value(QLatin1String("id")).toString();
    QJsonArray lines;
    qint64 total = 0;
    const Collection &all = call.store->collection(QStringLiteral("invoiceitems"));
    for (int i = 0; i < all.size(); ++i) {
        if (all.isDeleted(i))
            continue;
        const QJsonObject item = all.at(i);
        if (item.value(QLatin1String("invoice")).toString() != id)
            continue;
        lines.prepend(lineFor(item));
        total += item.value(QLatin1String("amount")).toInteger();
    }
    invoice.insert(QStringLiteral("lines"),
                   QJsonObject {{QStringLiteral("object"), QStringLiteral("list")},
                                {QStringLiteral("data"), lines},
                                {QStringLiteral("has_more"), false},
                                {QStringLiteral("total_count"), lines.size()},
                                {QStringLiteral("url"), QStringLiteral("/v1/invoices/%1/lines").arg(id)}});
    const qint64 paid = invoice.value(QLatin1String("amount_paid")).toInteger();
    for (const char *field :
         {"subtotal", "subtotal_excluding_tax", "total", "total_excluding_tax", "amount_due"})
        invoice.insert(QLatin1String(field), total);
    invoice.insert(QStringLiteral("amount_remaining"), std::max<qint64>(0, total - paid));
}

} // namespace sandbox::invoicing
