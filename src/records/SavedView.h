#pragma once

#include "src/records/ColumnLayout.h"
#include "src/records/SortRequest.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

class QSettings;

namespace records {

// A tab's way of looking at its records, named by the user: its filters, its sort and its
// columns, picked again later from View → Saved views. The filters and sort go together, so
// that a view never sorts rows it was not filtering.
struct SavedView
{
    QString name;
    // The tab's filter values (RecordTab::filterValues): the keys and values are the tab's own.
    QVariantMap filters;
    SortRequest sort;
    ColumnLayout columns;

    QVariantMap toVariant() const;
    // Empty when the value is not a saved view (no name, or from a newer Paydesk's format).
    static std::optional<SavedView> fromVariant(const QVariant &value);
};

// One tab's saved views, kept in QSettings (tables/<tab>/views), in the order they were saved.
// Names are the user's; two that differ only in case are the same name.
class SavedViews
{
public:
    SavedViews(QSettings &settings, const QString &tabKey);

    const QList<SavedView> &views() const { return m_views; }
    QStringList names() const;
    std::optional<SavedView> find(const QString &name) const;
    bool contains(const QString &name) const { return find(name).has_value(); }

    // Saves the view, in place of one with the same name.
    void put(const SavedView &view);
    // False when there is no view `from`, or `to` is another view's name.
    bool rename(const QString &from, const QString &to);
    bool remove(const QString &name);

private:
    qsizetype indexOf(const QString &name) const;
    void write();

    QSettings &m_settings;
    QString m_key;
    QList<SavedView> m_views;
};

} // namespace records
