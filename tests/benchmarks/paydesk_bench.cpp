// paydesk-bench: the in-process half of scripts/bench. Each subcommand measures one thing against
// a running paydesk-sandbox and prints one line of "name=value" pairs for the script to report.
//
//   paydesk-bench client  URL KEY     page through /v1/customers with stripe::ListPager
//   paydesk-bench client-built URL KEY  the same, building every object as it arrives
//   paydesk-bench cursors URL KEY N   print the URLs of the first N pages (for curl's run)
//   paydesk-bench stall   URL KEY ROWS  longest event-loop stall: idle, loading ROWS rows, CSV
//   paydesk-bench scale   URL KEY ROWS  time and heap bytes to load ROWS rows into the model
//   paydesk-bench sort    URL KEY ROWS  sort ROWS loaded rows by name: first (builds them), again
//   paydesk-bench startup APP RUNS    process start to first rows painted, against --version
//
// The key is a sandbox key: the real one never belongs on a command line.

#include "src/records/Column.h"
#include "src/records/CsvExport.h"
#include "src/records/ListModel.h"
#include "src/stripe/Client.h"
#include "src/stripe/ListPager.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <malloc.h>

namespace {

double cpuMilliseconds()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Bytes the heap has handed out: steadier than the resident size, which moves in pages.
double heapBytes()
{
    return double(mallinfo2().uordblks);
}

void fail(const char *what)
{
    std::fprintf(stderr, "paydesk-bench: %s\n", what);
    std::exit(1);
}

std::unique_ptr<stripe::Client> connect(const QString &url, const QString &key)
{
    auto client = std::make_unique<stripe::Client>();
    QString whyNot;
    if (!client->setBaseUrl(QUrl(url), &whyNot))
        fail(qPrintable(whyNot));
    client->setApiKey(key);
    return client;
}

records::ListQuery customersQuery()
{
    records::ListQuery query;
    query.path = QStringLiteral("/v1/customers");
    return query;
}

// A 1 ms timer that remembers the longest gap between its ticks: how long the event loop was
// busy with something else, i.e. how long a window would have been frozen.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, m_sinceTick.nsecsElapsed());
            m_sinceTick.restart();
        });
    }
    void start()
    {
        m_longest = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        m_longest = std::max(m_longest, m_sinceTick.nsecsElapsed());
        return double(m_longest) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

// Loads rows into the model the way a view does: fetchMore whenever it can, until `rows` rows
// are in or the list ends. Returns the rows loaded.
int loadRows(records::ListModel &model, int rows)
{
    QEventLoop loop;
    auto more = [&] {
        if (model.rowCount() >= rows || !model.hasMore())
            loop.quit();
        else
            model.fetchMore();
    };
    QObject::connect(&model, &records::ListModel::pageAppended, &loop, more, Qt::QueuedConnection);
    QObject::connect(&model, &records::ListModel::stateChanged, &loop, [&](records::ListModel::State state) {
        if (state == records::ListModel::State::Failed)
            fail(qPrintable(model.error().message));
    });
    model.load(customersQuery());
    loop.exec();
    return model.rowCount();
}

// buildEach: build every object into a QJsonObject as it arrives, as the Node library does and as
// a CSV export does; otherwise read each one's id, which is what paging a table does (a row is
// built when it is painted).
int client(const QString &url, const QString &key, bool buildEach)
{
    auto client = connect(url, key);
    stripe::ListPager pager(client.get(), stripe::ListPager::Kind::List, QStringLiteral("/v1/customers"), {});
    pager.setPageSize(100);
    QEventLoop loop;
    qsizetype objects = 0;
    QObject::connect(&pager, &stripe::ListPager::pageLoaded,
                     [&](const QList<stripe::ListObject> &page, bool hasMore) {
                         for (const stripe::ListObject &object : page) {
                             if (buildEach)
                                 objects += object.object().contains(QLatin1String("id")) ? 1 : 0;
                             else
                                 objects += object.id().isEmpty() ? 0 : 1;
                         }
                         if (hasMore)
                             pager.fetchNext();
                         else
                             loop.quit();
                     });
    QObject::connect(&pager, &stripe::ListPager::failed,
                     [](const stripe::Error &error) { fail(qPrintable(error.message)); });
    QElapsedTimer wall;
    wall.start();
    const double cpu = cpuMilliseconds();
    pager.fetchNext();
    loop.exec();
    std::printf("wall_ms=%.1f cpu_ms=%.1f objects=%lld\n", double(wall.nsecsElapsed()) / 1e6,
                cpuMilliseconds() - cpu, qlonglong(objects));
    return 0;
}

int cursors(const QString &url, const QString &key, int pages)
{
    auto client = connect(url, key);
    stripe::ListPager pager(client.get(), stripe::ListPager::Kind::List, QStringLiteral("/v1/customers"), {});
    QEventLoop loop;
    QString after;
    int printed = 0;
    auto print = [&] {
        QUrl page(url + QLatin1String("/v1/customers"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        if (!after.isEmpty())
            query.addQueryItem(QStringLiteral("starting_after"), after);
        page.setQuery(query);
        std::printf("%s\n", qPrintable(page.toString(QUrl::FullyEncoded)));
        ++printed;
    };
    QObject::connect(&pager, &stripe::ListPager::pageLoaded,
                     [&](const QList<stripe::ListObject> &page, bool hasMore) {
                         print();
                         after = page.last().id();
                         if (hasMore && printed < pages)
                             pager.fetchNext();
                         else
                             loop.quit();
                     });
    QObject::connect(&pager, &stripe::ListPager::failed,
                     [](const stripe::Error &error) { fail(qPrintable(error.message)); });
    pager.fetchNext();
    loop.exec();
    return 0;
}

int stall(const QString &url, const QString &key, int rows)
{
    auto client = connect(url, key);
    StallProbe probe;

    probe.start();
    QEventLoop idle;
    QTimer::singleShot(1000, &idle, &QEventLoop::quit);
    idle.exec();
    const double idleStall = probe.stop();

    records::ListModel model(records::columnsFor(objects::Kind::Customer));
    model.setClient(client.get());
    probe.start();
    const int loaded = loadRows(model, rows);
    const double loadStall = probe.stop();

    QTemporaryDir folder;
    records::CsvExport exporter(client.get(), customersQuery(), model.columns(),
                                folder.filePath(QStringLiteral("customers.csv")));
    QEventLoop exporting;
    bool exported = false;
    QObject::connect(&exporter, &records::CsvExport::finished, [&](bool ok) {
        exported = ok;
        exporting.quit();
    });
    probe.start();
    exporter.start();
    exporting.exec();
    const double exportStall = probe.stop();
    if (!exported)
        fail(qPrintable(exporter.error().message));

    std::printf("idle_ms=%.2f load_ms=%.2f export_ms=%.2f rows=%d exported=%d\n", idleStall, loadStall,
                exportStall, loaded, exporter.rowsWritten());
    return 0;
}

int scale(const QString &url, const QString &key, int rows)
{
    auto client = connect(url, key);
    malloc_trim(0);
    const double heapBefore = heapBytes();
    auto model = std::make_unique<records::ListModel>(records::columnsFor(objects::Kind::Customer));
    model->setClient(client.get());
    QElapsedTimer wall;
    wall.start();
    const double cpu = cpuMilliseconds();
    const int loaded = loadRows(*model, rows);
    const double elapsed = double(wall.nsecsElapsed()) / 1e6;
    const double cpuUsed = cpuMilliseconds() - cpu;
    // Settle what the last page's parsing left behind before counting what the rows hold.
    QCoreApplication::processEvents();
    malloc_trim(0);
    const double heapAfter = heapBytes();
    std::printf("rows=%d wall_ms=%.1f cpu_ms=%.1f bytes_per_row=%.0f\n", loaded, elapsed, cpuUsed,
                (heapAfter - heapBefore) / std::max(1, loaded));
    return 0;
}

// Sorting ROWS loaded rows by name the way a click on the header does (QSortFilterProxyModel over
// ListModel's SortRole): the first sort builds every row not yet built, the second only sorts.
int sort(const QString &url, const QString &key, int rows)
{
    auto client = connect(url, key);
    records::ListModel model(records::columnsFor(objects::Kind::Customer));
    model.setClient(client.get());
    const int loaded = loadRows(model, rows);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(records::ListModel::SortRole);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    const auto timeSort = [&proxy](Qt::SortOrder order) {
        QElapsedTimer wall;
        wall.start();
        proxy.sort(0, order);
        return double(wall.nsecsElapsed()) / 1e6;
    };
    const double first = timeSort(Qt::AscendingOrder);
    const double again = timeSort(Qt::DescendingOrder);
    std::printf("rows=%d first_sort_ms=%.1f second_sort_ms=%.1f\n", loaded, first, again);
    return 0;
}

// Wall time from QProcess::start() to the app's "first rows painted" log line, and to the end
// of `paydesk --version` (loading the same libraries, no window): the floor of any start.
int startup(const QString &app, int runs)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("paydesk.startup.info=true"));
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    static const QRegularExpression painted(QStringLiteral("first rows painted at (\\d+) ms"));

    auto firstRows = [&] {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        process.start(app, {QStringLiteral("--sandbox")});
        QByteArray output;
        qint64 at = -1;
        while (at < 0 && process.waitForReadyRead(20000)) {
            output += process.readAll();
            const auto match = painted.match(QString::fromUtf8(output));
            if (match.hasMatch())
                at = match.captured(1).toLongLong();
        }
        process.terminate();
        process.waitForFinished(10000);
        if (at < 0)
            fail(qPrintable(QStringLiteral("no first rows in: ") + QString::fromUtf8(output)));
        return double(at - started);
    };
    auto version = [&] {
        QProcess process;
        process.setProcessEnvironment(environment);
        QElapsedTimer wall;
        wall.start();
        process.start(app, {QStringLiteral("--version")});
        process.waitForFinished(20000);
        return double(wall.nsecsElapsed()) / 1e6;
    };
    auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };

    const double first = firstRows(); // a new user: no settings, the sandbox's data made anew
    QList<double> rows, bare;
    for (int i = 0; i < runs; ++i) { // interleaved, so both see the same machine
        rows.append(firstRows());
        bare.append(version());
    }
    std::printf("first_start_ms=%.0f first_rows_ms=%.0f version_ms=%.0f\n", first, median(rows),
                median(bare));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("client") && args.size() == 4)
        return client(args[2], args[3], false);
    if (command == QLatin1String("client-built") && args.size() == 4)
        return client(args[2], args[3], true);
    if (command == QLatin1String("cursors") && args.size() == 5)
        return cursors(args[2], args[3], args[4].toInt());
    if (command == QLatin1String("stall") && args.size() == 5)
        return stall(args[2], args[3], args[4].toInt());
    if (command == QLatin1String("scale") && args.size() == 5)
        return scale(args[2], args[3], args[4].toInt());
    if (command == QLatin1String("sort") && args.size() == 5)
        return sort(args[2], args[3], args[4].toInt());
    if (command == QLatin1String("startup") && args.size() == 4)
        return startup(args[2], args[3].toInt());
    std::fprintf(stderr, "usage: see the comment at the top of tests/benchmarks/paydesk_bench.cpp\n");
    return 2;
}
