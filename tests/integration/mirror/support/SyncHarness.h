#pragma once

#include "src/mirror/Backfill.h"
#include "src/mirror/RateLimiter.h"
#include "src/mirror/StoreWorker.h"
#include "tests/integration/mirror/support/StoreUnderTest.h"

#include "src/stripe/Client.h"

#include <QTest>

#include <functional>
#include <optional>

// The sync's parts wired as the Mirror wires them — a client of the mirror's own (no retries of
// its own: the mirror retries through its limiter), the store worker, the limiter, the
// backfill — for tests that drive one part at a time.
class SyncHarness
{
public:
    SyncHarness(StoreUnderTest &place, const QUrl &url, const QString &key, int requestsPerSecond = 200)
        : m_place(place)
        , limiter(requestsPerSecond)
        , backfill(&client, &worker, &limiter)
    {
        client.setBaseUrl(url);
        client.setApiKey(key);
        stripe::Client::Options options;
        options.retry.maxRetries = 0;
        options.timeout = std::chrono::seconds(20);
        client.setOptions(options);
    }

    bool open(const QString &desk = QStringLiteral("test"))
    {
        mirror::Store::OpenOptions options;
        options.password = m_place.password();
        options.desk = desk;
        std::optional<mirror::StoreError> result;
        worker.open(m_place.config(), options, &m_context,
                    [&](const mirror::StoreError &error) { result = error; });
        return QTest::qWaitFor([&] { return result.has_value(); }, 20000) && !result->isError();
    }

    // Runs job on the worker and waits for its answer.
    template<typename Result>
    Result call(std::function<Result(mirror::Store &)> job)
    {
        std::optional<Result> result;
        worker.run<Result>(&m_context, std::move(job), [&](const Result &value) { result = value; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 30000);
        return result.value_or(Result {});
    }

    mirror::SyncState state()
    {
        return call<mirror::SyncState>([](mirror::Store &store) { return store.syncState(); });
    }

    bool beginListing(const mirror::EventCursor &anchor = {})
    {
        return call<mirror::WriteResult>(
                   [anchor](mirror::Store &store) { return store.beginListing(anchor); })
            .ok();
    }

    // Starts the backfill from the store's state and waits for it to finish or fail.
    bool backfillAll(int timeoutMs = 60000)
    {
        bool finished = false, failed = false;
        QObject guard;
        QObject::connect(&backfill, &mirror::Backfill::finished, &guard, [&] { finished = true; });
        QObject::connect(&backfill, &mirror::Backfill::failed, &guard, [&] { failed = true; });
        QObject::connect(&backfill, &mirror::Backfill::storeFailed, &guard, [&] { failed = true; });
        backfill.start(state());
        (void)QTest::qWaitFor([&] { return finished || failed; }, timeoutMs);
        return finished;
    }

private:
    StoreUnderTest &m_place; // first: the parts below are made with it

public:
    stripe::Client client;
    mirror::StoreWorker worker;
    mirror::RateLimiter limiter;
    mirror::Backfill backfill;

private:
    QObject m_context;
};
