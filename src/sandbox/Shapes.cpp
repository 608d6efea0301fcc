#include "src/sandbox/Shapes.h"

#include "src/sandbox/Contract.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

namespace sandbox {

namespace {

const QJsonObject &examples()
{
    static const QJsonObject all = [] {
        QFile file(QStringLiteral(":/sandbox/examples.json"));
        file.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("examples")).toObject();
    }();
    return all;
}

QJsonValue defaultFor(const QJsonObject &field)
{
    if (field.value(QLatin1String("nullable")).toBool())
        return QJsonValue(QJsonValue::Null);
    const QString type = field.value(QLatin1String("type")).toString();
    if (type == QLatin1String("boolean"))
        return false;
    if (type == QLatin1String("integer") || type == QLatin1String("number"))
        return 0;
    if (type == QLatin1String("array"))
        return QJsonArray();
    if (type == QLatin1String("object") || type == QLatin1String("map"))
        return QJsonObject();
    if (type == QLatin1String("list"))
        return QJsonObject {{QStringLiteral("object"), QStringLiteral("list")},
                            {QStringLiteral("data"), QJsonArray()},
                            {QStringLiteral("has_more"), false},
                            {QStringLiteral("url"), QString()}};
    return QString();
}

} // namespace

QJsonObject Shapes::conform(const QString &object, QJsonObject value)
{
    const QJsonArray fields = Contract::instance().fieldsOf(object);
    // The account lists only the fields Paydesk reads (dotted for nested ones): leave it whole.
    if (fields.isEmpty() || object == QLatin1String("account"))
        return value;
    QSet<QString> declared;
    for (const QJsonValue &entry : fields) {
        const QJsonObject field = entry.toObject();
        const QString name = field.value(QLatin1String("name")).toString();
        declared.insert(name);
        const bool absent = field.value(QLatin1String("type")).toString() == QLatin1String("absent");
        if (absent) {
            value.remove(name);
            continue;
        }
        if (!value.contains(name) && !field.value(QLatin1String("optional")).toBool())
            value.insert(name, defaultFor(field));
    }
    for (const QString &key : value.keys())
        if (!declared.contains(key))
            value.remove(key);
    return value;
}

QJsonObject Shapes::blank(const QString &object)
{
    // Several sandboxes may run on several threads (tests, the app's embedded one).
    static QMutex mutex;
    static QHash<QString, QJsonObject> cache;
    const QMutexLocker lock(&mutex);
    auto it = cache.find(object);
    if (it == cache.end()) {
        QJsonObject example = examples().value(object).toObject();
        // Keep the example's nested shapes (addresses, settings), but not the values that
        // describe the example: nullable fields start null, counts and amounts at 0.
        for (const QJsonArray entryList = Contract::instance().fieldsOf(object);
             const QJsonValue &entry : entryList) {
            const QJsonObject field = entry.toObject();
            const QString name = field.value(QLatin1String("name")).toString();
            const QString type = field.value(QLatin1String("type")).toString();
            if (!example.contains(name) || name == QLatin1String("id") || name == QLatin1String("object"))
                continue;
            if (field.value(QLatin1String("nullable")).toBool())
                example.insert(name, QJsonValue(QJsonValue::Null));
            else if (type == QLatin1String("integer") || type == QLatin1String("number"))
                example.insert(name, 0);
            else if (type == QLatin1String("decimal_string"))
                example.insert(name, QStringLiteral("0"));
        }
        for (const char *name : {"billing_details"}) {
            if (!example.value(QLatin1String(name)).isObject())
                continue;
            example.insert(QLatin1String(name),
                           QJsonObject {{QStringLiteral("address"),
                                         QJsonObject {{QStringLiteral("city"), QJsonValue::Null},
                                                      {QStringLiteral("country"), QJsonValue::Null},
                                                      {QStringLiteral("line1"), QJsonValue::Null},
                                                      {QStringLiteral("line2"), QJsonValue::Null},
                                                      {QStringLiteral("postal_code"), QJsonValue::Null},
                                                      {QStringLiteral("state"), QJsonValue::Null}}},
                                        {QStringLiteral("email"), QJsonValue::Null},
                                        {QStringLiteral("name"), QJsonValue::Null},
                                        {QStringLiteral("phone"), QJsonValue::Null},
                                        {QStringLiteral("tax_id"), QJsonValue::Null}});
        }
        if (object == QLatin1String("invoice")) {
            example.insert(QStringLiteral("lines"),
                           QJsonObject {{QStringLiteral("object"), QStringLiteral("list")},
                                        {QStringLiteral("data"), QJsonArray()},
                                        {QStringLiteral("has_more"), false},
                                        {QStringLiteral("url"), QString()}});
            example.insert(QStringLiteral("payment_settings"),
                           QJsonObject {{QStringLiteral("default_mandate"), QJsonValue::Null},
                                        {QStringLiteral("payment_method_options"), QJsonValue::Null},
                                        {QStringLiteral("payment_method_types"), QJsonValue::Null}});
        }
        if (example.contains(QLatin1String("livemode")))
            example.insert(QStringLiteral("livemode"), false);
        if (example.contains(QLatin1String("metadata")))
            example.insert(QStringLiteral("metadata"), QJsonObject());
        it = cache.insert(object, conform(object, example));
    }
    return *it;
}

} // namespace sandbox
