// paydesk-mirror-backfill-bench: how fast the mirror lists an account into a fresh store. Runs a
// real mirror::Mirror (the app's: its rate limiter, three lists at a time, pages written on its
// store thread) against a server until it is Ready, and prints the objects listed, the time,
// the requests it made and its CPU time. Every URL it fetched goes to --urls, so scripts/bench
// can have curl fetch the very same pages over one connection: the baseline of the same run.
//   paydesk-mirror-backfill-bench --url URL [--sqlite FILE] [--requests-per-second N] [--urls FILE]
//                                 [--tabs]
// (--requests-per-second 0, the default, is the mirror's own limit: 200 for the local sandbox.)
// It also watches the main thread, the window's in the app: a timer due every 2 ms notes how late
// it fires (stall_max_ms, stalls_over_16ms: the issue's "no event-loop stall over 16 ms while
// syncing"). --tabs does on the main thread what the Invoices, Payments and Customers tabs do
// when Mirror::changed names their kind: read the first window and the footer's totals. Given a
// --sqlite file already filled for acct_bench (paydesk-mirror-bench), it syncs into that store.

#include "mirror/Mirror.h"
#include "mirror/RateLimiter.h"
#include "mirror/Reader.h"

#include "stripe/Client.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

double cpuMilliseconds(clockid_t clock = CLOCK_PROCESS_CPUTIME_ID)
{
    timespec now {};
    clock_gettime(clock, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption url("url", "The server (the sandbox).", "url");
    const QCommandLineOption key("key", "A sandbox key.", "key", "sk_test_PaydeskSandbox0001");
    const QCommandLineOption sqlite("sqlite", "The store's file (default: a temporary one).", "path");
    const QCommandLineOption rate("requests-per-second", "The mirror's limit (0: its own).", "n", "0");
    const QCommandLineOption urls("urls", "Write every URL fetched to this file.", "path");
    const QCommandLineOption tabs("tabs", "Read what the tabs read on every change, on the main thread.");
    parser.addOptions({url, key, sqlite, rate, urls, tabs});
    parser.process(app);

    QTemporaryDir dir;
    const QString file = parser.isSet(sqlite) ? parser.value(sqlite) : dir.filePath("backfill.sqlite");
    stripe::Client client;
    client.setBaseUrl(QUrl(parser.value(url)));
    client.setApiKey(parser.value(key));
    stripe::Client::Options clientOptions;
    clientOptions.retry.maxRetries = 0; // as the app gives the mirror its client (docs/mirror.md)
    client.setOptions(clientOptions);

    // The URLs the mirror fetched, in the order their answers came: the client's one network
    // manager announces every reply it finishes.
    QStringList fetched;
    if (auto *network = client.findChild<QNetworkAccessManager *>())
        QObject::connect(network, &QNetworkAccessManager::finished, [&](QNetworkReply *reply) {
            fetched << reply->request().url().toString(QUrl::FullyEncoded);
        });

    mirror::Mirror::Options options;
    options.requestsPerSecond = parser.value(rate).toInt();
    options.pollInterval = std::chrono::hours(1); // measure the listing, not the follow after it
    mirror::Mirror mirror(mirror::StoreConfig::sqlite(file, "acct_bench"), &client, options);
    qint64 listed = 0;
    QObject::connect(&mirror, &mirror::Mirror::progressChanged,
                     [&] { listed = std::max(listed, mirror.progress().listed()); });

    // The main thread's stalls: how late a timer due every 2 ms fires. On a machine shared with
    // other work a thread also waits for a core; the main thread's own CPU time in the same gap
    // tells its work (busy) from that wait.
    QElapsedTimer sinceTick;
    double worstStallMs = 0, worstBusyMs = 0, threadCpuAtTick = 0;
    int stalls = 0, busyStalls = 0;
    QList<double> lateness;
    QTimer watch;
    watch.setTimerType(Qt::PreciseTimer);
    watch.setInterval(2);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        if (sinceTick.isValid()) {
            const double late = std::max(0.0, double(sinceTick.nsecsElapsed()) / 1e6 - 2.0);
            lateness << late;
            worstStallMs = std::max(worstStallMs, late);
            stalls += late > 16.0 ? 1 : 0;
            const double busy = cpuMilliseconds(CLOCK_THREAD_CPUTIME_ID) - threadCpuAtTick;
            worstBusyMs = std::max(worstBusyMs, busy);
            busyStalls += busy > 16.0 ? 1 : 0;
        }
        threadCpuAtTick = cpuMilliseconds(CLOCK_THREAD_CPUTIME_ID);
        sinceTick.start();
    });
    // What a tab showing these kinds reads when they change (records::ListModel::refreshFromSource
    // and its footer, through mirror::MirrorRows).
    double tabReadMs = 0;
    int tabReads = 0;
    QObject::connect(&mirror, &mirror::Mirror::changed, [&](const QList<records::Kind> &kinds) {
        if (!parser.isSet(tabs) || !mirror.store())
            return;
        for (const auto kind : {records::Kind::Invoice, records::Kind::Payment, records::Kind::Customer}) {
            if (!kinds.contains(kind) || !mirror.canServe(kind))
                continue;
            QElapsedTimer read;
            read.start();
            mirror::Reader reader(*mirror.store());
            mirror::Filter all;
            all.kind = kind;
            reader.rows(all, {}, 0, 101);
            reader.totals(all);
            tabReadMs += double(read.nsecsElapsed()) / 1e6;
            ++tabReads;
        }
    });

    QElapsedTimer clock;
    const double cpuBefore = cpuMilliseconds();
    int status = 0;
    QObject::connect(&mirror, &mirror::Mirror::stateChanged, [&](mirror::Mirror::State state) {
        if (state == mirror::Mirror::State::Ready) {
            const qint64 ms = clock.elapsed();
            const double cpu = cpuMilliseconds() - cpuBefore;
            std::sort(lateness.begin(), lateness.end());
            const double p99
                = lateness.isEmpty() ? 0 : lateness.at(qsizetype(double(lateness.size()) * 0.99));
            std::printf("objects=%lld wall_ms=%lld cpu_ms=%.0f requests=%lld objects_per_s=%.0f "
                        "requests_per_s=%.1f limit=%d stall_max_ms=%.1f stalls_over_16ms=%d late_p99_ms=%.1f "
                        "busy_max_ms=%.1f busy_over_16ms=%d tab_reads=%d tab_read_ms=%.0f\n",
                        listed, ms, cpu, qint64(fetched.size()),
                        double(listed) * 1000.0 / double(std::max<qint64>(1, ms)),
                        double(fetched.size()) * 1000.0 / double(std::max<qint64>(1, ms)),
                        options.requestsPerSecond > 0
                            ? options.requestsPerSecond
                            : mirror::RateLimiter::defaultRequestsPerSecond(QUrl(parser.value(url))),
                        worstStallMs, stalls, p99, worstBusyMs, busyStalls, tabReads, tabReadMs);
            app.quit();
        } else if (state == mirror::Mirror::State::Failed) {
            std::fprintf(stderr, "paydesk-mirror-backfill-bench: %s\n", qPrintable(mirror.notice()));
            status = 1;
            app.quit();
        }
    });
    clock.start();
    watch.start();
    mirror.start();
    app.exec();
    mirror.stop();

    if (parser.isSet(urls)) {
        QFile out(parser.value(urls));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        for (const QString &line : std::as_const(fetched))
            out.write(line.toUtf8() + '\n');
    }
    return status;
}
