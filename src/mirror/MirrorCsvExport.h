#pragma once

#include "src/mirror/Filter.h"
#include "src/records/Column.h"
#include "src/records/Export.h"

#include <QObject>
#include <QPointer>
#include <QSaveFile>

namespace mirror {

class OverviewFeed;

// Writes the rows a Filter keeps in the mirror to a CSV file — every row, read in windows of a
// thousand on the feed's own thread, so the window never waits — in the format of the tabs'
// export from Stripe (records::csv: UTF-8 with a byte order mark, a header row, money as plain
// decimal amounts with a currency column, formulas defused). The cells are written here, on the
// window's thread: a tab's own columns may read what only that thread may touch (Products'
// price counts). The file is the user's alone and appears only when the export completes.
class MirrorCsvExport : public records::Export
{
    Q_OBJECT

public:
    // The kind's own columns, newest first (the rows behind an Overview figure).
    MirrorCsvExport(OverviewFeed *feed, const Filter &filter, const QString &fileName,
                    QObject *parent = nullptr);
    // A tab's view: its columns, as its export from Stripe writes them, in the order it reads
    // the rows from the mirror.
    MirrorCsvExport(OverviewFeed *feed, const Filter &filter, const QList<records::Column> &columns,
                    const Sort &sort, const QString &fileName, QObject *parent = nullptr);
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
    QList<records::Column> m_columns;
    Sort m_sort;
    QSaveFile m_file;
    RowKey m_after;
    qint64 m_total = -1;
    int m_rows = 0;
    bool m_done = false;
    QString m_error;
};

} // namespace mirror
