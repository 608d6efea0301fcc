#include "src/queries/PaymentFinder.h"

#include "src/objects/Json.h"
#include "src/objects/Kind.h"
#include "src/queries/CustomerLookup.h"
#include "src/stripe/Reply.h"

namespace queries {

namespace json = objects::json;

PaymentFinder::PaymentFinder(QObject *parent)
    : QObject(parent)
    , m_customers(new CustomerLookup(this))
{
    // Stripe's ten clauses: the payments of up to ten customers are asked for at once.
    m_customers->setLimit(10);
    connect(m_customers, &CustomerLookup::finished, this,
            [this](const QString &, const QList<QJsonObject> &customers, const QString &message) {
                for (const QJsonObject &customer : customers)
                    m_filter.customers << json::string(customer, u"id");
                if (customers.isEmpty())
                    m_filter.nothingToAsk = message;
                finish();
            });
    connect(m_customers, &CustomerLookup::failed, this, [this](const QString &, const stripe::Error &error) {
        m_filter.nothingToAsk = tr("Could not look up the customers: %1").arg(stripe::describe(error));
        finish();
    });
}

PaymentFinder::~PaymentFinder()
{
    cancel();
}

void PaymentFinder::setClient(stripe::Client *client)
{
    cancel();
    m_client = client;
    m_customers->setClient(client);
}

void PaymentFinder::cancel()
{
    m_customers->cancel();
    if (m_reply)
        m_reply->abort();
    m_reply = nullptr;
}

bool PaymentFinder::isBusy() const
{
    return m_customers->isBusy() || m_reply;
}

void PaymentFinder::find(const PaymentFilter &base, const PaymentSearchTerm &term)
{
    using Kind = PaymentSearchTerm::Kind;
    cancel();
    m_filter = base;
    m_term = term;
    switch (term.kind) {
    case Kind::Empty:
    case Kind::Dates:
        break;
    case Kind::Email:
        m_filter.customers.clear();
        m_filter.described = term.text;
        m_customers->lookup(term.text);
        return;
    case Kind::Words:
        m_filter.customers.clear();
        m_filter.described = tr("customers matching “%1”").arg(term.text);
        m_customers->lookup(term.text);
        return;
    case Kind::TooShort:
        m_filter.nothingToAsk = tr("Type 3 letters or more of a name or an email, four digits of a card, "
                                   "an amount, a date or an ID.");
        break;
    case Kind::Unclear:
        m_filter.nothingToAsk = term.problem;
        break;
    case Kind::Last4:
        m_filter.last4 = term.text;
        m_filter.described = tr("card ending %1").arg(term.text);
        break;
    case Kind::Amount:
        m_filter.minAmount = term.amount;
        m_filter.maxAmount = term.amount;
        m_filter.amountDecimals = term.decimals;
        if (!term.currency.isEmpty())
            m_filter.currency = term.currency;
        break;
    case Kind::CustomerId:
        m_filter.customers = {term.text};
        break;
    case Kind::IntentId:
        m_filter.paymentIntent = term.text;
        break;
    case Kind::PaymentId:
        fetchCharge(term.text);
        return;
    case Kind::RefundId:
        fetchRefund(term.text);
        return;
    }
    finish();
}

void PaymentFinder::fetchCharge(const QString &chargeId)
{
    if (!m_client) {
        m_filter.nothingToAsk = tr("Not connected to Stripe.");
        finish();
        return;
    }
    m_reply = m_client->send(stripe::Request::get(objects::objectPath(objects::Kind::Payment, chargeId)));
    connect(m_reply, &stripe::Reply::finished, this, [this, chargeId, reply = m_reply.data()] {
        m_reply = nullptr;
        if (!reply->isOk()) {
            m_filter.nothingToAsk = reply->error().isNotFound()
                ? tr("No payment has the ID %1.").arg(chargeId)
                : stripe::describe(reply->error());
        } else {
            m_filter.charge = chargeId;
            m_filter.chargeCreated = json::integer(reply->object(), u"created").value_or(0);
        }
        finish();
    });
}

void PaymentFinder::fetchRefund(const QString &refundId)
{
    if (!m_client) {
        m_filter.nothingToAsk = tr("Not connected to Stripe.");
        finish();
        return;
    }
    // The refund with its payment, in one request.
    m_reply = m_client->send(
        stripe::Request::get(objects::objectPath(objects::Kind::Refund, refundId),
                             {{QStringLiteral("expand"), QStringList {QStringLiteral("charge")}}}));
    connect(m_reply, &stripe::Reply::finished, this, [this, refundId, reply = m_reply.data()] {
        m_reply = nullptr;
        const QJsonObject charge = json::expanded(reply->object(), u"charge");
        if (!reply->isOk()) {
            m_filter.nothingToAsk = reply->error().isNotFound() ? tr("No refund has the ID %1.").arg(refundId)
                                                                : stripe::describe(reply->error());
        } else if (charge.isEmpty()) {
            m_filter.nothingToAsk = tr("Refund %1 is not of a card payment.").arg(refundId);
        } else {
            m_filter.charge = json::string(charge, u"id");
            m_filter.chargeCreated = json::integer(charge, u"created").value_or(0);
        }
        finish();
    });
}

void PaymentFinder::finish()
{
    emit ready(m_filter);
}

} // namespace queries
