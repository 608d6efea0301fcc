#pragma once

#include "src/objects/Kind.h"

#include <QPointer>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <optional>

namespace mirror {
class AccountMirror;
}

// The status bar's permanent word on where a view's rows come from: "Synced 4 s ago",
// "Syncing: 1,200 of about 3,000 invoices", "From Stripe", "Team database unavailable — from
// Stripe" (mirror::SourceStatus). Updated every second while visible, one width whatever it
// says (the status bar never jumps), its words also its accessible name; a click opens the
// mirror's details (progress, where the copy is kept, Pause/Resume).
class MirrorStatusButton : public QToolButton
{
    Q_OBJECT

public:
    // What the window shows now: the kind of the tab in view (none for the Overview) and
    // whether that view reads from the mirror.
    struct View
    {
        std::optional<objects::Kind> kind;
        bool readsMirror = false;
    };

    explicit MirrorStatusButton(QWidget *parent = nullptr);

    void setAccountMirror(mirror::AccountMirror *account);
    void setViewSource(std::function<View()> view) { m_view = std::move(view); }
    // Re-reads the status at once (a tab was switched).
    void refresh();
    QString detail() const { return toolTip(); }

    QSize sizeHint() const override;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QPointer<mirror::AccountMirror> m_account;
    std::function<View()> m_view;
    QTimer m_tick;
    QString m_fullText;
};
