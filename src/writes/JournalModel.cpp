#include "src/writes/JournalModel.h"

#include "src/money/Money.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace writes {

JournalModel::JournalModel(WriteJournal *journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
{
    m_entries = journal->entries();
    std::reverse(m_entries.begin(), m_entries.end());
    connect(journal, &WriteJournal::changed, this, &JournalModel::onChanged);
    connect(&m_history, &QFutureWatcher<QList<WriteJournal::Entry>>::finished, this,
            &JournalModel::installHistory);
    m_history.setFuture(QtConcurrent::run(&WriteJournal::readHistory, journal->path()));
}

void JournalModel::installHistory()
{
    QList<WriteJournal::Entry> history = m_history.result();
    // What this journal knows in memory is the latest word (an outcome the disk refused is
    // only there), and it may hold writes made while the history was read.
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < history.size(); ++i)
        indexOf.insert(history.at(i).intent.id, i);
    for (const WriteJournal::Entry &entry : m_journal->entries()) {
        if (const auto it = indexOf.constFind(entry.intent.id); it != indexOf.constEnd())
            history[*it] = entry;
        else
            history.append(entry);
    }
    std::reverse(history.begin(), history.end());
    beginResetModel();
    m_entries = std::move(history);
    m_loadingHistory = false;
    endResetModel();
    emit historyLoaded();
}

int JournalModel::rowOf(const QString &intentId) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).intent.id == intentId)
            return row;
    return -1;
}

void JournalModel::onChanged(const QString &intentId)
{
    const auto entry = m_journal->entry(intentId);
    if (!entry)
        return;
    if (const int row = rowOf(intentId); row >= 0) {
        m_entries[row] = *entry;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(*entry);
    endInsertRows();
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalModel::modeText(accounts::Mode mode)
{
    switch (mode) {
    case accounts::Mode::Sandbox:
        return tr("Sandbox");
    case accounts::Mode::Test:
        return tr("Test");
    case accounts::Mode::Live:
        return tr("LIVE");
    }
    return {};
}

QString JournalModel::outcomeText(const WriteJournal::Entry &entry)
{
    if (!entry.outcome)
        return tr("Did not finish — check it");
    switch (entry.outcome->status) {
    case WriteOutcome::Status::Succeeded:
        return tr("Succeeded");
    case WriteOutcome::Status::Failed:
        return tr("Refused: %1").arg(entry.outcome->message);
    case WriteOutcome::Status::Unknown:
        return tr("No answer — check it");
    case WriteOutcome::Status::Dismissed:
        return tr("Dismissed");
    }
    return {};
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const WriteJournal::Entry &entry = m_entries.at(index.row());
    const WriteIntent &intent = entry.intent;
    if (role == IntentIdRole)
        return intent.id;
    if (role == UnfinishedRole)
        return entry.isUnfinished();
    if (role == Qt::ToolTipRole && index.column() == Write)
        return intent.summary;
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(intent.createdAt.toLocalTime(), QLocale::ShortFormat);
    case User:
        return intent.user;
    case Account:
        return intent.accountId;
    case Mode:
        return modeText(intent.mode);
    case Write:
        return intent.summary.isEmpty() ? intent.operation : intent.summary;
    case Object:
        return entry.outcome && !entry.outcome->objectId.isEmpty() && entry.outcome->objectId != intent.target
            ? QStringLiteral("%1 → %2").arg(intent.target, entry.outcome->objectId)
            : intent.target;
    case Amount:
        return intent.amount ? money::Money(*intent.amount, intent.currency).format() : QString();
    case Outcome:
        return outcomeText(entry);
    case RequestId:
        return entry.outcome ? entry.outcome->requestId : QString();
    default:
        return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("Who");
    case Account:
        return tr("Account");
    case Mode:
        return tr("Mode");
    case Write:
        return tr("Operation");
    case Object:
        return tr("Object");
    case Amount:
        return tr("Amount");
    case Outcome:
        return tr("Outcome");
    case RequestId:
        return tr("Request ID");
    default:
        return {};
    }
}

} // namespace writes
