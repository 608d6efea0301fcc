#include "src/platform/SingleInstance.h"

#include "src/platform/PrivateFiles.h"
#include "src/platform/UserName.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace platform {

namespace {

// A request is a line of JSON with a few arguments; anything longer is not from Paydesk.
constexpr qint64 maximumRequest = 64 * 1024;
// A peer that connects and says nothing is dropped after this long.
constexpr std::chrono::seconds requestTimeout(10);

QString runtimeFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath() + QStringLiteral("/paydesk-") + currentUserName();
    ensurePrivateFolder(folder);
    return folder;
}

int remainingMs(const QDeadlineTimer &deadline)
{
    return int(qBound(qint64(0), deadline.remainingTime(), qint64(60 * 60 * 1000)));
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
{
    const QByteArray id = QCryptographicHash::hash((currentUserName() + QLatin1Char('\n') + key).toUtf8(),
                                                   QCryptographicHash::Sha256)
                              .toHex()
                              .left(16);
    const QString name = QStringLiteral("paydesk-") + QString::fromLatin1(id);
    const QString folder = runtimeFolder();
    m_lockFileName = folder + QLatin1Char('/') + name + QStringLiteral(".lock");
#ifdef Q_OS_WIN
    m_serverName = name; // a named pipe, \\.\pipe\paydesk-…
#else
    m_serverName = folder + QLatin1Char('/') + name + QStringLiteral(".socket");
#endif
}

SingleInstance::~SingleInstance()
{
    // The socket goes before the lock: once the lock is free, a new first instance may start
    // listening on the same name, and closing a QLocalServer removes the socket file by name.
    delete m_server;
    m_server = nullptr;
}

SingleInstance::Outcome SingleInstance::claim(const QStringList &arguments, QString *answer,
                                              std::chrono::milliseconds timeout)
{
    m_lock = std::make_unique<QLockFile>(m_lockFileName);
    // Held as long as the instance runs: never stale because of its age, only when its process
    // is gone.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() == QLockFile::LockFailedError)
            return handOver(arguments, answer, timeout);
        *answer = tr("Paydesk cannot create %1, which makes sure only one Paydesk runs.").arg(m_lockFileName);
        return Outcome::Failed;
    }
    // Holding the lock says no other instance serves this name; a socket that still answers says
    // otherwise (a lock on a file system without working locks), and wins.
    {
        QLocalSocket probe;
        probe.connectToServer(m_serverName);
        if (probe.waitForConnected(200)) {
            probe.abort();
            return handOver(arguments, answer, timeout);
        }
    }
    // So the socket file, if there is one, was left by an instance that crashed.
    QLocalServer::removeServer(m_serverName);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        *answer = tr("Paydesk cannot listen on %1: %2").arg(m_serverName, m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return Outcome::Failed;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    return Outcome::First;
}

SingleInstance::Outcome SingleInstance::handOver(const QStringList &arguments, QString *answer,
                                                 std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    qint64 pid = 0;
    QString hostName, appName;
    m_lock->getLockInfo(&pid, &hostName, &appName);
    const QString notAnswering
        = tr("Paydesk is already running (process %1) but did not answer within %2 seconds. If it "
             "is stuck, end that process and start Paydesk again.")
              .arg(pid)
              .arg((timeout.count() + 999) / 1000);

    QLocalSocket socket;
    // The first instance takes the lock a moment before it listens.
    for (;;) {
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(qMin(1000, remainingMs(deadline))))
            break;
        if (deadline.hasExpired()) {
            *answer = notAnswering;
            return Outcome::Failed;
        }
        QThread::msleep(100);
    }
    const QJsonObject request {{QStringLiteral("arguments"), QJsonArray::fromStringList(arguments)}};
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    socket.flush();
    while (!socket.canReadLine() && socket.state() == QLocalSocket::ConnectedState && !deadline.hasExpired())
        socket.waitForReadyRead(remainingMs(deadline));
    if (!socket.canReadLine()) {
        *answer = notAnswering;
        return Outcome::Failed;
    }
    const QJsonObject reply = QJsonDocument::fromJson(socket.readLine(maximumRequest)).object();
    *answer = reply.value(QLatin1String("answer")).toString();
    return Outcome::HandedOver;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        QTimer::singleShot(requestTimeout, socket, [socket] { socket->abort(); });
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maximumRequest)
            socket->abort();
        return;
    }
    const QJsonObject request = QJsonDocument::fromJson(socket->readLine(maximumRequest)).object();
    QStringList arguments;
    const QJsonArray list = request.value(QLatin1String("arguments")).toArray();
    for (const QJsonValue &argument : list)
        arguments << argument.toString();
    const QString answer
        = m_handler ? m_handler(arguments) : tr("Paydesk is already running and is still starting.");
    const QJsonObject reply {{QStringLiteral("answer"), answer}};
    socket->write(QJsonDocument(reply).toJson(QJsonDocument::Compact) + '\n');
    socket->disconnectFromServer(); // after the answer is written
}

} // namespace platform
