#pragma once

#include "src/mirror/Store.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace mirror {

// The sync's writes happen here, on a thread of their own with a Store (and so a database
// connection) of their own: committing a page, checkpointing SQLite's WAL or waiting for a
// PostgreSQL server never holds the window's event loop. Jobs run one at a time, in the order
// they were given; each answers on the thread that asked, if its context still exists.
class StoreWorker : public QObject
{
    Q_OBJECT

public:
    explicit StoreWorker(QObject *parent = nullptr);
    // Finishes the running job, drops the others, closes the store.
    ~StoreWorker() override;

    // Opens the worker's Store on its thread; done(error) answers on this one.
    void open(const StoreConfig &config, const Store::OpenOptions &options, QObject *context,
              std::function<void(const StoreError &)> done);

    // Runs job(store) on the worker's thread, then done(result) on this one. Without an open
    // store the job is not run and done is not called.
    template<typename Result>
    void run(QObject *context, std::function<Result(Store &)> job, std::function<void(const Result &)> done)
    {
        post([this, generation = m_generation, context = QPointer<QObject>(context), job = std::move(job),
              done = std::move(done)](Store *store) {
            if (!store || generation != m_generation.loadRelaxed())
                return;
            Result result = job(*store);
            QMetaObject::invokeMethod(
                this,
                [context, done, result, generation, this] {
                    if (context && generation == m_generation.loadRelaxed())
                        done(result);
                },
                Qt::QueuedConnection);
        });
    }

    // Jobs given before this call are dropped (those not started yet) and their answers are
    // not delivered: the sync was stopped or restarted.
    void dropPending() { m_generation.fetchAndAddRelaxed(1); }
    // Closes the store (waits for the running job).
    void close();

private:
    void post(std::function<void(Store *)> job);

    QThread m_thread;
    QObject *m_home = nullptr; // lives on m_thread
    std::unique_ptr<Store> m_store; // used only on m_thread
    QAtomicInteger<int> m_generation = 0;
};

} // namespace mirror
