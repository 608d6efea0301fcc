#pragma once

#include "src/mirror/SizeEstimate.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace mirror {
class AccountMirror;
}

// Live mode, once per account: may Paydesk keep a copy of the account on this desk? It says
// what is kept (and that a key or a card number never is), where (the file), how large it is
// expected to be (a first count of the account, made while the dialog is open), and that it
// can be paused, turned off or deleted at any time. Whatever the answer — closing it is
// "Not now" — it is remembered for the account, and the dialog is not shown again.
class MirrorOfferDialog : public QDialog
{
    Q_OBJECT

public:
    MirrorOfferDialog(mirror::AccountMirror *account, const QString &accountName, QWidget *parent = nullptr);

    QPushButton *keepButton() const { return m_keep; }
    QPushButton *notNowButton() const { return m_notNow; }
    QString text() const;
    QString sizeText() const;

    void done(int result) override;

private:
    void showEstimate(const mirror::SizeEstimate::Result &result);

    QPointer<mirror::AccountMirror> m_account;
    QString m_accountId;
    QLabel *m_what;
    QLabel *m_where;
    QLabel *m_size;
    QLabel *m_control;
    QPushButton *m_keep;
    QPushButton *m_notNow;
    bool m_answered = false;
};
