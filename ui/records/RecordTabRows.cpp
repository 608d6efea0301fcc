#include "ui/records/RecordTab.h"
#include "ui/widgets/DateRangeFilter.h"

#include "ui/records/DetailPane.h"
#include "ui/records/RowSelection.h"
#include "ui/records/TableColumns.h"
#include "ui/records/TableSort.h"
#include "ui/widgets/FocusChain.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QSignalBlocker>

// RecordTab's rows as the user works with them: which are selected, what acts on them, and the
// filters, sort and columns on show as a saved view. Kept apart from the tab's loading and
// layout (RecordTab.cpp).

QStringList RecordTab::selectedIds() const
{
    return m_selection->ids();
}

QList<QJsonObject> RecordTab::selectedObjects() const
{
    return m_selection->objects();
}

int RecordTab::copySelectedIds() const
{
    QStringList ids = selectedIds();
    if (ids.isEmpty() && !currentId().isEmpty())
        ids << currentId(); // a record shown on its own
    if (!ids.isEmpty())
        QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    return int(ids.size());
}

void RecordTab::refreshActions()
{
    // The record's state and the key decide (updateActions, applyPermissions); several
    // selected rows then turn off what acts on one.
    m_selection->release(m_rowButtons);
    updateActions(currentObject());
    applyPermissions();
    const int selected = m_selection->count();
    m_selection->limit(m_rowButtons,
                       tr("Acts on one %1 at a time: %Ln are selected.", nullptr, selected)
                           .arg(objects::singularName(m_kind)));
}

void RecordTab::actsOnSelectedRow(const QList<QAbstractButton *> &buttons)
{
    for (QAbstractButton *button : buttons)
        m_rowButtons.append(button);
}

QList<QAbstractButton *> RecordTab::rowActionButtons() const
{
    QList<QAbstractButton *> buttons;
    for (QAbstractButton *button : m_rowButtons)
        if (button)
            buttons.append(button);
    return buttons;
}

QAbstractButton *RecordTab::defaultRowAction() const
{
    QAbstractButton *button = defaultAction();
    const bool one = m_selection->count() <= 1 && !currentId().isEmpty();
    return one && button && !button->isHidden() && button->isEnabled() ? button : nullptr;
}

void RecordTab::focusDetail()
{
    // Where Tab from the table goes: the first of the pane's widgets on show.
    const QList<QWidget *> focusable = focuschain::focusableIn(m_detail->layout());
    for (QWidget *widget : focusable) {
        if (widget->isVisible() && widget->isEnabled()) {
            widget->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void RecordTab::setRecordActions(const QList<QAction *> &actions)
{
    m_recordActions.clear();
    for (QAction *action : actions)
        m_recordActions.append(action);
}

QList<QAction *> RecordTab::recordActions() const
{
    QList<QAction *> actions;
    for (QAction *action : m_recordActions)
        if (action)
            actions.append(action);
    return actions;
}

records::SavedView RecordTab::currentView(const QString &name) const
{
    QVariantMap filters = filterValues();
    // Every tab's created dates, kept as days (ISO), the way the filter shows them.
    const queries::CreatedRange created = m_created->range();
    if (created.from.isValid())
        filters.insert(QStringLiteral("createdFrom"), created.from.toString(Qt::ISODate));
    if (created.to.isValid())
        filters.insert(QStringLiteral("createdTo"), created.to.toString(Qt::ISODate));
    return {name, filters, m_sort->request(), m_columns->layout()};
}

void RecordTab::applyView(const records::SavedView &view)
{
    // Filters and sort together, then one load: never the view's sort over other filters.
    setFilterValues(view.filters);
    {
        const QSignalBlocker quiet(m_created); // the one load below
        m_created->setRange(
            {QDate::fromString(view.filters.value(QStringLiteral("createdFrom")).toString(), Qt::ISODate),
             QDate::fromString(view.filters.value(QStringLiteral("createdTo")).toString(), Qt::ISODate)});
    }
    if (!view.columns.isEmpty())
        m_columns->setLayout(view.columns);
    m_sort->setRequest(view.sort);
    applyFilters();
}

void RecordTab::applyFilterValues(const QVariantMap &values, const queries::CreatedRange &created)
{
    setFilterValues(values);
    {
        const QSignalBlocker quiet(m_created); // the one load below
        m_created->setRange(created);
    }
    applyFilters();
}
