#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sandbox {

// Stripe's search query language (docs.stripe.com/search#search-query-language): clauses
// field:value, joined by spaces or AND (case-insensitive), or by OR, never both; a leading '-'
// negates; string values in single or double quotes with \-escapes, numbers bare or quoted;
// null for a missing field; metadata["key"]. What an operator means depends on the field's type:
// token (exact, case-insensitive), string (exact means the words of the value in that order;
// ~ a substring of at least 3 characters), numeric (exact, >, <, >=, <=).
class SearchQuery
{
public:
    enum class Type { Token, String, Numeric };
    // refunded:"true" is fully refunded, "false" partly, null not at all; disputed takes only
    // "true" and "false" (docs.stripe.com/search#query-fields-for-charges).
    enum class Rule { Plain, Refunded, TrueOrFalse };
    struct Field
    {
        QString path; // where it is in the object, dotted
        Type type = Type::Token;
        Rule rule = Rule::Plain;
    };
    // The fields Stripe documents for one resource, by the name a query uses.
    struct Resource
    {
        QString name; // "charges", for messages and the documentation's anchor
        QString anchor; // "query-fields-for-charges"
        QHash<QString, Field> fields; // metadata is always there, as metadata["key"]
    };

    static std::optional<SearchQuery> parse(const QString &text, const Resource &resource, QString *error);
    bool matches(const QJsonObject &object) const;

private:
    enum class Op { Exact, Substring, Greater, Less, GreaterOrEqual, LessOrEqual };
    struct Clause
    {
        Field field;
        Op op = Op::Exact;
        QString value; // as written, unquoted
        bool isNull = false; // the null token
        bool negated = false;
    };
    bool matches(const Clause &clause, const QJsonObject &object) const;

    QList<Clause> m_clauses;
    bool m_any = false; // OR instead of AND
};

} // namespace sandbox
