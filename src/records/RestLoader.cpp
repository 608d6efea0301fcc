#include "src/records/RestLoader.h"

#include "src/records/ListModel.h"

namespace records {

RestLoader::RestLoader(ListModel *model, int maxRows, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_maxRows(maxRows)
{ }

RestLoader::~RestLoader()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
}

void RestLoader::start()
{
    if (m_running || !m_model)
        return;
    m_running = true;
    m_connections << connect(m_model, &ListModel::stateChanged, this, &RestLoader::step)
                  << connect(m_model, &ListModel::pageAppended, this,
                             [this] { emit progress(m_model->rowCount()); })
                  // Another filter (or account) replaced the list: what was asked for is gone.
                  << connect(m_model, &ListModel::modelReset, this, [this] { finish(Outcome::Stopped); });
    step();
}

void RestLoader::stop()
{
    finish(Outcome::Stopped);
}

void RestLoader::step()
{
    if (!m_running)
        return;
    if (!m_model) {
        finish(Outcome::Stopped);
        return;
    }
    using State = ListModel::State;
    switch (m_model->state()) {
    case State::Loading:
    case State::LoadingMore:
        return; // the page in flight comes back through stateChanged
    case State::Failed:
        finish(Outcome::Failed);
        return;
    case State::Idle:
        finish(Outcome::Stopped);
        return;
    case State::Empty:
    case State::Ready:
        break;
    }
    if (!m_model->hasMore()) {
        finish(Outcome::Complete);
        return;
    }
    if (m_model->rowCount() >= m_maxRows) {
        finish(Outcome::Capped);
        return;
    }
    if (m_model->canFetchMore())
        m_model->fetchMore();
}

void RestLoader::finish(Outcome outcome)
{
    if (!m_running)
        return;
    m_running = false;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    emit finished(outcome);
}

} // namespace records
