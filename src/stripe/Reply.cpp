#include "stripe/Reply.h"

#include "stripe/Client.h"

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

void Reply::abort()
{
    if (m_client)
        m_client->abort(this);
}

} // namespace stripe
