#include "MainWindow.h"
#include "PaydeskVersion.h"
#include "Workspace.h"
#include "accounts/AccountStore.h"
#include "accounts/KeyVault.h"
#include "operations/WriteJournal.h"
#include "sandbox/EmbeddedServer.h"
#include "sandbox/SandboxKeys.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QSocketNotifier>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

// A logout or `kill` sends SIGTERM: quit through the event loop, so that windows close,
// settings are saved and pending writes are journaled as they would be on File → Quit.
void quitOnTerminationSignals(QApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char signal = 0;
        if (::read(signalPipe[1], &signal, 1) == 1)
            QApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = [](int) {
        const char byte = 1;
        [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
    };
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
}
#endif

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Paydesk — a desktop admin console for Stripe.\n"
                                    "Without a saved account Paydesk opens on its built-in sandbox."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("sandbox"),
         QCoreApplication::translate(
             "main", "Open on the built-in sandbox (made-up data), even when an account is saved.")});
    parser.addOption(
        {QStringLiteral("base-url"),
         QCoreApplication::translate(
             "main",
             "Send API requests to <url> instead of https://api.stripe.com (a proxy, or a sandbox "
             "started with paydesk-sandbox). Plain http:// only to this computer."),
         QStringLiteral("url")});
    parser.addOption({QStringLiteral("account"),
                      QCoreApplication::translate(
                          "main", "Open on the saved account <id> (acct_...) instead of the last one used."),
                      QStringLiteral("id")});
}

// The built-in sandbox runs on a thread of its own, on a free loopback port; what a user does in
// it is kept in the data folder, so the sandbox looks the same at the next start.
Workspace::Sandbox startSandbox(sandbox::EmbeddedServer &server)
{
    if (!server.isRunning()) {
        sandbox::Options options;
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        options.dataFile = folder + QLatin1String("/sandbox.json");
        QString error;
        if (!server.start(options, &error))
            return {
                {}, {}, QCoreApplication::translate("main", "The sandbox could not start: %1").arg(error)};
    }
    return {server.url(), sandbox::keys::secret(), {}};
}

// The icon theme's (what the desktop file names) where there is one, else the built-in sizes.
QIcon windowIcon()
{
    QIcon builtIn;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        builtIn.addFile(QStringLiteral(":/icons/%1.png").arg(size), QSize(size, size));
    return QIcon::fromTheme(QStringLiteral("app.paydesk.Paydesk"), builtIn);
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Paydesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("paydesk.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Paydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    setApplicationNames();
    QCommandLineParser parser;
    describeOptions(parser);

    // --help and --version are answered without a display (IT scripts, the man page, a terminal
    // over ssh), so only a QCoreApplication is made for them. Everything else goes through
    // QApplication first, which takes Qt's own options (-platform, -style) out of argv.
    static const QStringList textOnlyOptions {QStringLiteral("-h"), QStringLiteral("--help"),
                                              QStringLiteral("-?"), QStringLiteral("--help-all"),
                                              QStringLiteral("-v"), QStringLiteral("--version")};
    for (int i = 1; i < argc; ++i) {
        if (textOnlyOptions.contains(QString::fromLocal8Bit(argv[i]))) {
            QCoreApplication textOnly(argc, argv);
            parser.process(textOnly); // prints and exits
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Paydesk"));
    QApplication::setDesktopFileName(QStringLiteral("app.paydesk.Paydesk"));
    QApplication::setWindowIcon(windowIcon());

    parser.process(app);

#ifdef Q_OS_UNIX
    quitOnTerminationSignals(app);
#endif

    sandbox::EmbeddedServer sandboxServer;
    accounts::KeyVault vault;
    accounts::AccountStore store;
    operations::WriteJournal journal;
    MainWindow window;
    Workspace workspace(&window, &vault, &store, &journal,
                        [&sandboxServer] { return startSandbox(sandboxServer); });
    window.show();

    Workspace::Options options;
    options.sandbox = parser.isSet(QStringLiteral("sandbox"));
    options.accountId = parser.value(QStringLiteral("account"));
    if (parser.isSet(QStringLiteral("base-url"))) {
        options.baseUrl = QUrl(parser.value(QStringLiteral("base-url")));
        QString whyNot;
        if (!stripe::Client::isAcceptableBaseUrl(options.baseUrl, &whyNot)) {
            qCritical("Paydesk: %s", qUtf8Printable(whyNot));
            return 2;
        }
    }
    // After the window is up, so that a keychain prompt or message has a window to belong to.
    QMetaObject::invokeMethod(
        &workspace, [&workspace, options] { workspace.start(options); }, Qt::QueuedConnection);
    return app.exec();
}
