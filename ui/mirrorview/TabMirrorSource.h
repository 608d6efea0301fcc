#pragma once

#include "src/mirror/MirrorRows.h"

#include <QObject>
#include <QPointer>

#include <memory>

class RecordTab;

namespace mirror {
class AccountMirror;
class Mirror;
} // namespace mirror

// Which source a record tab reads: the account's mirror once it is complete for the tab's kind
// (every filter and sort over every row, the footer's totals), Stripe until then, when the
// mirror is off, and when its database goes away. It switches the tab's model between them and
// re-reads the tab's window when the mirror applies changes of the tab's kind, keeping the
// selected row.
class TabMirrorSource : public QObject
{
    Q_OBJECT

public:
    TabMirrorSource(RecordTab *tab, mirror::AccountMirror *account,
                    mirror::MirrorRows::FilterOfTab filterOfTab, QObject *parent = nullptr);

    // Whether the rows on show come from the mirror.
    bool readsMirror() const;
    RecordTab *tab() const { return m_tab; }
    // The tab's filters as the mirror's (nullopt: one it cannot answer).
    std::optional<mirror::Filter> filter() const { return m_filterOfTab ? m_filterOfTab() : std::nullopt; }
    // The order the mirror gives the tab these filters' rows in (its header's sort, when taken).
    mirror::Sort order(const mirror::Filter &filter) const
    {
        return m_rows ? m_rows->orderFor(filter) : mirror::Sort();
    }

signals:
    void sourceChanged();

private:
    void watch(mirror::Mirror *mirror);
    void update();
    void refresh(const QList<objects::Kind> &kinds);

    QPointer<RecordTab> m_tab;
    QPointer<mirror::AccountMirror> m_account;
    QPointer<mirror::Mirror> m_mirror;
    mirror::MirrorRows::FilterOfTab m_filterOfTab;
    std::shared_ptr<mirror::MirrorRows> m_rows;
    bool m_serving = false;
};
