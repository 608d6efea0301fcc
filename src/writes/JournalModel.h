#pragma once

#include "src/writes/WriteJournal.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

namespace writes {

// The write journal as a table, newest first: time, who, account, mode, operation, object,
// amount, outcome, request id. The Activity view shows it. It starts with the writes the journal
// holds in memory and adds the archived history once a worker thread has read it, so opening
// Activity never freezes the window however long the history.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, User, Account, Mode, Write, Object, Amount, Outcome, RequestId, ColumnCount };
    enum Role { IntentIdRole = Qt::UserRole + 1, UnfinishedRole };

    explicit JournalModel(WriteJournal *journal, QObject *parent = nullptr);

    bool isLoadingHistory() const { return m_loadingHistory; }
    const WriteJournal::Entry &entryAt(int row) const { return m_entries.at(row); }
    int rowOf(const QString &intentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The words a person reads for an outcome ("Succeeded", "Did not finish — check it").
    static QString outcomeText(const WriteJournal::Entry &entry);
    static QString modeText(accounts::Mode mode);

signals:
    void historyLoaded();

private:
    void onChanged(const QString &intentId);
    void installHistory();

    WriteJournal *m_journal;
    QList<WriteJournal::Entry> m_entries; // newest first
    bool m_loadingHistory = true;
    QFutureWatcher<QList<WriteJournal::Entry>> m_history;
};

} // namespace writes
