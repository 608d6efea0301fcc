#pragma once

#include <QObject>

class QAbstractItemView;

// Says, once per process, when the first rows of any table reach the screen: the moment a user
// stops waiting for Paydesk to start. The benchmark "start to first rows" reads it from the log
// (category paydesk.startup, off unless QT_LOGGING_RULES turns it on).
class FirstRowsProbe : public QObject
{
    Q_OBJECT

public:
    static void watch(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstRowsProbe(QAbstractItemView *view);

    QAbstractItemView *m_view;
};
