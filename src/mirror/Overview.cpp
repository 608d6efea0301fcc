#include "src/mirror/Overview.h"

#include "src/mirror/DailyTotals.h"
#include "src/mirror/ObjectColumns.h"
#include "src/mirror/Schema.h"
#include "src/mirror/Store.h"

#include <QSqlQuery>

namespace mirror {

namespace {

constexpr qint64 day = 86400;

// The lower bound of each age on due_at: an invoice is in the first age whose bound it meets.
std::array<qint64, 4> ageBounds(qint64 now)
{
    return {now, now - 30 * day, now - 60 * day, now - 90 * day};
}

qint64 startOf(const QDate &month, const QTimeZone &zone)
{
    return QDateTime(QDate(month.year(), month.month(), 1), QTime(0, 0), zone).toSecsSinceEpoch();
}

// Succeeded charges, whether or not money went back since (ObjectColumns' charge status).
const QStringList paidCharges {QStringLiteral("succeeded"), QStringLiteral("partially_refunded"),
                               QStringLiteral("refunded")};

} // namespace

Overview::Figure Overview::Receivables::total() const
{
    Figure sum;
    for (const Figure &figure : byAge) {
        sum.count += figure.count;
        sum.amount += figure.amount;
    }
    return sum;
}

Overview::Overview(Store &store)
    : m_store(store)
{ }

bool Overview::failed(const QSqlQuery &query)
{
    return failed(query.lastError());
}

bool Overview::failed(const QSqlError &error)
{
    const StoreError::Kind kind = m_store.connection().classify(error);
    m_error = {kind == StoreError::Kind::None ? StoreError::Kind::Failed : kind, error.text()};
    return false;
}

namespace {

// The total of `column` among a table's totals (DailyTotals::Sums::sums).
size_t sumOf(Table table, QLatin1String column)
{
    return size_t(std::max<qsizetype>(0, specOf(table).totals.indexOf(column)));
}

} // namespace

QList<Overview::Receivables> Overview::receivablesByAge(qint64 nowSecs)
{
    // Ascending bounds: an invoice due before the first is over 90 days late (as is one without
    // a due date, which cannot happen: ObjectColumns dates it by its creation).
    const auto ages = ageBounds(nowSecs);
    DailyTotals::Question question;
    question.table = Table::Invoices;
    question.clock = runningTotals::Clock::Due;
    question.statuses = {QStringLiteral("open")};
    question.bounds = {ages[3], ages[2], ages[1], ages[0]};
    question.lastBucket = 4;
    question.untimed = true;
    DailyTotals totals(m_store.connection());
    const auto sums = totals.sum(question);
    if (!sums) {
        failed(totals.lastError());
        return {};
    }
    const size_t remaining = sumOf(Table::Invoices, QLatin1String("amount_remaining"));
    QList<Receivables> result;
    for (auto it = sums->cbegin(); it != sums->cend(); ++it) {
        const auto &[currency, bucket] = it.key();
        if (it.value().count == 0)
            continue;
        if (result.isEmpty() || result.constLast().currency != currency)
            result.append({currency, {}});
        const int age = std::clamp(ageCount - 1 - bucket, 0, ageCount - 1);
        result.last().byAge[size_t(age)] = {it.value().count, it.value().sums[remaining]};
    }
    m_error = {};
    return result;
}

QList<Overview::Month> Overview::revenueByMonth(const QDate &lastDay, int months, const QTimeZone &zone)
{
    months = std::clamp(months, 1, 120);
    const QDate last(lastDay.year(), lastDay.month(), 1);
    QList<QDate> starts;
    for (int i = months - 1; i >= 0; --i)
        starts << last.addMonths(-i);
    QList<qint64> bounds;
    for (const QDate &start : std::as_const(starts))
        bounds << startOf(start, zone);
    bounds << startOf(last.addMonths(1), zone);

    QList<Month> result;
    DailyTotals totals(m_store.connection());
    for (const bool refunds : {false, true}) {
        DailyTotals::Question question;
        question.table = refunds ? Table::Refunds : Table::Charges;
        question.statuses = refunds ? QStringList {QStringLiteral("succeeded")} : paidCharges;
        question.bounds = bounds;
        // Buckets 1 to months are the months; the others are before and after them.
        question.firstBucket = 1;
        question.lastBucket = months;
        const auto sums = totals.sum(question);
        if (!sums) {
            failed(totals.lastError());
            return {};
        }
        const size_t amount = sumOf(question.table, QLatin1String("amount"));
        for (auto it = sums->cbegin(); it != sums->cend(); ++it) {
            // Named, not a structured binding: the lambda below captures it (clang before 16 cannot).
            const QString &currency = it.key().first;
            const int bucket = it.key().second;
            if (bucket < 1 || bucket > months || it.value().count == 0)
                continue;
            const QDate month = starts.at(bucket - 1);
            auto found = std::find_if(result.begin(), result.end(), [&](const Month &m) {
                return m.month == month && m.currency == currency;
            });
            if (found == result.end())
                found = result.insert(result.end(), Month {month, currency, {}, {}});
            (refunds ? found->refunds : found->revenue) = {it.value().count, it.value().sums[amount]};
        }
    }
    std::sort(result.begin(), result.end(), [](const Month &a, const Month &b) {
        return a.month != b.month ? a.month < b.month : a.currency < b.currency;
    });
    m_error = {};
    return result;
}

QList<Overview::OpenBalance> Overview::largestOpenBalances(int perCurrency)
{
    // The currencies owed in, each found by one step of the index (not by reading every row).
    QSqlQuery &currencies = m_store.connection().prepared(
        QStringLiteral("WITH RECURSIVE c(currency) AS (SELECT min(currency) FROM open_balances UNION ALL "
                       "SELECT (SELECT min(currency) FROM open_balances WHERE currency > c.currency) FROM c "
                       "WHERE c.currency IS NOT NULL) SELECT currency FROM c WHERE currency IS NOT NULL"));
    if (!currencies.exec()) {
        failed(currencies);
        return {};
    }
    QStringList owedIn;
    while (currencies.next())
        owedIn << currencies.value(0).toString();
    currencies.finish();

    // The customer's JSON is read for the rows shown only.
    QSqlQuery &query = m_store.connection().prepared(
        QStringLiteral("SELECT b.customer, b.row_count, b.amount, %1 FROM open_balances b "
                       "LEFT JOIN customers c ON c.id = b.customer WHERE b.currency = ? AND b.amount > 0 "
                       "ORDER BY b.amount DESC, b.customer LIMIT ?")
            .arg(schema::jsonOf(m_store.backend(), Table::Customers, QStringLiteral("c"))));
    QList<OpenBalance> result;
    for (const QString &currency : std::as_const(owedIn)) {
        query.addBindValue(currency);
        query.addBindValue(perCurrency);
        if (!query.exec()) {
            failed(query);
            return {};
        }
        while (query.next()) {
            OpenBalance balance;
            balance.customer = query.value(0).toString();
            balance.currency = currency;
            balance.open.count = query.value(1).toLongLong();
            balance.open.amount = query.value(2).toLongLong();
            if (!query.value(3).isNull())
                balance.object = stripe::ListObject(query.value(3).toString().toUtf8(), balance.customer);
            result.append(balance);
        }
        query.finish();
    }
    m_error = {};
    return result;
}

Filter Overview::receivablesFilter(Age age, const QString &currency, qint64 nowSecs)
{
    Filter filter;
    filter.kind = objects::Kind::Invoice;
    filter.statuses = {QStringLiteral("open")};
    filter.currency = currency;
    const auto bounds = ageBounds(nowSecs);
    const int index = int(age);
    if (index == 0) {
        filter.dueFrom = bounds[0];
    } else {
        filter.dueUntil = bounds[size_t(index - 1)];
        if (index < 4)
            filter.dueFrom = bounds[size_t(index)];
    }
    return filter;
}

Filter Overview::revenueFilter(const QDate &month, const QString &currency, const QTimeZone &zone)
{
    Filter filter;
    filter.kind = objects::Kind::Payment;
    filter.statuses = paidCharges;
    filter.currency = currency;
    filter.createdFrom = startOf(month, zone);
    filter.createdUntil = startOf(QDate(month.year(), month.month(), 1).addMonths(1), zone);
    return filter;
}

Filter Overview::refundsFilter(const QDate &month, const QString &currency, const QTimeZone &zone)
{
    Filter filter = revenueFilter(month, currency, zone);
    filter.kind = objects::Kind::Refund;
    filter.statuses = {QStringLiteral("succeeded")};
    return filter;
}

Filter Overview::openInvoicesFilter(const QString &customer, const QString &currency)
{
    Filter filter;
    filter.kind = objects::Kind::Invoice;
    filter.statuses = {QStringLiteral("open")};
    filter.customer = customer;
    filter.currency = currency;
    return filter;
}

} // namespace mirror
