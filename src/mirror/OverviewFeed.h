#pragma once

#include "src/mirror/Overview.h"
#include "src/mirror/StoreConfig.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace mirror {

class StoreWorker;

// The Overview's figures all at once, as of one moment.
struct OverviewFigures
{
    qint64 asOf = 0; // Unix seconds: ages count from here
    QDate lastMonth; // the newest of the twelve months
    QList<Overview::Receivables> receivables;
    QList<Overview::Month> months;
    QList<Overview::OpenBalance> balances;
    StoreError error;
    qint64 elapsedMs = 0; // how long the store took to answer, for the benchmark

    bool isValid() const { return asOf > 0 && !error.isError(); }
};

// Reads the Overview's figures from the account's mirror on a thread and a connection of its own:
// totals over every row take longer than a frame, and the window must never wait for them.
// refresh() asks for new figures; asks that come while the store is answering are folded into
// one more read when it is done, at most one every minInterval. Works on the Overview's
// queries the same way for a CSV export of the rows behind a figure (worker()).
class OverviewFeed : public QObject
{
    Q_OBJECT

public:
    // The password: PostgreSQL's, from the keychain (empty for SQLite).
    OverviewFeed(const StoreConfig &config, const QString &password, QObject *parent = nullptr);
    ~OverviewFeed() override;

    void refresh();
    // Closes the feed's connection (the mirror's store is about to close); refresh() opens it
    // again.
    void close();
    const OverviewFigures &figures() const { return m_figures; }
    bool isReading() const { return m_reading; }
    void setMinInterval(int ms) { m_minInterval = ms; }

    // The feed's store thread, opened (done(error)) before its first job.
    void withStore(QObject *context, std::function<void(StoreWorker *worker, const StoreError &error)> job);

signals:
    void updated();

private:
    void read();

    StoreConfig m_config;
    QString m_password;
    std::unique_ptr<StoreWorker> m_worker;
    bool m_open = false;
    bool m_opening = false;
    QList<std::function<void(const StoreError &)>> m_waitingForOpen;
    QObject *m_session = nullptr;
    OverviewFigures m_figures;
    bool m_reading = false;
    bool m_again = false;
    int m_minInterval = 1000;
    QElapsedTimer m_sinceLastRead;
    QTimer m_later;
};

} // namespace mirror
