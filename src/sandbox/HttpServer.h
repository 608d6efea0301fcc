#pragma once

#include "src/sandbox/HttpMessage.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace sandbox {

// A small HTTP/1.1 server: keep-alive, Content-Length bodies, pipelined requests answered in
// order (one at a time per connection). What to answer is the handler's business.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    QHostAddress address() const { return m_server.serverAddress(); }

    // Requests larger than this are refused with 413; a client can never exhaust memory.
    static constexpr qsizetype maxRequestBytes = 8 * 1024 * 1024;

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false; // a delayed answer is pending: later requests wait their turn
    };

    void onReadyRead(QTcpSocket *socket);
    void processNext(QTcpSocket *socket);
    void write(QTcpSocket *socket, const HttpResponse &response, bool keepAlive);

    Handler m_handler;
    QTcpServer m_server;
    QHash<QTcpSocket *, Connection> m_connections;
};

} // namespace sandbox
