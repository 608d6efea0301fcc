#pragma once

#include "src/stripe/Error.h"
#include "src/stripe/FormEncoding.h"
#include "src/stripe/ListObject.h"
#include "src/stripe/Reply.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace stripe {

class Client;

// Walks a Stripe list (GET /v1/customers: limit, starting_after = the last id, has_more) or a
// search (GET /v1/customers/search: page = next_page) one page at a time, on demand.
class ListPager : public QObject
{
    Q_OBJECT

public:
    enum class Kind { List, Search };

    // filters go with every page (status=open, expand[]=data.customer, query=... for search).
    ListPager(Client *client, Kind kind, const QString &path, const Params &filters,
              QObject *parent = nullptr);
    ~ListPager() override;

    Kind kind() const { return m_kind; }
    QString path() const { return m_path; }
    const Params &filters() const { return m_filters; }

    // Stripe accepts 1..100 objects per page.
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }
    // A server whose has_more never ends must not make Paydesk page forever.
    void setMaxPages(int pages) { m_maxPages = pages; }

    bool hasMore() const { return m_hasMore; }
    // Why paging stopped although the server said there was more (a broken server or proxy),
    // in words; empty when the list really ended. Whoever needs every row must not pretend.
    QString cutShortReason() const { return m_cutShort; }
    bool isLoading() const { return m_reply != nullptr; }
    int pagesLoaded() const { return m_pagesLoaded; }

    // Asks for the next page; does nothing while a page is loading or when there is no more.
    // After failed(), calling it again retries the same page.
    void fetchNext();
    // Abandons the page in flight: no signal is emitted for it.
    void cancel();
    // Back to the first page.
    void restart();

signals:
    // The page's objects (anything else in its data is left out), in Stripe's order.
    void pageLoaded(const QList<stripe::ListObject> &objects, bool hasMore);
    void failed(const stripe::Error &error);

private:
    struct Page
    {
        bool hasData = false;
        bool hasMore = false;
        QString nextPage;
        QString lastId; // of the last element, object or not: the next page starts after it
        QList<ListObject> objects;
    };
    static Page readPage(const Reply &reply);
    void onReply();

    QPointer<Client> m_client;
    Kind m_kind;
    QString m_path;
    Params m_filters;
    int m_pageSize = 100;
    int m_maxPages = 10000;
    QString m_cursor; // starting_after (lists) or page (search); empty for the first page
    bool m_hasMore = true;
    int m_pagesLoaded = 0;
    QString m_cutShort;
    QPointer<Reply> m_reply;
};

} // namespace stripe
