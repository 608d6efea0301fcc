#include "src/queries/CreatedRange.h"

#include "src/objects/Json.h"
#include "src/queries/SearchClauses.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace queries {

// Written unqualified where a function returns one: lupdate loses the namespace of a definition
// whose return type names another, and would file the strings below under no context.
using records::ListQuery;

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(queries::CreatedRange)
};

} // namespace

std::optional<qint64> CreatedRange::firstSecond() const
{
    if (!from.isValid())
        return std::nullopt;
    return from.startOfDay().toSecsSinceEpoch();
}

std::optional<qint64> CreatedRange::lastSecond() const
{
    if (!to.isValid())
        return std::nullopt;
    // The last second of the day: the next day's first, less one (a day is not always 24 hours).
    return to.addDays(1).startOfDay().toSecsSinceEpoch() - 1;
}

bool CreatedRange::contains(qint64 created) const
{
    const auto first = firstSecond();
    const auto last = lastSecond();
    return (!first || created >= *first) && (!last || created <= *last);
}

QString CreatedRange::describe(const QLocale &locale) const
{
    const auto day = [&locale](const QDate &date) { return locale.toString(date, QLocale::ShortFormat); };
    if (from.isValid() && to.isValid())
        return from == to ? Text::tr("on %1").arg(day(from)) : Text::tr("%1 – %2").arg(day(from), day(to));
    if (from.isValid())
        return Text::tr("from %1").arg(day(from));
    if (to.isValid())
        return Text::tr("until %1").arg(day(to));
    return {};
}

namespace {

void narrow(records::ListQuery &query, const CreatedRange &range)
{
    const auto first = range.firstSecond();
    const auto last = range.lastSecond();
    const auto keepInRange = [&query, range] {
        auto keep = query.keep;
        query.keep = [keep, range](const QJsonObject &object) {
            return range.contains(objects::json::integer(object, u"created").value_or(0))
                && (!keep || keep(object));
        };
    };
    if (query.kind == stripe::ListPager::Kind::List) {
        // A list already narrowed to a moment (one payment found by its id) stays so.
        if (query.params.contains(QStringLiteral("created"))) {
            keepInRange();
            return;
        }
        QVariantMap created;
        if (first)
            created.insert(QStringLiteral("gte"), *first);
        if (last)
            created.insert(QStringLiteral("lte"), *last);
        query.params.insert(QStringLiteral("created"), created);
        return;
    }
    const QString text = query.params.value(QStringLiteral("query")).toString();
    const int added = (first ? 1 : 0) + (last ? 1 : 0);
    if (searchClauses::joinsWithOr(text) || searchClauses::count(text) + added > searchClauses::maximum) {
        keepInRange();
        return;
    }
    QStringList clauses;
    if (!text.trimmed().isEmpty())
        clauses << text;
    if (first)
        clauses << QStringLiteral("created>=%1").arg(*first);
    if (last)
        clauses << QStringLiteral("created<=%1").arg(*last);
    query.params.insert(QStringLiteral("query"), clauses.join(QLatin1String(" AND ")));
}

} // namespace

ListQuery withCreated(ListQuery query, const CreatedRange &range, const QString &pluralName)
{
    if (range.isEmpty() || !query.isValid())
        return query;
    narrow(query, range);
    if (query.fallback) {
        auto fallback = std::make_shared<records::ListQuery>(*query.fallback);
        narrow(*fallback, range);
        fallback->emptyText
            = Text::tr("No %1 created %2 match the filters.").arg(pluralName, range.describe());
        query.fallback = fallback;
    }
    query.emptyText = Text::tr("No %1 created %2 match the filters.").arg(pluralName, range.describe());
    return query;
}

} // namespace queries
