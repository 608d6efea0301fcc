#include "src/mirror/MirrorCsvExport.h"

#include "src/mirror/OverviewFeed.h"
#include "src/mirror/Reader.h"
#include "src/mirror/RelatedObjects.h"
#include "src/mirror/StoreWorker.h"

#include "src/records/CsvFormat.h"

#include <QCoreApplication>

namespace mirror {

namespace {

// A window's cells are written on the window's thread (a tab's column may read what only that
// thread may touch): a page's worth at a time, as the export from Stripe writes, keeps each turn
// of its event loop short.
constexpr int windowRows = 100;

// One window of rows, with the objects they name in place (a refund's charge and its customer).
struct Window
{
    QList<stripe::ListObject> objects;
    RowKey last;
    bool end = false;
    StoreError error;
};

} // namespace

MirrorCsvExport::MirrorCsvExport(OverviewFeed *feed, const Filter &filter, const QString &fileName,
                                 QObject *parent)
    : MirrorCsvExport(feed, filter, records::columnsFor(filter.kind), Sort(), fileName, parent)
{ }

MirrorCsvExport::MirrorCsvExport(OverviewFeed *feed, const Filter &filter,
                                 const QList<records::Column> &columns, const Sort &sort,
                                 const QString &fileName, QObject *parent)
    : records::Export(parent)
    , m_feed(feed)
    , m_filter(filter)
    , m_columns(columns)
    , m_sort(sort)
    , m_file(fileName)
{ }

MirrorCsvExport::~MirrorCsvExport()
{
    if (!m_done)
        m_file.cancelWriting();
}

void MirrorCsvExport::start()
{
    if (!m_feed) {
        fail(tr("The copy of this account is not open."));
        return;
    }
    if (!m_file.open(QIODevice::WriteOnly)) {
        fail(tr("Could not write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return;
    }
    // Customer data: the user's alone, like every file Paydesk writes (the temporary file
    // QSaveFile writes into becomes the file).
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_file.write(records::csv::byteOrderMark());
    m_file.write(records::csv::line(records::csv::header(m_columns)));
    m_feed->withStore(this, [this](StoreWorker *worker, const StoreError &error) {
        if (!worker) {
            fail(error.message);
            return;
        }
        worker->run<qint64>(
            this, [filter = m_filter](Store &store) { return Reader(store).count(filter).value_or(-1); },
            [this](const qint64 &total) {
                m_total = total;
                emit counted(total);
                nextWindow();
            });
    });
}

void MirrorCsvExport::nextWindow()
{
    if (m_done)
        return;
    m_feed->withStore(this, [this](StoreWorker *worker, const StoreError &error) {
        if (!worker) {
            fail(error.message);
            return;
        }
        worker->run<Window>(
            this,
            [filter = m_filter, sort = m_sort, after = m_after](Store &store) {
                Reader reader(store);
                const QList<Row> rows = after.isValid() ? reader.rowsAfter(filter, sort, after, windowRows)
                                                        : reader.rows(filter, sort, 0, windowRows);
                Window window;
                window.error = reader.lastError();
                // The columns name what the rows point to (a refund's customer), as in the tab.
                for (const Row &row : rows)
                    window.objects.append(row.object);
                RelatedObjects related(store);
                window.objects = related.expand(filter.kind, window.objects);
                if (!window.error.isError())
                    window.error = related.lastError();
                window.end = rows.size() < windowRows;
                if (!rows.isEmpty())
                    window.last = rows.constLast().key;
                return window;
            },
            [this](const Window &window) {
                if (m_done)
                    return;
                if (window.error.isError()) {
                    fail(window.error.message);
                    return;
                }
                for (const stripe::ListObject &object : window.objects)
                    m_file.write(records::csv::line(records::csv::row(m_columns, object.object())));
                m_rows += int(window.objects.size());
                m_after = window.last;
                emit progress(m_rows);
                if (!window.end) {
                    nextWindow();
                    return;
                }
                m_done = true;
                if (!m_file.commit()) {
                    m_error = tr("Could not save %1: %2").arg(m_file.fileName(), m_file.errorString());
                    emit finished(false);
                    return;
                }
                emit finished(true);
            });
    });
}

bool MirrorCsvExport::writeTable(const QString &fileName, const QStringList &header,
                                 const QList<QStringList> &rows, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(records::csv::byteOrderMark());
    file.write(records::csv::line(header));
    for (const QStringList &row : rows)
        file.write(records::csv::line(row));
    if (!file.commit()) {
        if (error)
            *error = tr("Could not save %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

void MirrorCsvExport::cancel()
{
    if (m_done)
        return;
    m_done = true;
    m_file.cancelWriting();
    emit finished(false);
}

void MirrorCsvExport::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_error = message;
    m_file.cancelWriting();
    QMetaObject::invokeMethod(
        this, [this] { emit finished(false); }, Qt::QueuedConnection);
}

} // namespace mirror
