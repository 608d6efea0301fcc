#pragma once

#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace records {

// How a table is ordered: by one column (its Column::id) one way, or in Stripe's own order —
// newest first, as every list comes — which a third click on a header goes back to. A value, so
// that a saved view keeps it beside its filters and a model that orders every row itself (the
// local mirror, in its database) can be handed it, not only a proxy over the loaded rows.
struct SortRequest
{
    QString column; // empty: Stripe's order
    Qt::SortOrder order = Qt::AscendingOrder;

    bool isStripeOrder() const { return column.isEmpty(); }

    QVariantMap toVariant() const;
    // Anything unreadable is Stripe's order: a sort nobody asked for is worse than none.
    static SortRequest fromVariant(const QVariant &value);

    friend bool operator==(const SortRequest &, const SortRequest &) = default;
};

// A model that can order all of its rows itself rather than only those loaded (one reading the
// local mirror). The tab offers it the sort first and sorts the loaded rows only when it declines.
// It keeps the loaded-rows sort's rules (records::moneyLessThan): money within each currency,
// currencies A to Z either way, rows without an amount last, ties in Stripe's order.
class SortsEveryRow
{
public:
    virtual ~SortsEveryRow() = default;
    // Returns false when it cannot order by this column; the tab then sorts what is loaded. The
    // sort holds for whatever the model lists next (another filter) until asked for another.
    virtual bool sortEveryRow(const SortRequest &request) = 0;
};

} // namespace records
