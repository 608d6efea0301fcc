#include "src/sandbox/Contract.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sandbox {

namespace {

QJsonObject loadJson(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The sandbox's contract %s is missing from the build", qPrintable(resource));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString joinChoices(const QJsonArray &values)
{
    QStringList choices;
    for (const QJsonValue &value : values)
        choices << value.toString();
    if (choices.size() <= 1)
        return choices.join(QString());
    const QString last = choices.takeLast();
    return choices.join(QStringLiteral(", ")) + QStringLiteral(", or ") + last;
}

bool isInteger(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^-?[0-9]{1,18}$"));
    return shape.match(text).hasMatch();
}

bool isDecimal(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^-?[0-9]{1,18}(\\.[0-9]{1,12})?$"));
    return shape.match(text).hasMatch();
}

} // namespace

const Contract &Contract::instance()
{
    static const Contract contract;
    return contract;
}

Contract::Contract()
{
    const QJsonObject endpoints = loadJson(QStringLiteral(":/sandbox/endpoints.json"));
    m_apiVersion = endpoints.value(QLatin1String("api_version")).toString();
    for (const QJsonArray valueList = endpoints.value(QLatin1String("endpoints")).toArray();
         const QJsonValue &value : valueList) {
        const QJsonObject endpoint = value.toObject();
        QStringList returns;
        for (const QJsonArray nameList = endpoint.value(QLatin1String("returns")).toArray();
             const QJsonValue &name : nameList)
            returns << name.toString();
        m_endpoints.append({endpoint.value(QLatin1String("method")).toString(),
                            endpoint.value(QLatin1String("path")).toString(),
                            endpoint.value(QLatin1String("kind")).toString(),
                            endpoint.value(QLatin1String("params")).toArray(), returns});
    }
    m_objects = loadJson(QStringLiteral(":/sandbox/objects.json")).value(QLatin1String("objects")).toObject();
}

static bool matchPath(const QString &pattern, const QString &path, QVariantMap *pathParams)
{
    const QStringList patternParts = pattern.split(QLatin1Char('/'));
    const QStringList pathParts = path.split(QLatin1Char('/'));
    if (patternParts.size() != pathParts.size())
        return false;
    QVariantMap found;
    for (qsizetype i = 0; i < patternParts.size(); ++i) {
        const QString &part = patternParts.at(i);
        if (part.startsWith(QLatin1Char('{'))) {
            if (pathParts.at(i).isEmpty())
                return false;
            found.insert(part.mid(1, part.size() - 2), pathParts.at(i));
        } else if (part != pathParts.at(i)) {
            return false;
        }
    }
    if (pathParams)
        *pathParams = found;
    return true;
}

const Contract::Endpoint *Contract::find(const QString &method, const QString &path,
                                         QVariantMap *pathParams) const
{
    // Literal segments win over placeholders: /v1/customers/search is not customer "search".
    const Endpoint *best = nullptr;
    int bestLiterals = -1;
    for (const Endpoint &endpoint : m_endpoints) {
        QVariantMap params;
        if (endpoint.method != method || !matchPath(endpoint.path, path, &params))
            continue;
        const int literals
            = int(endpoint.path.count(QLatin1Char('/')) - endpoint.path.count(QLatin1Char('{')));
        if (literals > bestLiterals) {
            best = &endpoint;
            bestLiterals = literals;
            if (pathParams)
                *pathParams = params;
        }
    }
    return best;
}

bool Contract::knowsPath(const QString &path) const
{
    for (const Endpoint &endpoint : m_endpoints)
        if (matchPath(endpoint.path, path, nullptr))
            return true;
    return false;
}

std::optional<Contract::Problem> Contract::validate(const Endpoint &endpoint, const QVariantMap &params) const
{
    return validateParams(endpoint.params, params, QString());
}

std::optional<Contract::Problem> Contract::validateParams(const QJsonArray &specs, const QVariantMap &params,
                                                          const QString &prefix) const
{
    auto fullName = [&prefix](const QString &name) {
        return prefix.isEmpty() ? name : prefix + QLatin1Char('[') + name + QLatin1Char(']');
    };
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        const QJsonObject *spec = nullptr;
        QJsonObject found;
        for (const QJsonValue &candidate : specs) {
            if (candidate.toObject().value(QLatin1String("name")).toString() == it.key()) {
                found = candidate.toObject();
                spec = &found;
                break;
            }
        }
        if (!spec)
            return Problem {fullName(it.key()),
                            QStringLiteral("Received unknown parameter: %1").arg(fullName(it.key())),
                            QStringLiteral("parameter_unknown")};
        if (auto problem = validateValue(*spec, it.value(), fullName(it.key())))
            return problem;
    }
    for (const QJsonValue &candidate : specs) {
        const QJsonObject spec = candidate.toObject();
        const QString name = spec.value(QLatin1String("name")).toString();
        if (spec.value(QLatin1String("required")).toBool() && !params.contains(name))
            return Problem {fullName(name), QStringLiteral("Missing required param: %1.").arg(fullName(name)),
                            QStringLiteral("parameter_missing")};
    }
    return std::nullopt;
}

std::optional<Contract::Problem> Contract::validateValue(const QJsonObject &spec, const QVariant &value,
                                                         const QString &name) const
{
    const QString type = spec.value(QLatin1String("type")).toString();
    const bool isText = value.typeId() == QMetaType::QString;
    const QString text = value.toString();
    // docs.stripe.com/api: an empty string unsets a field, where the field may be unset.
    if (isText && text.isEmpty() && type != QLatin1String("string")) {
        if (spec.value(QLatin1String("emptyable")).toBool())
            return std::nullopt;
        return Problem {
            name,
            QStringLiteral("You passed an empty string for '%1'. We assume empty values are an attempt to "
                           "unset a parameter; however '%1' cannot be unset. You should remove '%1' from "
                           "your request or supply a non-empty value.")
                .arg(name),
            QStringLiteral("parameter_invalid_empty")};
    }
    if (type == QLatin1String("string") || type == QLatin1String("decimal_string")) {
        if (!isText)
            return Problem {name, QStringLiteral("Invalid string: %1").arg(name), {}};
        if (type == QLatin1String("decimal_string") && !isDecimal(text))
            return Problem {name, QStringLiteral("Invalid decimal: %1").arg(text), {}};
        return std::nullopt;
    }
    if (type == QLatin1String("integer")) {
        if (!isText || !isInteger(text))
            return Problem {
                name,
                QStringLiteral("Invalid integer: %1").arg(isText ? text : QStringLiteral("(an object)")),
                QStringLiteral("parameter_invalid_integer")};
        const qint64 number = text.toLongLong();
        const QJsonValue minimum = spec.value(QLatin1String("minimum"));
        const QJsonValue maximum = spec.value(QLatin1String("maximum"));
        if ((minimum.isDouble() && number < minimum.toInteger())
            || (maximum.isDouble() && number > maximum.toInteger()))
            return Problem {name,
                            QStringLiteral("Invalid %1: must be between %2 and %3")
                                .arg(name)
                                .arg(minimum.toInteger())
                                .arg(maximum.toInteger()),
                            {}};
        return std::nullopt;
    }
    if (type == QLatin1String("number")) {
        bool ok = false;
        if (isText)
            text.toDouble(&ok);
        if (!ok)
            return Problem {name, QStringLiteral("Invalid float: %1").arg(text), {}};
        return std::nullopt;
    }
    if (type == QLatin1String("boolean")) {
        if (text != QLatin1String("true") && text != QLatin1String("false"))
            return Problem {name, QStringLiteral("Invalid boolean: %1").arg(text), {}};
        return std::nullopt;
    }
    if (type == QLatin1String("enum")) {
        const QJsonArray values = spec.value(QLatin1String("values")).toArray();
        if (!isText || !values.contains(QJsonValue(text)))
            return Problem {
                name, QStringLiteral("Invalid %1: must be one of %2").arg(name, joinChoices(values)), {}};
        return std::nullopt;
    }
    if (type == QLatin1String("object")) {
        if (value.typeId() != QMetaType::QVariantMap)
            return Problem {name, QStringLiteral("Invalid object"), {}};
        return validateParams(spec.value(QLatin1String("params")).toArray(), value.toMap(), name);
    }
    if (type == QLatin1String("map")) {
        if (value.typeId() != QMetaType::QVariantMap)
            return Problem {name, QStringLiteral("Invalid hash"), {}};
        const QJsonObject values = spec.value(QLatin1String("values")).toObject();
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const QString entry = name + QLatin1Char('[') + it.key() + QLatin1Char(']');
            if (values.value(QLatin1String("type")).toString() == QLatin1String("string")
                && it.value().typeId() != QMetaType::QString)
                return Problem {entry, QStringLiteral("Invalid string: %1").arg(entry), {}};
            if (values.value(QLatin1String("type")).toString() == QLatin1String("object"))
                if (auto problem = validateValue(values, it.value(), entry))
                    return problem;
        }
        return std::nullopt;
    }
    if (type == QLatin1String("array")) {
        if (value.typeId() != QMetaType::QVariantList)
            return Problem {name, QStringLiteral("Invalid array"), {}};
        const QJsonObject items = spec.value(QLatin1String("items")).toObject();
        const QVariantList list = value.toList();
        for (qsizetype i = 0; i < list.size(); ++i)
            if (auto problem = validateValue(items, list.at(i), QStringLiteral("%1[%2]").arg(name).arg(i)))
                return problem;
        return std::nullopt;
    }
    if (type == QLatin1String("one_of")) {
        std::optional<Problem> first;
        for (const QJsonArray variantList = spec.value(QLatin1String("variants")).toArray();
             const QJsonValue &variant : variantList) {
            QJsonObject variantSpec = variant.toObject();
            variantSpec.insert(QStringLiteral("emptyable"), spec.value(QLatin1String("emptyable")));
            auto problem = validateValue(variantSpec, value, name);
            if (!problem)
                return std::nullopt;
            if (!first)
                first = problem;
        }
        return first;
    }
    return std::nullopt;
}

QJsonArray Contract::fieldsOf(const QString &object) const
{
    return m_objects.value(object).toArray();
}

} // namespace sandbox
