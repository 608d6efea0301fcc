#include "src/writes/WriteChecker.h"

#include "src/objects/Json.h"

#include <QJsonArray>

namespace writes {

WriteChecker::WriteChecker(stripe::Client *client, const WriteIntent &intent, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_intent(intent)
{ }

QJsonValue WriteChecker::fieldValue(const QJsonObject &object, const WriteCheck &check)
{
    QJsonValue value = object;
    for (const QString &step : check.fieldPath()) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(step);
    }
    return value;
}

void WriteChecker::start()
{
    const WriteCheck &check = m_intent.check;
    if (!m_client || check.path.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit finished(Verdict::CouldNotTell, {}, tr("This write cannot be checked automatically."));
            },
            Qt::QueuedConnection);
        return;
    }
    stripe::Params params = check.params;
    if (check.kind == WriteCheck::Kind::ListHasIntent)
        params.insert(QStringLiteral("limit"), 100);
    stripe::Reply *reply = m_client->send(stripe::Request::get(check.path, params));
    connect(reply, &stripe::Reply::finished, this, [this, reply] { judge(reply); });
}

void WriteChecker::judge(const stripe::Reply *reply)
{
    const WriteCheck &check = m_intent.check;
    const QJsonObject gone {{QStringLiteral("id"), m_intent.target}, {QStringLiteral("deleted"), true}};
    if (!reply->isOk()) {
        if (check.kind == WriteCheck::Kind::Gone && reply->error().isNotFound()) {
            emit finished(Verdict::Happened, gone, tr("It happened: %1 is deleted.").arg(m_intent.target));
            return;
        }
        emit finished(Verdict::CouldNotTell, {},
                      tr("Could not check: %1").arg(stripe::describe(reply->error())));
        return;
    }
    const QJsonObject &object = reply->object();
    switch (check.kind) {
    case WriteCheck::Kind::ListHasIntent: {
        const QJsonArray data = object.value(QLatin1String("data")).toArray();
        for (const QJsonValue &value : data) {
            const QJsonObject candidate = value.toObject();
            if (objects::json::string(candidate, u"metadata.paydesk_intent") == m_intent.id) {
                const QString id = objects::json::string(candidate, u"id");
                emit finished(Verdict::Happened, candidate, tr("It happened: %1 exists.").arg(id));
                return;
            }
        }
        emit finished(Verdict::DidNotHappen, {}, tr("It did not happen: Stripe has no trace of it."));
        return;
    }
    case WriteCheck::Kind::FieldEquals: {
        const QString actual = fieldValue(object, check).toVariant().toString();
        if (actual == check.value)
            emit finished(Verdict::Happened, object,
                          tr("It happened: %1 is now %2.").arg(check.field, actual));
        else
            emit finished(Verdict::DidNotHappen, {},
                          tr("It did not happen: %1 is still %2.").arg(check.field, actual));
        return;
    }
    case WriteCheck::Kind::Gone:
        if (objects::json::boolean(object, u"deleted"))
            emit finished(Verdict::Happened, gone, tr("It happened: %1 is deleted.").arg(m_intent.target));
        else
            emit finished(Verdict::DidNotHappen, {},
                          tr("It did not happen: %1 still exists.").arg(m_intent.target));
        return;
    }
}

} // namespace writes
