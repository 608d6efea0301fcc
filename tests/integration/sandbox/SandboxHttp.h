#pragma once

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

// Plain HTTP to the sandbox, as any client would send it: deliberately not Paydesk's own
// client, so that the sandbox's tests never share its assumptions.
class SandboxHttp
{
public:
    struct Answer
    {
        int status = 0;
        QJsonObject json;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers;
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString errorType() const { return json.value("error").toObject().value("type").toString(); }
        QString errorCode() const { return json.value("error").toObject().value("code").toString(); }
        QString errorParam() const { return json.value("error").toObject().value("param").toString(); }
        QString errorMessage() const { return json.value("error").toObject().value("message").toString(); }
    };

    explicit SandboxHttp(const QUrl &base, const QByteArray &key = "sk_test_PaydeskSandbox0001")
        : m_base(base)
        , m_key(key)
    { }

    void setKey(const QByteArray &key) { m_key = key; }

    Answer get(const QString &path, const QByteArray &query = {}) { return send("GET", path, query, {}, {}); }
    Answer del(const QString &path) { return send("DELETE", path, {}, {}, {}); }
    Answer post(const QString &path, const QByteArray &form = {}, const QByteArray &idempotencyKey = {})
    {
        return send("POST", path, {}, form, idempotencyKey);
    }

    Answer send(const QByteArray &method, const QString &path, const QByteArray &query,
                const QByteArray &form, const QByteArray &idempotencyKey,
                const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {})
    {
        QUrl url = m_base;
        url.setPath(path);
        QByteArray encoded = url.toEncoded();
        if (!query.isEmpty())
            encoded += '?' + query;
        QNetworkRequest request(QUrl::fromEncoded(encoded));
        if (!m_key.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_key);
        if (!idempotencyKey.isEmpty())
            request.setRawHeader("Idempotency-Key", idempotencyKey);
        for (const auto &[name, value] : extraHeaders)
            request.setRawHeader(name, value);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, form);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.body).object();
        answer.networkError = reply->error();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return answer;
    }

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QByteArray m_key;
};
