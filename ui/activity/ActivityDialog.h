#pragma once

#include "src/writes/RetryReview.h"
#include "src/writes/WriteContext.h"

#include <QJsonObject>

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace writes {
class JournalModel;
class WriteJournal;
class WriteRecovery;
} // namespace writes

// Activity: every write Paydesk made, from the journal — time, who, account, mode, operation,
// object, amount, outcome, request id — filterable and exportable. Writes that did not finish
// can be checked, retried safely under their own idempotency key, or dismissed.
class ActivityDialog : public QDialog
{
    Q_OBJECT

public:
    ActivityDialog(writes::WriteJournal *journal, const writes::WriteContext &context,
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

signals:
    // A write was settled as having happened (found by Check, or sent again): object is what it
    // made or changed, target what it acted on; the window shows both as they are now.
    void settled(const QJsonObject &object, const QString &target);

private:
    int selectedRow() const;
    void updateButtons();
    writes::WriteRecovery *recoveryForSelected();
    void recoveryDone();
    void check();
    void retry();
    void askToSendAgain(const writes::RetryReview &review);
    void sendAgain();
    void dismiss();
    void exportAsked();
    void setStatus(const QString &text);

    writes::WriteJournal *m_journal;
    writes::WriteContext m_context;
    writes::JournalModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_intro;
    QLineEdit *m_filter;
    QCheckBox *m_unfinishedOnly;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_check;
    QPushButton *m_retry;
    QPushButton *m_dismiss;
    writes::WriteRecovery *m_recovery = nullptr; // the one settling the selected write, if any
};
