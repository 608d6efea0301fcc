#pragma once

#include <QObject>
#include <QPointer>

class MainWindow;
class MirrorDetailsDialog;
class MirrorOfferDialog;
class MirrorStatusButton;
class TeamDatabaseDialog;

namespace mirror {
class AccountMirror;
}

// The account's mirror in the window: the status bar's data source (MirrorStatusButton), the
// live-mode offer when the mirror asks for it, its notices (a rebuilt file, a team database
// gone and back) in the window's notice bar, and the dialogs for its details and the team
// database. The window owns it; the AccountMirror is the workspace's.
class MirrorControls : public QObject
{
    Q_OBJECT

public:
    MirrorControls(MainWindow *window, mirror::AccountMirror *account);

    mirror::AccountMirror *account() const;
    MirrorStatusButton *statusButton() const { return m_status; }
    MirrorDetailsDialog *showDetails();
    TeamDatabaseDialog *showTeamDatabase();
    // The live-mode offer, while it is open.
    MirrorOfferDialog *offer() const;

private:
    void offerMirror();
    void showNotice(const QString &text);

    MainWindow *m_window;
    QPointer<mirror::AccountMirror> m_account;
    MirrorStatusButton *m_status;
    QPointer<MirrorDetailsDialog> m_details;
    QPointer<TeamDatabaseDialog> m_team;
    QPointer<MirrorOfferDialog> m_offer;
    QString m_notice; // what the notice bar says for the mirror, to take it away when it is over
};
