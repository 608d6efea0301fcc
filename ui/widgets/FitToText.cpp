#include "widgets/FitToText.h"

#include <QEvent>
#include <QLayout>
#include <QScreen>
#include <QTimer>
#include <QWidget>

namespace {

class TextFitter : public QObject
{
public:
    explicit TextFitter(QWidget *window)
        : QObject(window)
        , m_window(window)
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show))
            // After Qt's own layout pass, which this event starts.
            QTimer::singleShot(0, this, &TextFitter::fit);
        return false;
    }

    void fit()
    {
        QLayout *layout = m_window->layout();
        if (!layout || !m_window->isVisible())
            return;
        layout->activate();
        const QRect area = m_window->screen() ? m_window->screen()->availableGeometry() : QRect();
        const QSize minimum = layout->totalMinimumSize();
        int width = std::max(m_window->width(), minimum.width());
        if (area.isValid())
            width = std::min(width, area.width());
        int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : minimum.height();
        if (area.isValid())
            needed = std::min(needed, area.height() - 48); // room for the title bar
        // A later layout pass may not squeeze it below this (a window keeps an explicit minimum
        // size over its layout's).
        m_window->setMinimumSize(std::min(std::max(m_window->minimumWidth(), minimum.width()), width),
                                 needed);
        if (width == m_window->width() && m_window->height() >= needed)
            return;
        m_window->resize(width, std::max(m_window->height(), needed));
        if (!area.isValid())
            return;
        // Grown, it stays wholly on the screen.
        QRect frame = m_window->frameGeometry();
        frame.moveRight(std::min(frame.right(), area.right()));
        frame.moveBottom(std::min(frame.bottom(), area.bottom()));
        frame.moveLeft(std::max(frame.left(), area.left()));
        frame.moveTop(std::max(frame.top(), area.top()));
        m_window->move(frame.topLeft());
    }

private:
    QWidget *m_window;
};

} // namespace

void fitToText(QWidget *window)
{
    window->installEventFilter(new TextFitter(window));
}
