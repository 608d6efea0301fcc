#include "src/sandbox/DemoGenerator.h"

#include "src/sandbox/Shapes.h"

#include <QJsonArray>

namespace sandbox::demo {

// One line of an invoice: a price of the catalog in the customer's currency (mostly), or hours of
// professional services.
QJsonObject Generator::itemFor(const QJsonObject &invoice, const QJsonObject &customer,
                               const QList<QJsonObject> &prices, qint64 created)
{
    const QString currency = customer.value(QLatin1String("currency")).toString();
    const QJsonValue customerId = customer.value(QLatin1String("id"));
    const QJsonValue invoiceId = invoice.value(QLatin1String("id"));
    const QList<QJsonObject> &options = prices;
    QJsonObject item = blankWith(QStringLiteral("invoiceitem"), m_random.id(QStringLiteral("ii_")), created);
    qint64 amount = 0;
    int quantity = 1;
    if (!options.isEmpty() && m_random.chance(85)) {
        const QJsonObject price = m_random.pick(options);
        quantity = int(m_random.between(1, 4));
        amount = price.value(QLatin1String("unit_amount")).toInteger() * quantity;
        const QString product = price.value(QLatin1String("product")).toString();
        item.insert(QStringLiteral("description"), m_productNames.value(product));
        item.insert(QStringLiteral("pricing"),
                    QJsonObject {{QStringLiteral("type"), QStringLiteral("price_details")},
                                 {QStringLiteral("price_details"),
                                  QJsonObject {{QStringLiteral("price"), price.value(QLatin1String("id"))},
                                               {QStringLiteral("product"), product}}},
                                 {QStringLiteral("unit_amount_decimal"),
                                  price.value(QLatin1String("unit_amount_decimal"))}});
    } else {
        amount = m_random.between(20, 400)
            * (currency == QLatin1String("jpy")       ? 100
                   : currency == QLatin1String("kwd") ? 1000
                                                      : 100);
        item.insert(QStringLiteral("description"), QStringLiteral("Professional services"));
        item.insert(QStringLiteral("pricing"), null);
    }
    item.insert(QStringLiteral("amount"), amount);
    item.insert(QStringLiteral("net_amount"), amount);
    item.insert(QStringLiteral("currency"), currency);
    item.insert(QStringLiteral("customer"), customerId);
    item.insert(QStringLiteral("invoice"), invoiceId);
    item.insert(QStringLiteral("quantity"), quantity);
    item.insert(QStringLiteral("quantity_decimal"), QString::number(quantity));
    item.insert(QStringLiteral("date"), created);
    item.insert(QStringLiteral("proration"), false);
    item.insert(QStringLiteral("period"),
                QJsonObject {{QStringLiteral("start"), created}, {QStringLiteral("end"), created}});
    m_store.collection(QStringLiteral("invoiceitems")).insert(item);
    return item;
}

void Generator::makeInvoices()
{
    if (m_options.invoicesPerCustomer <= 0)
        return;
    Collection &invoices = m_store.collection(QStringLiteral("invoices"));
    Collection &customers = m_store.collection(QStringLiteral("customers"));
    // Invoices are made in time order across customers, so the list reads like a ledger.
    struct Plan
    {
        qint64 created;
        int customer;
    };
    QList<Plan> plans;
    for (int c = 0; c < m_customers.size(); ++c) {
        const qint64 since = m_customers.at(c).value(QLatin1String("created")).toInteger();
        const int count = m_options.invoicesPerCustomer <= 0
            ? 0
            : int(m_random.between(std::max(1, m_options.invoicesPerCustomer - 3),
                                   m_options.invoicesPerCustomer + 3));
        for (int i = 0; i < count; ++i)
            plans.append({m_random.between(since + 3600, DemoData::now - 3600), c});
    }
    std::sort(plans.begin(), plans.end(), [](const Plan &a, const Plan &b) { return a.created < b.created; });
    for (const Plan &plan : std::as_const(plans)) {
        QJsonObject customer = m_customers.at(plan.customer);
        const QString customerId = customer.value(QLatin1String("id")).toString();
        const QString currency = customer.value(QLatin1String("currency")).toString();
        QJsonObject invoice
            = blankWith(QStringLiteral("invoice"), m_random.id(QStringLiteral("in_")), plan.created);
        const QString invoiceId = invoice.value(QLatin1String("id")).toString();
        QJsonArray lines;
        qint64 total = 0;
        const QList<QJsonObject> options = pricesIn(currency);
        const int lineCount = int(m_random.between(1, 3));
        for (int l = 0; l < lineCount; ++l) {
            const QJsonObject item = itemFor(invoice, customer, options, plan.created);
            QJsonObject line = Shapes::blank(QStringLiteral("invoice_line_item"));
            line.insert(QStringLiteral("id"),
                        QStringLiteral("il_") + item.value(QLatin1String("id")).toString().mid(3));
            line.insert(QStringLiteral("object"), QStringLiteral("line_item"));
            for (const char *field :
                 {"amount", "currency", "description", "quantity", "quantity_decimal", "period", "pricing"})
                line.insert(QLatin1String(field), item.value(QLatin1String(field)));
            line.insert(QStringLiteral("invoice"), invoiceId);
            line.insert(QStringLiteral("subtotal"), item.value(QLatin1String("amount")));
            line.insert(QStringLiteral("livemode"), false);
            lines.append(line);
            total += item.value(QLatin1String("amount")).toInteger();
        }
        const quint64 roll = m_random.below(100);
        const QString status = roll < 8 ? QStringLiteral("draft")
            : roll < 28                 ? QStringLiteral("open")
            : roll < 83                 ? QStringLiteral("paid")
            : roll < 90                 ? QStringLiteral("void")
                                        : QStringLiteral("uncollectible");
        const bool sendInvoice = m_random.chance(30);
        invoice.insert(QStringLiteral("customer"), customerId);
        invoice.insert(QStringLiteral("customer_name"), customer.value(QLatin1String("name")));
        invoice.insert(QStringLiteral("customer_email"), customer.value(QLatin1String("email")));
        invoice.insert(QStringLiteral("currency"), currency);
        invoice.insert(QStringLiteral("status"), status);
        invoice.insert(QStringLiteral("billing_reason"), QStringLiteral("manual"));
        invoice.insert(QStringLiteral("collection_method"),
                       sendInvoice ? QStringLiteral("send_invoice") : QStringLiteral("charge_automatically"));
        invoice.insert(QStringLiteral("due_date"),
                       sendInvoice ? QJsonValue(plan.created + 30 * 86400) : null);
        invoice.insert(QStringLiteral("auto_advance"), false);
        for (const char *field :
             {"subtotal", "subtotal_excluding_tax", "total", "total_excluding_tax", "amount_due"})
            invoice.insert(QLatin1String(field), total);
        const bool paid = status == QLatin1String("paid");
        invoice.insert(QStringLiteral("amount_paid"), paid ? total : 0);
        invoice.insert(QStringLiteral("amount_remaining"),
                       paid || status == QLatin1String("void") ? 0 : total);
        invoice.insert(QStringLiteral("attempted"), status != QLatin1String("draft"));
        invoice.insert(QStringLiteral("attempt_count"),
                       status == QLatin1String("uncollectible") ? 4
                           : paid                               ? 1
                                                                : 0);
        invoice.insert(QStringLiteral("starting_balance"), 0);
        invoice.insert(QStringLiteral("period_start"), plan.created);
        invoice.insert(QStringLiteral("period_end"), plan.created);
        invoice.insert(QStringLiteral("last_finalization_error"), null);
        invoice.insert(QStringLiteral("description"), null);
        if (status == QLatin1String("draft")) {
            invoice.insert(QStringLiteral("number"), null);
            invoice.insert(QStringLiteral("hosted_invoice_url"), null);
            invoice.insert(QStringLiteral("invoice_pdf"), null);
            invoice.insert(QStringLiteral("effective_at"), null);
        } else {
            const qint64 sequence = customer.value(QLatin1String("next_invoice_sequence")).toInteger();
            invoice.insert(QStringLiteral("number"),
                           QStringLiteral("%1-%2")
                               .arg(customer.value(QLatin1String("invoice_prefix")).toString())
                               .arg(sequence, 4, 10, QLatin1Char('0')));
            customer.insert(QStringLiteral("next_invoice_sequence"), sequence + 1);
            m_customers[plan.customer] = customer;
            invoice.insert(QStringLiteral("hosted_invoice_url"),
                           QStringLiteral("https://invoice.stripe.com/i/sandbox/%1").arg(invoiceId));
            invoice.insert(QStringLiteral("invoice_pdf"),
                           QStringLiteral("https://pay.stripe.com/invoice/sandbox/%1/pdf").arg(invoiceId));
            invoice.insert(QStringLiteral("effective_at"), plan.created);
        }
        invoice.insert(
            QStringLiteral("lines"),
            QJsonObject {{QStringLiteral("object"), QStringLiteral("list")},
                         {QStringLiteral("data"), lines},
                         {QStringLiteral("has_more"), false},
                         {QStringLiteral("total_count"), lines.size()},
                         {QStringLiteral("url"), QStringLiteral("/v1/invoices/%1/lines").arg(invoiceId)}});
        invoices.insert(invoice);
    }
    for (const QJsonObject &customer : std::as_const(m_customers))
        customers.replace(customer);
}

} // namespace sandbox::demo
