#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace sandbox {

// Stripe's API contract for the endpoints the sandbox serves (resources/sandbox/endpoints.json,
// trimmed from API version 2026-10-28.endive): which endpoints exist, and which parameters each
// takes, of what type. Requests are validated from this data, not by hand per endpoint.
class Contract
{
public:
    struct Endpoint
    {
        QString method;
        QString path; // "/v1/customers/{customer}"
        QString kind; // single, list, search
        QJsonArray params;
        QStringList returns; // object names
    };

    struct Problem
    {
        QString param;
        QString message;
        QString code; // parameter_unknown, parameter_missing, parameter_invalid_integer...
    };

    // The contract embedded in the library.
    static const Contract &instance();

    // The endpoint for a method and a concrete path, with the path's {placeholders} filled in.
    const Endpoint *find(const QString &method, const QString &path, QVariantMap *pathParams) const;
    // Any endpoint at all for the path (to tell "wrong method" from "unknown URL").
    bool knowsPath(const QString &path) const;

    // Checks decoded parameters against an endpoint's: unknown, wrong type, bad enum value,
    // missing required, out of range; the first problem found, named as Stripe names params.
    std::optional<Problem> validate(const Endpoint &endpoint, const QVariantMap &params) const;

    // Object field lists (objects.json), for shaping objects.
    QJsonArray fieldsOf(const QString &object) const;
    QString apiVersion() const { return m_apiVersion; }

private:
    Contract();
    std::optional<Problem> validateParams(const QJsonArray &specs, const QVariantMap &params,
                                          const QString &prefix) const;
    std::optional<Problem> validateValue(const QJsonObject &spec, const QVariant &value,
                                         const QString &name) const;

    QList<Endpoint> m_endpoints;
    QJsonObject m_objects;
    QString m_apiVersion;
};

} // namespace sandbox
