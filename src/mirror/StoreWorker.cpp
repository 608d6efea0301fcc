#include "src/mirror/StoreWorker.h"

namespace mirror {

StoreWorker::StoreWorker(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("mirror store"));
    m_home = new QObject;
    m_home->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_home, &QObject::deleteLater);
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    dropPending();
    close();
    m_thread.quit();
    m_thread.wait();
}

void StoreWorker::post(std::function<void(Store *)> job)
{
    QMetaObject::invokeMethod(
        m_home, [this, job = std::move(job)] { job(m_store.get()); }, Qt::QueuedConnection);
}

void StoreWorker::open(const StoreConfig &config, const Store::OpenOptions &options, QObject *context,
                       std::function<void(const StoreError &)> done)
{
    QMetaObject::invokeMethod(
        m_home,
        [this, config, options, generation = m_generation.loadRelaxed(), context = QPointer<QObject>(context),
         done = std::move(done)] {
            StoreError error;
            m_store = Store::open(config, options, &error);
            QMetaObject::invokeMethod(
                this,
                [this, context, done, error, generation] {
                    if (context && generation == m_generation.loadRelaxed())
                        done(error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void StoreWorker::close()
{
    if (!m_thread.isRunning())
        return;
    // The connection must be closed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_home, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
}

} // namespace mirror
