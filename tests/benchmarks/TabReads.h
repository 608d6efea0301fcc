#pragma once

#include "src/mirror/Mirror.h"
#include "src/mirror/Reader.h"

#include <QElapsedTimer>
#include <QList>

// What the Invoices, Payments and Customers tabs read on the window's thread when the mirror says
// their kind changed (records::ListModel::refreshFromSource and the footer, through
// mirror::MirrorRows): the first window and the totals of every row. The milliseconds of each
// kind's read, for the kinds named that the mirror serves.
inline QList<double> readAsTheTabsDo(mirror::Mirror &mirror, const QList<objects::Kind> &kinds)
{
    QList<double> times;
    if (!mirror.store())
        return times;
    for (const auto kind : {objects::Kind::Invoice, objects::Kind::Payment, objects::Kind::Customer}) {
        if (!kinds.contains(kind) || !mirror.canServe(kind))
            continue;
        QElapsedTimer read;
        read.start();
        mirror::Reader reader(*mirror.store());
        mirror::Filter all;
        all.kind = kind;
        reader.rows(all, {}, 0, 101);
        reader.totals(all);
        times << double(read.nsecsElapsed()) / 1e6;
    }
    return times;
}
