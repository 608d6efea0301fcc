#include "ui/records/FirstArrowSelects.h"

#include <QAbstractItemView>
#include <QFocusEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>

namespace {

// Keys that move the keyboard in a table (with Ctrl: without selecting).
bool movesTheKeyboard(int key)
{
    switch (key) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        return true;
    default:
        return false;
    }
}

} // namespace

void FirstArrowSelects::watch(QAbstractItemView *view)
{
    new FirstArrowSelects(view);
}

FirstArrowSelects::FirstArrowSelects(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    view->installEventFilter(this);
}

bool FirstArrowSelects::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view)
        return false;
    if (event->type() == QEvent::FocusIn) {
        // Entered (Tab, a shortcut, the program): where the keyboard is now was not the person's
        // choice. A window or a menu giving the focus back is no new entry.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason)
            m_movedByPerson = false;
        return false;
    }
    if (event->type() == QEvent::KeyPress)
        return onKey(static_cast<QKeyEvent *>(event));
    return false;
}

bool FirstArrowSelects::onKey(const QKeyEvent *key)
{
    const bool plainArrow = (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)
        && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    QItemSelectionModel *selection = m_view->selectionModel();
    const QModelIndex current = selection ? selection->currentIndex() : QModelIndex();
    // With no current row Qt's own Down already selects the first row.
    if (plainArrow && !m_movedByPerson && current.isValid() && !selection->hasSelection()) {
        selection->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(current);
        return true;
    }
    if (movesTheKeyboard(key->key()))
        m_movedByPerson = true;
    return false;
}
