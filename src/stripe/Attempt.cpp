#include "stripe/Attempt.h"

#include "stripe/TimerInterval.h"

#include <QNetworkReply>

namespace stripe {

Attempt::Attempt(QNetworkReply *network, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_limits(limits)
{
    connect(network, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (received > m_limits.maxBytes || total > m_limits.maxBytes)
            cut(AttemptResult::Cut::TooLarge);
    });
    connect(network, &QNetworkReply::finished, this, &Attempt::onFinished);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(&m_deadline, &QTimer::timeout, this, [this] { cut(AttemptResult::Cut::Deadline); });
    m_deadline.start(timerInterval(limits.deadline));
}

Attempt::~Attempt()
{
    release();
}

void Attempt::cancel()
{
    m_over = true;
    release();
}

void Attempt::cut(AttemptResult::Cut reason)
{
    if (m_over || !m_network)
        return;
    m_cut = reason;
    m_network->abort(); // finishes the reply, which reports through onFinished()
}

void Attempt::onFinished()
{
    if (m_over)
        return;
    m_over = true;
    AttemptResult result;
    result.cut = m_cut;
    result.sizeLimit = m_limits.maxBytes;
    result.networkError = m_network->error();
    result.networkErrorText = m_network->errorString();
    const QVariant status = m_network->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.httpStatus = status.isValid() ? status.toInt() : 0;
    result.headers = m_network->rawHeaderPairs();
    if (m_cut == AttemptResult::Cut::None)
        result.body = m_network->readAll();
    release();
    emit ended(result);
}

// The network reply is the manager's child: stop hearing from it and let it go, never deleting
// it inside one of its own signals.
void Attempt::release()
{
    m_deadline.stop();
    if (QNetworkReply *network = m_network) {
        m_network = nullptr;
        network->disconnect(this);
        network->abort();
        network->deleteLater();
    }
}

} // namespace stripe
