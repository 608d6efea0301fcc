// paydesk-mirror-sync-bench: the window's thread while the mirror keeps a large store current.
// Takes a store filled by paydesk-mirror-bench (--sqlite FILE, account acct_bench), marks it
// listed and current as of the sandbox's newest event (as a mirror that has just finished
// listing would be), then runs the app's mirror::Mirror on it for --seconds while customers and
// invoices are changed in the sandbox through its API (--writes-per-second), so that events
// arrive and are applied into the large store. On the main thread it does what the tabs do when
// Mirror::changed names their kind (the first window and the footer's totals, through
// mirror::Reader on Mirror::store()), and watches the event loop (MainThreadWatch.h).
//   paydesk-mirror-sync-bench --url URL --sqlite FILE [--seconds 60] [--writes-per-second 5]

#include "tests/benchmarks/MainThreadWatch.h"
#include "tests/benchmarks/TabReads.h"

#include "src/mirror/Mirror.h"
#include "src/mirror/Reader.h"
#include "src/mirror/Store.h"

#include "src/stripe/Client.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <cstdio>

namespace {

QNetworkRequest request(const QString &base, const QString &path, const QString &key)
{
    QNetworkRequest request(QUrl(base + path));
    request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    return request;
}

QJsonObject get(QNetworkAccessManager &network, const QNetworkRequest &request)
{
    QNetworkReply *reply = network.get(request);
    QEventLoop wait;
    QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
    wait.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QStringList idsOf(const QJsonObject &list)
{
    QStringList ids;
    for (const QJsonValue &value : list.value("data").toArray())
        ids << value.toObject().value("id").toString();
    return ids;
}

// The store as a finished listing leaves it: every list done, events read up to `newest`.
bool adopt(const QString &file, const QJsonObject &newest)
{
    mirror::StoreError error;
    auto store = mirror::Store::open(mirror::StoreConfig::sqlite(file, "acct_bench"), {}, &error);
    if (!store) {
        std::fprintf(stderr, "paydesk-mirror-sync-bench: %s\n", qPrintable(error.message));
        return false;
    }
    mirror::Connection &c = store->connection();
    auto set = [&](const QString &key, const QVariant &value) {
        return c.exec("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                      {key, value.toString()});
    };
    const qint64 listed = std::max<qint64>(1,
                                           c.scalar("SELECT value FROM sync_state WHERE key = "
                                                    "'listing.version'")
                                               .toLongLong());
    const qint64 created = newest.value("created").toInteger();
    bool ok = set("listing.version", listed) && set("events.id", newest.value("id").toString())
        && set("events.version", mirror::EventCursor::versionAfter(listed, created))
        && set("events.created", created) && set("events.from_start", 0)
        && set("synced_at", QDateTime::currentMSecsSinceEpoch());
    for (const mirror::Table table : mirror::listedTables())
        ok = ok && set(QStringLiteral("listing.%1.done").arg(mirror::tableName(table)), 1);
    return ok && c.exec("DELETE FROM pending_lines") && c.exec("DELETE FROM payment_method_owners");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption url("url", "The server (the sandbox).", "url");
    const QCommandLineOption key("key", "A sandbox key.", "key", "sk_test_PaydeskSandbox0001");
    const QCommandLineOption sqlite("sqlite", "A store filled by paydesk-mirror-bench.", "path");
    const QCommandLineOption seconds("seconds", "How long to follow (default 60).", "n", "60");
    const QCommandLineOption writes("writes-per-second", "Changes made in the sandbox (default 5).", "n",
                                    "5");
    parser.addOptions({url, key, sqlite, seconds, writes});
    parser.process(app);
    const QString base = parser.value(url), apiKey = parser.value(key);

    QNetworkAccessManager network;
    const QStringList customers = idsOf(get(network, request(base, "/v1/customers?limit=100", apiKey)));
    const QStringList invoices = idsOf(get(network, request(base, "/v1/invoices?limit=100", apiKey)));
    // The sandbox makes its demo data without events: one change gives the follow its start.
    if (!customers.isEmpty()) {
        QNetworkReply *reply = network.post(request(base, "/v1/customers/" + customers.first(), apiKey),
                                            "metadata[bench]=start");
        QEventLoop wait;
        QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        wait.exec();
        reply->deleteLater();
    }
    const QJsonObject newest = get(network, request(base, "/v1/events?limit=1", apiKey))
                                   .value("data")
                                   .toArray()
                                   .first()
                                   .toObject();
    if (newest.isEmpty() || customers.isEmpty() || invoices.isEmpty()
        || !adopt(parser.value(sqlite), newest)) {
        std::fprintf(stderr, "paydesk-mirror-sync-bench: no events, customers or invoices, or no store\n");
        return 1;
    }

    stripe::Client client;
    client.setBaseUrl(QUrl(base));
    client.setApiKey(apiKey);
    stripe::Client::Options clientOptions;
    clientOptions.retry.maxRetries = 0;
    client.setOptions(clientOptions);
    mirror::Mirror mirror(mirror::StoreConfig::sqlite(parser.value(sqlite), "acct_bench"), &client);

    MainThreadWatch watch;
    int changes = 0, tabReads = 0;
    double tabReadMs = 0, tabReadMax = 0;
    QObject::connect(&mirror, &mirror::Mirror::changed, [&](const QList<objects::Kind> &kinds) {
        ++changes;
        for (const double ms : readAsTheTabsDo(mirror, kinds)) {
            tabReadMs += ms;
            tabReadMax = std::max(tabReadMax, ms);
            ++tabReads;
        }
    });

    // Changes in the sandbox: a customer's, then an invoice's metadata, in turn.
    int written = 0;
    QTimer writer;
    writer.setInterval(1000 / std::max(1, parser.value(writes).toInt()));
    QObject::connect(&writer, &QTimer::timeout, [&] {
        const bool customer = written % 2 == 0;
        const QString path = customer ? "/v1/customers/" + customers.at((written / 2) % customers.size())
                                      : "/v1/invoices/" + invoices.at((written / 2) % invoices.size());
        QUrlQuery form;
        form.addQueryItem("metadata[bench]", QString::number(written));
        QNetworkReply *reply
            = network.post(request(base, path, apiKey), form.toString(QUrl::FullyEncoded).toUtf8());
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        ++written;
    });

    int status = 0;
    bool started = false;
    // The mirror's part of a tab's first rows after the app starts: from Mirror::start to Ready
    // (the store opened, its state read, the follow begun), then the first window and footer a
    // tab reads then.
    QElapsedTimer sinceStart;
    double readyMs = 0, firstRowsMs = 0;
    QObject::connect(&mirror, &mirror::Mirror::stateChanged, [&](mirror::Mirror::State state) {
        if (state == mirror::Mirror::State::Ready && !started) {
            readyMs = double(sinceStart.nsecsElapsed()) / 1e6;
            const QList<double> first = readAsTheTabsDo(mirror, {objects::Kind::Invoice});
            firstRowsMs = double(sinceStart.nsecsElapsed()) / 1e6;
            if (first.isEmpty())
                firstRowsMs = -1; // the mirror could not serve invoices
            started = true;
            watch.start();
            writer.start();
            QTimer::singleShot(parser.value(seconds).toInt() * 1000, &app, &QCoreApplication::quit);
        } else if (state == mirror::Mirror::State::Failed
                   || (state == mirror::Mirror::State::Listing && !started)) {
            // Listing at the start: the store was not taken as current (later, an invoice with
            // more lines than it carries lists them, which is part of following).
            std::fprintf(stderr, "paydesk-mirror-sync-bench: %s\n", qPrintable(mirror.notice()));
            status = 1;
            app.quit();
        }
    });
    sinceStart.start();
    mirror.start();
    app.exec();
    QObject::disconnect(&mirror, &mirror::Mirror::stateChanged, nullptr, nullptr);
    watch.stop();
    writer.stop();
    std::printf(
        "ready_ms=%.1f first_rows_ms=%.1f seconds=%s writes=%d changes=%d tab_reads=%d tab_read_ms=%.0f "
        "tab_read_max_ms=%.1f",
        readyMs, firstRowsMs, qPrintable(parser.value(seconds)), written, changes, tabReads, tabReadMs,
        tabReadMax);
    watch.print();
    std::printf("\n");
    mirror.stop();
    return status;
}
