#include "src/records/Locator.h"

#include "src/objects/Json.h"
#include "src/records/RecordFetch.h"
#include "src/stripe/Client.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace records {

Locator::Locator(stripe::Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void Locator::cancel()
{
    if (m_reply)
        m_reply->abort();
    m_reply = nullptr;
}

void Locator::locate(const QString &input)
{
    cancel();
    m_text = input.trimmed();
    if (m_text.isEmpty())
        return;
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.match(m_text).hasMatch()) {
        findEmail(m_text);
        return;
    }
    const auto kind = objects::kindOfId(m_text);
    if (!kind) {
        // Coupon ids are chosen by people ("SUMMER25"); anything else that is not an id is
        // tried as one, and "not found" is the honest answer.
        fetch(objects::Kind::Coupon, m_text,
              [this](const QJsonObject &coupon) { emit found(objects::Kind::Coupon, coupon); });
        return;
    }
    switch (*kind) {
    case objects::Kind::Price:
        fetch(objects::Kind::Price, m_text, [this](const QJsonObject &price) {
            fetch(objects::Kind::Product, objects::json::id(price, u"product"),
                  [this](const QJsonObject &product) { emit found(objects::Kind::Product, product); });
        });
        return;
    case objects::Kind::PaymentMethod:
        fetch(objects::Kind::PaymentMethod, m_text, [this](const QJsonObject &method) {
            const QString customer = objects::json::id(method, u"customer");
            if (customer.isEmpty()) {
                emit notFound(tr("Payment method %1 is not saved to a customer.").arg(m_text));
                return;
            }
            fetch(objects::Kind::Customer, customer,
                  [this](const QJsonObject &c) { emit found(objects::Kind::Customer, c); });
        });
        return;
    case objects::Kind::InvoiceItem:
    case objects::Kind::InvoiceLine:
        if (*kind == objects::Kind::InvoiceLine) {
            emit notFound(tr("Invoice line items open with their invoice; paste the invoice ID (in_…)."));
            return;
        }
        fetch(objects::Kind::InvoiceItem, m_text, [this](const QJsonObject &item) {
            const QString invoice = objects::json::id(item, u"invoice");
            if (invoice.isEmpty()) {
                emit notFound(tr("Invoice item %1 is not on an invoice yet.").arg(m_text));
                return;
            }
            fetch(objects::Kind::Invoice, invoice,
                  [this](const QJsonObject &i) { emit found(objects::Kind::Invoice, i); });
        });
        return;
    case objects::Kind::PaymentIntent:
        fetch(objects::Kind::PaymentIntent, m_text, [this](const QJsonObject &intent) {
            // Paydesk's orders have their tab; other payment intents show through their payment.
            const QString charge = objects::json::id(intent, u"latest_charge");
            if (objects::json::string(intent, u"metadata.paydesk_order") == QLatin1String("1")
                || charge.isEmpty())
                emit found(objects::Kind::Order, intent);
            else
                fetch(objects::Kind::Payment, charge,
                      [this](const QJsonObject &c) { emit found(objects::Kind::Payment, c); });
        });
        return;
    default: {
        const objects::Kind tab = *kind;
        fetch(tab, m_text, [this, tab](const QJsonObject &object) { emit found(tab, object); });
        return;
    }
    }
}

void Locator::fetch(objects::Kind kind, const QString &id, std::function<void(const QJsonObject &)> then)
{
    if (!m_client || id.isEmpty()) {
        emit notFound(tr("Nothing found for “%1”.").arg(m_text));
        return;
    }
    stripe::Params params;
    if (const QStringList expand = RecordFetch::expansionsFor(kind); !expand.isEmpty())
        params.insert(QStringLiteral("expand"), expand);
    m_reply = m_client->send(stripe::Request::get(objects::objectPath(kind, id), params));
    connect(m_reply, &stripe::Reply::finished, this, [this, reply = m_reply.data(), then = std::move(then)] {
        m_reply = nullptr;
        if (!reply->isOk()) {
            fail(m_text, reply->error());
            return;
        }
        // A deleted customer is still returned, as {"id", "deleted": true}.
        if (objects::json::boolean(reply->object(), u"deleted")) {
            emit notFound(tr("%1 has been deleted.").arg(m_text));
            return;
        }
        then(reply->object());
    });
}

void Locator::findEmail(const QString &email)
{
    if (!m_client) {
        emit notFound(tr("Nothing found for “%1”.").arg(email));
        return;
    }
    // The list's email filter is exact (and case-sensitive), and never behind as search can be.
    m_reply = m_client->send(stripe::Request::get(
        QStringLiteral("/v1/customers"), {{QStringLiteral("email"), email}, {QStringLiteral("limit"), 10}}));
    connect(m_reply, &stripe::Reply::finished, this, [this, email, reply = m_reply.data()] {
        m_reply = nullptr;
        if (!reply->isOk()) {
            emit notFound(stripe::describe(reply->error()));
            return;
        }
        const QJsonArray customers = reply->object().value(QLatin1String("data")).toArray();
        if (customers.isEmpty())
            emit notFound(tr("No customer has the email %1 (Stripe compares emails exactly, capitals too).")
                              .arg(email));
        else if (customers.size() == 1)
            emit found(objects::Kind::Customer, customers.first().toObject());
        else
            emit severalCustomers(
                email, objects::json::boolean(reply->object(), u"has_more") ? -1 : int(customers.size()));
    });
}

void Locator::fail(const QString &text, const stripe::Error &error)
{
    if (error.isNotFound())
        emit notFound(tr("No Stripe object has the ID “%1”.").arg(text));
    else
        emit notFound(stripe::describe(error));
}

} // namespace records
