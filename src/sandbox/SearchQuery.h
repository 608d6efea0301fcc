#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sandbox {

// Stripe's search query language (docs.stripe.com/search#search-query-language), the part
// Paydesk's users need: clauses field:'exact' (case-insensitive), field~'substring' (at least 3
// characters), field>n / < / >= / <= on numbers, metadata['key']:'value', a leading '-' to
// negate, joined by AND or by OR (not both), at most 10 clauses.
class SearchQuery
{
public:
    // The searchable fields of a resource: the query's name for each, and where it is in the object.
    using Fields = QHash<QString, QString>;

    static std::optional<SearchQuery> parse(const QString &text, const Fields &fields, QString *error);
    bool matches(const QJsonObject &object) const;

private:
    struct Clause
    {
        QString path; // JSON path, or "metadata.<key>"
        QString op; // ":", "~", ">", "<", ">=", "<="
        QString value;
        bool isNumber = false;
        bool negated = false;
    };
    bool matches(const Clause &clause, const QJsonObject &object) const;

    QList<Clause> m_clauses;
    bool m_any = false; // OR instead of AND
};

} // namespace sandbox
