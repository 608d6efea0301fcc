#pragma once

#include "src/mirror/Filter.h"
#include "src/mirror/RunningTotals.h"
#include "src/mirror/Table.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <array>
#include <optional>

namespace mirror {

class Connection;

// Counts and sums of a table's rows between times, per currency, read from the running totals
// (RunningTotals.h: one row per day, status and currency) instead of from every row. A day a
// bound falls inside counts partly on each side: its rows are read from the table, with the same
// conditions. The answers are the rows' own, to the unit.
class DailyTotals
{
public:
    struct Sums
    {
        qint64 count = 0;
        std::array<qint64, runningTotals::sumCount> sums {}; // TableSpec::totals, in order
    };
    // Per (currency, bucket).
    using Buckets = QMap<QPair<QString, int>, Sums>;

    struct Question
    {
        Table table = Table::Invoices;
        runningTotals::Clock clock = runningTotals::Clock::Created;
        QStringList statuses; // any of these; empty: any
        QString currency; // empty: any
        // Ascending Unix seconds: bucket 0 is before bounds[0], bucket i from bounds[i - 1] until
        // bounds[i] (or on, for the last).
        QList<qint64> bounds;
        // The buckets the caller reads: the others may come back incomplete.
        int firstBucket = 0;
        int lastBucket = 0;
        // Whether rows without a time (no due date) count, in bucket 0.
        bool untimed = false;
    };

    explicit DailyTotals(Connection &connection);

    std::optional<Buckets> sum(const Question &question);
    const QSqlError &lastError() const { return m_error; }

    // The question whose bucket `bucket` holds the filter's rows, when the running totals can
    // answer it: a kept table, filtered at most by statuses, currency and one range of creation
    // or due dates.
    static std::optional<Question> questionFor(const Filter &filter, int *bucket);

private:
    bool run(QSqlQuery &query, Buckets &buckets);

    Connection &m_connection;
    QSqlError m_error;
};

} // namespace mirror
