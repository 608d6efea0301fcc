#include "ui/records/RowActions.h"

#include "ui/records/RecordTab.h"

#include <QAbstractButton>
#include <QContextMenuEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QTableView>

#include <algorithm>

RowActions::RowActions(RecordTab *tab)
    : QObject(tab)
    , m_tab(tab)
{
    QTableView *table = tab->table();
    connect(table, &QAbstractItemView::activated, this, &RowActions::activate);
    // Mouse events reach the viewport, keys and the keyboard's context menu the table itself.
    table->installEventFilter(this);
    table->viewport()->installEventFilter(this);
}

void RowActions::activate()
{
    if (QAbstractButton *action = m_tab->defaultRowAction())
        action->click();
    else
        m_tab->focusDetail();
}

bool RowActions::eventFilter(QObject *watched, QEvent *event)
{
    QTableView *table = m_tab->table();
    if (event->type() == QEvent::ContextMenu) {
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        if (m_menu && m_menu->isVisible())
            return true;
        if (menuEvent->reason() == QContextMenuEvent::Mouse && watched == table->viewport()) {
            selectRowAt(menuEvent->pos());
            openMenu(menuEvent->globalPos());
        } else {
            openMenuAtCurrentRow();
        }
        return true;
    }
    if (event->type() == QEvent::KeyPress && watched == table) {
        // Shift+F10 is the other key for a context menu; Qt sends a context menu event for the
        // Menu key on some platforms only.
        auto *key = static_cast<QKeyEvent *>(event);
        const bool menuKey = key->key() == Qt::Key_Menu && key->modifiers() == Qt::NoModifier;
        const bool shiftF10 = key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier;
        if (menuKey || shiftF10) {
            if (!m_menu || !m_menu->isVisible())
                openMenuAtCurrentRow();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void RowActions::selectRowAt(const QPoint &viewportPos)
{
    QTableView *table = m_tab->table();
    const QModelIndex index = table->indexAt(viewportPos);
    if (!index.isValid())
        return;
    QItemSelectionModel *selection = table->selectionModel();
    // A right-click on one of several selected rows keeps them all, as in a file manager;
    // elsewhere it selects the row under the pointer.
    if (selection->isRowSelected(index.row(), index.parent()))
        selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    else
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QMenu *RowActions::openMenuAtCurrentRow()
{
    QTableView *table = m_tab->table();
    const QModelIndex current = table->selectionModel()->currentIndex();
    QPoint at = table->viewport()->rect().center();
    if (current.isValid()) {
        table->scrollTo(current);
        // Just under the row, near its left edge, where the eye already is.
        const QRect cell = table->visualRect(current);
        at = QPoint(table->fontMetrics().averageCharWidth() * 2,
                    std::clamp(cell.bottom(), 0, table->viewport()->height() - 1));
    }
    return openMenu(table->viewport()->mapToGlobal(at));
}

QMenu *RowActions::openMenu(const QPoint &globalPos)
{
    if (m_menu)
        m_menu->close();
    const bool one = !m_tab->currentId().isEmpty() && m_tab->selectedIds().size() <= 1;
    if (m_tab->selectedIds().isEmpty() && !one)
        return nullptr;
    // With several rows, the pane shows the one the keyboard is on.
    const bool shown = !m_tab->currentId().isEmpty();
    auto *menu = new QMenu(m_tab->table());
    menu->setObjectName(QStringLiteral("rowMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // A turned-off action says why, as its button does.
    menu->setToolTipsVisible(true);

    QAction *details = menu->addAction(tr("Show deta&ils"));
    details->setObjectName(QStringLiteral("showDetails"));
    details->setEnabled(shown);
    details->setToolTip(shown ? QString() : tr("Select one row to see its details."));
    connect(details, &QAction::triggered, m_tab, &RecordTab::focusDetail);
    const QList<QAction *> windowActions = m_tab->recordActions();
    if (!windowActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(windowActions);
    }

    QAction *defaultAction = details;
    QAbstractButton *defaultButton = m_tab->defaultRowAction();
    bool separated = false;
    for (QAbstractButton *button : m_tab->rowActionButtons()) {
        // Hidden: not allowed in this record's state. Off: not now, and its tooltip says why.
        if (button->isHidden())
            continue;
        if (!separated) {
            menu->addSeparator();
            separated = true;
        }
        QAction *action = menu->addAction(button->text());
        action->setObjectName(button->objectName());
        action->setEnabled(button->isEnabled());
        action->setToolTip(button->toolTip());
        connect(action, &QAction::triggered, button, [button = QPointer<QAbstractButton>(button)] {
            if (button)
                button->click();
        });
        if (button == defaultButton)
            defaultAction = action;
    }
    // Bold: what Enter and a double-click do.
    menu->setDefaultAction(defaultAction);
    m_menu = menu;
    menu->popup(globalPos);
    return menu;
}
