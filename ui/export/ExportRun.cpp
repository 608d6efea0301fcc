#include "ui/export/ExportRun.h"

#include "src/records/Export.h"
#include "ui/export/ExportProgressDialog.h"
#include "ui/widgets/WarningBox.h"

#include <QCoreApplication>
#include <QPointer>

namespace {

// lupdate files these under ExportRun, which is not a QObject.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportRun)
};

} // namespace

void ExportRun::start(records::Export *exporter, QWidget *window, const QString &plural, int knownTotal,
                      const Say &say, const DoneText &doneText)
{
    auto *progress = new ExportProgressDialog(plural, knownTotal, window);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(exporter, &records::Export::progress, progress, &ExportProgressDialog::setRowsWritten);
    QObject::connect(progress, &QProgressDialog::canceled, exporter, &records::Export::cancel);
    // Escape hides a QProgressDialog without its canceled(): it must stop the export too, or the
    // export would go on with nothing on the screen to say so.
    QObject::connect(progress, &QDialog::rejected, exporter, &records::Export::cancel);
    QObject::connect(
        exporter, &records::Export::finished, window,
        [window, exporter, progress = QPointer<ExportProgressDialog>(progress), say, doneText](bool ok) {
            if (progress)
                progress->close();
            if (ok)
                say(doneText(exporter->rowsWritten()));
            else if (!exporter->errorText().isEmpty())
                openWarning(
                    window, Text::tr("Export failed"),
                    Text::tr("The export stopped and no file was written.\n\n%1").arg(exporter->errorText()));
            else
                say(Text::tr("Export cancelled; no file was written."));
            exporter->deleteLater();
        });
    progress->show();
    exporter->start();
}
