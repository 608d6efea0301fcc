#include "src/queries/TabQueries.h"

#include "src/objects/IdCheck.h"
#include "src/objects/InvoiceRules.h"
#include "src/objects/Json.h"
#include "src/queries/CopySearch.h"
#include "src/records/SearchQuery.h"

#include <QCoreApplication>

namespace queries {

// Written unqualified where a function returns one: lupdate loses the namespace of a definition
// whose return type names another, and would file the strings below under no context.
using records::ListQuery;

namespace {

// lupdate files a string under the class its tr() is called through: one context for this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(queries::TabQueries)
};

QString invoiceStatusWord(const QString &status)
{
    if (status == QLatin1String("draft"))
        return Text::tr("draft");
    if (status == QLatin1String("open"))
        return Text::tr("open");
    if (status == QLatin1String("paid"))
        return Text::tr("paid");
    if (status == QLatin1String("uncollectible"))
        return Text::tr("uncollectible");
    if (status == QLatin1String("void"))
        return Text::tr("void");
    return status;
}

} // namespace

ListQuery invoicesQuery(const InvoiceFilter &filter)
{
    records::ListQuery query;
    query.path = QStringLiteral("/v1/invoices");
    if (!filter.status.isEmpty())
        query.params.insert(QStringLiteral("status"), filter.status);
    if (!filter.customer.isEmpty()) {
        query.invalidReason = objects::checkId(filter.customer, objects::Kind::Customer);
        query.params.insert(QStringLiteral("customer"), filter.customer);
    }
    // Stripe's list has no currency, and its due_date filter leaves out the invoices charged
    // automatically, which have no due date but are due all the same (and which the Overview
    // ages by their creation): both are matched here over Stripe's list.
    if (!filter.currency.isEmpty() || filter.dueFrom || filter.dueUntil) {
        query.keep = [filter](const QJsonObject &invoice) {
            if (!filter.currency.isEmpty()
                && objects::json::string(invoice, u"currency").compare(filter.currency, Qt::CaseInsensitive)
                    != 0)
                return false;
            const qint64 due = objects::invoices::paymentDue(invoice);
            return (!filter.dueFrom || due >= *filter.dueFrom)
                && (!filter.dueUntil || due < *filter.dueUntil);
        };
        query.footnote = Text::tr("The currency and due dates are matched by Paydesk over Stripe's list.");
    }
    const bool anyCustomer = filter.customer.isEmpty();
    if (filter.status.isEmpty())
        query.emptyText
            = anyCustomer ? Text::tr("No invoices yet.") : Text::tr("No invoices for this customer.");
    else
        query.emptyText
            = (anyCustomer ? Text::tr("No %1 invoices.") : Text::tr("No %1 invoices for this customer."))
                  .arg(invoiceStatusWord(filter.status));
    if (query.keep)
        query.emptyText = Text::tr("No invoices match these filters.");
    searchInCopyOnly(query, objects::Kind::Invoice, filter.text);
    return query;
}

ListQuery ordersQuery(const OrderFilter &filter)
{
    namespace search = records::search;
    QStringList clauses {search::metadataExact(QStringLiteral("paydesk_order"), QStringLiteral("1"))};
    if (!filter.status.isEmpty())
        clauses << search::exact(QStringLiteral("status"), filter.status);
    if (!filter.customer.isEmpty())
        clauses << search::exact(QStringLiteral("customer"), filter.customer);

    records::ListQuery query;
    query.kind = stripe::ListPager::Kind::Search;
    query.path = QStringLiteral("/v1/payment_intents/search");
    query.params.insert(QStringLiteral("query"), clauses.join(QLatin1String(" AND ")));
    // Who ordered and the card it was paid with, named in the same request.
    const QStringList expand {QStringLiteral("data.customer"), QStringLiteral("data.payment_method")};
    query.params.insert(QStringLiteral("expand"), expand);
    query.emptyText = filter.customer.isEmpty() ? Text::tr("No orders yet. Create one with New order.")
                                                : Text::tr("No orders for this customer.");
    if (!filter.customer.isEmpty())
        query.invalidReason = objects::checkId(filter.customer, objects::Kind::Customer);

    // Without search (not every account has it): the payment intent list, keeping Paydesk's orders.
    auto fallback = std::make_shared<records::ListQuery>();
    fallback->path = QStringLiteral("/v1/payment_intents");
    fallback->params.insert(QStringLiteral("expand"), expand);
    if (!filter.customer.isEmpty())
        fallback->params.insert(QStringLiteral("customer"), filter.customer);
    fallback->keep = [status = filter.status](const QJsonObject &intent) {
        return objects::json::string(intent, u"metadata.paydesk_order") == QLatin1String("1")
            && (status.isEmpty() || objects::json::string(intent, u"status") == status);
    };
    fallback->emptyText = query.emptyText;
    query.fallback = fallback;
    searchInCopyOnly(query, objects::Kind::Order, filter.text);
    return query;
}

ListQuery productsQuery(const ProductFilter &filter)
{
    records::ListQuery query;
    query.path = QStringLiteral("/v1/products");
    // Each product's price in the same request (never one per row).
    query.params.insert(QStringLiteral("expand"), QStringList {QStringLiteral("data.default_price")});
    if (filter.active)
        query.params.insert(QStringLiteral("active"), *filter.active);
    query.emptyText = filter.active == false ? Text::tr("No archived products.")
                                             : Text::tr("No products yet. Create one with New product.");
    searchInCopyOnly(query, objects::Kind::Product, filter.text);
    return query;
}

ListQuery refundsQuery(const RefundFilter &filter)
{
    records::ListQuery query;
    query.path = QStringLiteral("/v1/refunds");
    // Each refund's payment and who paid it, in the same request (never one per row).
    query.params.insert(QStringLiteral("expand"), QStringList {QStringLiteral("data.charge.customer")});
    const QString payment = filter.payment.trimmed();
    if (!payment.isEmpty()) {
        query.params.insert(QStringLiteral("charge"), payment);
        query.invalidReason = objects::checkId(payment, objects::Kind::Payment);
    }
    query.emptyText
        = payment.isEmpty() ? Text::tr("No refunds yet.") : Text::tr("No refunds for this payment.");
    // Stripe's list of refunds filters by neither: matched here over it.
    if (!filter.status.isEmpty() || !filter.currency.isEmpty()) {
        query.keep = [filter](const QJsonObject &refund) {
            return (filter.status.isEmpty() || objects::json::string(refund, u"status") == filter.status)
                && (filter.currency.isEmpty()
                    || objects::json::string(refund, u"currency")
                            .compare(filter.currency, Qt::CaseInsensitive)
                        == 0);
        };
        query.emptyText = Text::tr("No refunds match these filters.");
        query.footnote = Text::tr("The status and currency are matched by Paydesk over Stripe's list.");
    }
    searchInCopyOnly(query, objects::Kind::Refund, filter.text);
    return query;
}

} // namespace queries
