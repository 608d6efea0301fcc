#pragma once

#include <QObject>
#include <QPoint>
#include <QPointer>

class QAction;
#include <QMenu>
class RecordTab;

// What a record table's rows offer, from the keyboard as from the mouse. Enter or a double-click
// does the tab's default action when the row's state allows it (Payments: Refund…, which asks
// before it writes) and otherwise opens the row's detail. Right-click, the Menu key or Shift+F10
// opens the row's menu: Show details, Copy ID, Open in Stripe Dashboard, Export selected rows
// and each of the tab's actions on the row. The menu holds the window's own actions and mirrors
// the tab's buttons — enabled or not, with their reasons — so that what may act is decided in
// one place (the tab's state rules and the key's permissions), never again here.
class RowActions : public QObject
{
    Q_OBJECT

public:
    explicit RowActions(RecordTab *tab);

    // Enter, or a double-click on a row.
    void activate();
    // The row's menu at a point on the screen, for the selected rows; null when none is selected.
    QMenu *openMenu(const QPoint &globalPos);
    // The same for the keyboard: under the current row.
    QMenu *openMenuAtCurrentRow();
    QMenu *menu() const { return m_menu; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectRowAt(const QPoint &viewportPos);

    RecordTab *m_tab;
    QPointer<QMenu> m_menu;
};
