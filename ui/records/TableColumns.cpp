#include "ui/records/TableColumns.h"

#include "ui/records/ColumnChooserDialog.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace {

QString settingsName(const QString &key)
{
    return QStringLiteral("tables/%1/columns").arg(key);
}

} // namespace

TableColumns::TableColumns(QTableView *table, const QList<records::Column> &columns,
                           const QString &settingsKey, const QString &tableTitle, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_columns(columns)
    , m_settingsKey(settingsKey)
    , m_title(tableTitle)
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { openHeaderMenu(header->mapToGlobal(pos)); });
    connect(header, &QHeaderView::sectionMoved, this, [this] {
        if (m_applying)
            return;
        save();
        emit changed();
    });
}

records::ColumnLayout TableColumns::layout() const
{
    const QHeaderView *header = m_table->horizontalHeader();
    records::ColumnLayout layout;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical < 0 || logical >= m_columns.size())
            continue;
        layout.order << m_columns.at(logical).id;
        if (header->isSectionHidden(logical))
            layout.hidden << m_columns.at(logical).id;
    }
    return layout;
}

void TableColumns::setLayout(const records::ColumnLayout &layout)
{
    if (layout.hidesEverything(m_columns))
        return;
    QHeaderView *header = m_table->horizontalHeader();
    m_applying = true;
    const QList<int> order = layout.orderIn(m_columns);
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);
    for (int column = 0; column < m_columns.size(); ++column)
        header->setSectionHidden(column, layout.isHidden(m_columns.at(column).id));
    m_applying = false;
    save();
    emit changed();
}

void TableColumns::restore()
{
    QSettings settings;
    const QVariant stored = settings.value(settingsName(m_settingsKey));
    if (stored.isValid())
        setLayout(records::ColumnLayout::fromVariant(stored));
}

void TableColumns::save() const
{
    QSettings settings;
    settings.setValue(settingsName(m_settingsKey), layout().toVariant());
}

void TableColumns::setShown(int column, bool shown)
{
    records::ColumnLayout wanted = layout();
    const QString id = m_columns.at(column).id;
    wanted.hidden.removeAll(id);
    if (!shown)
        wanted.hidden << id;
    setLayout(wanted);
}

ColumnChooserDialog *TableColumns::choose()
{
    auto *dialog = new ColumnChooserDialog(m_title, m_columns, layout(), m_table->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setLayout(dialog->layout()); });
    dialog->open();
    return dialog;
}

QMenu *TableColumns::openHeaderMenu(const QPoint &globalPos)
{
    auto *menu = new QMenu(m_table);
    menu->setObjectName(QStringLiteral("headerMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    const records::ColumnLayout current = layout();
    const int shown = int(current.order.size() - current.hidden.size());
    for (int index : current.orderIn(m_columns)) {
        const records::Column &column = m_columns.at(index);
        // A title may hold "&" ("Payments & refunds"): shown as it is, not as a mnemonic.
        QAction *action
            = menu->addAction(QString(column.title).replace(QLatin1Char('&'), QLatin1String("&&")));
        action->setObjectName(QStringLiteral("column-") + column.id);
        action->setCheckable(true);
        const bool isShown = !current.isHidden(column.id);
        action->setChecked(isShown);
        if (isShown && shown == 1) {
            action->setEnabled(false);
            action->setToolTip(tr("A table shows at least one column."));
        }
        connect(action, &QAction::toggled, this, [this, index](bool checked) { setShown(index, checked); });
    }
    menu->addSeparator();
    QAction *choose = menu->addAction(tr("&Choose columns…"));
    choose->setObjectName(QStringLiteral("chooseColumns"));
    connect(choose, &QAction::triggered, this, &TableColumns::choose);
    QAction *reset = menu->addAction(tr("&Reset columns"));
    reset->setObjectName(QStringLiteral("resetColumns"));
    reset->setToolTip(tr("Every column, in Paydesk's order."));
    connect(reset, &QAction::triggered, this, [this] { setLayout({}); });
    menu->popup(globalPos);
    return menu;
}
