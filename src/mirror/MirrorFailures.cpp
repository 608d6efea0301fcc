// Mirror's part when the store fails: PostgreSQL gone (Unavailable, reconnecting), a damaged
// SQLite file (rebuilt), or what cannot be helped (Failed).

#include "src/mirror/Mirror.h"

#include "src/mirror/Backfill.h"
#include "src/mirror/EventFollower.h"
#include "src/mirror/StoreWorker.h"

namespace mirror {

void Mirror::readFailed(const StoreError &error)
{
    if (error.kind == StoreError::Kind::Unreachable || error.kind == StoreError::Kind::Damaged)
        onStoreFailed(error);
}

void Mirror::onStoreFailed(const StoreError &error)
{
    switch (error.kind) {
    case StoreError::Kind::Unreachable:
        becomeUnavailable(error.message);
        return;
    case StoreError::Kind::Damaged:
        if (m_config.backend == Backend::Sqlite) {
            rebuild(error.message);
            return;
        }
        break;
    default:
        break;
    }
    fail(error.message);
}

void Mirror::becomeUnavailable(const QString &why)
{
    halt();
    emit storeClosing();
    m_worker->close();
    m_reader.reset();
    setRole(Role::None);
    setNotice(
        tr("The team's database cannot be reached (%1). Tabs read from Stripe until it is back.").arg(why));
    setState(State::Unavailable);
    m_reconnect.start(m_options.reconnectInterval);
}

void Mirror::rebuild(const QString &why)
{
    halt();
    emit storeClosing();
    m_worker->close();
    m_reader.reset();
    setRole(Role::None);
    removeSqliteStore(m_config.sqlitePath);
    m_sync = {};
    setNotice(tr("The mirror file was damaged (%1). Paydesk removed it and is listing the account again.")
                  .arg(why.left(200)));
    m_checked = true; // a new file
    open();
}

void Mirror::fail(const QString &why)
{
    halt();
    emit storeClosing();
    m_worker->close();
    m_reader.reset();
    setRole(Role::None);
    setNotice(why);
    setState(State::Failed);
}

} // namespace mirror
