#include "widgets/FitToText.h"

#include <QEvent>
#include <QLayout>
#include <QScreen>
#include <QTimer>
#include <QWidget>

namespace {

class HeightFitter : public QObject
{
public:
    explicit HeightFitter(QWidget *window)
        : QObject(window)
        , m_window(window)
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show))
            // After Qt's own layout pass, which this event starts.
            QTimer::singleShot(0, this, &HeightFitter::fit);
        return false;
    }

    void fit()
    {
        QLayout *layout = m_window->layout();
        if (!layout || !m_window->isVisible())
            return;
        layout->activate();
        int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(m_window->width())
                                                 : layout->totalMinimumSize().height();
        if (const QScreen *screen = m_window->screen())
            needed = std::min(needed, screen->availableGeometry().height() - 48);
        m_window->setMinimumHeight(std::max(needed, layout->totalMinimumSize().height()));
        if (m_window->height() < needed)
            m_window->resize(m_window->width(), needed);
    }

private:
    QWidget *m_window;
};

} // namespace

void fitHeightToText(QWidget *window)
{
    window->installEventFilter(new HeightFitter(window));
}
