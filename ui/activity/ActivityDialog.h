#pragma once

#include "operations/OperationContext.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace operations {
class JournalModel;
class WriteJournal;
} // namespace operations

// Activity: every write Paydesk made, from the journal — time, who, account, mode, operation,
// object, amount, outcome, request id — filterable and exportable. Writes that did not finish
// can be checked, retried safely under their own idempotency key, or dismissed.
class ActivityDialog : public QDialog
{
    Q_OBJECT

public:
    ActivityDialog(operations::WriteJournal *journal, const operations::OperationContext &context,
                   QWidget *parent = nullptr);

    // Shows only the writes of the current account that did not finish, with a line saying so.
    void showUnfinished();

    QTableView *table() const { return m_table; }
    QLineEdit *filterField() const { return m_filter; }
    QCheckBox *unfinishedOnly() const { return m_unfinishedOnly; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QString statusText() const;
    bool exportTo(const QString &fileName, QString *error = nullptr) const;

private:
    int selectedRow() const;
    void updateButtons();
    void check();
    void retry();
    void dismiss();
    void exportAsked();
    void setStatus(const QString &text);

    operations::WriteJournal *m_journal;
    operations::OperationContext m_context;
    operations::JournalModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_intro;
    QLineEdit *m_filter;
    QCheckBox *m_unfinishedOnly;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_check;
    QPushButton *m_retry;
    QPushButton *m_dismiss;
};
