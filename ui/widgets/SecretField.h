#pragma once

#include <QLineEdit>

// A line edit for an API key: masked unless the user asks to see it, and never a way for the
// key to reach another program: no clipboard, no X primary selection, no drag, no context menu,
// shown or not. Pasting works.
//
// Masked, Qt itself refuses to copy (QWidgetLineControl::copy() copies only in Normal echo
// mode). Shown, the echo mode is Normal, and Qt offers any selection to the primary selection
// as soon as it is made (mouse release, Shift+arrows, Ctrl+A) and copies on Ctrl+C, Ctrl+X,
// Ctrl+K and Ctrl+U: so a shown key keeps no selection at all, and those keys never copy.
class SecretField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretField(QWidget *parent = nullptr);

    void setRevealed(bool revealed);
    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void dropSelectionWhileRevealed();
    void setSecretInputHints();
};
