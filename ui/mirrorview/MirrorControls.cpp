#include "ui/mirrorview/MirrorControls.h"

#include "ui/MainWindow.h"
#include "ui/mirrorview/MirrorDetailsDialog.h"
#include "ui/mirrorview/MirrorOfferDialog.h"
#include "ui/mirrorview/MirrorStatusButton.h"
#include "ui/mirrorview/TeamDatabaseDialog.h"
#include "ui/widgets/NoticeBar.h"

#include "src/mirror/AccountMirror.h"

#include <QStatusBar>

MirrorControls::MirrorControls(MainWindow *window, mirror::AccountMirror *account)
    : QObject(window)
    , m_window(window)
    , m_account(account)
    , m_status(new MirrorStatusButton(window))
{
    m_status->setAccountMirror(account);
    window->statusBar()->addPermanentWidget(m_status);
    connect(m_status, &QToolButton::clicked, this, &MirrorControls::showDetails);
    connect(account, &mirror::AccountMirror::offerWanted, this, &MirrorControls::offerMirror);
    connect(account, &mirror::AccountMirror::noticeRaised, this, &MirrorControls::showNotice);
    // A new account: the notice of the old one's mirror is over.
    connect(account, &mirror::AccountMirror::mirrorChanged, this, [this](mirror::Mirror *mirror) {
        if (!mirror && m_account && m_account->teamProblem().isEmpty())
            showNotice(QString());
    });
}

mirror::AccountMirror *MirrorControls::account() const
{
    return m_account;
}

MirrorOfferDialog *MirrorControls::offer() const
{
    return m_offer;
}

MirrorDetailsDialog *MirrorControls::showDetails()
{
    if (!m_details) {
        m_details = new MirrorDetailsDialog(m_account, m_window);
        m_details->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_details, &MirrorDetailsDialog::teamDatabaseRequested, this,
                &MirrorControls::showTeamDatabase);
        connect(m_details, &MirrorDetailsDialog::announced, m_window,
                [this](const QString &text) { m_window->statusBar()->showMessage(text, 10000); });
    }
    m_details->show();
    m_details->raise();
    m_details->activateWindow();
    return m_details;
}

TeamDatabaseDialog *MirrorControls::showTeamDatabase()
{
    if (!m_account || !m_account->isOpen())
        return nullptr;
    if (!m_team) {
        m_team = new TeamDatabaseDialog(m_account, m_window);
        m_team->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_team, &TeamDatabaseDialog::announced, m_window,
                [this](const QString &text) { m_window->statusBar()->showMessage(text, 10000); });
    }
    m_team->open();
    return m_team;
}

void MirrorControls::offerMirror()
{
    if (m_offer || !m_account)
        return;
    m_offer = new MirrorOfferDialog(m_account, m_window->accountName(), m_window);
    m_offer->setAttribute(Qt::WA_DeleteOnClose);
    // Opened, not exec()'d: the offer comes from an account opening, inside other callbacks.
    m_offer->open();
}

void MirrorControls::showNotice(const QString &text)
{
    NoticeBar *bar = m_window->noticeBar();
    if (text.isEmpty()) {
        if (!m_notice.isEmpty() && bar->isVisible() && bar->text() == m_notice)
            bar->hide();
        m_notice.clear();
        return;
    }
    m_notice = text;
    bar->showNotice(text, {});
}
