#pragma once

#include "src/mirror/Connection.h"
#include "src/mirror/Table.h"

#include "src/objects/Kind.h"
#include "src/stripe/ListObject.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace mirror {

class Store;

// What Stripe's lists embed in each row (expand[]: a payment's customer, a refund's payment and
// who paid it, an order's customer and card, a product's default price, a promotion code's
// coupon) and the mirror keeps as ids: read from the mirror's own tables for the rows of one
// window — one query per table and level, never one per row — so that a tab shows names, not
// ids, as it does reading Stripe. The paths are those the tab's Stripe list and a record read
// alone expand (records::RecordFetch::expansionsFor).
class RelatedObjects
{
public:
    explicit RelatedObjects(Store &store);

    // The kinds whose objects show inside this kind's rows: a change to one changes the rows.
    static QList<objects::Kind> kindsShownIn(objects::Kind kind);

    // The rows with the ids their kind's list expands replaced by the objects. An id the mirror
    // does not have (a deleted customer, a card not saved to a customer) stays an id.
    QList<stripe::ListObject> expand(objects::Kind kind, const QList<stripe::ListObject> &rows);

    // Why the last expand() could not read a table (its rows then keep their ids).
    const StoreError &lastError() const { return m_error; }

private:
    QHash<QString, QJsonObject> read(Table table, const QStringList &ids);

    Store &m_store;
    StoreError m_error;
};

} // namespace mirror
