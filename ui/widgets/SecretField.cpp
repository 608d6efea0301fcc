#include "ui/widgets/SecretField.h"

#include <QContextMenuEvent>
#include <QKeyEvent>

SecretField::SecretField(QWidget *parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setDragEnabled(false);
    setSecretInputHints();
    // Synchronous: the selection is gone before the line control's next step offers it to the
    // primary selection (at the end of the same key or mouse event).
    connect(this, &QLineEdit::selectionChanged, this, &SecretField::dropSelectionWhileRevealed);
}

void SecretField::setRevealed(bool revealed)
{
    if (revealed)
        deselect();
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    // setEchoMode(Normal) clears the sensitive-data hints: an input method would learn the key.
    setSecretInputHints();
}

void SecretField::dropSelectionWhileRevealed()
{
    if (isRevealed() && hasSelectedText())
        deselect();
}

void SecretField::setSecretInputHints()
{
    Qt::InputMethodHints hints
        = inputMethodHints() | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase;
    hints.setFlag(Qt::ImhHiddenText, !isRevealed());
    setInputMethodHints(hints);
}

void SecretField::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut)) {
        event->accept();
        return;
    }
    // Qt copies what these delete to the clipboard first, as Emacs's kill does (Ctrl+K, Ctrl+U
    // where the platform binds them): delete without copying.
    const bool toEnd = event->matches(QKeySequence::DeleteEndOfLine);
    if (toEnd || event->matches(QKeySequence::DeleteCompleteLine)) {
        if (!isReadOnly()) {
            if (!toEnd)
                home(false);
            while (cursorPosition() < text().size())
                del();
        }
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SecretField::contextMenuEvent(QContextMenuEvent *event)
{
    // The standard menu offers Copy; pasting works from the keyboard.
    event->accept();
}
