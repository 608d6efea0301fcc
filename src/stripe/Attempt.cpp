#include "src/stripe/Attempt.h"

#include "src/stripe/TimerInterval.h"

#include <QNetworkReply>

namespace stripe {

Attempt::Attempt(QNetworkReply *network, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_limits(limits)
{
    // The size limit is kept by taking the answer as it comes, not by watching downloadProgress:
    // Qt emits that at most every 100 ms, and not at all while its network thread still has data
    // queued for this thread (it batches), while by default nothing stops that thread reading the
    // socket into the reply's unbounded buffer. On loopback an endless answer put hundreds of
    // megabytes into memory between two progress signals. A read buffer makes Qt's thread stop
    // reading once this much waits unread, and onReadyRead() takes it at once.
    network->setReadBufferSize(readAhead);
    connect(network, &QNetworkReply::metaDataChanged, this, &Attempt::onMetaData);
    connect(network, &QNetworkReply::readyRead, this, &Attempt::onReadyRead);
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
    if (!m_over)
        onFinished(); // in case Qt ever delivers an abort's finished() later
}

void Attempt::onMetaData()
{
    // Content-Length: 2147483648 is refused on the headers, before any of it comes.
    if (m_over || !m_network)
        return;
    const QVariant length = m_network->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_limits.maxBytes) {
        m_announced = length.toLongLong();
        cut(AttemptResult::Cut::TooLarge);
    }
}

void Attempt::onReadyRead()
{
    if (m_over || !m_network)
        return;
    takeAnswer();
    if (m_body.size() > m_limits.maxBytes)
        cut(AttemptResult::Cut::TooLarge);
}

// Moves what Qt holds into the answer, never more than one byte past the limit.
void Attempt::takeAnswer()
{
    m_body += m_network->read(m_limits.maxBytes + 1 - m_body.size());
}

void Attempt::onFinished()
{
    if (m_over)
        return;
    if (m_cut == AttemptResult::Cut::None) {
        takeAnswer(); // what came after the last readyRead()
        if (m_body.size() > m_limits.maxBytes)
            m_cut = AttemptResult::Cut::TooLarge;
    }
    m_over = true;
    AttemptResult result;
    result.cut = m_cut;
    result.sizeLimit = m_limits.maxBytes;
    result.announcedSize = m_announced;
    result.networkError = m_network->error();
    result.networkErrorText = m_network->errorString();
    const QVariant status = m_network->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.httpStatus = status.isValid() ? status.toInt() : 0;
    result.headers = m_network->rawHeaderPairs();
    if (m_cut == AttemptResult::Cut::None)
        result.body = std::move(m_body);
    m_body.clear();
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
