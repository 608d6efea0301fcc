#include "ui/mirrorview/TabMirrorSource.h"

#include "src/mirror/AccountMirror.h"
#include "src/mirror/Mirror.h"
#include "src/mirror/MirrorRows.h"
#include "ui/records/RecordTab.h"
#include "ui/records/TableSort.h"

TabMirrorSource::TabMirrorSource(RecordTab *tab, mirror::AccountMirror *account,
                                 mirror::MirrorRows::FilterOfTab filterOfTab, QObject *parent)
    : QObject(parent)
    , m_tab(tab)
    , m_account(account)
    , m_filterOfTab(std::move(filterOfTab))
{
    connect(account, &mirror::AccountMirror::mirrorChanged, this, &TabMirrorSource::watch);
    // On, off, paused, listing done, PostgreSQL gone: whether the mirror can serve changes.
    connect(account, &mirror::AccountMirror::changed, this, &TabMirrorSource::update);
    // A filter the mirror cannot answer reads Stripe for that load: the window says which.
    connect(tab->model(), &records::ListModel::stateChanged, this, &TabMirrorSource::sourceChanged);
    watch(account->mirror());
}

bool TabMirrorSource::readsMirror() const
{
    return m_tab && m_tab->model()->activeRowSource() != nullptr;
}

void TabMirrorSource::watch(mirror::Mirror *mirror)
{
    if (m_mirror)
        disconnect(m_mirror, nullptr, this, nullptr);
    m_mirror = mirror;
    m_rows = mirror ? std::make_shared<mirror::MirrorRows>(mirror, m_filterOfTab) : nullptr;
    m_serving = false;
    if (m_tab)
        m_tab->model()->setRowSource(nullptr);
    if (mirror) {
        connect(mirror, &mirror::Mirror::changed, this, &TabMirrorSource::refresh);
        connect(mirror, &mirror::Mirror::stateChanged, this, &TabMirrorSource::update);
    }
    update();
}

void TabMirrorSource::update()
{
    if (!m_tab)
        return;
    const bool serving = mirror::MirrorRows::canServe(m_mirror, m_tab->kind());
    if (serving == m_serving)
        return;
    m_serving = serving;
    m_tab->model()->setRowSource(serving ? m_rows : nullptr);
    // The header's sort again: over every row from the mirror, over the loaded rows from Stripe.
    m_tab->sorting()->setRequest(m_tab->sorting()->request());
    // The same filters again, from the other source; a tab not yet shown loads when it is.
    if (m_tab->model()->state() != records::ListModel::State::Idle)
        m_tab->reload();
    emit sourceChanged();
}

void TabMirrorSource::refresh(const QList<objects::Kind> &kinds)
{
    if (!m_tab || !readsMirror())
        return;
    // The tab's own rows changed, or what they show of others or are found by (a refund's
    // customer's name).
    QList<objects::Kind> shown = mirror::MirrorRows::kindsRead(m_tab->kind());
    shown.append(m_tab->kind());
    if (std::none_of(shown.cbegin(), shown.cend(),
                     [&kinds](objects::Kind kind) { return kinds.contains(kind); }))
        return;
    // Another program changed rows of this kind: the rows on show read again, the selection kept.
    const QString selected = m_tab->currentId();
    m_tab->model()->refreshFromSource();
    if (!selected.isEmpty())
        m_tab->selectId(selected);
}
