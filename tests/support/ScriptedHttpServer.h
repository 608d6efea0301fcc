#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A tiny HTTP/1.1 server on loopback for client tests: it records every request and answers
// from a script (or a handler), including the faults a real network produces. Tests talk HTTP
// to it for real; nothing mocks QNetworkAccessManager.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path; // without the query
        QByteArray query; // raw, still percent-encoded
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    struct Response
    {
        enum class Action { Respond, DropConnection, Hang, Trickle, EndlessChunked };
        Action action = Action::Respond;
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0;
        // Respond: the Content-Length sent instead of the body's own (which is still sent).
        qint64 announcedLength = -1;
        // Trickle: the pause between two bytes.
        int trickleIntervalMs = 0;

        static Response json(int status, const QByteArray &body);
        static Response stripeError(int status, const QByteArray &type, const QByteArray &message,
                                    const QByteArray &code = {});
        static Response drop();
        static Response hang();
        // A 200 that promises a 1 MB body and sends it one byte every intervalMs, forever:
        // never idle long enough for an inactivity timeout.
        static Response trickle(int intervalMs);
        // A chunked 200 whose chunks never end, written as fast as the client reads them.
        static Response endlessChunked();
        // A 200 announcing a body of this many bytes, and then sending nothing.
        static Response announce(qint64 contentLength);
        Response &withHeader(const QByteArray &name, const QByteArray &value);
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    QUrl url() const;
    // Answers queued with enqueue() go first, in order; then the handler; then 404.
    void enqueue(const Response &response);
    void setHandler(std::function<Response(const Request &)> handler);
    const QList<Request> &requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }
    // Bytes the operating system took from this server's sockets so far: what a client was sent.
    qint64 bytesWritten() const { return m_bytesWritten; }

signals:
    void requestReceived();
    void connectionClosed();

private:
    void serve(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request);
    void trickle(QTcpSocket *socket, int intervalMs);
    void streamChunks(QTcpSocket *socket);

    QTcpServer m_server;
    QList<Response> m_script;
    std::function<Response(const Request &)> m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_connections = 0;
    qint64 m_bytesWritten = 0;
};
