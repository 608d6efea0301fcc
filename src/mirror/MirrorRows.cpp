#include "src/mirror/MirrorRows.h"

#include "src/mirror/LinkedColumns.h"
#include "src/mirror/Mirror.h"
#include "src/mirror/ObjectColumns.h"
#include "src/mirror/Reader.h"
#include "src/mirror/RelatedObjects.h"
#include "src/mirror/Table.h"
#include "src/money/Money.h"

#include <QCoreApplication>
#include <QLocale>

namespace mirror {

namespace {

// lupdate files a string under the class its tr() is called through: this names the context
// the program asks for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mirror::MirrorRows)
};

bool isMoney(const QString &column)
{
    return column.startsWith(QLatin1String("amount")) || column == QLatin1String("balance")
        || column == QLatin1String("total") || column == QLatin1String("unit_amount");
}

// The mirror's column for a tab's column whose id is not the column's own name.
QString columnNamed(objects::Kind kind, const QString &columnId)
{
    using objects::Kind;
    if ((kind == Kind::Order || kind == Kind::PaymentIntent) && columnId == QLatin1String("total"))
        return QStringLiteral("amount");
    if ((kind == Kind::Order || kind == Kind::PaymentIntent) && columnId == QLatin1String("items"))
        return QStringLiteral("description");
    if (kind == Kind::PromotionCode && columnId == QLatin1String("redeemed"))
        return QStringLiteral("times_redeemed");
    // What the row keeps of the customer or coupon it names (LinkedColumns.h), as the column shows it.
    if (columnId == QLatin1String("customer") && kind != Kind::Customer)
        return QStringLiteral("customer_label");
    if (kind == Kind::PromotionCode && columnId == QLatin1String("coupon"))
        return QStringLiteral("coupon_label");
    // The default price's amount, which the product's row keeps (LinkedColumns.h) with its currency.
    if (kind == Kind::Product && columnId == QLatin1String("default_price"))
        return QStringLiteral("unit_amount");
    return columnId;
}

} // namespace

MirrorRows::MirrorRows(Mirror *mirror, FilterOfTab filterOfTab)
    : m_mirror(mirror)
    , m_filterOfTab(std::move(filterOfTab))
{ }

bool MirrorRows::answers() const
{
    const auto filter = m_filterOfTab();
    return filter && m_mirror && m_mirror->store() && canServe(m_mirror, filter->kind);
}

bool MirrorRows::canServe(const Mirror *mirror, objects::Kind kind)
{
    if (!mirror || !mirror->canServe(kind))
        return false;
    const QList<objects::Kind> read = kindsRead(kind);
    return std::all_of(read.cbegin(), read.cend(),
                       [mirror](objects::Kind other) { return mirror->canServe(other); });
}

QList<objects::Kind> MirrorRows::kindsRead(objects::Kind kind)
{
    QList<objects::Kind> kinds = RelatedObjects::kindsShownIn(kind);
    if (const auto table = tableFor(kind))
        for (const Table source : linkedColumns::sourcesOf(*table))
            for (const objects::Kind other : kindsOf({source}))
                if (!kinds.contains(other))
                    kinds.append(other);
    return kinds;
}

std::optional<QString> MirrorRows::sortColumnFor(const Filter &filter, const QString &columnId)
{
    const QString column = columnNamed(filter.kind, columnId);
    if (!Reader::sortColumns(filter.kind).contains(column))
        return std::nullopt;
    return column;
}

bool MirrorRows::sortsByCurrency(const QString &column)
{
    // Amounts of different currencies are not one order: the mirror puts them within their
    // currency, as the loaded rows' sort does. With one currency chosen it still reads them that
    // way, so the rows without the amount (a tiered price, a percentage coupon) come last both
    // ways, as in the loaded rows' sort, not first going up, as a column's index holds them.
    return isMoney(column);
}

bool MirrorRows::setSort(const records::SortRequest &request)
{
    if (request.isStripeOrder()) {
        m_request = request;
        m_sort = Sort(); // newest first, as Stripe lists
        return true;
    }
    const auto filter = m_filterOfTab();
    if (!filter)
        return false;
    const auto column = sortColumnFor(*filter, request.column);
    if (!column)
        return false;
    m_request = request;
    m_sort = {*column, request.order, sortsByCurrency(*column)};
    return true;
}

Sort MirrorRows::orderFor(const Filter &filter) const
{
    if (m_request.isStripeOrder())
        return m_sort;
    // A sort taken for other filters may not hold for these (a column of another kind).
    const auto column = sortColumnFor(filter, m_request.column);
    if (!column)
        return Sort();
    return {*column, m_request.order, sortsByCurrency(*column)};
}

records::RowSource::Window MirrorRows::first(int limit)
{
    const auto filter = m_filterOfTab();
    if (!filter)
        return {{}, false, false};
    m_filter = *filter;
    m_summary.reset();
    m_sort = orderFor(m_filter);
    m_last = {};
    return read(limit, nullptr);
}

records::RowSource::Window MirrorRows::next(int limit)
{
    if (!m_last.isValid())
        return {};
    const RowKey after = m_last;
    return read(limit, &after);
}

records::RowSource::Window MirrorRows::read(int limit, const RowKey *after)
{
    if (!m_mirror || !m_mirror->store())
        return {{}, false, false};
    Reader reader(*m_mirror->store());
    // One row more than shown says whether there is more without counting.
    QList<Row> rows = after ? reader.rowsAfter(m_filter, m_sort, *after, limit + 1)
                            : reader.rows(m_filter, m_sort, 0, limit + 1);
    if (reader.lastError().kind != StoreError::Kind::None) {
        m_mirror->readFailed(reader.lastError());
        return {{}, false, false};
    }
    Window window;
    window.hasMore = rows.size() > limit;
    if (window.hasMore)
        rows.resize(limit);
    window.rows.reserve(rows.size());
    for (const Row &row : std::as_const(rows))
        window.rows.append(row.object);
    if (!rows.isEmpty())
        m_last = rows.constLast().key;
    // Names, not ids, where the tab's Stripe list embeds the related objects.
    RelatedObjects related(*m_mirror->store());
    window.rows = related.expand(m_filter.kind, window.rows);
    if (related.lastError().kind != StoreError::Kind::None) {
        m_mirror->readFailed(related.lastError());
        return {{}, false, false};
    }
    return window;
}

QString MirrorRows::summary()
{
    if (m_summary)
        return *m_summary;
    if (!m_mirror || !m_mirror->store())
        return {};
    Reader reader(*m_mirror->store());
    const QList<CurrencyTotal> totals = reader.totals(m_filter);
    if (reader.lastError().kind != StoreError::Kind::None) {
        m_mirror->readFailed(reader.lastError());
        return {};
    }
    const auto table = tableFor(m_filter.kind);
    const QLatin1String amount = table ? specOf(*table).amount : QLatin1String();
    qint64 count = 0;
    QStringList sums;
    for (const CurrencyTotal &total : totals) {
        count += total.count;
        // A currency whose rows add up to nothing says nothing (customers without a balance).
        if (!total.currency.isEmpty() && !amount.isEmpty() && total.sums.value(amount) != 0)
            sums << money::Money(total.sums.value(amount), total.currency.toUpper()).format();
    }
    const QString rows = count == 1
        ? Text::tr("1 %1").arg(objects::singularName(m_filter.kind))
        : Text::tr("%1 %2").arg(QLocale().toString(count), objects::pluralName(m_filter.kind));
    const QString joined = sums.join(QStringLiteral(" · "));
    m_summary = sums.isEmpty()               ? rows
        : amount == QLatin1String("balance") ? Text::tr("%1 · balances %2").arg(rows, joined)
                                             : Text::tr("%1 · %2").arg(rows, joined);
    return *m_summary;
}

} // namespace mirror
