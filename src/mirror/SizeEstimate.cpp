#include "src/mirror/SizeEstimate.h"

#include "src/stripe/Client.h"
#include "src/stripe/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace mirror {

namespace {

// The lists Stripe can count: those its search API covers.
bool canBeSearched(Table table)
{
    return table == Table::Customers || table == Table::Invoices || table == Table::Charges
        || table == Table::PaymentIntents;
}

} // namespace

SizeEstimate::SizeEstimate(stripe::Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void SizeEstimate::start()
{
    m_counts.clear();
    m_result = {};
    m_firstError.clear();
    if (!m_client) {
        m_result.error = tr("Not connected to Stripe.");
        QMetaObject::invokeMethod(this, &SizeEstimate::finish, Qt::QueuedConnection);
        return;
    }
    const QList<Table> &tables = listedTables();
    m_waiting = int(tables.size());
    for (const Table table : tables) {
        stripe::Reply *page
            = m_client->send(stripe::Request::get(listPath(table), {{QStringLiteral("limit"), 100}}));
        connect(page, &stripe::Reply::finished, this, [this, page, table] {
            if (!page->isOk()) {
                counted(table, 0, false, stripe::describe(page->error()));
                return;
            }
            const QJsonObject list = page->object();
            const qint64 onPage = list.value(QLatin1String("data")).toArray().size();
            if (!list.value(QLatin1String("has_more")).toBool() || !canBeSearched(table)) {
                counted(table, onPage, !list.value(QLatin1String("has_more")).toBool(), {});
                return;
            }
            // Longer than a page: Stripe counts it (search results carry total_count when asked).
            stripe::Reply *search = m_client->send(stripe::Request::get(
                listPath(table) + QStringLiteral("/search"),
                {{QStringLiteral("query"), QStringLiteral("created>0")},
                 {QStringLiteral("limit"), 1},
                 {QStringLiteral("expand"), QVariantList {QStringLiteral("total_count")}}}));
            connect(search, &stripe::Reply::finished, this, [this, search, table, onPage] {
                const QJsonValue total
                    = search->isOk() ? search->object().value(QLatin1String("total_count")) : QJsonValue();
                if (total.isDouble())
                    counted(table, std::max(onPage, qint64(total.toDouble())), true, {});
                else
                    counted(table, onPage, false, {});
            });
        });
    }
}

void SizeEstimate::counted(Table table, qint64 count, bool exact, const QString &error)
{
    if (!error.isEmpty() && m_firstError.isEmpty())
        m_firstError = error;
    m_counts.insert(table, count);
    if (!exact)
        m_result.atLeast = true;
    if (--m_waiting == 0)
        finish();
}

void SizeEstimate::finish()
{
    qint64 objects = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        objects += it.value();
    // An invoice brings its lines (one at least): count one each.
    objects += m_counts.value(Table::Invoices);
    m_result.objects = objects;
    if (objects == 0 && !m_firstError.isEmpty())
        m_result.error = m_firstError;
    emit finished(m_result);
}

QString SizeEstimate::describe(const Result &result)
{
    const QLocale locale;
    if (!result.isKnown())
        return tr("unknown (Paydesk could not count the account: %1)").arg(result.error);
    const QString size
        = locale.formattedDataSize(std::max<qint64>(result.bytes(), 64 * 1024), 1, QLocale::DataSizeSIFormat);
    return result.atLeast ? tr("at least %1 (at least %2 objects; Stripe could not count every list)")
                                .arg(size, locale.toString(result.objects))
                          : tr("about %1 (about %2 objects)").arg(size, locale.toString(result.objects));
}

} // namespace mirror
