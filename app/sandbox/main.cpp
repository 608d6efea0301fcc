// paydesk-sandbox: the Stripe-compatible local server with made-up data, on its own.

#include "PaydeskVersion.h"
#include "src/platform/PrivateFiles.h"
#include "src/platform/ProcessHardening.h"
#include "src/platform/TerminationSignals.h"
#include "src/sandbox/SandboxKeys.h"
#include "src/sandbox/Server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Its data is made up, but tests and demos give it real-looking keys, and --data files are
    // as private as the app's: no core dumps, and new files for the user alone (a second line of
    // defence behind making --data private explicitly below).
    QString whyNot;
    if (!platform::disableCoreDumps(&whyNot))
        std::fprintf(stderr, "paydesk-sandbox: crash dumps could not be turned off (%s)\n",
                     qPrintable(whyNot));
    platform::restrictNewFilesToUser();

    QCoreApplication app(argc, argv);
    // SIGTERM and Ctrl+C end the event loop, so that --data is written on the way out. Installed
    // before the data is loaded: a signal that comes while loading waits for the event loop.
    platform::TerminationSignals termination;
    QObject::connect(&termination, &platform::TerminationSignals::terminationRequested, &app,
                     [] { QCoreApplication::quit(); });
    QCoreApplication::setApplicationName(QStringLiteral("paydesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "A Stripe-compatible server with made-up data, for trying Paydesk and for tests.\n\n"
            "Keys: %1 (everything), %2 (no invoices, no account),\n"
            "      %3 (reads only), %4 (expired).\n\n"
            "Fault switches over HTTP, only with --allow-fault-switches: POST /_sandbox/faults with\n"
            "  form fields fail_next=N status=429|500|503, drop_before_apply=N, drop_after_apply=N,\n"
            "  latency_ms=MS, delay_next=N delay_ms=MS, method=POST, path=/v1/refunds, reset=true;\n"
            "  POST /_sandbox/age_events with days=N moves every event N days into the past\n"
            "  (GET /v1/events keeps 30 days, as Stripe does).")
            .arg(sandbox::keys::secret(), sandbox::keys::noInvoices(), sandbox::keys::readOnly(),
                 sandbox::keys::expired()));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port({QStringLiteral("p"), QStringLiteral("port")},
                                  QStringLiteral("Listen on <port> (default: 12111; 0 for any free port)."),
                                  QStringLiteral("port"), QStringLiteral("12111"));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Listen on <address> (default 127.0.0.1: this computer only)."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Make demo data from seed <n> (default 1)."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Keep the sandbox's state in <file> across restarts."),
                                  QStringLiteral("file"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Answer every request <ms> later."), QStringLiteral("ms"),
                                     QStringLiteral("0"));
    const QCommandLineOption failNext(QStringLiteral("fail-next"),
                                      QStringLiteral("Fail the next <n> requests."), QStringLiteral("n"),
                                      QStringLiteral("0"));
    const QCommandLineOption failStatus(
        QStringLiteral("fail-status"),
        QStringLiteral("The status --fail-next answers with: 429, 500 or 503 (default 500)."),
        QStringLiteral("status"), QStringLiteral("500"));
    const QCommandLineOption dropBefore(
        QStringLiteral("drop-before-apply"),
        QStringLiteral("Drop the connection of the next <n> requests before applying them."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption dropAfter(
        QStringLiteral("drop-after-apply"),
        QStringLiteral("Apply the next <n> requests, then drop the connection unanswered."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption key(
        QStringLiteral("key"), QStringLiteral("Also accept the test-mode key <key>."), QStringLiteral("key"));
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       QStringLiteral("Make <n> demo customers (default 300)."),
                                       QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption invoices(
        QStringLiteral("invoices-per-customer"),
        QStringLiteral("Make about <n> invoices per demo customer (default 4; 0 for a store of customers "
                       "alone, as the benchmarks want)."),
        QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption allowFaultSwitches(
        QStringLiteral("allow-fault-switches"),
        QStringLiteral("Accept fault switches over HTTP (POST /_sandbox/faults) from any process on this "
                       "computer, for tests. Off by default: the path is then unknown."));
    parser.addOptions({port, listen, seed, data, latency, failNext, failStatus, dropBefore, dropAfter, key,
                       customers, invoices, allowFaultSwitches});
    parser.process(app);

    sandbox::Options options;
    options.listen = QHostAddress(parser.value(listen));
    if (options.listen.isNull()) {
        std::fprintf(stderr, "paydesk-sandbox: %s is not an IP address\n", qPrintable(parser.value(listen)));
        return 2;
    }
    options.port = quint16(parser.value(port).toUInt());
    options.seed = parser.value(seed).toULongLong();
    options.dataFile = parser.value(data);
    options.latencyMs = parser.value(latency).toInt();
    options.extraKeys = parser.values(key);
    options.customers = std::max(0, parser.value(customers).toInt());
    options.invoicesPerCustomer = std::max(0, parser.value(invoices).toInt());
    options.allowFaultSwitches = parser.isSet(allowFaultSwitches);

    QString error;
    if (QFileInfo::exists(options.dataFile) && !platform::makePrivate(options.dataFile, &error))
        std::fprintf(stderr, "paydesk-sandbox: %s\n", qPrintable(error));

    sandbox::Server server;
    if (!server.start(options, &error)) {
        std::fprintf(stderr, "paydesk-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    if (const int n = parser.value(failNext).toInt(); n > 0)
        server.faults().failNext(n, parser.value(failStatus).toInt());
    if (const int n = parser.value(dropBefore).toInt(); n > 0)
        server.faults().dropBeforeApply(n);
    if (const int n = parser.value(dropAfter).toInt(); n > 0)
        server.faults().dropAfterApply(n);

    std::printf("paydesk-sandbox listening on %s (%d objects)\n", qPrintable(server.url().toString()),
                server.store().totalObjects());
    std::fflush(stdout);
    const int code = app.exec();
    server.save();
    return code;
}
