#include "src/mirror/OverviewFeed.h"

#include "src/mirror/StoreWorker.h"

namespace mirror {

OverviewFeed::OverviewFeed(const StoreConfig &config, const QString &password, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_password(password)
{
    m_later.setSingleShot(true);
    connect(&m_later, &QTimer::timeout, this, &OverviewFeed::refresh);
}

OverviewFeed::~OverviewFeed()
{
    delete m_session;
    m_session = nullptr;
    m_worker.reset();
}

void OverviewFeed::close()
{
    // Answers still on their way belong to the connection that closes.
    delete m_session;
    m_session = nullptr;
    m_worker.reset(); // waits for a read in progress, closes its connection on its thread
    m_open = false;
    m_opening = false;
    m_reading = false;
    for (const auto &waiting : std::exchange(m_waitingForOpen, {}))
        waiting({StoreError::Kind::Failed, tr("The copy closed.")});
}

void OverviewFeed::withStore(QObject *context, std::function<void(StoreWorker *, const StoreError &)> job)
{
    QPointer<QObject> guard(context);
    auto run = [this, guard, job = std::move(job)](const StoreError &error) {
        if (guard)
            job(error.isError() ? nullptr : m_worker.get(), error);
    };
    if (m_open) {
        run({});
        return;
    }
    m_waitingForOpen.append(run);
    if (m_opening)
        return;
    m_opening = true;
    if (!m_session)
        m_session = new QObject(this);
    if (!m_worker)
        m_worker = std::make_unique<StoreWorker>();
    Store::OpenOptions options;
    options.password = m_password;
    options.desk = QStringLiteral("overview");
    m_worker->open(m_config, options, m_session, [this](const StoreError &error) {
        m_opening = false;
        m_open = !error.isError();
        // A failed open leaves the worker without a store; the next withStore() tries again.
        for (const auto &waiting : std::exchange(m_waitingForOpen, {}))
            waiting(error);
    });
}

void OverviewFeed::refresh()
{
    if (m_reading) {
        m_again = true;
        return;
    }
    if (m_sinceLastRead.isValid() && m_sinceLastRead.elapsed() < m_minInterval) {
        if (!m_later.isActive())
            m_later.start(int(m_minInterval - m_sinceLastRead.elapsed()));
        return;
    }
    read();
}

void OverviewFeed::read()
{
    m_reading = true;
    m_again = false;
    m_sinceLastRead.start();
    withStore(this, [this](StoreWorker *worker, const StoreError &error) {
        if (!worker) {
            m_reading = false;
            m_figures = {};
            m_figures.error = error;
            emit updated();
            return;
        }
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QDate today = QDate::currentDate();
        worker->run<OverviewFigures>(
            m_session,
            [now, today](Store &store) {
                QElapsedTimer clock;
                clock.start();
                Overview overview(store);
                OverviewFigures figures;
                figures.asOf = now;
                figures.lastMonth = QDate(today.year(), today.month(), 1);
                figures.receivables = overview.receivablesByAge(now);
                if (!overview.lastError().isError())
                    figures.months = overview.revenueByMonth(today, 12);
                if (!overview.lastError().isError())
                    figures.balances = overview.largestOpenBalances(10);
                figures.error = overview.lastError();
                figures.elapsedMs = clock.elapsed();
                return figures;
            },
            [this](const OverviewFigures &figures) {
                m_reading = false;
                m_figures = figures;
                emit updated();
                if (m_again)
                    refresh();
            });
    });
}

} // namespace mirror
