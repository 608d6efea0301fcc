#include "tests/support/ScriptedHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

ScriptedHttpServer::Response ScriptedHttpServer::Response::json(int status, const QByteArray &body)
{
    Response response;
    response.status = status;
    response.body = body;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return response;
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::stripeError(int status, const QByteArray &type,
                                                                       const QByteArray &message,
                                                                       const QByteArray &code)
{
    QByteArray body = R"({"error":{"type":")" + type + R"(","message":")" + message + '"';
    if (!code.isEmpty())
        body += R"(,"code":")" + code + '"';
    body += "}}";
    return json(status, body);
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::drop()
{
    Response response;
    response.action = Action::DropConnection;
    return response;
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::hang()
{
    Response response;
    response.action = Action::Hang;
    return response;
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::trickle(int intervalMs)
{
    Response response;
    response.action = Action::Trickle;
    response.trickleIntervalMs = intervalMs;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return response;
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::endlessChunked()
{
    Response response;
    response.action = Action::EndlessChunked;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return response;
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::announce(qint64 contentLength)
{
    Response response = json(200, {});
    response.announcedLength = contentLength;
    return response;
}

ScriptedHttpServer::Response &ScriptedHttpServer::Response::withHeader(const QByteArray &name,
                                                                       const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::bytesWritten, this,
                    [this](qint64 bytes) { m_bytesWritten += bytes; });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
                emit connectionClosed();
            });
        }
    });
    m_server.listen(QHostAddress::LocalHost, 0);
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    // The sockets die with m_server, after this object's members: silence them first.
    const auto sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
}

QUrl ScriptedHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void ScriptedHttpServer::enqueue(const Response &response)
{
    m_script.append(response);
}

void ScriptedHttpServer::setHandler(std::function<Response(const Request &)> handler)
{
    m_handler = std::move(handler);
}

void ScriptedHttpServer::serve(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const qsizetype question = target.indexOf('?');
        request.path = question < 0 ? target : target.left(question);
        request.query = question < 0 ? QByteArray() : target.mid(question + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.header("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);
        emit requestReceived();
        answer(socket, request);
    }
}

void ScriptedHttpServer::answer(QTcpSocket *socket, const Request &request)
{
    Response response;
    if (!m_script.isEmpty())
        response = m_script.takeFirst();
    else if (m_handler)
        response = m_handler(request);
    else
        response = Response::json(404, R"({"error":{"type":"invalid_request_error","message":"no script"}})");

    switch (response.action) {
    case Response::Action::DropConnection:
        socket->abort();
        return;
    case Response::Action::Hang:
        return;
    case Response::Action::Respond:
    case Response::Action::Trickle:
    case Response::Action::EndlessChunked:
        break;
    }
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    for (const auto &[name, value] : std::as_const(response.headers))
        bytes += name + ": " + value + "\r\n";
    if (response.action == Response::Action::Trickle) {
        socket->write(bytes + "Content-Length: 1048576\r\n\r\n");
        trickle(socket, response.trickleIntervalMs);
        return;
    }
    if (response.action == Response::Action::EndlessChunked) {
        socket->write(bytes + "Transfer-Encoding: chunked\r\n\r\n");
        streamChunks(socket);
        return;
    }
    const qint64 length = response.announcedLength >= 0 ? response.announcedLength : response.body.size();
    bytes += "Content-Length: " + QByteArray::number(length) + "\r\n\r\n" + response.body;
    QPointer<QTcpSocket> guard(socket);
    auto send = [guard, bytes] {
        if (guard)
            guard->write(bytes);
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, this, send);
    else
        send();
}

void ScriptedHttpServer::trickle(QTcpSocket *socket, int intervalMs)
{
    // Leading white space is valid JSON: the body stays plausible however long it trickles.
    auto *timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [socket] {
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->write(" ");
    });
    timer->start(intervalMs);
}

void ScriptedHttpServer::streamChunks(QTcpSocket *socket)
{
    // Written only as fast as the client takes them, so that what bytesWritten() counts is what
    // the client was actually sent, not what waits in this process's own buffer.
    static const QByteArray chunk
        = QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, ' ') + "\r\n";
    auto refill = [socket] {
        while (socket->state() == QAbstractSocket::ConnectedState
               && socket->bytesToWrite() < 4 * chunk.size())
            socket->write(chunk);
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, refill);
    refill();
}
