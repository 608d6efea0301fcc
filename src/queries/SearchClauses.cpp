#include "src/queries/SearchClauses.h"

#include <QStringList>

namespace queries::searchClauses {

namespace {

// The words outside quoted values: field:'a b' OR x:'c' -> {"field:", "OR", "x:"}.
QStringList wordsOutsideQuotes(const QString &query)
{
    QStringList words;
    QString word;
    QChar quote;
    for (qsizetype i = 0; i < query.size(); ++i) {
        const QChar c = query.at(i);
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            continue;
        }
        if (c.isSpace()) {
            if (!word.isEmpty())
                words << word;
            word.clear();
            continue;
        }
        word += c;
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

bool isJoiner(const QString &word)
{
    return word.compare(QLatin1String("AND"), Qt::CaseInsensitive) == 0
        || word.compare(QLatin1String("OR"), Qt::CaseInsensitive) == 0;
}

} // namespace

int count(const QString &query)
{
    int clauses = 0;
    for (const QString &word : wordsOutsideQuotes(query))
        if (!isJoiner(word))
            ++clauses;
    return clauses;
}

bool joinsWithOr(const QString &query)
{
    for (const QString &word : wordsOutsideQuotes(query))
        if (word.compare(QLatin1String("OR"), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace queries::searchClauses
