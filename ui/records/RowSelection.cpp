#include "ui/records/RowSelection.h"

#include "src/records/ListModel.h"

#include <QAbstractButton>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace {

const char *const LimitedProperty = "paydeskLimitedToOneRow";
const char *const ToolTipProperty = "paydeskToolTipBeforeLimit";

} // namespace

RowSelection::RowSelection(QTableView *table, QObject *parent)
    : QObject(parent)
    , m_table(table)
{
    // A click moves the current row before it selects (two signals); a selection by code does it
    // the other way round. Either way the tab hears of it once, when what it shows changes.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RowSelection::onSelectionEdited);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RowSelection::onSelectionEdited);
}

QModelIndexList RowSelection::rows() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return rows;
}

int RowSelection::count() const
{
    return int(m_table->selectionModel()->selectedRows().size());
}

QStringList RowSelection::ids() const
{
    QStringList ids;
    for (const QModelIndex &row : rows())
        ids << row.data(records::ListModel::IdRole).toString();
    return ids;
}

QList<QJsonObject> RowSelection::objects() const
{
    QList<QJsonObject> objects;
    for (const QModelIndex &row : rows())
        objects << row.data(records::ListModel::ObjectRole).toJsonObject();
    return objects;
}

QModelIndex RowSelection::recordRow() const
{
    const QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndexList selected = selection->selectedRows();
    if (selected.size() == 1)
        return selected.first();
    const QModelIndex current = selection->currentIndex();
    if (!current.isValid())
        return {};
    // None selected: the row the keyboard is on (the table puts it on the first row when it gets
    // the focus), as before several rows could be selected.
    if (selected.isEmpty() || selection->isRowSelected(current.row(), current.parent()))
        return current.siblingAtColumn(0);
    return {};
}

bool RowSelection::isPicking() const
{
    return m_table->selectionModel()->hasSelection() || m_table->selectionModel()->currentIndex().isValid();
}

QString RowSelection::signature() const
{
    return QStringLiteral("%1/%2").arg(recordRow().data(records::ListModel::IdRole).toString()).arg(count());
}

void RowSelection::settle()
{
    m_settled = signature();
}

void RowSelection::onSelectionEdited()
{
    if (signature() == m_settled)
        return;
    settle();
    emit changed();
}

void RowSelection::release(const QList<QPointer<QAbstractButton>> &buttons)
{
    for (QAbstractButton *button : buttons) {
        if (!button || !button->property(LimitedProperty).toBool())
            continue;
        button->setProperty(LimitedProperty, false);
        button->setEnabled(true);
        button->setToolTip(button->property(ToolTipProperty).toString());
    }
}

void RowSelection::limit(const QList<QPointer<QAbstractButton>> &buttons, const QString &why)
{
    if (count() < 2)
        return;
    for (QAbstractButton *button : buttons) {
        if (!button || !button->isEnabled())
            continue;
        button->setProperty(LimitedProperty, true);
        button->setProperty(ToolTipProperty, button->toolTip());
        button->setEnabled(false);
        button->setToolTip(why);
    }
}
