#include "ui/widgets/FocusChain.h"

#include <QLayout>
#include <QScrollArea>
#include <QWidget>

namespace focuschain {

namespace {

void collect(const QLayout *layout, QList<QWidget *> &into);

void collectWidget(QWidget *widget, QList<QWidget *> &into)
{
    if (widget->focusPolicy() & Qt::TabFocus)
        into.append(widget);
    // A plain container (a box of fields, a scrolled page): what is inside it, in its order.
    if (auto *scroll = qobject_cast<QScrollArea *>(widget); scroll && scroll->widget())
        widget = scroll->widget();
    if (widget->layout())
        collect(widget->layout(), into);
}

void collect(const QLayout *layout, QList<QWidget *> &into)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->layout())
            collect(item->layout(), into);
        else if (item->widget())
            collectWidget(item->widget(), into);
    }
}

} // namespace

QList<QWidget *> focusableIn(const QLayout *layout)
{
    QList<QWidget *> widgets;
    if (layout)
        collect(layout, widgets);
    return widgets;
}

void chain(const QList<QWidget *> &widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}

} // namespace focuschain
