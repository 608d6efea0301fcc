#include "src/stripe/Reply.h"

#include "src/stripe/Attempt.h"
#include "src/stripe/Client.h"
#include "src/stripe/TimerInterval.h"

#include <QJsonDocument>

namespace stripe {

Reply::Reply(ClientKey, Client *client, const Request &request)
    : QObject(client)
    , m_client(client)
    , m_request(request)
    , m_startedAt(QDateTime::currentDateTime())
{
    m_clock.start();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        // A cancel stops the timer; the state check also covers a timeout already on its way.
        if (m_state == State::WaitingToRetry && m_retry) {
            m_state = State::Queued; // until the client has a free slot
            std::exchange(m_retry, {})();
        }
    });
}

Reply::~Reply()
{
    // Deleted by its owner while still running: give the slot back and stop the transfer.
    if (m_client && m_state != State::Finished && m_state != State::Aborted)
        m_client->release(this);
}

const QJsonObject &Reply::object() const
{
    if (!m_built) {
        m_object = QJsonDocument::fromJson(m_body).object();
        m_built = true;
    }
    return m_object;
}

void Reply::abort()
{
    if (m_client)
        m_client->abort(this);
}

void Reply::beginAttempt(ClientKey, Attempt *attempt)
{
    m_state = State::Sending;
    m_attempt = attempt;
    ++m_attempts;
}

void Reply::endAttempt(ClientKey)
{
    if (m_attempt)
        m_attempt->deleteLater();
    m_attempt = nullptr;
}

void Reply::recordAnswer(ClientKey, int httpStatus, const QString &requestId, bool replayed)
{
    m_httpStatus = httpStatus;
    m_requestId = requestId;
    m_replayed = replayed;
}

void Reply::waitToRetry(ClientKey, std::chrono::milliseconds delay, std::function<void()> retry)
{
    ++m_retries;
    m_state = State::WaitingToRetry;
    m_retry = std::move(retry);
    m_retryTimer.start(timerInterval(delay));
}

void Reply::complete(ClientKey, QByteArray body, JsonOutline outline, std::optional<QJsonObject> object)
{
    m_body = std::move(body);
    m_outline = std::move(outline);
    if (object) {
        m_object = std::move(*object);
        m_built = true;
    }
    end();
}

void Reply::fail(ClientKey, const Error &error)
{
    m_error = error;
    m_error.attempts = m_attempts;
    m_error.waited = elapsed();
    end();
}

void Reply::end()
{
    m_state = State::Finished;
    const QPointer<Reply> self(this);
    emit finished();
    if (self) // a receiver may have deleted it
        deleteLater();
}

bool Reply::cancel(ClientKey)
{
    m_state = State::Aborted;
    m_retryTimer.stop();
    m_retry = {};
    if (!m_attempt)
        return false;
    m_attempt->cancel();
    m_attempt->deleteLater();
    m_attempt = nullptr;
    return true;
}

} // namespace stripe
