// paydesk-mirror-probe: a Mirror in a process of its own, for the reliability tests that kill it
// (SIGKILL) mid-listing or mid-follow, or run two of them on one team store. It prints what it
// does, one line at a time, and runs until killed:
//   state Listing | state Ready | ...    role Follower | role Reader    listed <n>
//   synced <newest event id>             notice <text>                  error <text>
// The PostgreSQL password comes from PAYDESK_PROBE_PG_PASSWORD, never the command line.

#include "src/mirror/Mirror.h"

#include "src/stripe/Client.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMetaEnum>

#include <cstdio>

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

template<typename Enum>
QString nameOf(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sqlite("sqlite", "The mirror file.", "path");
    const QCommandLineOption postgres("postgres", "A PostgreSQL connection string.", "connection");
    const QCommandLineOption url("url", "Stripe's (or the sandbox's) address.", "url");
    const QCommandLineOption key("key", "The API key.", "key", "sk_test_PaydeskSandbox0001");
    const QCommandLineOption account("account", "The account id.", "id", "acct_test");
    const QCommandLineOption desk("desk", "This desk's name.", "name");
    const QCommandLineOption poll("poll", "Milliseconds between reads of the events.", "ms", "200");
    parser.addOptions({sqlite, postgres, url, key, account, desk, poll});
    parser.process(app);

    const mirror::StoreConfig config = parser.isSet(postgres)
        ? mirror::StoreConfig::postgresql(parser.value(postgres), parser.value(account))
        : mirror::StoreConfig::sqlite(parser.value(sqlite), parser.value(account));
    stripe::Client client;
    client.setBaseUrl(QUrl(parser.value(url)));
    client.setApiKey(parser.value(key));
    stripe::Client::Options clientOptions;
    clientOptions.retry.maxRetries = 0;
    client.setOptions(clientOptions);

    mirror::Mirror::Options options;
    options.pollInterval = std::chrono::milliseconds(parser.value(poll).toInt());
    options.teamInterval = std::chrono::milliseconds(300);
    options.reconnectInterval = std::chrono::milliseconds(500);
    options.desk = parser.value(desk);
    mirror::Mirror mirror(config, &client, options);
    mirror.setPassword(qEnvironmentVariable("PAYDESK_PROBE_PG_PASSWORD"));

    QObject::connect(&mirror, &mirror::Mirror::stateChanged, [&](mirror::Mirror::State state) {
        say("state " + nameOf(state));
        if (state == mirror::Mirror::State::Failed)
            say("error " + mirror.notice());
    });
    QObject::connect(&mirror, &mirror::Mirror::roleChanged,
                     [](mirror::Mirror::Role role) { say("role " + nameOf(role)); });
    QObject::connect(&mirror, &mirror::Mirror::noticeChanged, [](const QString &notice) {
        if (!notice.isEmpty())
            say("notice " + notice);
    });
    QObject::connect(&mirror, &mirror::Mirror::progressChanged,
                     [&] { say(QStringLiteral("listed %1").arg(mirror.progress().listed())); });
    QObject::connect(&mirror, &mirror::Mirror::synced,
                     [&] { say("synced " + mirror.syncState().events.id); });
    mirror.start();
    return app.exec();
}
