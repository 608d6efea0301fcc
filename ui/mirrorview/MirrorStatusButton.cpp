#include "ui/mirrorview/MirrorStatusButton.h"

#include "src/mirror/AccountMirror.h"
#include "src/mirror/SourceStatus.h"

#include <QAccessible>
#include <QDateTime>

MirrorStatusButton::MirrorStatusButton(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("mirrorStatus"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusPolicy(Qt::TabFocus);
    // The widest thing it ever says decides its width once: the status bar never shifts.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &MirrorStatusButton::refresh);
    refresh();
}

void MirrorStatusButton::setAccountMirror(mirror::AccountMirror *account)
{
    if (m_account)
        m_account->disconnect(this);
    m_account = account;
    if (account)
        connect(account, &mirror::AccountMirror::changed, this, &MirrorStatusButton::refresh);
    refresh();
}

QSize MirrorStatusButton::sizeHint() const
{
    const QSize natural = QToolButton::sizeHint();
    const int widest = fontMetrics().horizontalAdvance(mirror::SourceStatus::widestText());
    return {widest + fontMetrics().averageCharWidth() * 3, natural.height()};
}

void MirrorStatusButton::refresh()
{
    const View view = m_view ? m_view() : View {};
    QString text = tr("From Stripe");
    QString detail = tr("Paydesk reads from Stripe.");
    if (m_account) {
        const auto status
            = mirror::SourceStatus::of(*m_account, QDateTime::currentDateTime(), view.kind, view.readsMirror);
        text = status.text;
        detail = status.detail;
    }
    // Longer than the widest expected text (a translation): elided, the whole of it in the tip.
    const int room = sizeHint().width() - fontMetrics().averageCharWidth() * 2;
    const QString shown = fontMetrics().elidedText(text, Qt::ElideRight, room);
    if (shown == QToolButton::text() && detail == toolTip())
        return;
    const bool nameChanged = m_fullText != text;
    m_fullText = text;
    setText(shown);
    setToolTip(detail);
    setAccessibleName(tr("Data source: %1").arg(text));
    setAccessibleDescription(detail);
    if (nameChanged) {
        QAccessibleEvent event(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void MirrorStatusButton::showEvent(QShowEvent *event)
{
    QToolButton::showEvent(event);
    refresh();
    m_tick.start();
}

void MirrorStatusButton::hideEvent(QHideEvent *event)
{
    QToolButton::hideEvent(event);
    m_tick.stop();
}
