#include "src/queries/PaymentFilter.h"

#include "src/money/Currency.h"
#include "src/money/Money.h"
#include "src/objects/Json.h"
#include "src/records/SearchQuery.h"

#include <QCoreApplication>

namespace queries {

// Written unqualified where a function returns one: lupdate loses the namespace of a definition
// whose return type names another, and would file the strings below under no context.
using records::ListQuery;

namespace json = objects::json;
namespace search = records::search;

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(queries::PaymentFilter)
};

const QString chargesPath = QStringLiteral("/v1/charges");

// Who paid, named in every row and link, in the same request (never one request per row).
void expandCustomers(records::ListQuery &query)
{
    query.params.insert(QStringLiteral("expand"), QStringList {QStringLiteral("data.customer")});
}

bool needsSearch(const PaymentFilter &f)
{
    return f.status != PaymentStatus::Any || !f.currency.isEmpty() || f.minAmount || f.maxAmount
        || !f.last4.isEmpty() || f.customers.size() > 1;
}

QString statusWords(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Any:
        return {};
    case PaymentStatus::Succeeded:
        return Text::tr("succeeded");
    case PaymentStatus::Failed:
        return Text::tr("failed");
    case PaymentStatus::Refunded:
        return Text::tr("refunded");
    case PaymentStatus::PartiallyRefunded:
        return Text::tr("refunded in part");
    case PaymentStatus::Uncaptured:
        return Text::tr("uncaptured");
    case PaymentStatus::Disputed:
        return Text::tr("disputed");
    }
    return {};
}

QString amountWords(const PaymentFilter &f, qint64 minor)
{
    if (!f.currency.isEmpty())
        return money::Money(minor, f.currency).format();
    // No currency: the number as typed, with its decimals.
    qint64 perMajor = 1;
    for (int i = 0; i < f.amountDecimals; ++i)
        perMajor *= 10;
    return QLocale().toString(double(minor) / double(perMajor), 'f', f.amountDecimals);
}

bool statusMatches(PaymentStatus status, const QJsonObject &charge)
{
    const QString state = json::string(charge, u"status");
    const qint64 refunded = json::integer(charge, u"amount_refunded").value_or(0);
    switch (status) {
    case PaymentStatus::Any:
        return true;
    case PaymentStatus::Succeeded:
        return state == QLatin1String("succeeded");
    case PaymentStatus::Failed:
        return state == QLatin1String("failed");
    case PaymentStatus::Refunded:
        return json::boolean(charge, u"refunded");
    case PaymentStatus::PartiallyRefunded:
        return refunded > 0 && !json::boolean(charge, u"refunded");
    case PaymentStatus::Uncaptured:
        return state == QLatin1String("succeeded") && json::at(charge, u"captured").isBool()
            && !json::boolean(charge, u"captured");
    case PaymentStatus::Disputed:
        return json::boolean(charge, u"disputed");
    }
    return true;
}

} // namespace

bool paymentMatches(const PaymentFilter &f, const QJsonObject &charge)
{
    if (!f.charge.isEmpty())
        return json::string(charge, u"id") == f.charge;
    if (!f.paymentIntent.isEmpty() && json::id(charge, u"payment_intent") != f.paymentIntent)
        return false;
    if (!f.customers.isEmpty() && !f.customers.contains(json::id(charge, u"customer")))
        return false;
    if (!statusMatches(f.status, charge))
        return false;
    const QString currency = json::string(charge, u"currency");
    if (!f.currency.isEmpty() && currency.compare(f.currency, Qt::CaseInsensitive) != 0)
        return false;
    if (f.minAmount || f.maxAmount) {
        const qint64 amount = json::integer(charge, u"amount").value_or(-1);
        if ((f.minAmount && amount < *f.minAmount) || (f.maxAmount && amount > *f.maxAmount))
            return false;
        if (f.currency.isEmpty() && money::Currency::byCode(currency).decimals != f.amountDecimals)
            return false;
    }
    if (!f.last4.isEmpty() && json::string(charge, u"payment_method_details.card.last4") != f.last4)
        return false;
    return true;
}

QString describe(const PaymentFilter &f)
{
    QStringList parts;
    if (!f.described.isEmpty())
        parts << f.described;
    if (const QString status = statusWords(f.status); !status.isEmpty())
        parts << status;
    if (!f.currency.isEmpty())
        parts << f.currency.toUpper();
    if (f.minAmount && f.maxAmount && *f.minAmount == *f.maxAmount)
        parts << amountWords(f, *f.minAmount);
    else if (f.minAmount && f.maxAmount)
        parts << Text::tr("%1 – %2").arg(amountWords(f, *f.minAmount), amountWords(f, *f.maxAmount));
    else if (f.minAmount)
        parts << Text::tr("at least %1").arg(amountWords(f, *f.minAmount));
    else if (f.maxAmount)
        parts << Text::tr("at most %1").arg(amountWords(f, *f.maxAmount));
    if (!f.last4.isEmpty() && f.described.isEmpty())
        parts << Text::tr("card ending %1").arg(f.last4);
    return parts.join(QStringLiteral(", "));
}

ListQuery paymentsQuery(const PaymentFilter &f)
{
    records::ListQuery list;
    list.path = chargesPath;
    expandCustomers(list);
    if (!f.nothingToAsk.isEmpty()) {
        list.invalidReason = f.nothingToAsk;
        return list;
    }
    // An id opens that payment, whatever else is chosen: the list narrowed to the second it was
    // made (a list is never behind, unlike search), and to the id.
    if (!f.charge.isEmpty()) {
        list.params.insert(QStringLiteral("created"), f.chargeCreated);
        list.keep = [id = f.charge](const QJsonObject &charge) { return json::string(charge, u"id") == id; };
        list.emptyText = Text::tr("No payment has the ID %1.").arg(f.charge);
        return list;
    }
    if (!f.paymentIntent.isEmpty()) {
        list.params.insert(QStringLiteral("payment_intent"), f.paymentIntent);
        list.emptyText = Text::tr("No payments for %1 yet: nobody has paid it.").arg(f.paymentIntent);
        return list;
    }
    const QString described = describe(f);
    if (!needsSearch(f)) {
        if (f.customers.size() == 1)
            list.params.insert(QStringLiteral("customer"), f.customers.first());
        list.emptyText = !described.isEmpty() ? Text::tr("No payments match: %1.").arg(described)
            : f.customers.isEmpty()           ? Text::tr("No payments yet.")
                                              : Text::tr("No payments from this customer.");
        return list;
    }

    // The fallback: the list (by its one customer, when there is one), every filter checked here.
    auto fallback = std::make_shared<records::ListQuery>(list);
    if (f.customers.size() == 1)
        fallback->params.insert(QStringLiteral("customer"), f.customers.first());
    fallback->keep = [f](const QJsonObject &charge) { return paymentMatches(f, charge); };
    fallback->emptyText = Text::tr("No payments match: %1.").arg(described);
    fallback->footnote = Text::tr("Stripe's search is not available to this account: Paydesk reads every "
                                  "payment and keeps the matches, which takes longer.");

    records::ListQuery query;
    query.kind = stripe::ListPager::Kind::Search;
    query.path = chargesPath + QStringLiteral("/search");
    expandCustomers(query);
    query.fallback = fallback;
    query.emptyText = Text::tr("No payments match: %1. Stripe's search can take a minute to include a new "
                               "payment.")
                          .arg(described);
    query.footnote
        = Text::tr("Found with Stripe's search, which can take a minute to include a new payment.");

    QStringList clauses;
    bool checkedHere = false; // a filter Stripe's search cannot apply
    if (f.customers.size() > 1) {
        // Stripe allows AND or OR in one query, never both, and ten clauses at most: the customers
        // are asked for, everything else is checked here.
        QStringList customers;
        for (const QString &customer : f.customers.mid(0, 10))
            customers << search::exact(QStringLiteral("customer"), customer);
        query.params.insert(QStringLiteral("query"), customers.join(QLatin1String(" OR ")));
        query.keep = [f](const QJsonObject &charge) { return paymentMatches(f, charge); };
        query.footnote += QLatin1Char(' ')
            + Text::tr("Several customers have that email: Paydesk applies the other filters itself.");
        return query;
    }
    if (f.customers.size() == 1)
        clauses << search::exact(QStringLiteral("customer"), f.customers.first());
    switch (f.status) {
    case PaymentStatus::Any:
        break;
    case PaymentStatus::Succeeded:
        clauses << search::exact(QStringLiteral("status"), QStringLiteral("succeeded"));
        break;
    case PaymentStatus::Failed:
        clauses << search::exact(QStringLiteral("status"), QStringLiteral("failed"));
        break;
    // docs.stripe.com/search#query-fields-for-charges: refunded is "true" for payments refunded
    // in full, "false" for those refunded in part (and null for the rest).
    case PaymentStatus::Refunded:
        clauses << search::exact(QStringLiteral("refunded"), QStringLiteral("true"));
        break;
    case PaymentStatus::PartiallyRefunded:
        clauses << search::exact(QStringLiteral("refunded"), QStringLiteral("false"));
        break;
    case PaymentStatus::Uncaptured:
        // Neither search nor the list knows "captured": succeeded payments, kept here.
        clauses << search::exact(QStringLiteral("status"), QStringLiteral("succeeded"));
        checkedHere = true;
        query.footnote = Text::tr("Stripe cannot search for uncaptured payments: Paydesk keeps them from the "
                                  "succeeded payments Stripe finds.");
        break;
    case PaymentStatus::Disputed:
        clauses << search::exact(QStringLiteral("disputed"), QStringLiteral("true"));
        break;
    }
    if (!f.currency.isEmpty())
        clauses << search::exact(QStringLiteral("currency"), f.currency.toLower());
    if (f.minAmount && f.maxAmount && *f.minAmount == *f.maxAmount) {
        clauses << QStringLiteral("amount:%1").arg(*f.minAmount);
    } else {
        if (f.minAmount)
            clauses << QStringLiteral("amount>=%1").arg(*f.minAmount);
        if (f.maxAmount)
            clauses << QStringLiteral("amount<=%1").arg(*f.maxAmount);
    }
    // 12.50 without a currency is 1250 minor units of a two-decimal currency, never ¥1250.
    if ((f.minAmount || f.maxAmount) && f.currency.isEmpty())
        checkedHere = true;
    if (!f.last4.isEmpty())
        clauses << search::exact(QStringLiteral("payment_method_details.card.last4"), f.last4);
    query.params.insert(QStringLiteral("query"), clauses.join(QLatin1String(" AND ")));
    if (checkedHere)
        query.keep = [f](const QJsonObject &charge) { return paymentMatches(f, charge); };
    return query;
}

} // namespace queries
