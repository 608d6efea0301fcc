#pragma once

#include <QJsonObject>
#include <QList>
#include <QModelIndexList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAbstractButton;
class QTableView;

// The rows selected in a record table — several with Ctrl or Shift, by mouse or keyboard
// (Shift+arrows; Ctrl+arrows then Ctrl+Space) — and the one record the detail pane shows and
// single-row actions act on. Those actions act only when exactly one row is selected: with
// several, their buttons are turned off, saying why, and given back as they were afterwards.
class RowSelection : public QObject
{
    Q_OBJECT

public:
    explicit RowSelection(QTableView *table, QObject *parent = nullptr);

    // The selected rows (the view's model, column 0), top to bottom as the table shows them.
    QModelIndexList rows() const;
    int count() const;
    QStringList ids() const;
    QList<QJsonObject> objects() const;
    // The record's row: the selected one when one is; with several, the current row when it is
    // one of them, else none; with none selected, the row the keyboard is on.
    QModelIndex recordRow() const;
    // Whether rows are selected or the keyboard is on one (then recordRow() is the record, even
    // when it is none); false when nothing in the table is picked.
    bool isPicking() const;

    // Before the tab updates its actions: the buttons turned off for several rows come back.
    void release(const QList<QPointer<QAbstractButton>> &buttons);
    // After: with several rows selected, each enabled button is turned off with `why`.
    void limit(const QList<QPointer<QAbstractButton>> &buttons, const QString &why);

    // What the tab has shown for the selection, so that changed() is not sent again for it.
    void settle();

signals:
    // Which record is picked, or how many rows, changed (once per click, not per step of it).
    void changed();

private:
    QString signature() const;
    void onSelectionEdited();

    QTableView *m_table;
    QString m_settled;
};
