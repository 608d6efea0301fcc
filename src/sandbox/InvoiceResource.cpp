#include "src/sandbox/InvoiceTotals.h"
#include "src/sandbox/Lists.h"
#include "src/sandbox/Payments.h"
#include "src/sandbox/Resources.h"
#include "src/sandbox/Routes.h"
#include "src/sandbox/SearchFields.h"

#include <QJsonArray>

namespace sandbox {

namespace {

using namespace resources;
using invoicing::recompute;
using invoicing::statusOf;

const QString invoices = QStringLiteral("invoices");

// Moves the invoice to a new status and stamps when, as Stripe records each move in
// status_transitions (finalized_at, paid_at, voided_at, marked_uncollectible_at).
void moveTo(QJsonObject &invoice, const QString &status, const QString &stampedAs, qint64 at)
{
    invoice.insert(QStringLiteral("status"), status);
    QJsonObject transitions = invoice.value(QLatin1String("status_transitions")).toObject();
    transitions.insert(stampedAs, at);
    invoice.insert(QStringLiteral("status_transitions"), transitions);
}

// An action the invoice's state does not allow (docs.stripe.com/invoicing/overview).
Reply wrongState(const QString &message, const QString &code = {})
{
    return Reply::invalid(message, {}, code);
}

Reply list(Call &call)
{
    return lists::page(
        call, call.store->collection(invoices), QStringLiteral("/v1/invoices"),
        lists::all({lists::createdFilter(call), lists::fieldEquals(call, QStringLiteral("status")),
                    lists::fieldEquals(call, QStringLiteral("customer")),
                    lists::fieldEquals(call, QStringLiteral("collection_method"))}));
}

Reply search(Call &call)
{
    return lists::search(call, call.store->collection(invoices), QStringLiteral("/v1/invoices/search"),
                         searchFields::invoices());
}

Reply createInvoice(Call &call)
{
    const QString customerId = call.string(QStringLiteral("customer"));
    if (customerId.isEmpty())
        return Reply::invalid(QStringLiteral("Missing required param: customer."), QStringLiteral("customer"),
                              QStringLiteral("parameter_missing"));
    const QJsonObject *customer = findLive(call, QStringLiteral("customers"), customerId);
    if (!customer)
        return Reply::missing(QStringLiteral("customer"), customerId, QStringLiteral("customer"));
    QJsonObject invoice = create(call, QStringLiteral("invoice"), QStringLiteral("in_"));
    invoice.insert(QStringLiteral("customer"), customerId);
    invoice.insert(QStringLiteral("customer_name"), customer->value(QLatin1String("name")));
    invoice.insert(QStringLiteral("customer_email"), customer->value(QLatin1String("email")));
    invoice.insert(QStringLiteral("status"), QStringLiteral("draft"));
    invoice.insert(QStringLiteral("number"), QJsonValue(QJsonValue::Null));
    invoice.insert(QStringLiteral("billing_reason"), QStringLiteral("manual"));
    const QString currency = call.has(QStringLiteral("currency"))
        ? call.string(QStringLiteral("currency")).toLower()
        : (customer->value(QLatin1String("currency")).isString()
               ? customer->value(QLatin1String("currency")).toString()
               : QStringLiteral("usd"));
    invoice.insert(QStringLiteral("currency"), currency);
    const QString method = call.has(QStringLiteral("collection_method"))
        ? call.string(QStringLiteral("collection_method"))
        : QStringLiteral("charge_automatically");
    invoice.insert(QStringLiteral("collection_method"), method);
    if (method == QLatin1String("send_invoice")) {
        if (!call.has(QStringLiteral("days_until_due")) && !call.has(QStringLiteral("due_date")))
            return Reply::invalid(
                QStringLiteral("Invoices with `collection_method=send_invoice` require either `due_date` or "
                               "`days_until_due`."),
                QStringLiteral("days_until_due"));
        invoice.insert(QStringLiteral("due_date"),
                       call.has(QStringLiteral("due_date"))
                           ? *call.integer(QStringLiteral("due_date"))
                           : call.now + *call.integer(QStringLiteral("days_until_due")) * 86400);
    } else {
        invoice.insert(QStringLiteral("due_date"), QJsonValue(QJsonValue::Null));
    }
    invoice.insert(QStringLiteral("auto_advance"),
                   call.boolean(QStringLiteral("auto_advance")).value_or(false));
    for (const char *field :
         {"amount_paid", "amount_remaining", "attempt_count", "amount_shipping", "starting_balance"})
        invoice.insert(QLatin1String(field), 0);
    invoice.insert(QStringLiteral("attempted"), false);
    invoice.insert(QStringLiteral("hosted_invoice_url"), QJsonValue(QJsonValue::Null));
    invoice.insert(QStringLiteral("invoice_pdf"), QJsonValue(QJsonValue::Null));
    invoice.insert(QStringLiteral("effective_at"), QJsonValue(QJsonValue::Null));
    invoice.insert(QStringLiteral("last_finalization_error"), QJsonValue(QJsonValue::Null));
    invoice.insert(QStringLiteral("period_start"), call.now);
    invoice.insert(QStringLiteral("period_end"), call.now);
    copyStrings(call, invoice, {QStringLiteral("description"), QStringLiteral("footer")});
    if (auto error = applyMetadata(call, invoice))
        return *error;
    recompute(call, invoice);
    return save(call, invoices, invoice, true);
}

Reply retrieveInvoice(Call &call)
{
    return retrieve(call, invoices, QStringLiteral("invoice"), "invoice");
}

Reply updateInvoice(Call &call)
{
    const QString id = call.pathParam("invoice");
    const QJsonObject *found = findLive(call, invoices, id);
    if (!found)
        return Reply::missing(QStringLiteral("invoice"), id, QStringLiteral("id"));
    QJsonObject invoice = *found;
    // Once finalized, only a few fields may change (docs.stripe.com/invoicing/overview).
    static const QStringList alwaysEditable {QStringLiteral("metadata"), QStringLiteral("description"),
                                             QStringLiteral("footer"), QStringLiteral("auto_advance"),
                                             QStringLiteral("expand")};
    if (statusOf(invoice) != QLatin1String("draft")) {
        for (auto it = call.params.cbegin(); it != call.params.cend(); ++it)
            if (!alwaysEditable.contains(it.key()))
                return Reply::invalid(
                    QStringLiteral("You can only update `%1` on a draft invoice; this invoice is %2.")
                        .arg(it.key(), statusOf(invoice)),
                    it.key(), QStringLiteral("invoice_not_editable"));
    }
    copyStrings(call, invoice, {QStringLiteral("description"), QStringLiteral("footer")});
    if (const auto advance = call.boolean(QStringLiteral("auto_advance")))
        invoice.insert(QStringLiteral("auto_advance"), *advance);
    if (call.has(QStringLiteral("collection_method")))
        invoice.insert(QStringLiteral("collection_method"), call.string(QStringLiteral("collection_method")));
    if (const auto days = call.integer(QStringLiteral("days_until_due")))
        invoice.insert(QStringLiteral("due_date"), call.now + *days * 86400);
    if (auto error = applyMetadata(call, invoice))
        return *error;
    return save(call, invoices, invoice, false);
}

Reply deleteInvoice(Call &call)
{
    const QString id = call.pathParam("invoice");
    const QJsonObject *found = findLive(call, invoices, id);
    if (!found)
        return Reply::missing(QStringLiteral("invoice"), id, QStringLiteral("id"));
    if (statusOf(*found) != QLatin1String("draft"))
        return wrongState(
            QStringLiteral("You can only delete draft invoices; this invoice is %1. Void it instead.")
                .arg(statusOf(*found)),
            QStringLiteral("invoice_not_editable"));
    call.store->collection(invoices).markDeleted(id);
    return Reply::ok({{QStringLiteral("id"), id},
                      {QStringLiteral("object"), QStringLiteral("invoice")},
                      {QStringLiteral("deleted"), true}});
}

// The invoice's next number, "<customer prefix>-0001" and up, as Stripe numbers per customer.
QString nextNumber(Call &call, const QJsonObject &invoice)
{
    QJsonObject customer;
    if (const QJsonObject *found = call.store->find(invoice.value(QLatin1String("customer")).toString()))
        customer = *found;
    const QString prefix = customer.value(QLatin1String("invoice_prefix")).toString();
    const qint64 sequence
        = std::max<qint64>(1, customer.value(QLatin1String("next_invoice_sequence")).toInteger());
    customer.insert(QStringLiteral("next_invoice_sequence"), sequence + 1);
    if (!customer.isEmpty())
        call.store->collection(QStringLiteral("customers")).replace(customer);
    return QStringLiteral("%1-%2")
        .arg(prefix.isEmpty() ? QStringLiteral("SANDBOX") : prefix)
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

void markPaid(Call &call, QJsonObject &invoice)
{
    moveTo(invoice, QStringLiteral("paid"), QStringLiteral("paid_at"), call.now);
    invoice.insert(QStringLiteral("amount_paid"), invoice.value(QLatin1String("amount_due")));
    invoice.insert(QStringLiteral("amount_remaining"), 0);
}

Reply finalize(Call &call)
{
    const QString id = call.pathParam("invoice");
    const QJsonObject *found = findLive(call, invoices, id);
    if (!found)
        return Reply::missing(QStringLiteral("invoice"), id, QStringLiteral("invoice"));
    QJsonObject invoice = *found;
    if (statusOf(invoice) != QLatin1String("draft"))
        return wrongState(
            QStringLiteral("This invoice is already finalized, you can't re-finalize a non-draft invoice."));
    moveTo(invoice, QStringLiteral("open"), QStringLiteral("finalized_at"), call.now);
    invoice.insert(QStringLiteral("number"), nextNumber(call, invoice));
    invoice.insert(QStringLiteral("effective_at"), call.now);
    invoice.insert(QStringLiteral("hosted_invoice_url"),
                   QStringLiteral("https://invoice.stripe.com/i/sandbox/%1").arg(id));
    invoice.insert(QStringLiteral("invoice_pdf"),
                   QStringLiteral("https://pay.stripe.com/invoice/sandbox/%1/pdf").arg(id));
    if (const auto advance = call.boolean(QStringLiteral("auto_advance")))
        invoice.insert(QStringLiteral("auto_advance"), *advance);
    // Nothing to pay: Stripe marks a zero invoice paid when it is finalized.
    if (invoice.value(QLatin1String("amount_due")).toInteger() == 0)
        markPaid(call, invoice);
    return save(call, invoices, invoice, false);
}

Reply pay(Call &call)
{
    const QString id = call.pathParam("invoice");
    const QJsonObject *found = findLive(call, invoices, id);
    if (!found)
        return Reply::missing(QStringLiteral("invoice"), id, QStringLiteral("invoice"));
    QJsonObject invoice = *found;
    const QString status = statusOf(invoice);
    if (status == QLatin1String("paid"))
        return wrongState(QStringLiteral("Invoice is already paid"));
    if (status != QLatin1String("open") && status != QLatin1String("uncollectible"))
        return wrongState(
            QStringLiteral("You can only pay an open or uncollectible invoice; this invoice is %1.")
                .arg(status));
    if (call.boolean(QStringLiteral("paid_out_of_band")).value_or(false)) {
        invoice.insert(QStringLiteral("amount_paid_off_stripe"),
                       invoice.value(QLatin1String("amount_remaining")));
        markPaid(call, invoice);
        return save(call, invoices, invoice, false);
    }
    QString method = call.string(QStringLiteral("payment_method"));
    const QString customer = invoice.value(QLatin1String("customer")).toString();
    if (method.isEmpty()) {
        // The customer's first saved card, as Stripe uses the default payment method.
        const Collection &methods = call.store->collection(QStringLiteral("payment_methods"));
        for (int i = methods.size() - 1; i >= 0 && method.isEmpty(); --i)
            if (!methods.isDeleted(i)
                && methods.at(i).value(QLatin1String("customer")).toString() == customer)
                method = methods.at(i).value(QLatin1String("id")).toString();
    }
    if (method.isEmpty())
        return Reply::invalid(QStringLiteral("Cannot charge a customer that has no active card"),
                              QStringLiteral("payment_method"), QStringLiteral("missing"));
    // The payment goes through a PaymentIntent, as Stripe's invoice payments do.
    QJsonObject intent = create(call, QStringLiteral("payment_intent"), QStringLiteral("pi_"));
    intent.insert(QStringLiteral("amount"), invoice.value(QLatin1String("amount_remaining")));
    intent.insert(QStringLiteral("currency"), invoice.value(QLatin1String("currency")));
    intent.insert(QStringLiteral("customer"), customer);
    intent.insert(
        QStringLiteral("description"),
        QStringLiteral("Payment for Invoice %1").arg(invoice.value(QLatin1String("number")).toString()));
    intent.insert(QStringLiteral("status"), QStringLiteral("requires_confirmation"));
    intent.insert(QStringLiteral("latest_charge"), QJsonValue(QJsonValue::Null));
    intent.insert(QStringLiteral("last_payment_error"), QJsonValue(QJsonValue::Null));
    call.store->collection(QStringLiteral("payment_intents")).insert(intent);
    const Reply paid = payments::confirm(call, intent, method, false);
    invoice.insert(QStringLiteral("attempted"), true);
    invoice.insert(QStringLiteral("attempt_count"),
                   invoice.value(QLatin1String("attempt_count")).toInteger() + 1);
    if (paid.isError()) {
        call.store->collection(invoices).replace(invoice);
        return paid;
    }
    markPaid(call, invoice);
    return save(call, invoices, invoice, false);
}

Reply send(Call &call)
{
    const QString id = call.pathParam("invoice");
    const QJsonObject *found = findLive(call, invoices, id);
    if (!found)
        return Reply::missing(QStringLiteral("invoice"), id, QStringLiteral("invoice"));
    if (statusOf(*found) != QLatin1String("open"))
        return wrongState(
            QStringLiteral("You can only send an open invoice; this invoice is %1.").arg(statusOf(*found)));
    // Nothing on the invoice changes, but Stripe tells of the email.
    call.store->events().record(QStringLiteral("invoice.sent"), *found);
    return withExpansions(call, *found);
}

Reply voidInvoice(Call &call)
{
    const QString id = call.pathParam("invoice");
    const QJsonObject *found = findLive(call, invoices, id);
    if (!found)
        return Reply::missing(QStringLiteral("invoice"), id, QStringLiteral("invoice"));
    QJsonObject invoice = *found;
    const QString status = statusOf(invoice);
    if (status != QLatin1String("open") && status != QLatin1String("uncollectible"))
        return wrongState(
            QStringLiteral("You can only void an open or uncollectible invoice; this invoice is %1.")
                .arg(status));
    moveTo(invoice, QStringLiteral("void"), QStringLiteral("voided_at"), call.now);
    invoice.insert(QStringLiteral("amount_remaining"), 0);
    return save(call, invoices, invoice, false);
}

Reply markUncollectible(Call &call)
{
    const QString id = call.pathParam("invoice");
    const QJsonObject *found = findLive(call, invoices, id);
    if (!found)
        return Reply::missing(QStringLiteral("invoice"), id, QStringLiteral("invoice"));
    QJsonObject invoice = *found;
    if (statusOf(invoice) != QLatin1String("open"))
        return wrongState(
            QStringLiteral("You can only mark an open invoice as uncollectible; this invoice is %1.")
                .arg(statusOf(invoice)));
    moveTo(invoice, QStringLiteral("uncollectible"), QStringLiteral("marked_uncollectible_at"), call.now);
    return save(call, invoices, invoice, false);
}

Reply lines(Call &call)
{
    const QString id = call.pathParam("invoice");
    const QJsonObject *found = findLive(call, invoices, id);
    if (!found)
        return Reply::missing(QStringLiteral("invoice"), id, QStringLiteral("invoice"));
    // Lines live inside the invoice; page through them as a list of their own.
    Collection collection(QStringLiteral("line_item"));
    const QJsonArray data
        = found->value(QLatin1String("lines")).toObject().value(QLatin1String("data")).toArray();
    for (qsizetype i = data.size() - 1; i >= 0; --i)
        collection.insert(data.at(i).toObject());
    return lists::page(call, collection, QStringLiteral("/v1/invoices/%1/lines").arg(id), {});
}

} // namespace

void addInvoiceRoutes(Routes &routes)
{
    const QString get = QStringLiteral("GET"), post = QStringLiteral("POST"), del = QStringLiteral("DELETE");
    routes.insert(routeKey(get, QStringLiteral("/v1/invoices")), list);
    routes.insert(routeKey(post, QStringLiteral("/v1/invoices")), createInvoice);
    routes.insert(routeKey(get, QStringLiteral("/v1/invoices/search")), search);
    routes.insert(routeKey(get, QStringLiteral("/v1/invoices/{invoice}")), retrieveInvoice);
    routes.insert(routeKey(post, QStringLiteral("/v1/invoices/{invoice}")), updateInvoice);
    routes.insert(routeKey(del, QStringLiteral("/v1/invoices/{invoice}")), deleteInvoice);
    routes.insert(routeKey(post, QStringLiteral("/v1/invoices/{invoice}/finalize")), finalize);
    routes.insert(routeKey(post, QStringLiteral("/v1/invoices/{invoice}/pay")), pay);
    routes.insert(routeKey(post, QStringLiteral("/v1/invoices/{invoice}/send")), send);
    routes.insert(routeKey(post, QStringLiteral("/v1/invoices/{invoice}/void")), voidInvoice);
    routes.insert(routeKey(post, QStringLiteral("/v1/invoices/{invoice}/mark_uncollectible")),
                  markUncollectible);
    routes.insert(routeKey(get, QStringLiteral("/v1/invoices/{invoice}/lines")), lines);
}

} // namespace sandbox
