#include "src/sandbox/SearchQuery.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace sandbox {

namespace {

// The documented maximum length of `query` (the API reference's search endpoints).
constexpr qsizetype maxQueryLength = 5000;

QJsonValue valueAt(const QJsonObject &object, const QString &path)
{
    QJsonValue current(object);
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (!current.isObject())
            return {};
        current = current.toObject().value(part);
    }
    return current;
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isObject()) // an expanded id
        return value.toObject().value(QLatin1String("id")).toString();
    return {};
}

bool isEmpty(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty());
}

// The words of a text, lower-cased: what an exact match on a string field compares.
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.toCaseFolded().split(separators, Qt::SkipEmptyParts);
}

// docs: "any record where that record contains all of the words from the query in the same order".
bool containsWords(const QStringList &record, const QStringList &query)
{
    if (query.isEmpty())
        return record.isEmpty();
    for (qsizetype start = 0; start + query.size() <= record.size(); ++start)
        if (record.mid(start, query.size()) == query)
            return true;
    return false;
}

std::optional<double> numberOf(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    return text.toDouble();
}

QString typeName(SearchQuery::Type type)
{
    switch (type) {
    case SearchQuery::Type::Token:
        return QStringLiteral("token");
    case SearchQuery::Type::String:
        return QStringLiteral("string");
    case SearchQuery::Type::Numeric:
        break;
    }
    return QStringLiteral("numeric");
}

class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    { }
    qsizetype position() const { return m_at; }
    // Skips spaces; true if there were any.
    bool skipSpaces()
    {
        const qsizetype start = m_at;
        while (m_at < m_text.size() && m_text.at(m_at).isSpace())
            ++m_at;
        return m_at > start;
    }
    bool atEnd() const { return m_at >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_at); }
    bool take(QStringView token)
    {
        if (!QStringView(m_text).mid(m_at).startsWith(token))
            return false;
        m_at += token.size();
        return true;
    }
    // AND or OR, in any case, standing alone as a word.
    QString keyword()
    {
        for (const QStringView word : {u"AND", u"OR"}) {
            const QStringView rest = QStringView(m_text).mid(m_at);
            if (rest.startsWith(word, Qt::CaseInsensitive)
                && (rest.size() == word.size() || rest.at(word.size()).isSpace())) {
                m_at += word.size();
                return word.toString();
            }
        }
        return {};
    }
    QString name()
    {
        const qsizetype start = m_at;
        while (!atEnd()
               && (peek().isLetterOrNumber() || peek() == QLatin1Char('_') || peek() == QLatin1Char('.')))
            ++m_at;
        return m_text.mid(start, m_at - start);
    }
    // 'quoted' or "quoted", with \ escaping the next character; null when unterminated.
    std::optional<QString> quoted()
    {
        const QChar quote = peek();
        ++m_at;
        QString value;
        while (!atEnd()) {
            const QChar c = m_text.at(m_at++);
            if (c == QLatin1Char('\\') && !atEnd()) {
                value += m_text.at(m_at++);
                continue;
            }
            if (c == quote)
                return value;
            value += c;
        }
        return std::nullopt;
    }
    bool atQuote() const { return peek() == QLatin1Char('\'') || peek() == QLatin1Char('"'); }
    // A bare value: everything up to a space.
    QString bare()
    {
        const qsizetype start = m_at;
        while (!atEnd() && !peek().isSpace())
            ++m_at;
        return m_text.mid(start, m_at - start);
    }

private:
    QString m_text;
    qsizetype m_at = 0;
};

} // namespace

std::optional<SearchQuery> SearchQuery::parse(const QString &text, const Resource &resource, QString *error)
{
    const auto fail = [error](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    if (text.trimmed().isEmpty())
        return fail(QStringLiteral("The search query is empty: give at least one clause, such as "
                                   "field:\"value\"."));
    if (text.size() > maxQueryLength)
        return fail(QStringLiteral("The search query is longer than %1 characters.").arg(maxQueryLength));
    SearchQuery query;
    Lexer lexer(text);
    bool usesAnd = false, usesOr = false;
    lexer.skipSpaces();
    while (!lexer.atEnd()) {
        const qsizetype clauseAt = lexer.position() + 1;
        Clause clause;
        clause.negated = lexer.take(u"-");
        const QString name = lexer.name();
        if (name.isEmpty())
            return fail(
                QStringLiteral("Invalid search query: expected a field at character %1.").arg(clauseAt));
        QString shownName = name;
        if (name == QLatin1String("metadata")) {
            if (!lexer.take(u"[") || !lexer.atQuote())
                return fail(
                    QStringLiteral("Invalid search query: write a metadata field as metadata[\"key\"] "
                                   "(character %1).")
                        .arg(clauseAt));
            const auto key = lexer.quoted();
            if (!key || !lexer.take(u"]"))
                return fail(
                    QStringLiteral("Invalid search query: write a metadata field as metadata[\"key\"] "
                                   "(character %1).")
                        .arg(clauseAt));
            clause.field = {QStringLiteral("metadata.") + *key, Type::Token, Rule::Plain};
            shownName = QStringLiteral("metadata[\"%1\"]").arg(*key);
        } else if (resource.fields.contains(name)) {
            clause.field = resource.fields.value(name);
        } else {
            return fail(QStringLiteral("Field '%1' is an unsupported search field for resource '%2'. See "
                                       "https://docs.stripe.com/search#%3 for a list of supported fields.")
                            .arg(name, resource.name, resource.anchor));
        }

        const QList<QPair<QStringView, Op>> operators {{u">=", Op::GreaterOrEqual}, {u"<=", Op::LessOrEqual},
                                                       {u":", Op::Exact},           {u"~", Op::Substring},
                                                       {u">", Op::Greater},         {u"<", Op::Less}};
        QString symbol;
        for (const auto &[token, op] : operators) {
            if (lexer.take(token)) {
                clause.op = op;
                symbol = token.toString();
                break;
            }
        }
        if (symbol.isEmpty())
            return fail(
                QStringLiteral("Invalid search query: expected an operator (:, ~, >, <, >=, <=) after '%1'.")
                    .arg(shownName));

        if (lexer.atQuote()) {
            const qsizetype quoteAt = lexer.position() + 1;
            const auto value = lexer.quoted();
            if (!value)
                return fail(
                    QStringLiteral("Invalid search query: the quotation mark at character %1 is never "
                                   "closed.")
                        .arg(quoteAt));
            clause.value = *value;
        } else {
            clause.value = lexer.bare();
            if (clause.value.isEmpty())
                return fail(QStringLiteral("Invalid search query: expected a value after '%1%2'.")
                                .arg(shownName, symbol));
            clause.isNull = clause.value.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0;
            // docs: "You must use quotation marks around string values. Quotation marks are
            // optional for numeric values."
            if (!clause.isNull && !numberOf(clause.value))
                return fail(QStringLiteral("Invalid search query: put the value of '%1' in quotation marks "
                                           "(%1%2\"%3\"); only numbers may go without.")
                                .arg(shownName, symbol, clause.value));
        }

        // What the field's type allows (docs: "Using an unsupported operator ... returns an error").
        const Type type = clause.field.type;
        if (clause.op == Op::Substring) {
            if (type != Type::String)
                return fail(
                    QStringLiteral("Field '%1' is a %2 field and does not support substring search (~); "
                                   "use ':' for an exact match.")
                        .arg(shownName, typeName(type)));
            if (clause.isNull || clause.value.size() < 3)
                return fail(QStringLiteral("Substring searches (~) need at least 3 characters: '%1~\"%2\"'.")
                                .arg(shownName, clause.value));
        } else if (clause.op != Op::Exact) {
            if (type != Type::Numeric)
                return fail(QStringLiteral("Field '%1' is a %2 field and does not support the '%3' operator; "
                                           "only numeric fields can be compared.")
                                .arg(shownName, typeName(type), symbol));
            if (clause.isNull || !numberOf(clause.value))
                return fail(QStringLiteral("Field '%1' compares numbers; '%2' is not one.")
                                .arg(shownName, clause.value));
        } else if (type == Type::Numeric && !clause.isNull && !numberOf(clause.value)) {
            return fail(
                QStringLiteral("Field '%1' is numeric; '%2' is not a number.").arg(shownName, clause.value));
        }
        const QString lowered = clause.value.toLower();
        if (clause.field.rule == Rule::TrueOrFalse
            && (clause.isNull || (lowered != QLatin1String("true") && lowered != QLatin1String("false"))))
            return fail(
                QStringLiteral("Field '%1' accepts only the tokens \"true\" and \"false\".").arg(shownName));
        if (clause.field.rule == Rule::Refunded && !clause.isNull && lowered != QLatin1String("true")
            && lowered != QLatin1String("false"))
            return fail(QStringLiteral("Field '%1' accepts only \"true\" (fully refunded), \"false\" (partly "
                                       "refunded) and null (not refunded).")
                            .arg(shownName));
        query.m_clauses.append(clause);

        // Then the end, or a joiner: spaces alone, or AND / OR between spaces.
        const bool spaced = lexer.skipSpaces();
        if (lexer.atEnd())
            break;
        if (!spaced)
            return fail(
                QStringLiteral("Invalid search query: expected a space, AND or OR before character %1.")
                    .arg(lexer.position() + 1));
        const QString word = lexer.keyword().toUpper();
        (word == QLatin1String("OR") ? usesOr : usesAnd) = true;
        if (usesAnd && usesOr)
            return fail(
                QStringLiteral("Invalid search query: AND and OR are mutually exclusive; a query joins "
                               "all its clauses with one of them."));
        if (!word.isEmpty() && (!lexer.skipSpaces() || lexer.atEnd()))
            return fail(QStringLiteral("Invalid search query: expected a clause after %1.").arg(word));
    }
    query.m_any = usesOr;
    return query;
}

bool SearchQuery::matches(const Clause &clause, const QJsonObject &object) const
{
    bool result = false;
    if (clause.field.rule == Rule::Refunded) {
        const qint64 refunded = object.value(QLatin1String("amount_refunded")).toInteger();
        const bool whole = object.value(QLatin1String("refunded")).toBool();
        if (clause.isNull)
            result = refunded == 0;
        else if (clause.value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            result = whole;
        else
            result = !whole && refunded > 0;
        return clause.negated != result;
    }
    const QJsonValue value = clause.field.path.startsWith(QLatin1String("metadata."))
        ? object.value(QLatin1String("metadata")).toObject().value(clause.field.path.mid(9))
        : valueAt(object, clause.field.path);
    if (clause.isNull) {
        result = isEmpty(value);
    } else if (clause.op == Op::Substring) {
        result = textOf(value).contains(clause.value, Qt::CaseInsensitive);
    } else if (clause.field.type == Type::Numeric) {
        const double wanted = clause.value.toDouble();
        const double actual = value.toDouble();
        if (!value.isDouble())
            result = false;
        else if (clause.op == Op::Exact)
            result = actual == wanted;
        else if (clause.op == Op::Greater)
            result = actual > wanted;
        else if (clause.op == Op::Less)
            result = actual < wanted;
        else if (clause.op == Op::GreaterOrEqual)
            result = actual >= wanted;
        else
            result = actual <= wanted;
    } else if (clause.field.type == Type::String) {
        result = !isEmpty(value) && containsWords(wordsOf(textOf(value)), wordsOf(clause.value));
    } else {
        result = !isEmpty(value) && textOf(value).compare(clause.value, Qt::CaseInsensitive) == 0;
    }
    return clause.negated != result;
}

bool SearchQuery::matches(const QJsonObject &object) const
{
    for (const Clause &clause : m_clauses) {
        const bool match = matches(clause, object);
        if (m_any && match)
            return true;
        if (!m_any && !match)
            return false;
    }
    return !m_any;
}

} // namespace sandbox
