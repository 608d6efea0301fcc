#include "src/mirror/Overview.h"

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
    const StoreError::Kind kind = m_store.connection().classify(query.lastError());
    m_error = {kind == StoreError::Kind::None ? StoreError::Kind::Failed : kind, query.lastError().text()};
    return false;
}

QList<Overview::Receivables> Overview::receivablesByAge(qint64 nowSecs)
{
    QSqlQuery &query = m_store.connection().prepared(QStringLiteral(
        "SELECT currency, CASE WHEN due_at >= ? THEN 0 WHEN due_at >= ? THEN 1 WHEN due_at >= ? THEN 2 "
        "WHEN due_at >= ? THEN 3 ELSE 4 END AS age, count(*), CAST(COALESCE(SUM(amount_remaining), 0) AS "
        "BIGINT) "
        "FROM invoices WHERE status = 'open' GROUP BY currency, age ORDER BY currency, age"));
    for (const qint64 bound : ageBounds(nowSecs))
        query.addBindValue(bound);
    if (!query.exec()) {
        failed(query);
        return {};
    }
    QList<Receivables> result;
    while (query.next()) {
        const QString currency = query.value(0).toString();
        if (result.isEmpty() || result.constLast().currency != currency)
            result.append({currency, {}});
        const int age = std::clamp(query.value(1).toInt(), 0, ageCount - 1);
        Figure &figure = result.last().byAge[size_t(age)];
        figure.count = query.value(2).toLongLong();
        figure.amount = query.value(3).toLongLong();
    }
    query.finish();
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

    // One CASE per month boundary: the month index of a row, computed by the store.
    QString bucket = QStringLiteral("CASE");
    for (int i = 1; i < months; ++i)
        bucket += QStringLiteral(" WHEN created < ? THEN %1").arg(i - 1);
    bucket += QStringLiteral(" ELSE %1 END").arg(months - 1);

    QList<Month> result;
    auto add = [&](const QString &table, const QString &statusCondition, const QStringList &statuses,
                   bool refunds) {
        QSqlQuery &query = m_store.connection().prepared(
            QStringLiteral(
                "SELECT currency, %1 AS month, count(*), CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM %2 "
                "WHERE created >= ? AND created < ? AND %3 GROUP BY currency, month")
                .arg(bucket, table, statusCondition));
        for (int i = 1; i < months; ++i)
            query.addBindValue(bounds.at(i));
        query.addBindValue(bounds.constFirst());
        query.addBindValue(bounds.constLast());
        for (const QString &status : statuses)
            query.addBindValue(status);
        if (!query.exec())
            return failed(query);
        while (query.next()) {
            const QString currency = query.value(0).toString();
            const QDate month = starts.value(std::clamp(query.value(1).toInt(), 0, months - 1));
            auto it = std::find_if(result.begin(), result.end(), [&](const Month &m) {
                return m.month == month && m.currency == currency;
            });
            if (it == result.end())
                it = result.insert(result.end(), Month {month, currency, {}, {}});
            Figure &figure = refunds ? it->refunds : it->revenue;
            figure.count = query.value(2).toLongLong();
            figure.amount = query.value(3).toLongLong();
        }
        query.finish();
        return true;
    };
    if (!add(QStringLiteral("charges"), QStringLiteral("status IN (?, ?, ?)"), paidCharges, false)
        || !add(QStringLiteral("refunds"), QStringLiteral("status = ?"), {QStringLiteral("succeeded")}, true))
        return {};
    std::sort(result.begin(), result.end(), [](const Month &a, const Month &b) {
        return a.month != b.month ? a.month < b.month : a.currency < b.currency;
    });
    m_error = {};
    return result;
}

QList<Overview::OpenBalance> Overview::largestOpenBalances(int perCurrency)
{
    // The customer's JSON is read for the rows shown only.
    QSqlQuery &query = m_store.connection().prepared(
        QStringLiteral(
            "SELECT ranked.customer, ranked.currency, ranked.invoices, ranked.owed, %1 FROM ("
            " SELECT customer, currency, count(*) AS invoices, CAST(SUM(amount_remaining) AS BIGINT) AS owed,"
            " ROW_NUMBER() OVER (PARTITION BY currency ORDER BY SUM(amount_remaining) DESC, customer) AS "
            "place"
            " FROM invoices WHERE status = 'open' AND customer IS NOT NULL GROUP BY currency, customer"
            ") ranked LEFT JOIN customers c ON c.id = ranked.customer"
            " WHERE ranked.place <= ? AND ranked.owed > 0 ORDER BY ranked.currency, ranked.owed DESC, "
            "ranked.customer")
            .arg(schema::jsonOf(m_store.backend(), Table::Customers, QStringLiteral("c"))));
    query.addBindValue(perCurrency);
    if (!query.exec()) {
        failed(query);
        return {};
    }
    QList<OpenBalance> result;
    while (query.next()) {
        OpenBalance balance;
        balance.customer = query.value(0).toString();
        balance.currency = query.value(1).toString();
        balance.open.count = query.value(2).toLongLong();
        balance.open.amount = query.value(3).toLongLong();
        if (!query.value(4).isNull())
            balance.object = stripe::ListObject(query.value(4).toString().toUtf8(), balance.customer);
        result.append(balance);
    }
    query.finish();
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
