#pragma once

#include <QWidget>

class BarChart;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

// One figure of the Overview: its title, its chart (or, for a person who prefers it or uses a
// screen reader, a table of the same numbers), the current bar's numbers in words under the
// chart, and its exports: the figure's numbers, and the rows behind the bar or row selected.
class FigurePanel : public QWidget
{
    Q_OBJECT

public:
    // chart may be null (a figure that is a table only).
    FigurePanel(const QString &title, BarChart *chart, QTableWidget *table, QWidget *parent = nullptr);

    BarChart *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    QPushButton *tableButton() const { return m_asTable; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *exportRowsButton() const { return m_exportRows; }
    bool isShowingTable() const;
    void showTable(bool table);
    // What the chart shows when it has nothing ("No open invoices in USD").
    void setEmptyText(const QString &text);
    // The table as tall as its rows (a figure has a dozen at most): the Overview scrolls as a
    // whole, never a table inside it.
    void fitTable();

signals:
    void exportRequested();
    void exportRowsRequested();

private:
    void updateCaption();

    BarChart *m_chart;
    QTableWidget *m_table;
    QStackedWidget *m_views;
    QLabel *m_caption;
    QLabel *m_empty;
    QPushButton *m_asTable;
    QPushButton *m_export;
    QPushButton *m_exportRows;
};
