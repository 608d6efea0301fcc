#include "stripe/Reply.h"

#include "stripe/Client.h"

#include <QJsonDocument>

namespace stripe {

Reply::Reply(Client *client, const Request &request)
    : QObject(client)
    , m_client(client)
    , m_request(request)
{ }

Reply::~Reply()
{
    // Deleted by its owner while still running: give the slot back and stop the transfer.
    if (m_client && !m_finished && !m_aborted)
        m_client->detach(this);
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

} // namespace stripe
