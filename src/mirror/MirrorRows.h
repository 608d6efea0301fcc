#pragma once

#include "src/mirror/Filter.h"
#include "src/records/RowSource.h"

#include <QPointer>

#include <functional>
#include <optional>

namespace mirror {

class Mirror;

// A tab's rows read from the account's mirror (records::RowSource for its ListModel): the tab's
// filters as a mirror::Filter, asked for afresh at each first window so a filter change needs
// nothing else, and a sort by any of the kind's indexed columns over every row. Windows are
// keyset reads (Reader::rowsAfter), as fast deep in the list as at its top.
class MirrorRows : public records::RowSource
{
public:
    using FilterOfTab = std::function<std::optional<Filter>()>;

    MirrorRows(Mirror *mirror, FilterOfTab filterOfTab);

    bool answers() const override;
    Window first(int limit) override;
    Window next(int limit) override;
    bool setSort(const records::SortRequest &request) override;
    QString summary() override;

    // The mirror's column for a table column (its Column id), if it can order every row by it.
    static std::optional<QString> sortColumnFor(const Filter &filter, const QString &columnId);
    // Whether a sort by the mirror's column groups the rows by currency (Sort::byCurrency): an
    // amount, ordered as records::moneyLessThan orders the loaded rows (with a currency chosen
    // too, for the rows without the amount).
    static bool sortsByCurrency(const QString &column);
    // The order these filters' rows are read in: the sort taken (setSort), unless it cannot hold
    // for them, then newest first. An export of the tab's view writes its rows in this order,
    // as the tab shows them.
    Sort orderFor(const Filter &filter) const;
    // Whether the mirror can show this kind's rows as Stripe's list does: the kind and every
    // kind its rows name (RelatedObjects) completely listed.
    static bool canServe(const Mirror *mirror, objects::Kind kind);
    // The kinds whose rows this kind's rows show, or are found and sorted by (a refund by its
    // payment's customer's name): a change to one of them can change what a tab of `kind` lists.
    static QList<objects::Kind> kindsRead(objects::Kind kind);

private:
    Window read(int limit, const RowKey *after);

    QPointer<Mirror> m_mirror;
    FilterOfTab m_filterOfTab;
    Filter m_filter; // as read by the last first()
    Sort m_sort;
    records::SortRequest m_request;
    RowKey m_last;
    std::optional<QString> m_summary; // for m_filter, until the next first()
};

} // namespace mirror
