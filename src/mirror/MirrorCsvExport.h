#pragma once

#include "src/mirror/Filter.h"
#include "src/records/Export.h"

#include <QObject>
#include <QPointer>
#include <QSaveFile>

namespace mirror {

class OverviewFeed;

// Writes the rows a Filter keeps in the mirror to a CSV file — every row, read in windows of a
// thousand on the feed's own thread, so the window never waits — with the columns and
// conventions of the tabs' export (records::CsvExport): UTF-8 with a byte order mark, a header
// row, money as plain decimal amounts with a currency column, formulas defused. The file is
// the user's alone and appears only when the export completes.
class MirrorCsvExport : public records::Export
{
    Q_OBJECT

public:
    MirrorCsvExport(OverviewFeed *feed, const Filter &filter, const QString &fileName,
                    QObject *parent = nullptr);
    ~MirrorCsvExport() override;

    void start() override;
    void cancel() override;

    // A figure's own numbers (a small table): written at once, by the same conventions.
    static bool writeTable(const QString &fileName, const QStringList &header, const QList<QStringList> &rows,
                           QString *error);

    int rowsWritten() const override { return m_rows; }
    // How many rows the filter keeps (known once counted; -1 before).
    qint64 total() const { return m_total; }
    QString errorText() const override { return m_error; }

signals:
    void counted(qint64 total);

private:
    void nextWindow();
    void fail(const QString &message);

    QPointer<OverviewFeed> m_feed;
    Filter m_filter;
    QSaveFile m_file;
    RowKey m_after;
    qint64 m_total = -1;
    int m_rows = 0;
    bool m_done = false;
    QString m_error;
};

} // namespace mirror
