#include "src/records/CsvRowsExport.h"

#include "src/records/CsvFormat.h"

#include <QCoreApplication>
#include <QTimer>

namespace records {

namespace {

// Rows written between two turns of the event loop.
constexpr int RowsPerTurn = 250;

} // namespace

CsvRowsExport::CsvRowsExport(const QList<QJsonObject> &rows, const QList<Column> &columns,
                             const QString &fileName, QObject *parent)
    : Export(parent)
    , m_rows(rows)
    , m_columns(columns)
    , m_file(fileName)
{ }

CsvRowsExport::~CsvRowsExport()
{
    if (!m_done)
        m_file.cancelWriting();
}

void CsvRowsExport::start()
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        fail(QCoreApplication::translate("records::CsvExport", "Could not write %1: %2")
                 .arg(m_file.fileName(), m_file.errorString()));
        return;
    }
    m_file.write(csv::byteOrderMark());
    m_file.write(csv::line(csv::header(m_columns)));
    // Answered after start() returns, as a list's export is: the caller connects first.
    QTimer::singleShot(0, this, &CsvRowsExport::writeSome);
}

void CsvRowsExport::writeSome()
{
    if (m_done)
        return;
    const int end = std::min(m_written + RowsPerTurn, int(m_rows.size()));
    for (; m_written < end; ++m_written)
        m_file.write(csv::line(csv::row(m_columns, m_rows.at(m_written))));
    emit progress(m_written);
    if (m_written < m_rows.size()) {
        QTimer::singleShot(0, this, &CsvRowsExport::writeSome);
        return;
    }
    m_done = true;
    if (!m_file.commit()) {
        m_error.kind = stripe::Error::Kind::Configuration;
        m_error.message = QCoreApplication::translate("records::CsvExport", "Could not save %1: %2")
                              .arg(m_file.fileName(), m_file.errorString());
        emit finished(false);
        return;
    }
    emit finished(true);
}

void CsvRowsExport::cancel()
{
    if (m_done)
        return;
    m_done = true;
    m_file.cancelWriting();
    emit finished(false);
}

void CsvRowsExport::fail(const QString &message)
{
    m_done = true;
    m_error.kind = stripe::Error::Kind::Configuration;
    m_error.message = message;
    m_file.cancelWriting();
    // As from a page that failed: after start() returns.
    QTimer::singleShot(0, this, [this] { emit finished(false); });
}

QString CsvRowsExport::errorText() const
{
    return m_error.isError() ? stripe::describe(m_error) : QString();
}

} // namespace records
