#include "ui/export/SelectedRowsExport.h"

#include "src/records/CsvRowsExport.h"
#include "ui/export/ExportRun.h"
#include "ui/records/RecordTab.h"

#include <QDate>
#include <QFileDialog>
#include <QMessageBox>
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
    const QString fileName = QFileDialog::getSaveFileName(window, tr("Export selected rows to CSV"),
                                                          suggested, tr("CSV files (*.csv)"));
    if (!fileName.isEmpty())
        exportTo(tab, fileName, window, say);
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
