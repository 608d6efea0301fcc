#pragma once

#include "src/mirror/Connection.h"
#include "src/mirror/Filter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace mirror {

class Store;

// The Overview's figures over every row, read from the totals the store keeps as rows change
// (RunningTotals.h): a few hundred rows, however many invoices and payments there are. Each figure comes with
// the Filter of the tab behind it, so a click opens exactly the rows it counts (Reader::count and
// Reader::totals of that filter give the same numbers).
class Overview
{
public:
    // How long an open invoice is past due: not yet due, 1–30, 31–60, 61–90, over 90 days.
    enum class Age { NotYetDue, Days1To30, Days31To60, Days61To90, Over90Days };
    static constexpr int ageCount = 5;

    struct Figure
    {
        qint64 count = 0;
        qint64 amount = 0; // minor units of the row's currency
    };

    // Open invoices of one currency by age: what is still to be paid (amount_remaining).
    struct Receivables
    {
        QString currency;
        std::array<Figure, ageCount> byAge {};
        Figure total() const;
    };

    // One month of one currency: succeeded charges (refunded or not, by their creation) and
    // succeeded refunds (by theirs).
    struct Month
    {
        QDate month; // the first day
        QString currency;
        Figure revenue;
        Figure refunds;
    };

    // A customer's open invoices in one currency.
    struct OpenBalance
    {
        QString customer; // cus_...
        std::optional<stripe::ListObject> object; // the customer, when the mirror has it
        QString currency;
        Figure open;
    };

    explicit Overview(Store &store);

    // Ages count from an invoice's due date; an invoice charged automatically has none and
    // counts from its creation (see Filter::dueFrom).
    QList<Receivables> receivablesByAge(qint64 nowSecs);
    // The months ending with the one that holds lastDay, oldest first, per currency (months
    // without any row are left out); month boundaries in the given time zone.
    QList<Month> revenueByMonth(const QDate &lastDay, int months = 12,
                                const QTimeZone &zone = QTimeZone::systemTimeZone());
    // Per currency, the customers owing the most on open invoices, largest first.
    QList<OpenBalance> largestOpenBalances(int perCurrency = 10);

    static Filter receivablesFilter(Age age, const QString &currency, qint64 nowSecs);
    static Filter revenueFilter(const QDate &month, const QString &currency,
                                const QTimeZone &zone = QTimeZone::systemTimeZone());
    static Filter refundsFilter(const QDate &month, const QString &currency,
                                const QTimeZone &zone = QTimeZone::systemTimeZone());
    static Filter openInvoicesFilter(const QString &customer, const QString &currency);

    const StoreError &lastError() const { return m_error; }

private:
    bool failed(const class QSqlQuery &query);
    bool failed(const QSqlError &error);

    Store &m_store;
    StoreError m_error;
};

} // namespace mirror
