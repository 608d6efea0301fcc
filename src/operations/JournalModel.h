#pragma once

#include "operations/WriteJournal.h"

#include <QAbstractTableModel>

namespace operations {

// The write journal as a table, newest first: time, account, mode, operation, object, amount,
// outcome, request id. The Activity view shows it.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, User, Account, Mode, Operation, Object, Amount, Outcome, RequestId, ColumnCount };
    enum Role { IntentIdRole = Qt::UserRole + 1, UnfinishedRole };

    explicit JournalModel(WriteJournal *journal, QObject *parent = nullptr);

    void reload();
    const WriteJournal::Entry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The words a person reads for an outcome ("Succeeded", "Did not finish — check it").
    static QString outcomeText(const WriteJournal::Entry &entry);

private:
    WriteJournal *m_journal;
    QList<WriteJournal::Entry> m_entries;
};

} // namespace operations
