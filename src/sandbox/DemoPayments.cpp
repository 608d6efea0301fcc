#include "src/sandbox/DemoGenerator.h"

#include "src/sandbox/Resources.h"
#include "src/sandbox/Shapes.h"

#include <QJsonArray>

namespace sandbox::demo {

// A PaymentIntent and its charge; failed ones end in requires_payment_method.
void Generator::payment(const QJsonObject &customer, qint64 created, qint64 amount, const QString &currency,
                        const QString &description, const QJsonObject &metadata, const QString &status,
                        Capture capture)
{
    const QString customerId = customer.value(QLatin1String("id")).toString();
    const QStringList cards = m_cards.value(customerId);
    QJsonObject intent
        = blankWith(QStringLiteral("payment_intent"), m_random.id(QStringLiteral("pi_")), created);
    const QString intentId = intent.value(QLatin1String("id")).toString();
    intent.insert(QStringLiteral("amount"), amount);
    intent.insert(QStringLiteral("currency"), currency);
    intent.insert(QStringLiteral("customer"), customerId);
    intent.insert(QStringLiteral("description"), description.isEmpty() ? null : QJsonValue(description));
    intent.insert(QStringLiteral("metadata"), metadata);
    intent.insert(QStringLiteral("client_secret"),
                  intentId + QStringLiteral("_secret_") + m_random.id(QString()));
    intent.insert(QStringLiteral("payment_method_types"), QJsonArray {QStringLiteral("card")});
    intent.insert(QStringLiteral("canceled_at"), null);
    intent.insert(QStringLiteral("cancellation_reason"), null);
    intent.insert(QStringLiteral("last_payment_error"), null);
    intent.insert(QStringLiteral("next_action"), null);
    intent.insert(QStringLiteral("latest_charge"), null);
    intent.insert(QStringLiteral("payment_method"), null);
    intent.insert(QStringLiteral("amount_received"), 0);
    intent.insert(QStringLiteral("amount_capturable"), 0);
    intent.insert(QStringLiteral("status"),
                  capture == Capture::Uncaptured ? QStringLiteral("requires_capture") : status);
    intent.insert(QStringLiteral("capture_method"),
                  capture == Capture::Full ? QStringLiteral("automatic") : QStringLiteral("manual"));
    if (status == QLatin1String("canceled")) {
        intent.insert(QStringLiteral("canceled_at"), created + 3600);
        intent.insert(QStringLiteral("cancellation_reason"), QStringLiteral("requested_by_customer"));
    }
    const bool charged = status == QLatin1String("succeeded") || status == QLatin1String("processing")
        || (status == QLatin1String("requires_payment_method") && !cards.isEmpty() && m_random.chance(40));
    if (charged && !cards.isEmpty()) {
        const QJsonObject *method
            = m_store.collection(QStringLiteral("payment_methods")).find(m_random.pick(cards));
        const bool failed = status == QLatin1String("requires_payment_method");
        const QString chargeStatus = failed         ? QStringLiteral("failed")
            : status == QLatin1String("processing") ? QStringLiteral("pending")
                                                    : QStringLiteral("succeeded");
        QJsonObject charge
            = blankWith(QStringLiteral("charge"), m_random.id(QStringLiteral("ch_")), created + 5);
        const bool succeeded = chargeStatus == QLatin1String("succeeded");
        const qint64 captured = !succeeded || capture == Capture::Uncaptured ? 0
            : capture == Capture::Partial                                    ? partOf(amount, currency)
                                                                             : amount;
        charge.insert(QStringLiteral("amount"), amount);
        charge.insert(QStringLiteral("amount_captured"), captured);
        charge.insert(QStringLiteral("amount_refunded"), 0);
        charge.insert(QStringLiteral("refunded"), false);
        charge.insert(QStringLiteral("captured"), succeeded && capture != Capture::Uncaptured);
        charge.insert(QStringLiteral("balance_transaction"),
                      captured > 0 ? QJsonValue(m_captures.id(QStringLiteral("txn_"))) : null);
        charge.insert(QStringLiteral("paid"), chargeStatus != QLatin1String("failed"));
        charge.insert(QStringLiteral("status"), chargeStatus);
        charge.insert(QStringLiteral("currency"), currency);
        charge.insert(QStringLiteral("customer"), customerId);
        charge.insert(QStringLiteral("description"), intent.value(QLatin1String("description")));
        charge.insert(QStringLiteral("payment_intent"), intentId);
        charge.insert(QStringLiteral("payment_method"), method->value(QLatin1String("id")));
        charge.insert(QStringLiteral("metadata"), metadata);
        charge.insert(QStringLiteral("failure_code"),
                      failed ? QJsonValue(QStringLiteral("card_declined")) : null);
        charge.insert(QStringLiteral("outcome"), resources::chargeOutcome(!failed));
        charge.insert(QStringLiteral("failure_message"),
                      failed ? QJsonValue(QStringLiteral("Your card was declined.")) : null);
        charge.insert(QStringLiteral("receipt_url"),
                      failed ? null
                             : QJsonValue(QStringLiteral("https://pay.stripe.com/receipts/sandbox/%1")
                                              .arg(charge.value(QLatin1String("id")).toString())));
        QJsonObject details = charge.value(QLatin1String("payment_method_details")).toObject();
        QJsonObject card = details.value(QLatin1String("card")).toObject();
        const QJsonObject methodCard = method->value(QLatin1String("card")).toObject();
        for (const char *field : {"brand", "last4", "exp_month", "exp_year", "funding", "fingerprint"})
            card.insert(QLatin1String(field), methodCard.value(QLatin1String(field)));
        card.insert(QStringLiteral("network"), methodCard.value(QLatin1String("brand")));
        card.insert(QStringLiteral("amount_authorized"), succeeded ? QJsonValue(amount) : null);
        if (capture == Capture::Uncaptured)
            card.insert(QStringLiteral("capture_before"), created + 5 + 7 * 86400);
        details.insert(QStringLiteral("card"), card);
        details.insert(QStringLiteral("type"), QStringLiteral("card"));
        charge.insert(QStringLiteral("payment_method_details"), details);
        QJsonObject billing = charge.value(QLatin1String("billing_details")).toObject();
        billing.insert(QStringLiteral("name"), customer.value(QLatin1String("name")));
        billing.insert(QStringLiteral("email"), customer.value(QLatin1String("email")));
        billing.insert(QStringLiteral("address"), billingAddress(currency));
        charge.insert(QStringLiteral("billing_details"), billing);
        intent.insert(QStringLiteral("latest_charge"), charge.value(QLatin1String("id")));
        intent.insert(QStringLiteral("payment_method"), method->value(QLatin1String("id")));
        if (capture == Capture::Uncaptured) {
            intent.insert(QStringLiteral("amount_capturable"), amount);
        } else if (succeeded) {
            intent.insert(QStringLiteral("amount_received"), captured);
            charge = withRefunds(charge, created);
        }
        if (failed)
            intent.insert(QStringLiteral("last_payment_error"),
                          QJsonObject {{QStringLiteral("type"), QStringLiteral("card_error")},
                                       {QStringLiteral("code"), QStringLiteral("card_declined")},
                                       {QStringLiteral("decline_code"), QStringLiteral("generic_decline")},
                                       {QStringLiteral("message"), QStringLiteral("Your card was declined.")},
                                       {QStringLiteral("charge"), charge.value(QLatin1String("id"))}});
        m_store.collection(QStringLiteral("charges")).insert(charge);
    }
    m_store.collection(QStringLiteral("payment_intents")).insert(intent);
}

// The postal code a card payment form asks for, shaped as the customer's country writes it.
QJsonObject Generator::billingAddress(const QString &currency)
{
    const qint64 n = m_captures.between(10000, 99999);
    QString country = QStringLiteral("US"), postalCode = QString::number(n);
    if (currency == QLatin1String("gbp")) {
        country = QStringLiteral("GB");
        postalCode = QStringLiteral("SW%1 %2AA").arg(n % 20 + 1).arg(n % 9 + 1);
    } else if (currency == QLatin1String("eur")) {
        country = QStringLiteral("FR");
    } else if (currency == QLatin1String("jpy")) {
        country = QStringLiteral("JP");
        postalCode = QStringLiteral("%1-%2")
                         .arg(n / 100 % 1000, 3, 10, QLatin1Char('0'))
                         .arg(n % 10000, 4, 10, QLatin1Char('0'));
    } else if (currency == QLatin1String("kwd")) {
        country = QStringLiteral("KW");
    }
    return {{QStringLiteral("city"), null},
            {QStringLiteral("country"), country},
            {QStringLiteral("line1"), null},
            {QStringLiteral("line2"), null},
            {QStringLiteral("postal_code"), postalCode},
            {QStringLiteral("state"), null}};
}

// Part of an authorised amount, as a partial capture takes (half to 95 %).
qint64 Generator::partOf(qint64 amount, const QString &currency)
{
    const qint64 step = currency == QLatin1String("kwd") ? 10 : 1;
    return std::clamp<qint64>(amount * m_captures.between(50, 95) / 100 / step * step, step, amount - step);
}

// Some payments are refunded, in part or in full, a few days later.
QJsonObject Generator::withRefunds(QJsonObject charge, qint64 created)
{
    const quint64 roll = m_random.below(100);
    if (roll >= 20)
        return charge;
    // What was captured is what can come back.
    const qint64 amount = charge.value(QLatin1String("amount_captured")).toInteger();
    const QString currency = charge.value(QLatin1String("currency")).toString();
    const qint64 step = currency == QLatin1String("kwd") ? 10 : 1;
    const bool full = roll < 8;
    QList<qint64> refunds;
    if (full) {
        if (m_random.chance(30) && amount >= 2 * step) {
            const qint64 first = (amount / 2 / step) * step;
            refunds = {first, amount - first};
        } else {
            refunds = {amount};
        }
    } else {
        refunds = {std::max<qint64>(step, (amount * m_random.between(10, 70) / 100 / step) * step)};
    }
    qint64 refunded = 0;
    qint64 when = created + 86400;
    for (const qint64 part : refunds) {
        when += m_random.between(3600, 5 * 86400);
        QJsonObject refund = blankWith(QStringLiteral("refund"), m_random.id(QStringLiteral("re_")),
                                       std::min(when, DemoData::now));
        refund.insert(QStringLiteral("amount"), part);
        refund.insert(QStringLiteral("currency"), currency);
        refund.insert(QStringLiteral("charge"), charge.value(QLatin1String("id")));
        refund.insert(QStringLiteral("payment_intent"), charge.value(QLatin1String("payment_intent")));
        refund.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
        refund.insert(QStringLiteral("reason"), m_random.pick(m_tables.refundReasons));
        refund.insert(QStringLiteral("balance_transaction"), m_random.id(QStringLiteral("txn_")));
        m_refunds.append(refund);
        refunded += part;
    }
    charge.insert(QStringLiteral("amount_refunded"), refunded);
    charge.insert(QStringLiteral("refunded"), refunded == amount);
    return charge;
}

void Generator::makePayments()
{
    if (m_options.payments <= 0 || m_customers.isEmpty())
        return;
    QList<QPair<qint64, int>> plans;
    for (int i = 0; i < m_options.payments; ++i) {
        const int customer = int(m_random.below(quint64(m_customers.size())));
        const qint64 since = m_customers.at(customer).value(QLatin1String("created")).toInteger();
        plans.append({m_random.between(since + 600, DemoData::now - 600), customer});
    }
    std::sort(plans.begin(), plans.end());
    for (const auto &[created, index] : std::as_const(plans)) {
        const QJsonObject customer = m_customers.at(index);
        const QString currency = customer.value(QLatin1String("currency")).toString();
        if (m_cards.value(customer.value(QLatin1String("id")).toString()).isEmpty())
            continue;
        const qint64 unit = currency == QLatin1String("jpy") ? 100
            : currency == QLatin1String("kwd")               ? 1000
                                                             : 100;
        qint64 amount = m_random.between(5, 600) * unit;
        if (currency != QLatin1String("jpy") && currency != QLatin1String("kwd") && m_random.chance(50))
            amount += m_random.between(0, 99);
        const quint64 roll = m_random.below(100);
        const QString status = roll < 88 ? QStringLiteral("succeeded")
            : roll < 95                  ? QStringLiteral("requires_payment_method")
                                         : QStringLiteral("processing");
        // Authorisations last seven days: the uncaptured ones are recent. A separate stream
        // decides, so that the rest of the data stays as it was for each seed.
        Capture capture = Capture::Full;
        if (status == QLatin1String("succeeded")) {
            const quint64 captureRoll = m_captures.below(100);
            if (created > DemoData::now - 6 * 86400 && captureRoll < 40)
                capture = Capture::Uncaptured;
            else if (captureRoll < 4)
                capture = Capture::Partial;
        }
        payment(customer, created, amount, currency, QString(), QJsonObject(), status, capture);
    }
    // Refunds are made after their payments: store them in creation order.
    std::sort(m_refunds.begin(), m_refunds.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("created")).toInteger() < b.value(QLatin1String("created")).toInteger();
    });
    for (const QJsonObject &refund : std::as_const(m_refunds))
        m_store.collection(QStringLiteral("refunds")).insert(refund);
    m_refunds.clear();
}

// Paydesk's orders: PaymentIntents whose metadata carries the lines (paydesk_order=1,
// paydesk_items=<price>x<quantity>;...) and whose description reads "2 × T-shirt, 1 × Mug".
void Generator::makeOrders()
{
    if (m_customers.isEmpty() || m_options.payments <= 0)
        return;
    const int count = std::min(40, int(m_customers.size()));
    qint64 clock = DemoData::now - 120 * 86400;
    for (int i = 0; i < count; ++i) {
        const QJsonObject customer = m_customers.at(int(m_random.below(quint64(m_customers.size()))));
        const QList<QJsonObject> options = pricesIn(customer.value(QLatin1String("currency")).toString());
        if (options.isEmpty() || m_cards.value(customer.value(QLatin1String("id")).toString()).isEmpty())
            continue;
        QStringList described, items;
        qint64 total = 0;
        QSet<QString> used;
        const int lines = int(m_random.between(1, 3));
        for (int l = 0; l < lines; ++l) {
            const QJsonObject price = m_random.pick(options);
            const QString priceId = price.value(QLatin1String("id")).toString();
            if (used.contains(priceId))
                continue;
            used.insert(priceId);
            const int quantity = int(m_random.between(1, 3));
            total += price.value(QLatin1String("unit_amount")).toInteger() * quantity;
            described << QStringLiteral("%1 × %2").arg(quantity).arg(
                m_productNames.value(price.value(QLatin1String("product")).toString()));
            items << QStringLiteral("%1x%2").arg(priceId).arg(quantity);
        }
        const quint64 roll = m_random.below(100);
        const QString status = roll < 60 ? QStringLiteral("succeeded")
            : roll < 85                  ? QStringLiteral("requires_payment_method")
                                         : QStringLiteral("canceled");
        const QJsonObject metadata {{QStringLiteral("paydesk_order"), QStringLiteral("1")},
                                    {QStringLiteral("paydesk_items"), items.join(QLatin1Char(';'))}};
        payment(customer, nextCreated(clock, 2 * 86400), total,
                customer.value(QLatin1String("currency")).toString(), described.join(QStringLiteral(", ")),
                metadata, status);
    }
    for (const QJsonObject &refund : std::as_const(m_refunds))
        m_store.collection(QStringLiteral("refunds")).insert(refund);
    m_refunds.clear();
}

} // namespace sandbox::demo
