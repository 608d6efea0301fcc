#pragma once

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace mirror {
class AccountMirror;
}

// What the status bar's source opens: the copy of the account — how far syncing is, kind by
// kind, where it is kept (and how large the file is), which desk keeps a team's copy current —
// with Pause/Resume, turning it off or on, deleting it, and the team database.
class MirrorDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    MirrorDetailsDialog(mirror::AccountMirror *account, QWidget *parent = nullptr);

    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *onOffButton() const { return m_onOff; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *teamButton() const { return m_team; }
    QString locationText() const;
    QString stateText() const;
    QTreeWidget *progressTable() const { return m_progress; }

signals:
    void teamDatabaseRequested();
    // After Delete: the file is gone (or could not be), in words.
    void announced(const QString &text);

private:
    void refresh();
    void askDelete();

    QPointer<mirror::AccountMirror> m_account;
    QLabel *m_state;
    QLabel *m_detail;
    QLabel *m_location;
    QLabel *m_notice;
    QTreeWidget *m_progress;
    QPushButton *m_pause;
    QPushButton *m_onOff;
    QPushButton *m_delete;
    QPushButton *m_team;
    QTimer m_tick;
};
