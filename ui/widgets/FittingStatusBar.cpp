#include "ui/widgets/FittingStatusBar.h"

#include <QFontMetrics>

#include <algorithm>

FittingStatusBar::FittingStatusBar(QWidget *parent)
    : QStatusBar(parent)
{
    connect(this, &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message.isEmpty())
            setToolTip(QString());
    });
}

void FittingStatusBar::showFitted(const QString &text, int timeoutMs)
{
    const QString shown = fontMetrics().elidedText(text, Qt::ElideMiddle, messageRoom());
    setToolTip(shown == text ? QString() : text);
    showMessage(shown, timeoutMs);
}

int FittingStatusBar::messageRoom() const
{
    constexpr int inset = 6;
    int right = width() - 2 * inset;
    for (const QWidget *child : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        if (child->isVisible())
            right = std::min(right, child->x() - inset);
    return std::max(0, right - inset);
}
