#pragma once

#include <QString>

#include <functional>

class QFileDialog;
class QWidget;

// Asks where to save, without a nested event loop: QFileDialog::getSaveFileName() runs exec(),
// under which the window's replies, exports and keychain answers would run, and land on a window
// waiting for a file name. The dialog is opened with open() and calls `chosen` with the file the
// person picked (never when they cancel); it belongs to `parent`, and goes with it. `suggested`
// is a folder and a file name, as for getSaveFileName().
QFileDialog *askWhereToSave(QWidget *parent, const QString &title, const QString &suggested,
                            const QString &filter, std::function<void(const QString &fileName)> chosen);
