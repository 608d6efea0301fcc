#include "ui/widgets/StatusDelegate.h"

#include "src/records/ListModel.h"
#include "ui/widgets/Tones.h"

#include <QApplication>
#include <QPainter>

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    const QVariant tone = index.data(records::ListModel::StatusToneRole);
    if (!tone.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as any other cell, then the label on top.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return;
    const ToneColors colors = toneColors(records::Status::Tone(tone.toInt()), option.palette);
    const QFontMetrics metrics(option.font);
    const int padding = metrics.height() / 3;
    QRect label(0, 0, metrics.horizontalAdvance(text) + 2 * padding, metrics.height() + padding / 2);
    label.moveCenter(option.rect.center());
    label.moveLeft(option.rect.left() + padding);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.background);
    painter->drawRoundedRect(label, label.height() / 2.0, label.height() / 2.0);
    painter->setPen(colors.text);
    painter->setFont(option.font);
    painter->drawText(label, Qt::AlignCenter, text);
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.rwidth() += metrics.height();
    return size;
}
