// Property: whatever a person types into the customer search, every quoted value in the query
// sent to Stripe reads back as exactly that text, so input can never change the query's logic.

#include "src/records/SearchQuery.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QStringList>

#include <cstdint>

namespace {

// Stripe's query language: clauses `field:'value'` / `field~'value'` joined by AND / OR, with
// \' and \\ escaped inside quotes. Returns the unquoted values, or nullopt when malformed.
std::optional<QStringList> quotedValues(const QString &query)
{
    QStringList values;
    qsizetype i = 0;
    while (i < query.size()) {
        const qsizetype open = query.indexOf(QLatin1Char('\''), i);
        if (open < 0)
            break;
        QString value;
        qsizetype j = open + 1;
        bool closed = false;
        while (j < query.size()) {
            const QChar c = query.at(j);
            if (c == QLatin1Char('\\')) {
                if (j + 1 >= query.size())
                    return std::nullopt;
                const QChar next = query.at(j + 1);
                if (next != QLatin1Char('\'') && next != QLatin1Char('\\'))
                    return std::nullopt;
                value += next;
                j += 2;
                continue;
            }
            if (c == QLatin1Char('\'')) {
                closed = true;
                break;
            }
            value += c;
            ++j;
        }
        if (!closed)
            return std::nullopt;
        values << value;
        i = j + 1;
    }
    return values;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const records::ListQuery query = records::search::customersMatching(text);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        FUZZ_CHECK(query.kind == stripe::ListPager::Kind::List);
        return 0;
    }
    // An exact email goes through the list's email filter, as it is (never into a search).
    if (query.kind == stripe::ListPager::Kind::List) {
        FUZZ_CHECK(query.params.value(QStringLiteral("email")).toString() == trimmed);
        FUZZ_CHECK(trimmed.contains(QLatin1Char('@')) && !trimmed.contains(QLatin1Char(' ')));
        return 0;
    }
    const QString search = query.params.value(QStringLiteral("query")).toString();
    const auto values = quotedValues(search);
    FUZZ_CHECK(values.has_value());
    FUZZ_CHECK(!values->isEmpty());
    for (const QString &value : *values)
        FUZZ_CHECK(value == trimmed);
    // Outside the quotes only field names, operators and AND/OR.
    QString outside = search;
    for (const QString &value : *values)
        outside.replace(records::search::quote(value), QString());
    for (const QString &word : outside.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        FUZZ_CHECK(word == QLatin1String("OR") || word == QLatin1String("AND")
                   || word == QLatin1String("email:") || word == QLatin1String("email~")
                   || word == QLatin1String("name~"));
    return 0;
}
