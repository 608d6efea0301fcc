#pragma once

#include <QLineEdit>

// A line edit for an API key: masked unless the user asks to see it, and never a way for the
// key to reach the clipboard (no copy, no cut, no drag, no context menu), even when shown.
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
};
