#pragma once

#include "src/queries/CreatedRange.h"

#include <QWidget>

class QDateEdit;
class QFrame;
class QTimer;
class QToolButton;

// "Created: any time" for a filter bar, compact enough for every tab's: a button that says the
// range and opens two dates (either left open) with their calendars, and a small button that
// clears them. "Due: any time" is the same for when payment is due (Invoices). By keyboard: Enter, Space or
// Alt+Down opens it, Tab moves between the dates, Alt+Down or F4 opens a date's calendar, Esc or Enter closes
// it. A change is announced once the dates stop changing, not per keystroke.
class DateRangeFilter : public QWidget
{
    Q_OBJECT

public:
    // Which dates the range is of: it names itself and its fields after them.
    enum class Dates { Created, Due };

    explicit DateRangeFilter(QWidget *parent = nullptr);
    DateRangeFilter(Dates dates, QWidget *parent);

    queries::CreatedRange range() const;
    // Shows the range and announces it at once.
    void setRange(const queries::CreatedRange &range);
    void clear();

    QToolButton *button() const { return m_button; }
    QWidget *panel() const;
    QDateEdit *fromField() const { return m_from; }
    QDateEdit *toField() const { return m_to; }
    QToolButton *clearButton() const { return m_clear; }
    // Opens the dates under the button, the first one focused.
    void openPanel();

signals:
    void rangeChanged(const queries::CreatedRange &range);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDate dateOf(const QDateEdit *field) const;
    void edited(QDateEdit *field);
    void announce();
    void showRange();
    void openCalendar(QDateEdit *field);

    Dates m_dates;
    QToolButton *m_button;
    QToolButton *m_clear;
    QFrame *m_panel;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTimer *m_pause;
    queries::CreatedRange m_announced;
};
