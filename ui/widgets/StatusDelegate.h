#pragma once

#include <QStyledItemDelegate>

// Paints status cells as rounded, coloured labels ("Paid" in green, "Uncollectible" in red),
// with colours that read on light and dark palettes alike.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
