#include "stripe/ListPager.h"

#include "stripe/Client.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace stripe {

ListPager::ListPager(Client *client, Kind kind, const QString &path, const Params &filters, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(kind)
    , m_path(path)
    , m_filters(filters)
{ }

ListPager::~ListPager()
{
    cancel();
}

void ListPager::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, 100);
}

void ListPager::fetchNext()
{
    if (isLoading() || !m_hasMore || !m_client)
        return;
    Params params = m_filters;
    params.insert(QStringLiteral("limit"), m_pageSize);
    if (!m_cursor.isEmpty())
        params.insert(m_kind == Kind::List ? QStringLiteral("starting_after") : QStringLiteral("page"),
                      m_cursor);
    m_reply = m_client->send(Request::get(m_path, params));
    connect(m_reply, &Reply::finished, this, &ListPager::onReply);
}

void ListPager::cancel()
{
    if (m_reply)
        m_reply->abort();
    m_reply = nullptr;
}

void ListPager::restart()
{
    cancel();
    m_cursor.clear();
    m_hasMore = true;
    m_pagesLoaded = 0;
    m_cutShort.clear();
}

void ListPager::onReply()
{
    Reply *reply = m_reply;
    m_reply = nullptr;
    if (!reply->isOk()) {
        emit failed(reply->error());
        return;
    }
    const QJsonObject page = reply->object();
    const QJsonArray objects = page.value(QLatin1String("data")).toArray();
    if (!page.value(QLatin1String("data")).isArray()) {
        Error error;
        error.kind = Error::Kind::InvalidResponse;
        error.requestId = reply->requestId();
        error.detail = QCoreApplication::translate("stripe::ListPager", "the list has no data array");
        emit failed(error);
        return;
    }
    ++m_pagesLoaded;
    bool hasMore = page.value(QLatin1String("has_more")).toBool();
    QString next;
    if (m_kind == Kind::Search)
        next = page.value(QLatin1String("next_page")).toString();
    else if (!objects.isEmpty())
        next = objects.last().toObject().value(QLatin1String("id")).toString();
    // Never loop: a page that is empty, has no cursor to continue from, or hands back the
    // cursor just used ends the list, as does the page limit.
    if (hasMore) {
        if (next.isEmpty() || objects.isEmpty())
            m_cutShort = QCoreApplication::translate("stripe::ListPager",
                                                     "a page said there was more but gave no way to it");
        else if (next == m_cursor)
            m_cutShort = QCoreApplication::translate("stripe::ListPager", "the same page came back twice");
        else if (m_pagesLoaded >= m_maxPages)
            m_cutShort = QCoreApplication::translate("stripe::ListPager", "it went on past %1 pages")
                             .arg(QLocale().toString(m_maxPages));
        if (!m_cutShort.isEmpty())
            hasMore = false;
    }
    m_cursor = next;
    m_hasMore = hasMore;
    emit pageLoaded(objects, hasMore);
}

} // namespace stripe
