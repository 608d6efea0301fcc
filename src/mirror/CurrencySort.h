#pragma once

#include "src/mirror/Filter.h"

#include <QList>
#include <QString>

#include <optional>

namespace mirror {

class Reader;

// A sort by an amount over rows of several currencies (Sort::byCurrency), in
// records::moneyLessThan's order: amounts of different currencies are in no one order, so each
// currency's rows come together, currencies A to Z whatever the direction, each currency's rows
// by amount in the asked direction (ties by id), and the rows without the amount or a currency
// last (among themselves by the amount, then id, in the asked direction).
//
// Each currency's rows are read as the sort with that currency chosen, which its indexes answer
// fast however deep; a window that runs past a currency's last row goes on with the next one.
// The currencies are few and their counts come from the running totals where the filter lets
// them. Where it does not (a search), only a jump and positionOf count the filter's rows per
// currency; a window from the start or after a key reads the currencies in order, and a
// currency with none of the filter's rows answers at once with nothing. A row's key carries its
// currency (RowKey::currency).
class CurrencySort
{
public:
    explicit CurrencySort(Reader &reader);

    // Whether the sort asks for the grouping and the filter's kind has a currency to group by in a
    // store at this schema version.
    static bool applies(const Filter &filter, const Sort &sort, int schemaVersion);

    QList<Row> rows(const Filter &filter, const Sort &sort, qint64 offset, int limit);
    QList<Row> rowsAfter(const Filter &filter, const Sort &sort, const RowKey &after, int limit);
    qint64 positionOf(const Filter &filter, const Sort &sort, const QString &id);

    // What a currency's group adds to the filter: the rows that have the amount (nearly all of
    // them, which Reader::walkingTheSort relies on).
    static QString withAmount(const QString &column);

private:
    // One currency's rows with the amount, or (currency empty) the rows without either.
    struct Group
    {
        QString currency;
        qint64 count = 0;
    };

    // How many rows of a currency the filter keeps, and how many of them lack the amount.
    struct CurrencyCount
    {
        QString currency;
        qint64 rows = 0;
        qint64 withoutAmount = 0;
    };

    static constexpr qint64 unknownCount = -1; // as Reader::select takes an unknown count

    // The filter's groups in the sort's order, empty ones left out; nullopt when the store failed.
    std::optional<QList<Group>> groupsOf(const Filter &filter, const QString &column);
    // The groups in the sort's order, for a read from the start or after a key: counted where
    // that is cheap, else every currency the kind's rows have (some perhaps with no row of the
    // filter's) and the blanks, with unknownCount.
    std::optional<QList<Group>> orderOf(const Filter &filter, const QString &column);
    std::optional<QList<CurrencyCount>> countsOf(const Filter &filter, const QString &column);
    // The group's rows of the sort after `after` (or from `offset`).
    QList<Row> read(const Filter &filter, const Sort &sort, const Group &group, const RowKey *after,
                    qint64 offset, int limit);
    // Reads groups from `first` on, the first after `after` if given, until `limit` rows.
    QList<Row> readFrom(const Filter &filter, const Sort &sort, const QList<Group> &groups, qsizetype first,
                        const RowKey *after, qint64 offset, int limit);
    // Currencies A to Z, whatever the sort's direction.
    static void sortByCurrency(QList<Group> &groups);
    static Filter filterOf(const Filter &filter, const Group &group);
    static QString conditionOf(const Group &group, const QString &column);

    Reader &m_reader;
};

} // namespace mirror
