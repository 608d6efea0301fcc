#include "ui/export/ExportProgressDialog.h"

#include <QLocale>
#include <QPushButton>

ExportProgressDialog::ExportProgressDialog(const QString &plural, int knownTotal, QWidget *parent)
    : QProgressDialog(parent)
    , m_plural(plural)
    , m_total(knownTotal)
{
    setObjectName(QStringLiteral("exportProgress"));
    setWindowTitle(tr("Exporting %1 to CSV").arg(plural));
    auto *cancel = new QPushButton(tr("Cancel export"), this);
    cancel->setObjectName(QStringLiteral("cancelExport"));
    setCancelButton(cancel);
    setWindowModality(Qt::WindowModal);
    setAutoClose(false);
    setAutoReset(false);
    // Never delayed: QProgressDialog's own timer would show it only after minimumDuration.
    setMinimumDuration(0);
    setRange(0, knownTotal > 0 ? knownTotal : 0);
    setRowsWritten(0);
    // Wide enough for the longest label it will show, so it does not grow while counting.
    const QString longest = tr("%1 of %2 %3")
                                .arg(QLocale().toString(knownTotal > 0 ? knownTotal : 999999),
                                     QLocale().toString(knownTotal > 0 ? knownTotal : 999999), plural);
    setMinimumWidth(fontMetrics().horizontalAdvance(longest) * 3 / 2);
}

void ExportProgressDialog::setRowsWritten(int rows)
{
    const QLocale locale;
    if (m_total > 0) {
        setLabelText(
            tr("%1 of %2 %3 written").arg(locale.toString(rows), locale.toString(m_total), m_plural));
        setValue(std::min(rows, m_total));
    } else {
        setLabelText(tr("%1 %2 written so far").arg(locale.toString(rows), m_plural));
    }
}
