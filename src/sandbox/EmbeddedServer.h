#pragma once

#include "src/sandbox/Options.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>

namespace sandbox {

class Faults;
class Server;

// Runs a sandbox Server on a thread of its own, so that the window that embeds it (or a test)
// never serves HTTP on its own event loop, and the sandbox's work never freezes it.
class EmbeddedServer : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedServer(QObject *parent = nullptr);
    ~EmbeddedServer() override;

    // Makes (or loads) the data and listens; returns when the server is ready or has failed.
    bool start(const Options &options, QString *error);
    void stop();
    bool isRunning() const { return m_server != nullptr; }
    QUrl url() const { return m_url; }

    // Thread-safe fault switches.
    Faults &faults();
    // Server::ageEvents on the server's thread.
    void ageEvents(int days);
    // Runs the function on the server's thread and waits for it (tests inspect the store).
    void inspect(const std::function<void(Server &)> &function);

private:
    QThread m_thread;
    QObject *m_context = nullptr;
    Server *m_server = nullptr;
    QUrl m_url;
};

} // namespace sandbox
