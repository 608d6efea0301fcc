#pragma once

#include "src/records/Column.h"
#include "src/records/ColumnLayout.h"

#include <QObject>
#include <QPointer>

class ColumnChooserDialog;
class QMenu;
class QTableView;

// Which columns a record table shows, and in what order: a header's menu (right-click) shows or
// hides each one and opens the chooser (also View → Columns…), which orders them too; dragging
// a header moves its column. Kept per tab in QSettings (tables/<tab>/columns) as a
// records::ColumnLayout, whatever changed it.
class TableColumns : public QObject
{
    Q_OBJECT

public:
    TableColumns(QTableView *table, const QList<records::Column> &columns, const QString &settingsKey,
                 const QString &tableTitle, QObject *parent = nullptr);

    records::ColumnLayout layout() const;
    // Shows the columns as the layout says, and keeps it; a layout that hides every column is
    // not applied.
    void setLayout(const records::ColumnLayout &layout);
    // The layout kept for this tab, if any.
    void restore();

    // The chooser over the table's window; applied when accepted.
    ColumnChooserDialog *choose();
    // The header's menu at a point on the screen (for tests: the menu it opened).
    QMenu *openHeaderMenu(const QPoint &globalPos);

signals:
    void changed();

private:
    void save() const;
    void setShown(int column, bool shown);

    QTableView *m_table;
    QList<records::Column> m_columns;
    QString m_settingsKey;
    QString m_title;
    bool m_applying = false;
};
