#pragma once

#include "queries/CreatedRange.h"

#include <QWidget>

class QDateEdit;
class QTimer;
class QToolButton;

// "Created from … to …" for a filter bar: two dates, either left open, each with a calendar
// (Alt+Down or F4 opens it; arrows and Enter choose), and a button that clears both. A change is
// announced once the dates stop changing, not per keystroke.
class DateRangeFilter : public QWidget
{
    Q_OBJECT

public:
    explicit DateRangeFilter(QWidget *parent = nullptr);

    queries::CreatedRange range() const;
    // Shows the range and announces it at once.
    void setRange(const queries::CreatedRange &range);
    void clear();

    QDateEdit *fromField() const { return m_from; }
    QDateEdit *toField() const { return m_to; }
    QToolButton *clearButton() const { return m_clear; }

signals:
    void rangeChanged(const queries::CreatedRange &range);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDate dateOf(const QDateEdit *field) const;
    void openCalendar(QDateEdit *field);
    void edited(QDateEdit *field);
    void announce();

    QDateEdit *m_from;
    QDateEdit *m_to;
    QToolButton *m_clear;
    QTimer *m_pause;
    queries::CreatedRange m_announced;
};
