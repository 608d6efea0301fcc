#pragma once

#include "src/stripe/Error.h"
#include "src/stripe/ListObject.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace stripe {
class Client;
class ListPager;
} // namespace stripe

namespace records {

// How many prices each product has, for the Products table's "Prices" column. Stripe has no
// count on a product, and asking per product would be one request per row, so this pages once
// through GET /v1/prices (100 per page; a catalogue rarely has more than a few pages) and counts
// by product. Counts are only told once every page is in: a half-counted number would be wrong.
// Where the account's copy is complete for prices, it answers instead, at once and as it changes.
class PriceCounts : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Counting, Ready, Failed };

    // Every product's number of prices, from the copy of the account; nullopt while it cannot
    // answer (off, not complete, its database gone).
    using CopyCounts = std::function<std::optional<QHash<QString, int>>()>;

    explicit PriceCounts(QObject *parent = nullptr);

    void setCopyCounts(CopyCounts counts) { m_copyCounts = std::move(counts); }
    // Starts counting again: from the copy when it answers, else from Stripe's first page; a
    // count in progress is abandoned.
    void recount(stripe::Client *client);
    // Counts again from the copy when it answers (it applied a change made elsewhere); otherwise
    // leaves the counts as they are.
    void refreshFromCopy();
    bool countedFromCopy() const { return m_fromCopy; }

    State state() const { return m_state; }
    // The product's number of prices (archived ones too), once Ready; -1 before.
    int count(const QString &productId) const;
    // What the table shows: the number, "…" while counting, "?" when counting failed.
    QString text(const QString &productId) const;
    // Why counting failed, in words; empty otherwise.
    QString failureText() const { return m_failure; }

signals:
    void changed();

private:
    void onPage(const QList<stripe::ListObject> &prices, bool hasMore);
    void fail(const QString &why);

    bool countFromCopy();

    CopyCounts m_copyCounts;
    bool m_fromCopy = false;
    QPointer<stripe::ListPager> m_pager;
    QHash<QString, int> m_counting; // filled page by page
    QHash<QString, int> m_counts; // the last complete count
    State m_state = State::Idle;
    QString m_failure;
};

} // namespace records
