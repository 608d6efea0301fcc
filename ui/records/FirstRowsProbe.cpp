#include "ui/records/FirstRowsProbe.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QEvent>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcStartup, "paydesk.startup", QtWarningMsg)

namespace {
bool reported = false;
} // namespace

void FirstRowsProbe::watch(QAbstractItemView *view)
{
    if (reported || !lcStartup().isInfoEnabled())
        return; // costs nothing unless someone measures
    new FirstRowsProbe(view);
}

FirstRowsProbe::FirstRowsProbe(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    view->viewport()->installEventFilter(this);
}

bool FirstRowsProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint)
        return false;
    const bool rowsShown = m_view->model() && m_view->model()->rowCount() > 0;
    if (rowsShown && !reported) {
        reported = true;
        // Read once the event loop is back, after the paint this event starts has reached the
        // window. Wall-clock milliseconds since the epoch: the process that started Paydesk
        // holds the other end of the interval.
        QTimer::singleShot(0, this, [] {
            qCInfo(lcStartup, "first rows painted at %lld ms since the epoch",
                   QDateTime::currentMSecsSinceEpoch());
        });
    }
    if (reported) {
        watched->removeEventFilter(this);
        deleteLater();
    }
    return false;
}
