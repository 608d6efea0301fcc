#include "src/writes/Write.h"

#include "src/writes/WriteJournal.h"

namespace writes {

Write::Write(const WriteContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

bool Write::isRunning() const
{
    return m_sender && m_sender->isRunning();
}

QString Write::intentId() const
{
    return m_sender ? m_sender->intent().id : QString();
}

bool Write::start()
{
    m_error.clear();
    if (isRunning())
        return false; // a second click while the first is on its way sends nothing
    if (m_sender)
        return m_sender->retry(&m_error);

    m_error = validate();
    if (!m_error.isEmpty())
        return false;

    WriteIntent intent;
    intent.id = stripe::newIdempotencyKey();
    intent.createdAt = QDateTime::currentDateTimeUtc();
    intent.user = currentUserName();
    intent.accountId = m_context.accountId;
    intent.mode = m_context.mode;
    intent.operation = writeName();
    intent.target = target();
    if (const auto money = amount()) {
        intent.amount = money->minorUnits();
        intent.currency = money->currencyCode().toLower();
    }
    intent.note = note();
    intent.summary = summary();
    intent.request = buildRequest(intent.id);
    intent.check = buildCheck(intent.id);

    m_sender = new WriteSender(m_context, intent, this);
    connect(m_sender, &WriteSender::finished, this, &Write::finished);
    if (!m_sender->send(&m_error)) {
        // Nothing left this machine: the next start() may make a fresh intent.
        delete m_sender;
        m_sender = nullptr;
        return false;
    }
    return true;
}

void Write::stopWaiting()
{
    if (m_sender)
        m_sender->stopWaiting();
}

QVariantMap Write::intentMetadata(const QString &intentId, const QVariantMap &more)
{
    QVariantMap metadata = more;
    metadata.insert(QStringLiteral("paydesk_intent"), intentId);
    return metadata;
}

} // namespace writes
