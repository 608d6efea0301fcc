#pragma once

#include <QString>

#include <functional>

class QWidget;
namespace records {
class Export;
}

// Runs one CSV export the way every export in the window runs: its progress shown at once, Cancel
// and Escape both stop it, and its outcome said once: done in the status bar (doneText(rows)),
// cancelled in the status bar, failed in a warning over the window that says why. The exporter is
// deleted when it finishes.
struct ExportRun
{
    using Say = std::function<void(const QString &)>;
    using DoneText = std::function<QString(int rowsWritten)>;

    // plural: "invoices"; knownTotal: how many rows the export will write, or -1 when unknown.
    static void start(records::Export *exporter, QWidget *window, const QString &plural, int knownTotal,
                      const Say &say, const DoneText &doneText);
};
