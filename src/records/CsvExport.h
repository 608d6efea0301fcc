#pragma once

#include "src/records/Column.h"
#include "src/records/Export.h"
#include "src/records/ListQuery.h"
#include "src/stripe/Client.h"
#include "src/stripe/Error.h"
#include "src/stripe/ListObject.h"

#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <QSet>

#include <memory>

namespace stripe {
class ListPager;
} // namespace stripe

namespace records {

// Writes every row of a list to a CSV file — all pages, not only the loaded ones — while the
// window stays responsive: one page is fetched and written at a time. UTF-8 with a header row;
// money as plain decimal amounts ("12.50") with a currency column. The file appears only when
// the export completes: a cancelled or failed export leaves nothing half-written behind.
class CsvExport : public Export
{
    Q_OBJECT

public:
    CsvExport(stripe::Client *client, const ListQuery &query, const QList<Column> &columns,
              const QString &fileName, QObject *parent = nullptr);
    ~CsvExport() override;

    // A server whose has_more never ends must not make an export run forever (default 10,000).
    void setMaxPages(int pages);
    void start() override;
    void cancel() override;

    int rowsWritten() const override { return m_rows; }
    QString errorText() const override;
    const stripe::Error &error() const { return m_error; }

    // One CSV field (csv::field).
    static QString field(const QString &text);

private:
    void onPage(const QList<stripe::ListObject> &objects, bool hasMore);
    void fail(const stripe::Error &error);

    QList<Column> m_columns;
    ListQuery m_query;
    stripe::ListPager *m_pager;
    QSaveFile m_file;
    QSet<QString> m_seen;
    int m_rows = 0;
    bool m_done = false;
    stripe::Error m_error;
};

} // namespace records
