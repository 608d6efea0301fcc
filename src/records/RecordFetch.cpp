#include "src/records/RecordFetch.h"

namespace records {

RecordFetch::RecordFetch(QObject *context)
    : QObject(context)
{ }

QStringList RecordFetch::expansionsFor(objects::Kind kind)
{
    switch (kind) {
    case objects::Kind::PromotionCode:
        return {QStringLiteral("promotion.coupon"), QStringLiteral("customer")};
    case objects::Kind::Product:
        return {QStringLiteral("default_price")};
    case objects::Kind::Order:
    case objects::Kind::PaymentIntent:
        return {QStringLiteral("customer"), QStringLiteral("payment_method")};
    case objects::Kind::Payment:
        return {QStringLiteral("customer")};
    case objects::Kind::Refund:
        return {QStringLiteral("charge.customer")};
    default:
        return {};
    }
}

RecordFetch *RecordFetch::start(stripe::Client *client, objects::Kind kind, const QString &id,
                                QObject *context)
{
    auto *fetch = new RecordFetch(context);
    if (!client) {
        QMetaObject::invokeMethod(
            fetch,
            [fetch] {
                emit fetch->failed(stripe::Error::configuration(tr("Not connected to Stripe.")));
                fetch->deleteLater();
            },
            Qt::QueuedConnection);
        return fetch;
    }
    stripe::Params params;
    const QStringList expand = expansionsFor(kind);
    if (!expand.isEmpty())
        params.insert(QStringLiteral("expand"), expand);
    fetch->m_reply = client->send(stripe::Request::get(objects::objectPath(kind, id), params));
    connect(fetch->m_reply, &stripe::Reply::finished, fetch, [fetch, reply = fetch->m_reply.data()] {
        if (reply->isOk())
            emit fetch->fetched(reply->object());
        else
            emit fetch->failed(reply->error());
        fetch->deleteLater();
    });
    return fetch;
}

} // namespace records
