#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

// A small bar chart drawn with QPainter (Qt Charts is GPL-3.0-only outside a commercial
// licence): a few groups (ages, months), each with one bar per series (revenue, refunds).
//
// Accessible: every bar has a text equivalent ("31–60 days past due: 4 invoices, $1,200.00"),
// its tool tip, read out as the keyboard moves from bar to bar (arrows, Home, End; Tab leaves
// the chart for the next figure) and shown under the chart; Enter, Space or a click opens what
// is behind the bar. The figure's owner also offers the same numbers as a table.
class BarChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        qint64 value = 0; // what the bar's height is proportional to (minor units, a count)
        QString label; // drawn above the bar when it fits ("$1,200")
        QString text; // the text equivalent, a whole sentence
        QColor color; // the series' colour when invalid
    };
    struct Group
    {
        QString label; // under the group ("Mar", "1–30 days")
        QList<Bar> bars; // one per series
    };

    explicit BarChart(QWidget *parent = nullptr);

    // The series' names and colours, for the legend (none is drawn for a single series).
    void setSeries(const QStringList &names, const QList<QColor> &colors);
    void setGroups(const QList<Group> &groups);
    const QList<Group> &groups() const { return m_groups; }

    int currentGroup() const { return m_group; }
    int currentSeries() const { return m_series; }
    void setCurrent(int group, int series);
    // The current bar's text equivalent (what a screen reader says).
    QString currentText() const;
    // Where a bar is drawn (for a click in a test).
    QRect barRect(int group, int series) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void activated(int group, int series);
    void currentChanged(int group, int series);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect plotArea() const;
    int seriesCount() const;
    QPair<int, int> barAt(const QPoint &point) const;
    void announce();

    QStringList m_seriesNames;
    QList<QColor> m_seriesColors;
    QList<Group> m_groups;
    int m_group = 0;
    int m_series = 0;
};
