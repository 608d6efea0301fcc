#include "PaydeskVersion.h"
#include "src/accounts/AccountStore.h"
#include "src/accounts/KeyVault.h"
#include "src/mirror/AccountMirror.h"
#include "src/platform/PrivateFiles.h"
#include "src/platform/ProcessHardening.h"
#include "src/platform/SingleInstance.h"
#include "src/platform/TerminationSignals.h"
#include "src/sandbox/EmbeddedServer.h"
#include "src/sandbox/SandboxKeys.h"
#include "src/session/Session.h"
#include "src/writes/QuitWhenSettled.h"
#include "src/writes/WriteJournal.h"
#include "ui/MainWindow.h"
#include "ui/QuitOnSignal.h"
#include "ui/Translations.h"
#include "ui/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

#include <cstdio>
#include <optional>

namespace {

// Before anything can hold the key or write customer data: no core dump can carry the key, and
// every file created from here on is the user's alone. The umask is a second line of defence:
// Paydesk makes its data files private explicitly, but Qt and libraries create files too
// (settings, QSaveFile's temporary copies, caches).
void hardenProcess()
{
    QString whyNot;
    if (!platform::disableCoreDumps(&whyNot))
        std::fprintf(stderr, "Paydesk: crash dumps could not be turned off (%s)\n", qUtf8Printable(whyNot));
    platform::restrictNewFilesToUser();
}

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

// The journal and the sandbox's data hold customers' names, e-mail addresses and payments: the
// data folder and everything in it are the user's alone, files left by older versions (created
// 0644 in a 0755 folder) included. Settings name the saved accounts: the same.
void makeFilesPrivate()
{
    QString error;
    if (!platform::ensurePrivateFolder(dataFolder(), &error)
        || !platform::makePrivateTree(dataFolder(), &error))
        std::fprintf(stderr, "Paydesk: %s\n", qUtf8Printable(error));
    const QString settings = QSettings().fileName();
    if (QFileInfo::exists(settings) && !platform::makePrivate(settings, &error))
        std::fprintf(stderr, "Paydesk: %s\n", qUtf8Printable(error));
}

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

// What the command line asks for; a second start's arguments are read the same way.
std::optional<session::Session::Options> readOptions(const QCommandLineParser &parser, QString *whyNot)
{
    session::Session::Options options;
    options.sandbox = parser.isSet(QStringLiteral("sandbox"));
    options.accountId = parser.value(QStringLiteral("account"));
    if (parser.isSet(QStringLiteral("base-url"))) {
        options.baseUrl = QUrl(parser.value(QStringLiteral("base-url")));
        if (!stripe::Client::isAcceptableBaseUrl(options.baseUrl, whyNot))
            return std::nullopt;
    }
    return options;
}

// Paydesk was started again while this instance runs: the window comes to the front and does
// what the new command line asks, if it can; the answer is printed by the second start.
QString followSecondStart(const QStringList &arguments, MainWindow &window, session::Session &session)
{
    window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
    window.show();
    window.raise();
    window.activateWindow();
    QCommandLineParser parser;
    describeOptions(parser);
    QString whyNot;
    const std::optional<session::Session::Options> options
        = parser.parse(arguments) ? readOptions(parser, &whyNot) : std::nullopt;
    if (!options) {
        const QString text = QCoreApplication::translate("main",
                                                         "Paydesk was started again with arguments it "
                                                         "cannot use: %1")
                                 .arg(whyNot.isEmpty() ? parser.errorText() : whyNot);
        window.statusBar()->showMessage(text);
        return text;
    }
    return session.followSecondStart(*options);
}

// The built-in sandbox runs on a thread of its own, on a free loopback port; what a user does in
// it is kept in the data folder, so the sandbox looks the same at the next start.
session::Session::Sandbox startSandbox(sandbox::EmbeddedServer &server)
{
    if (!server.isRunning()) {
        sandbox::Options options;
        platform::ensurePrivateFolder(dataFolder());
        options.dataFile = dataFolder() + QLatin1String("/sandbox.json");
        QString error;
        if (!server.start(options, &error)) {
            session::Session::Sandbox failed;
            failed.error = QCoreApplication::translate("main", "The sandbox could not start: %1").arg(error);
            // Every error of reading the saved data names the file (listening never does): such a
            // file can be kept aside and the sandbox started afresh.
            if (QFileInfo::exists(options.dataFile) && error.contains(options.dataFile))
                failed.unreadableData = options.dataFile;
            return failed;
        }
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
    hardenProcess();
    setApplicationNames();
    QCommandLineParser parser;
    describeOptions(parser);

    // --help and --version are answered without a display (IT scripts, the man page, a terminal
    // over ssh) and without looking for a running Paydesk, so only a QCoreApplication is made for
    // them. Everything else goes through QApplication first, which takes Qt's own options
    // (-platform, -style) out of argv.
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
    installTranslations();
    QApplication::setApplicationDisplayName(QStringLiteral("Paydesk"));
    QApplication::setDesktopFileName(QStringLiteral("app.paydesk.Paydesk"));
    QApplication::setWindowIcon(windowIcon());

    parser.process(app);
    QString whyNot;
    const std::optional<session::Session::Options> options = readOptions(parser, &whyNot);
    if (!options) {
        qCritical("Paydesk: %s", qUtf8Printable(whyNot));
        return 2;
    }

    // One Paydesk per user: a second one would share the journal and the sandbox's data.
    platform::SingleInstance instance(dataFolder());
    QString answer;
    switch (instance.claim(QCoreApplication::arguments(), &answer)) {
    case platform::SingleInstance::Outcome::HandedOver:
        std::fprintf(stderr, "Paydesk is already running; handed over to it: %s\n", qUtf8Printable(answer));
        return 0;
    case platform::SingleInstance::Outcome::Failed:
        qCritical("Paydesk: %s", qUtf8Printable(answer));
        return 1;
    case platform::SingleInstance::Outcome::First:
        break;
    }
    makeFilesPrivate();

    sandbox::EmbeddedServer sandboxServer;
    accounts::KeyVault vault;
    accounts::AccountStore store;
    writes::WriteJournal journal;
    MainWindow window;
    // Each account's copy (on by default on the sandbox and in test mode, offered in live mode).
    mirror::AccountMirror accountMirror(dataFolder());
    accountMirror.setVault(&vault);
    window.setMirror(&accountMirror);
    writes::QuitWhenSettled settle(&journal);
    // Signals that arrive before this line wait in the socket, and are read once the loop runs.
    platform::TerminationSignals termination;
    QObject::connect(&termination, &platform::TerminationSignals::terminationRequested, &window,
                     [&window, &settle] { quitWhenWritesSettle(window, settle); });
    session::Session session(&vault, &store, &journal,
                             [&sandboxServer] { return startSandbox(sandboxServer); });
    Workspace workspace(&window, &session);
    workspace.setMirror(&accountMirror);
    window.show();
    instance.setHandler([&window, &session](const QStringList &arguments) {
        return followSecondStart(arguments, window, session);
    });

    // After the window is up, so that a keychain prompt or message has a window to belong to.
    QMetaObject::invokeMethod(
        &session, [&session, options] { session.start(*options); }, Qt::QueuedConnection);
    return app.exec();
}
