#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace platform {

// One Paydesk per user and data folder. Two windows on one write journal each took the other's
// writes in flight for unfinished ones, and on the built-in sandbox the last to quit erased the
// other's data. A second start hands its arguments to the first, which acts on them and answers
// in a sentence, and ends.
//
// How: a lock file held for the first instance's whole life (QLockFile: an exclusive file plus an
// flock, so a crashed holder's lock is recognised as stale and taken over, and of two starts at
// the same moment exactly one wins) and a local socket the first listens on. Both live in the
// user's runtime folder (XDG_RUNTIME_DIR: user-only), named after a hash of the user and the data
// folder; on Windows the socket is a named pipe restricted to the user. A socket left behind by
// a crash is removed only by the process that holds the lock, which proves nobody else serves it.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        First, // this process is the instance: it listens for later starts
        HandedOver, // another instance took the arguments; `answer` says what it did
        Failed, // neither: `answer` says why (an instance that does not answer, no runtime folder)
    };
    // The first instance's answer to a later start's arguments (argv, the program first).
    using Handler = std::function<QString(const QStringList &arguments)>;

    // `key`: what two processes must not share, the data folder.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;
    Q_DISABLE_COPY_MOVE(SingleInstance)

    // Becomes the first instance, or hands `arguments` to the running one and waits up to
    // `timeout` for its answer (it may be busy starting up).
    Outcome claim(const QStringList &arguments, QString *answer,
                  std::chrono::milliseconds timeout = std::chrono::seconds(20));
    // Called on the event loop for each later start, once claim() answered First.
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QString serverName() const { return m_serverName; }
    QString lockFileName() const { return m_lockFileName; }

private:
    Outcome handOver(const QStringList &arguments, QString *answer, std::chrono::milliseconds timeout);
    void acceptConnections();
    void readRequest(QLocalSocket *socket);

    QString m_serverName;
    QString m_lockFileName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    Handler m_handler;
};

} // namespace platform
