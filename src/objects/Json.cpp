#include "src/objects/Json.h"

#include <QJsonDocument>

#include <cmath>

namespace objects::json {

QJsonValue at(const QJsonObject &object, QStringView path)
{
    QJsonValue current(object);
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype dot = path.indexOf(QLatin1Char('.'), start);
        if (dot < 0)
            dot = path.size();
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(path.mid(start, dot - start));
        start = dot + 1;
    }
    return current;
}

QString string(const QJsonObject &object, QStringView path)
{
    return at(object, path).toString();
}

std::optional<qint64> integer(const QJsonObject &object, QStringView path)
{
    const QJsonValue value = at(object, path);
    if (!value.isDouble())
        return std::nullopt;
    // QJsonValue keeps integers exactly; a double that is not a whole number within 2^53 is
    // not an amount Stripe would send.
    const double asDouble = value.toDouble();
    if (!std::isfinite(asDouble) || std::trunc(asDouble) != asDouble
        || std::fabs(asDouble) > 9007199254740992.0)
        return std::nullopt;
    return value.toInteger();
}

bool boolean(const QJsonObject &object, QStringView path)
{
    return at(object, path).toBool();
}

QJsonObject object(const QJsonObject &source, QStringView path)
{
    return at(source, path).toObject();
}

QString idOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return value.toObject().value(QLatin1String("id")).toString();
}

QString id(const QJsonObject &object, QStringView path)
{
    return idOf(at(object, path));
}

QJsonObject expanded(const QJsonObject &object, QStringView path)
{
    return at(object, path).toObject();
}

} // namespace objects::json
