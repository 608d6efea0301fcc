#include "src/stripe/ListPager.h"

#include "src/stripe/Client.h"

#include <QCoreApplication>
#include <QJsonArray>
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

ListPager::Page ListPager::readPage(const Reply &reply)
{
    Page page;
    const JsonOutline &outline = reply.outline();
    if (outline.isObject) {
        // Rows stay text until read; the cursor and de-duplication only need their ids.
        page.hasData = outline.hasData;
        page.hasMore = outline.hasMore;
        page.nextPage = outline.nextPage;
        page.objects.reserve(outline.data.size());
        for (const JsonOutline::Element &element : outline.data) {
            if (element.isObject)
                page.objects.append(
                    ListObject(reply.body().sliced(element.begin, element.end - element.begin), element.id));
        }
        if (!outline.data.isEmpty())
            page.lastId = outline.data.constLast().id;
        return page;
    }
    const QJsonObject &object = reply.object();
    const QJsonValue data = object.value(QLatin1String("data"));
    page.hasData = data.isArray();
    page.hasMore = object.value(QLatin1String("has_more")).toBool();
    page.nextPage = object.value(QLatin1String("next_page")).toString();
    const QJsonArray elements = data.toArray();
    for (const QJsonValue &element : elements) {
        if (element.isObject())
            page.objects.append(ListObject(element.toObject()));
    }
    if (!elements.isEmpty())
        page.lastId = elements.last().toObject().value(QLatin1String("id")).toString();
    return page;
}

void ListPager::onReply()
{
    Reply *reply = m_reply;
    m_reply = nullptr;
    if (!reply->isOk()) {
        emit failed(reply->error());
        return;
    }
    const Page page = readPage(*reply);
    if (!page.hasData) {
        Error error;
        error.kind = Error::Kind::InvalidResponse;
        error.requestId = reply->requestId();
        error.detail = QCoreApplication::translate("stripe::ListPager", "the list has no data array");
        emit failed(error);
        return;
    }
    const QList<ListObject> &objects = page.objects;
    ++m_pagesLoaded;
    bool hasMore = page.hasMore;
    QString next;
    if (m_kind == Kind::Search)
        next = page.nextPage;
    else if (!page.objects.isEmpty())
        next = page.lastId;
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
