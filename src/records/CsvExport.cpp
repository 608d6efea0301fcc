#include "records/CsvExport.h"

#include "money/Money.h"
#include "records/Json.h"
#include "stripe/ListPager.h"

#include <QCoreApplication>
#include <QLocale>

namespace records {

CsvExport::CsvExport(stripe::Client *client, const ListQuery &query, const QList<Column> &columns,
                     const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_columns(columns)
    , m_query(query)
    , m_pager(new stripe::ListPager(client, query.kind, query.path, query.params, this))
    , m_file(fileName)
{
    for (const Column &column : std::as_const(m_columns)) {
        if (column.isMoney()) {
            m_currencyPath = column.currencyPath;
            break;
        }
    }
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
    // A byte order mark lets spreadsheet programs recognise UTF-8 (names with accents, €).
    m_file.write("\xEF\xBB\xBF");
    QStringList header;
    for (const Column &column : std::as_const(m_columns))
        header << column.title;
    if (!m_currencyPath.isEmpty())
        header << QCoreApplication::translate("records::CsvExport", "Currency");
    writeLine(header);
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
        QStringList fields;
        for (const Column &column : std::as_const(m_columns)) {
            if (column.isMoney()) {
                const auto amount = json::integer(object, column.amountPath);
                const QString currency = json::string(object, column.currencyPath);
                fields << (amount && !currency.isEmpty() ? money::Money(*amount, currency).toDecimalString()
                                                         : QString());
            } else {
                fields << (column.text ? column.text(object) : QString());
            }
        }
        if (!m_currencyPath.isEmpty())
            fields << json::string(object, m_currencyPath).toUpper();
        writeLine(fields);
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

void CsvExport::writeLine(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &text : fields)
        escaped << field(text);
    m_file.write((escaped.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8());
}

QString CsvExport::field(const QString &input)
{
    QString text = input;
    // OWASP's advice on CSV injection: a cell starting with = + - @ (or a tab or carriage
    // return) is prefixed with ' so spreadsheets show it as text. A number such as a negative
    // amount ("-12.50") stays a number.
    static const QString triggers = QStringLiteral("=+-@\t\r");
    bool isNumber = false;
    text.toDouble(&isNumber);
    if (!text.isEmpty() && triggers.contains(text.at(0)) && !isNumber)
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace records
