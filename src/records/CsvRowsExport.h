#pragma once

#include "src/records/Column.h"
#include "src/records/Export.h"
#include "src/stripe/Error.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSaveFile>

namespace records {

// Writes rows already in hand — the rows the user selected — to a CSV file in the same format
// as a whole list's export (csv::), a few hundred per turn of the event loop so that the window
// stays responsive and Cancel is heard. The file appears only when every row is written.
class CsvRowsExport : public Export
{
    Q_OBJECT

public:
    CsvRowsExport(const QList<QJsonObject> &rows, const QList<Column> &columns, const QString &fileName,
                  QObject *parent = nullptr);
    ~CsvRowsExport() override;

    void start() override;
    void cancel() override;

    int rowsWritten() const override { return m_written; }
    QString errorText() const override;
    int rowCount() const { return int(m_rows.size()); }
    const stripe::Error &error() const { return m_error; }

private:
    void writeSome();
    void fail(const QString &message);

    QList<QJsonObject> m_rows;
    QList<Column> m_columns;
    QSaveFile m_file;
    int m_written = 0;
    bool m_done = false;
    stripe::Error m_error;
};

} // namespace records
