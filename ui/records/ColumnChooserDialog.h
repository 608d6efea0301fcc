#pragma once

#include "src/records/Column.h"
#include "src/records/ColumnLayout.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

// Which columns a table shows and in what order: tick to show, Move up and Move down (or
// Ctrl+Up and Ctrl+Down) to order, Reset for Paydesk's own. A table shows at least one column.
class ColumnChooserDialog : public QDialog
{
    Q_OBJECT

public:
    ColumnChooserDialog(const QString &tableTitle, const QList<records::Column> &columns,
                        const records::ColumnLayout &layout, QWidget *parent = nullptr);

    records::ColumnLayout layout() const;
    QListWidget *list() const { return m_list; }
    QPushButton *moveUpButton() const { return m_up; }
    QPushButton *moveDownButton() const { return m_down; }
    QPushButton *okButton() const { return m_ok; }

    // Moves the current column this many places (negative: up).
    void moveCurrent(int places);
    void reset();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill(const records::ColumnLayout &layout);
    void updateButtons();

    QList<records::Column> m_columns;
    QListWidget *m_list;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_reset;
    QPushButton *m_ok;
    QLabel *m_note;
};
