#include "src/mirror/MirrorCsvExport.h"

#include "src/mirror/OverviewFeed.h"
#include "src/mirror/Reader.h"
#include "src/mirror/RelatedObjects.h"
#include "src/mirror/StoreWorker.h"

#include "src/money/Money.h"
#include "src/objects/Json.h"
#include "src/records/Column.h"
#include "src/records/CsvExport.h"

#include <QCoreApplication>

namespace mirror {

namespace {

constexpr int windowRows = 1000;

QByteArray line(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &text : fields)
        escaped << records::CsvExport::field(text);
    return (escaped.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8();
}

QString currencyPathOf(const QList<records::Column> &columns)
{
    for (const records::Column &column : columns)
        if (column.isMoney())
            return column.currencyPath;
    return {};
}

// The same cells as records::CsvExport writes for a row.
QByteArray rowLine(const QJsonObject &object, const QList<records::Column> &columns,
                   const QString &currencyPath)
{
    QStringList fields;
    for (const records::Column &column : columns) {
        if (column.isMoney()) {
            const auto amount = objects::json::integer(object, column.amountPath);
            const QString currency = objects::json::string(object, column.currencyPath);
            fields << (amount && !currency.isEmpty() ? money::Money(*amount, currency).toDecimalString()
                                                     : QString());
        } else {
            fields << (column.text ? column.text(object) : QString());
        }
    }
    if (!currencyPath.isEmpty())
        fields << objects::json::string(object, currencyPath).toUpper();
    return line(fields);
}

struct Window
{
    QByteArray text;
    int rows = 0;
    RowKey last;
    bool end = false;
    StoreError error;
};

} // namespace

MirrorCsvExport::MirrorCsvExport(OverviewFeed *feed, const Filter &filter, const QString &fileName,
                                 QObject *parent)
    : records::Export(parent)
    , m_feed(feed)
    , m_filter(filter)
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
    m_file.write("\xEF\xBB\xBF");
    const QList<records::Column> columns = records::columnsFor(m_filter.kind);
    QStringList header;
    for (const records::Column &column : columns)
        header << column.title;
    if (!currencyPathOf(columns).isEmpty())
        header << tr("Currency");
    m_file.write(line(header));
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
            [filter = m_filter, after = m_after](Store &store) {
                Reader reader(store);
                const Sort sort; // newest first, as the tabs list them
                const QList<Row> rows = after.isValid() ? reader.rowsAfter(filter, sort, after, windowRows)
                                                        : reader.rows(filter, sort, 0, windowRows);
                Window window;
                window.error = reader.lastError();
                // The columns name what the rows point to (a refund's customer), as in the tab.
                QList<stripe::ListObject> objects;
                for (const Row &row : rows)
                    objects.append(row.object);
                RelatedObjects related(store);
                objects = related.expand(filter.kind, objects);
                if (!window.error.isError())
                    window.error = related.lastError();
                const QList<records::Column> columns = records::columnsFor(filter.kind);
                const QString currencyPath = currencyPathOf(columns);
                for (const stripe::ListObject &object : std::as_const(objects))
                    window.text += rowLine(object.object(), columns, currencyPath);
                window.rows = int(rows.size());
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
                m_file.write(window.text);
                m_rows += window.rows;
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
    file.write("\xEF\xBB\xBF");
    file.write(line(header));
    for (const QStringList &row : rows)
        file.write(line(row));
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
