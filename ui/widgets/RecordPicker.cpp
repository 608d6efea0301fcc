#include "ui/widgets/RecordPicker.h"

#include "src/records/Column.h"
#include "src/records/ErrorText.h"
#include "src/records/ListModel.h"

RecordPicker::RecordPicker(QWidget *parent)
    : QComboBox(parent)
    , m_model(new records::ListModel(records::choiceColumns(), this))
{
    setModel(m_model);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(32);
    connect(m_model, &records::ListModel::stateChanged, this, &RecordPicker::onStateChanged);
    connect(m_model, &records::ListModel::pageAppended, this, &RecordPicker::onStateChanged);
}

void RecordPicker::load(stripe::Client *client, const records::ListQuery &query, int maxRows)
{
    m_maxRows = maxRows;
    m_model->setClient(client);
    setPlaceholderText(tr("Loading…"));
    m_model->load(query);
}

void RecordPicker::onStateChanged()
{
    using State = records::ListModel::State;
    switch (m_model->state()) {
    case State::Ready:
        if (m_model->canFetchMore() && m_model->rowCount() < m_maxRows) {
            m_model->fetchMore();
            return;
        }
        if (currentIndex() < 0 && count() > 0) {
            int first = 0;
            while (m_preselectable && first < count() && !m_preselectable(m_model->objectAt(first)))
                ++first;
            if (first < count())
                setCurrentIndex(first);
            else
                setPlaceholderText(m_noneText);
        }
        emit loaded();
        break;
    case State::Empty:
        setPlaceholderText(m_model->query().emptyText.isEmpty() ? tr("None") : m_model->query().emptyText);
        emit loaded();
        break;
    case State::Failed:
        setPlaceholderText(records::listErrorText(objects::Kind::Customer, m_model->error()).headline);
        setToolTip(stripe::describe(m_model->error()));
        emit loaded();
        break;
    default:
        break;
    }
}

void RecordPicker::setPreselectable(std::function<bool(const QJsonObject &)> acceptable,
                                    const QString &noneText)
{
    m_preselectable = std::move(acceptable);
    m_noneText = noneText;
}

bool RecordPicker::isLoading() const
{
    using State = records::ListModel::State;
    return m_model->state() == State::Loading || m_model->state() == State::LoadingMore
        || (m_model->state() == State::Ready && m_model->canFetchMore() && m_model->rowCount() < m_maxRows);
}

QJsonObject RecordPicker::currentObject() const
{
    return m_model->objectAt(currentIndex());
}

QString RecordPicker::currentId() const
{
    return m_model->data(m_model->index(currentIndex(), 0), records::ListModel::IdRole).toString();
}

bool RecordPicker::selectId(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        setCurrentIndex(row);
    return row >= 0;
}
