// paydesk-mirror-backfill-bench: how fast the mirror lists an account into a fresh store. Runs a
// real mirror::Mirror (the app's: its rate limiter, three lists at a time, pages written on its
// store thread) against a server until it is Ready, and prints the objects listed, the time,
// the requests it made and its CPU time. Every URL it fetched goes to --urls, so scripts/bench
// can have curl fetch the very same pages over one connection: the baseline of the same run.
//   paydesk-mirror-backfill-bench --url URL [--sqlite FILE] [--requests-per-second N] [--urls FILE]
//                                 [--tabs]
// (--requests-per-second 0, the default, is the mirror's own limit: 200 for the local sandbox.)
// It also watches the main thread, the window's in the app (MainThreadWatch.h: stall_max_ms,
// busy_max_ms...). --tabs does on the main thread what the Invoices, Payments and Customers tabs do
// when Mirror::changed names their kind: read the first window and the footer's totals. Given a
// --sqlite file already filled for acct_bench (paydesk-mirror-bench), it syncs into that store.

#include "tests/benchmarks/MainThreadWatch.h"
#include "tests/benchmarks/TabReads.h"

#include "src/mirror/Mirror.h"
#include "src/mirror/RateLimiter.h"
#include "src/mirror/Reader.h"

#include "src/stripe/Client.h"

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

double cpuMilliseconds()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
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

    MainThreadWatch watch;
    // What a tab showing these kinds reads when they change (records::ListModel::refreshFromSource
    // and its footer, through mirror::MirrorRows).
    double tabReadMs = 0;
    int tabReads = 0;
    QObject::connect(&mirror, &mirror::Mirror::changed, [&](const QList<objects::Kind> &kinds) {
        if (!parser.isSet(tabs))
            return;
        for (const double ms : readAsTheTabsDo(mirror, kinds)) {
            tabReadMs += ms;
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
            std::printf("objects=%lld wall_ms=%lld cpu_ms=%.0f requests=%lld objects_per_s=%.0f "
                        "requests_per_s=%.1f limit=%d tab_reads=%d tab_read_ms=%.0f",
                        listed, ms, cpu, qint64(fetched.size()),
                        double(listed) * 1000.0 / double(std::max<qint64>(1, ms)),
                        double(fetched.size()) * 1000.0 / double(std::max<qint64>(1, ms)),
                        options.requestsPerSecond > 0
                            ? options.requestsPerSecond
                            : mirror::RateLimiter::defaultRequestsPerSecond(QUrl(parser.value(url))),
                        tabReads, tabReadMs);
            watch.print();
            std::printf("\n");
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
