#pragma once

#include "src/records/SortRequest.h"
#include "src/stripe/ListObject.h"

#include <QList>
#include <QString>

namespace records {

// Where a ListModel's rows come from instead of Stripe's list endpoint: the account's local
// mirror, which answers a tab's filters and a sort by any column over every row at once. The
// model reads it a window at a time as the view scrolls, never all rows.
class RowSource
{
public:
    struct Window
    {
        QList<stripe::ListObject> rows;
        bool hasMore = false;
        bool ok = true; // false: the source could not answer (its database went away)
    };

    virtual ~RowSource() = default;
    // Whether it answers the tab's filters as they are now (the mirror is complete for the kind
    // and has a column for every filter); else that load reads Stripe.
    virtual bool answers() const = 0;
    // The first rows for the tab's filters as they are now; the next window follows them.
    virtual Window first(int limit) = 0;
    virtual Window next(int limit) = 0;
    // Takes a sort over every row, or declines (false) a column it cannot order by.
    virtual bool setSort(const SortRequest &request) = 0;
    // For the footer: how many rows the filters keep and their totals, in words.
    virtual QString summary() = 0;
};

} // namespace records
