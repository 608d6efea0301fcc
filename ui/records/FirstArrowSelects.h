#pragma once

#include <QObject>

class QAbstractItemView;
class QKeyEvent;

// The first Down (or Up) in a table the keyboard has just entered with nothing selected selects
// the row the keyboard is on. Qt puts the keyboard on the first row as the table takes the focus
// but selects nothing (the detail pane shows that row all the same: RowSelection::recordRow), so
// Qt's Down would move on and select the second row, which is not what a person expects. Once
// the person moves the keyboard without selecting (Ctrl+arrows, Ctrl+Home...), the arrows move
// from where they put it, as ever, until the table is entered again.
class FirstArrowSelects : public QObject
{
    Q_OBJECT

public:
    static void watch(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstArrowSelects(QAbstractItemView *view);
    bool onKey(const QKeyEvent *key);

    QAbstractItemView *m_view;
    bool m_movedByPerson = false;
};
