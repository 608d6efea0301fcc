#include "src/sandbox/HttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace sandbox {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Request Failed";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            m_connections.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_connections.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

HttpServer::~HttpServer()
{
    const auto sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server.listen(address, port))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

void HttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    if (it->buffer.size() > maxRequestBytes + 64 * 1024) {
        write(socket,
              HttpResponse {413,
                            {},
                            R"({"error":{"type":"invalid_request_error","message":"Request too large."}})",
                            false,
                            0},
              false);
        return;
    }
    processNext(socket);
}

void HttpServer::processNext(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->busy)
        return;
    QByteArray &buffer = it->buffer;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;

    HttpRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    const QByteArray version = requestLine.value(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    bool lengthOk = true;
    const qsizetype length = request.header("content-length").isEmpty()
        ? 0
        : request.header("content-length").toLongLong(&lengthOk);
    if (!lengthOk || length < 0 || length > maxRequestBytes) {
        write(socket,
              HttpResponse {413,
                            {},
                            R"({"error":{"type":"invalid_request_error","message":"Request too large."}})",
                            false,
                            0},
              false);
        return;
    }
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);

    const bool keepAlive = request.header("connection").toLower() != "close" && version != "HTTP/1.0";
    const HttpResponse response = m_handler(request);
    if (response.delayMs <= 0) {
        write(socket, response, keepAlive);
        processNext(socket);
        return;
    }
    it->busy = true;
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(response.delayMs, this, [this, guard, response, keepAlive] {
        if (!guard)
            return;
        auto connection = m_connections.find(guard.data());
        if (connection == m_connections.end())
            return;
        connection->busy = false;
        write(guard.data(), response, keepAlive);
        processNext(guard.data());
    });
}

void HttpServer::write(QTcpSocket *socket, const HttpResponse &response, bool keepAlive)
{
    if (response.drop) {
        socket->abort();
        return;
    }
    QByteArray bytes;
    bytes.reserve(response.body.size() + 512);
    bytes += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!keepAlive)
        bytes += "Connection: close\r\n";
    bytes += "\r\n";
    bytes += response.body;
    socket->write(bytes);
    if (!keepAlive)
        socket->disconnectFromHost();
}

} // namespace sandbox
