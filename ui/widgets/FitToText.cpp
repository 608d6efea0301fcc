#include "ui/widgets/FitToText.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QLayout>
#include <QResizeEvent>
#include <QScreen>
#include <QTimer>
#include <QWidget>
#include <QWindow>

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
        if (watched != m_window)
            return false;
        if (event->type() == QEvent::Show) {
            m_shown.start();
            // The frame's size is known only once the window manager has framed the window,
            // which may come without a move: look again when it has.
            for (const int ms : {250, 1000})
                QTimer::singleShot(ms, this, &TextFitter::keepInPlace);
        }
        if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show)
            // After Qt's own layout pass, which this event starts.
            QTimer::singleShot(0, this, &TextFitter::fit);
        // A window manager places and frames a window a moment after it is shown, and has been
        // seen to put a dialog at the screen's corner with its title bar off the screen: until
        // the person could have moved it, it is brought back over its parent, on the screen.
        if (event->type() == QEvent::Move && m_shown.isValid() && m_shown.elapsed() < 2000)
            QTimer::singleShot(0, this, &TextFitter::keepInPlace);
        // Grown (by fit() or by its own layout once its lists had loaded): the window system
        // confirms the new size a moment later, and only then does the frame say where the
        // window ends. A dialog was seen with its bottom below the screen's.
        if (event->type() == QEvent::Resize) {
            const auto *resize = static_cast<const QResizeEvent *>(event);
            const bool grew = resize->size().width() > resize->oldSize().width()
                || resize->size().height() > resize->oldSize().height();
            if (m_grown || (grew && resize->oldSize().isValid())) {
                m_grown = false;
                QTimer::singleShot(0, this, &TextFitter::keepOnScreen);
            }
        }
        return false;
    }

    // Only onto the screen: a window the person has moved away from its parent stays there.
    void keepOnScreen() { place(false); }
    // Over its parent and on the screen: until the person could have moved it.
    void keepInPlace() { place(true); }

    void place(bool overItsParent)
    {
        if (!m_window->isVisible() || !m_window->screen())
            return;
        const QRect area = m_window->screen()->availableGeometry();
        QRect frame = m_window->frameGeometry();
        // Until the window manager has framed the window, Qt knows no frame: a move now would
        // place the client area where the frame should go, and the title bar above the screen
        // (seen at -1,-20). Look again shortly instead, a bounded number of times.
        const bool framed
            = frame != m_window->geometry() || m_window->windowFlags().testFlag(Qt::FramelessWindowHint);
        if (!framed) {
            if (m_unframedLooks++ < 20)
                QTimer::singleShot(100, this,
                                   overItsParent ? &TextFitter::keepInPlace : &TextFitter::keepOnScreen);
            return;
        }
        const QWidget *parent = m_window->parentWidget() ? m_window->parentWidget()->window() : nullptr;
        const bool overParent = !overItsParent || !parent || parent->frameGeometry().contains(frame.center());
        if (area.contains(frame) && overParent)
            return;
        if (!overParent)
            frame.moveCenter(parent->frameGeometry().center());
        frame.moveRight(std::min(frame.right(), area.right()));
        frame.moveBottom(std::min(frame.bottom(), area.bottom()));
        frame.moveLeft(std::max(frame.left(), area.left()));
        frame.moveTop(std::max(frame.top(), area.top()));
        // The client area's place, frame margins added: QWidget::move() of a window whose
        // frame the window manager reports late was seen to put the client area at the frame's
        // place, the title bar above the screen.
        const QPoint margins = m_window->geometry().topLeft() - m_window->frameGeometry().topLeft();
        if (QWindow *handle = m_window->windowHandle())
            handle->setPosition(frame.topLeft() + margins);
        else
            m_window->move(frame.topLeft());
        // The window manager may place it once more as it takes the move: look again.
        if (m_moves++ < 3)
            QTimer::singleShot(250, this,
                               overItsParent ? &TextFitter::keepInPlace : &TextFitter::keepOnScreen);
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
        m_grown = true;
        m_window->resize(width, std::max(m_window->height(), needed));
        // Grown, it stays wholly on the screen.
        keepInPlace();
    }

private:
    QWidget *m_window;
    QElapsedTimer m_shown;
    bool m_grown = false;
    int m_unframedLooks = 0;
    int m_moves = 0;
};

} // namespace

void fitToText(QWidget *window)
{
    window->installEventFilter(new TextFitter(window));
}
