#include "sandbox/SearchQuery.h"

#include <QJsonValue>

namespace sandbox {

namespace {

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
        return QString::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isObject())
        return value.toObject().value(QLatin1String("id")).toString();
    return {};
}

class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    { }
    void skipSpaces()
    {
        while (m_at < m_text.size() && m_text.at(m_at).isSpace())
            ++m_at;
    }
    bool atEnd()
    {
        skipSpaces();
        return m_at >= m_text.size();
    }
    QChar peek() const { return m_at < m_text.size() ? m_text.at(m_at) : QChar(); }
    bool take(QStringView token)
    {
        if (QStringView(m_text).mid(m_at).startsWith(token)) {
            m_at += token.size();
            return true;
        }
        return false;
    }
    QString identifier()
    {
        const qsizetype start = m_at;
        while (m_at < m_text.size()
               && (m_text.at(m_at).isLetterOrNumber() || m_text.at(m_at) == QLatin1Char('_')
                   || m_text.at(m_at) == QLatin1Char('.')))
            ++m_at;
        return m_text.mid(start, m_at - start);
    }
    // 'quoted' or "quoted", with \' \" \\ escapes.
    std::optional<QString> quoted()
    {
        const QChar quote = peek();
        if (quote != QLatin1Char('\'') && quote != QLatin1Char('"'))
            return std::nullopt;
        ++m_at;
        QString value;
        while (m_at < m_text.size()) {
            const QChar c = m_text.at(m_at++);
            if (c == QLatin1Char('\\') && m_at < m_text.size()) {
                value += m_text.at(m_at++);
                continue;
            }
            if (c == quote)
                return value;
            value += c;
        }
        return std::nullopt;
    }
    QString number()
    {
        const qsizetype start = m_at;
        if (peek() == QLatin1Char('-'))
            ++m_at;
        while (m_at < m_text.size() && m_text.at(m_at).isDigit())
            ++m_at;
        return m_text.mid(start, m_at - start);
    }

private:
    QString m_text;
    qsizetype m_at = 0;
};

} // namespace

std::optional<SearchQuery> SearchQuery::parse(const QString &text, const Fields &fields, QString *error)
{
    SearchQuery query;
    Lexer lexer(text);
    QString joiner;
    auto fail = [error](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    if (lexer.atEnd())
        return fail(QStringLiteral("The query is empty."));
    while (!lexer.atEnd()) {
        if (!query.m_clauses.isEmpty()) {
            QString word;
            if (lexer.take(u"AND"))
                word = QStringLiteral("AND");
            else if (lexer.take(u"OR"))
                word = QStringLiteral("OR");
            else
                return fail(QStringLiteral("Expected AND or OR between search clauses."));
            if (!joiner.isEmpty() && joiner != word)
                return fail(QStringLiteral("A search query can use AND or OR, but not both."));
            joiner = word;
            lexer.skipSpaces();
        }
        Clause clause;
        clause.negated = lexer.take(u"-");
        QString field = lexer.identifier();
        if (field == QLatin1String("metadata") && lexer.take(u"[")) {
            const auto key = lexer.quoted();
            if (!key || !lexer.take(u"]"))
                return fail(QStringLiteral("Write metadata keys as metadata['key']."));
            clause.path = QStringLiteral("metadata.") + *key;
        } else if (fields.contains(field)) {
            clause.path = fields.value(field);
        } else {
            return fail(
                QStringLiteral(
                    "Field '%1' is an unsupported search field for this resource. Supported fields: %2.")
                    .arg(field, QStringList(fields.keys()).join(QStringLiteral(", "))));
        }
        for (const QStringView op : {u">=", u"<=", u":", u"~", u">", u"<"}) {
            if (lexer.take(op)) {
                clause.op = op.toString();
                break;
            }
        }
        if (clause.op.isEmpty())
            return fail(QStringLiteral("Expected an operator (:, ~, >, <, >=, <=) after '%1'.").arg(field));
        if (const auto value = lexer.quoted()) {
            clause.value = *value;
        } else {
            clause.value = lexer.number();
            clause.isNumber = true;
            if (clause.value.isEmpty() || clause.value == QLatin1String("-"))
                return fail(QStringLiteral("Values are quoted strings or numbers."));
        }
        if (clause.op == QLatin1String("~") && clause.value.size() < 3)
            return fail(QStringLiteral("A substring search (~) needs at least 3 characters."));
        if (clause.op != QLatin1String(":") && clause.op != QLatin1String("~") && !clause.isNumber)
            return fail(QStringLiteral("Range operators (>, <, >=, <=) compare numbers."));
        query.m_clauses.append(clause);
        if (query.m_clauses.size() > 10)
            return fail(QStringLiteral("A search query has at most 10 clauses."));
    }
    query.m_any = joiner == QLatin1String("OR");
    return query;
}

bool SearchQuery::matches(const Clause &clause, const QJsonObject &object) const
{
    const QJsonValue value = valueAt(object, clause.path);
    bool result = false;
    if (clause.op == QLatin1String(":")) {
        result = textOf(value).compare(clause.value, Qt::CaseInsensitive) == 0;
    } else if (clause.op == QLatin1String("~")) {
        result = textOf(value).contains(clause.value, Qt::CaseInsensitive);
    } else {
        const qint64 actual = value.toInteger();
        const qint64 wanted = clause.value.toLongLong();
        if (!value.isDouble())
            result = false;
        else if (clause.op == QLatin1String(">"))
            result = actual > wanted;
        else if (clause.op == QLatin1String("<"))
            result = actual < wanted;
        else if (clause.op == QLatin1String(">="))
            result = actual >= wanted;
        else
            result = actual <= wanted;
    }
    return clause.negated ? !result : result;
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
