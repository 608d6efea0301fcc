#include "src/records/SavedView.h"

#include <QSettings>

namespace records {

namespace {

// The format of a saved view; a later Paydesk that changes it raises this, and an older one
// leaves views it cannot read alone rather than apply half of one.
constexpr int Format = 1;

} // namespace

QVariantMap SavedView::toVariant() const
{
    return {{QStringLiteral("format"), Format},
            {QStringLiteral("name"), name},
            {QStringLiteral("filters"), filters},
            {QStringLiteral("sort"), sort.toVariant()},
            {QStringLiteral("columns"), columns.toVariant()}};
}

std::optional<SavedView> SavedView::fromVariant(const QVariant &value)
{
    const QVariantMap map = value.toMap();
    const QString name = map.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty() || map.value(QStringLiteral("format")).toInt() != Format)
        return std::nullopt;
    SavedView view;
    view.name = name;
    view.filters = map.value(QStringLiteral("filters")).toMap();
    view.sort = SortRequest::fromVariant(map.value(QStringLiteral("sort")));
    view.columns = ColumnLayout::fromVariant(map.value(QStringLiteral("columns")));
    return view;
}

SavedViews::SavedViews(QSettings &settings, const QString &tabKey)
    : m_settings(settings)
    , m_key(QStringLiteral("tables/%1/views").arg(tabKey))
{
    const QVariantList stored = m_settings.value(m_key).toList();
    for (const QVariant &value : stored) {
        if (const auto view = SavedView::fromVariant(value); view && indexOf(view->name) < 0)
            m_views.append(*view);
    }
}

QStringList SavedViews::names() const
{
    QStringList names;
    for (const SavedView &view : m_views)
        names << view.name;
    return names;
}

qsizetype SavedViews::indexOf(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (qsizetype i = 0; i < m_views.size(); ++i)
        if (m_views.at(i).name.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

std::optional<SavedView> SavedViews::find(const QString &name) const
{
    const qsizetype index = indexOf(name);
    return index < 0 ? std::nullopt : std::optional<SavedView>(m_views.at(index));
}

void SavedViews::put(const SavedView &view)
{
    SavedView saved = view;
    saved.name = saved.name.trimmed();
    if (saved.name.isEmpty())
        return;
    if (const qsizetype index = indexOf(saved.name); index >= 0)
        m_views[index] = saved;
    else
        m_views.append(saved);
    write();
}

bool SavedViews::rename(const QString &from, const QString &to)
{
    const qsizetype index = indexOf(from);
    const QString name = to.trimmed();
    const qsizetype other = indexOf(name);
    if (index < 0 || name.isEmpty() || (other >= 0 && other != index))
        return false;
    m_views[index].name = name;
    write();
    return true;
}

bool SavedViews::remove(const QString &name)
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return false;
    m_views.removeAt(index);
    write();
    return true;
}

void SavedViews::write()
{
    QVariantList stored;
    for (const SavedView &view : std::as_const(m_views))
        stored << view.toVariant();
    if (stored.isEmpty())
        m_settings.remove(m_key);
    else
        m_settings.setValue(m_key, stored);
}

} // namespace records
