#pragma once

#include <QString>

class QMessageBox;
class QWidget;

// A warning shown without a nested event loop: for failures learned in an asynchronous callback
// (an export's last page, a file that could not be deleted), where QMessageBox::warning()'s
// exec() would let other events, and other failures, run underneath it. Deletes itself when closed.
QMessageBox *openWarning(QWidget *parent, const QString &title, const QString &text);
