#pragma once

#include "src/mirror/Connection.h"
#include "src/mirror/Filter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mirror {

class Store;

// The UI's questions to the mirror, answered over every row at once and read in windows: a
// tab never holds more than the rows it shows. Synchronous and bounded (every filter and sort
// has an index), on the thread that opened the Store. Both stores give the same answers.
//
// A table model would use it like Qt's "Fetch More" example: count() for the scroll bar,
// rows(filter, sort, 0, 100) for the first window, rowsAfter(filter, sort, lastKey, 100) as
// the user scrolls (a keyset read stays fast however deep), rows(filter, sort, offset, n) to
// jump, positionOf() to keep the selection after a refresh, and totals() for the footer.
struct SqlFilter;

class Reader
{
public:
    explicit Reader(Store &store);

    // created, id, and the kind's sortable columns (ObjectColumns: name, email, amount_due...).
    static QStringList sortColumns(objects::Kind kind);

    QList<Row> rows(const Filter &filter, const Sort &sort, qint64 offset, int limit);
    QList<Row> rowsAfter(const Filter &filter, const Sort &sort, const RowKey &after, int limit);
    std::optional<qint64> count(const Filter &filter);
    // Count and the kind's amounts summed, per currency, ordered by currency.
    QList<CurrencyTotal> totals(const Filter &filter);
    // How many rows of the filter each parent has (a product's prices, by product id); nullopt
    // when the store failed or the kind has no parent.
    std::optional<QHash<QString, int>> countPerParent(const Filter &filter);
    // The row's index in the filtered, sorted rows; -1 when the filter does not keep it.
    qint64 positionOf(const Filter &filter, const Sort &sort, const QString &id);

    std::optional<stripe::ListObject> object(objects::Kind kind, const QString &id);
    // An invoice's lines in the invoice's order.
    QList<stripe::ListObject> invoiceLines(const QString &invoice);

    // Why the last call answered nothing (a lost PostgreSQL, a damaged file); cleared by the
    // next call that succeeds.
    const StoreError &lastError() const { return m_error; }

private:
    friend class CurrencySort; // reads each currency's rows as a sort of their own

    // The filter as SQL, with `condition` (on the table's columns) also holding.
    struct SqlFilter sqlWith(const Filter &filter, const QString &condition) const;
    // rowsKept: how many rows the filter and condition keep, when the caller knows (-1: not known).
    QList<Row> select(const Filter &filter, const Sort &sort, const RowKey *after, qint64 offset, int limit,
                      const QString &condition = {}, qint64 rowsKept = -1);
    qint64 positionWhere(const Filter &filter, const Sort &sort, const QString &id, const QString &condition);
    // Whether the filter keeps so few rows that sorting them beats reading the sort's index.
    bool keepsFewRows(const struct SqlFilter &sql, const Filter &filter, const QString &condition,
                      qint64 rowsKept);
    // A search finding so many rows that the sort's index finds a window's rows sooner than
    // sorting them all: the filter as SQL that walks that index; nullopt otherwise.
    std::optional<struct SqlFilter> walkingTheSort(const Filter &filter, const Sort &sort,
                                                   const QString &condition);
    // How many rows the filter keeps, from the running totals; -1 when they cannot say.
    qint64 rowsFromTotals(const Filter &filter);
    // The one number a count query answers, with the values bound; nullopt with lastError().
    std::optional<qint64> countOf(const QString &text, const QVariantList &values);
    // Binds the values in order and runs the prepared query.
    static bool bindAndRun(class QSqlQuery &query, const QVariantList &values);
    bool fail(const QString &message = {});
    void failed(const class QSqlQuery &query);
    void failed(const QSqlError &error);
    // Count and totals from the running totals (DailyTotals), when they can answer the filter;
    // an empty list with lastError() when the store failed.
    std::optional<QList<CurrencyTotal>> dailyTotals(const Filter &filter);

    Store &m_store;
    StoreError m_error;
};

} // namespace mirror
