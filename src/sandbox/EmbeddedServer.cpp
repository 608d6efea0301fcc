#include "src/sandbox/EmbeddedServer.h"

#include "src/sandbox/Server.h"

namespace sandbox {

EmbeddedServer::EmbeddedServer(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("Paydesk sandbox"));
}

EmbeddedServer::~EmbeddedServer()
{
    stop();
}

bool EmbeddedServer::start(const Options &options, QString *error)
{
    if (m_server)
        return true;
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    bool ok = false;
    QString why;
    QMetaObject::invokeMethod(
        m_context,
        [this, &options, &ok, &why] {
            m_server = new Server;
            ok = m_server->start(options, &why);
            if (ok)
                m_url = m_server->url();
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        if (error)
            *error = why;
        stop();
    }
    return ok;
}

void EmbeddedServer::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server;
            m_server = nullptr;
            delete m_context;
            m_context = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Faults &EmbeddedServer::faults()
{
    return m_server->faults();
}

void EmbeddedServer::ageEvents(int days)
{
    inspect([days](Server &server) { server.ageEvents(days); });
}

void EmbeddedServer::inspect(const std::function<void(Server &)> &function)
{
    if (!m_server)
        return;
    QMetaObject::invokeMethod(
        m_context, [this, &function] { function(*m_server); }, Qt::BlockingQueuedConnection);
}

} // namespace sandbox
