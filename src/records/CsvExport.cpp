#include "src/records/CsvExport.h"

#include "src/records/CsvFormat.h"
#include "src/stripe/ListPager.h"

#include <QCoreApplication>
#include <QLocale>

namespace records {

CsvExport::CsvExport(stripe::Client *client, const ListQuery &query, const QList<Column> &columns,
                     const QString &fileName, QObject *parent)
    : Export(parent)
    , m_columns(columns)
    , m_query(query)
    , m_pager(new stripe::ListPager(client, query.kind, query.path, query.params, this))
    , m_file(fileName)
{
    connect(m_pager, &stripe::ListPager::pageLoaded, this, &CsvExport::onPage);
    connect(m_pager, &stripe::ListPager::failed, this, &CsvExport::fail);
}

CsvExport::~CsvExport()
{
    if (!m_done)
        m_file.cancelWriting();
}

void CsvExport::start()
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        stripe::Error error;
        error.kind = stripe::Error::Kind::Configuration;
        error.message = QCoreApplication::translate("records::CsvExport", "Could not write %1: %2")
                            .arg(m_file.fileName(), m_file.errorString());
        fail(error);
        return;
    }
    m_file.write(csv::byteOrderMark());
    m_file.write(csv::line(csv::header(m_columns)));
    m_pager->fetchNext();
}

void CsvExport::cancel()
{
    if (m_done)
        return;
    m_done = true;
    m_pager->cancel();
    m_file.cancelWriting();
    emit finished(false);
}

void CsvExport::onPage(const QList<stripe::ListObject> &objects, bool hasMore)
{
    for (const stripe::ListObject &row : objects) {
        const QString &id = row.id();
        if (id.isEmpty() || m_seen.contains(id))
            continue;
        const QJsonObject &object = row.object();
        if (m_query.keep && !m_query.keep(object))
            continue;
        m_seen.insert(id);
        m_file.write(csv::line(csv::row(m_columns, object)));
        ++m_rows;
    }
    emit progress(m_rows);
    if (hasMore) {
        m_pager->fetchNext();
        return;
    }
    if (const QString reason = m_pager->cutShortReason(); !reason.isEmpty()) {
        // A file that looks complete but is not is worse than none.
        stripe::Error error;
        error.kind = stripe::Error::Kind::InvalidResponse;
        error.detail = QCoreApplication::translate("records::CsvExport",
                                                   "the list never ended: %1; the export stopped after "
                                                   "%2 rows and saved nothing")
                           .arg(reason, QLocale().toString(m_rows));
        fail(error);
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

void CsvExport::setMaxPages(int pages)
{
    m_pager->setMaxPages(pages);
}

void CsvExport::fail(const stripe::Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    m_file.cancelWriting();
    emit finished(false);
}

QString CsvExport::field(const QString &text)
{
    return csv::field(text);
}

QString CsvExport::errorText() const
{
    return m_error.isError() ? stripe::describe(m_error) : QString();
}

} // namespace records
