#include "ui/export/SelectedRowsExport.h"

#include "src/records/CsvRowsExport.h"
#include "ui/export/ExportRun.h"
#include "ui/records/RecordTab.h"
#include "ui/widgets/SaveFileDialog.h"

#include <QDate>
#include <QStandardPaths>

void SelectedRowsExport::ask(RecordTab *tab, QWidget *window, const Say &say)
{
    if (!tab || tab->selectedIds().isEmpty())
        return;
    const QString suggested
        = QStringLiteral("%1/%2-selected-%3.csv")
              .arg(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                   objects::pluralName(tab->kind()).replace(QLatin1Char(' '), QLatin1Char('-')),
                   QDate::currentDate().toString(Qt::ISODate));
    // The tab may go while the person picks a file (another account opens): then nothing is
    // exported. The window owns the file dialog, so it outlives the answer.
    const QPointer<RecordTab> guard(tab);
    askWhereToSave(window, tr("Export selected rows to CSV"), suggested, tr("CSV files (*.csv)"),
                   [guard, window, say](const QString &fileName) {
                       if (guard)
                           exportTo(guard, fileName, window, say);
                   });
}

void SelectedRowsExport::exportTo(RecordTab *tab, const QString &fileName, QWidget *window, const Say &say)
{
    const QList<QJsonObject> rows = tab ? tab->selectedObjects() : QList<QJsonObject>();
    if (rows.isEmpty())
        return;
    auto *exporter = new records::CsvRowsExport(rows, tab->model()->columns(), fileName, window);
    const QString plural = objects::pluralName(tab->kind());
    ExportRun::start(exporter, window, plural, int(rows.size()), say, [plural, fileName](int written) {
        return tr("Exported %1 selected %2 to %3").arg(written).arg(plural, fileName);
    });
}
