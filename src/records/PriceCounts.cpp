#include "src/records/PriceCounts.h"

#include "src/objects/Json.h"
#include "src/stripe/ListPager.h"

#include <QCoreApplication>

namespace records {

namespace {
// 10,000 prices; a larger catalogue is told as "?" rather than paged for minutes.
constexpr int maxPages = 100;
} // namespace

PriceCounts::PriceCounts(QObject *parent)
    : QObject(parent)
{ }

bool PriceCounts::countFromCopy()
{
    const auto counts = m_copyCounts ? m_copyCounts() : std::nullopt;
    if (!counts)
        return false;
    delete m_pager; // a count from Stripe in progress is no longer wanted
    m_counting.clear();
    m_failure.clear();
    m_counts = *counts;
    m_fromCopy = true;
    m_state = State::Ready;
    emit changed();
    return true;
}

void PriceCounts::refreshFromCopy()
{
    if (m_fromCopy)
        countFromCopy();
}

void PriceCounts::recount(stripe::Client *client)
{
    if (countFromCopy())
        return;
    m_fromCopy = false;
    delete m_pager; // abandons a count in progress
    m_counting.clear();
    m_failure.clear();
    if (!client) {
        m_state = State::Idle;
        emit changed();
        return;
    }
    m_pager = new stripe::ListPager(client, stripe::ListPager::Kind::List, QStringLiteral("/v1/prices"), {},
                                    this);
    m_pager->setMaxPages(maxPages);
    connect(m_pager, &stripe::ListPager::pageLoaded, this, &PriceCounts::onPage);
    connect(m_pager, &stripe::ListPager::failed, this,
            [this](const stripe::Error &error) { fail(stripe::describe(error)); });
    m_state = State::Counting;
    emit changed();
    m_pager->fetchNext();
}

int PriceCounts::count(const QString &productId) const
{
    return m_state == State::Ready ? m_counts.value(productId, 0) : -1;
}

QString PriceCounts::text(const QString &productId) const
{
    switch (m_state) {
    case State::Idle:
        return {};
    case State::Counting:
        return QStringLiteral("…");
    case State::Failed:
        return QStringLiteral("?");
    case State::Ready:
        break;
    }
    return QString::number(count(productId));
}

void PriceCounts::onPage(const QList<stripe::ListObject> &prices, bool hasMore)
{
    for (const stripe::ListObject &price : prices) {
        const QString product = objects::json::id(price.object(), u"product");
        if (!product.isEmpty())
            ++m_counting[product];
    }
    if (hasMore) {
        m_pager->fetchNext();
        return;
    }
    if (!m_pager->cutShortReason().isEmpty()) {
        fail(m_pager->cutShortReason());
        return;
    }
    m_counts = std::exchange(m_counting, {});
    m_state = State::Ready;
    emit changed();
}

void PriceCounts::fail(const QString &why)
{
    m_state = State::Failed;
    m_failure
        = QCoreApplication::translate("records::PriceCounts", "Could not count the prices: %1").arg(why);
    emit changed();
}

} // namespace records
