#pragma once

#include <QList>

class QLayout;
class QWidget;

// Tab order by layout rather than by creation: widgets made later (a tab's own filters, a
// detail pane rebuilt for each record) otherwise land at the end of the window's chain.
namespace focuschain {

// The widgets in the layout (and the layouts in it, and the children of plain containers in
// it) that Tab can stop at, in reading order.
QList<QWidget *> focusableIn(const QLayout *layout);
// Makes Tab go from each widget to the next.
void chain(const QList<QWidget *> &widgets);

} // namespace focuschain
