#include "operations/Operation.h"

#include "operations/WriteJournal.h"

namespace operations {

Operation::Operation(const OperationContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

bool Operation::isRunning() const
{
    return m_sender && m_sender->isRunning();
}

QString Operation::intentId() const
{
    return m_sender ? m_sender->intent().id : QString();
}

bool Operation::start()
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
    intent.operation = operationName();
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
    connect(m_sender, &WriteSender::finished, this, &Operation::finished);
    if (!m_sender->send(&m_error)) {
        // Nothing left this machine: the next start() may make a fresh intent.
        delete m_sender;
        m_sender = nullptr;
        return false;
    }
    return true;
}

void Operation::stopWaiting()
{
    if (m_sender)
        m_sender->stopWaiting();
}

QVariantMap Operation::intentMetadata(const QString &intentId, const QVariantMap &more)
{
    QVariantMap metadata = more;
    metadata.insert(QStringLiteral("paydesk_intent"), intentId);
    return metadata;
}

} // namespace operations
