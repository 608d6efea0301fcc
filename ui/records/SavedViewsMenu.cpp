#include "ui/records/SavedViewsMenu.h"

#include "src/records/SavedView.h"
#include "ui/records/RecordTab.h"
#include "ui/records/SaveViewDialog.h"
#include "ui/records/TableSort.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace {

// A user's name as menu text: an "&" is a character, not a shortcut letter.
QString menuText(QString name)
{
    return name.replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace

SavedViewsMenu::SavedViewsMenu(std::function<RecordTab *()> currentTab, QWidget *parent)
    : QMenu(tr("Saved &views"), parent)
    , m_currentTab(std::move(currentTab))
{
    setObjectName(QStringLiteral("savedViewsMenu"));
    setToolTipsVisible(true);
    connect(this, &QMenu::aboutToShow, this, &SavedViewsMenu::rebuild);
    rebuild();
}

void SavedViewsMenu::rebuild()
{
    clear();
    RecordTab *tab = m_currentTab();
    if (!tab)
        return;
    QSettings settings;
    const records::SavedViews views(settings, tab->settingsKey());
    if (views.views().isEmpty()) {
        QAction *none = addAction(tr("No saved views of %1").arg(tab->title()));
        none->setEnabled(false);
        none->setToolTip(tr("Save this tab's filters, sort and columns with Save current view…"));
    }
    for (const records::SavedView &view : views.views()) {
        QAction *pick = addAction(menuText(view.name));
        pick->setObjectName(QStringLiteral("pickView"));
        pick->setData(view.name);
        connect(pick, &QAction::triggered, this, [this, name = view.name] { this->pick(name); });
    }
    addSeparator();
    QAction *save = addAction(tr("&Save current view…"));
    save->setObjectName(QStringLiteral("saveCurrentView"));
    save->setToolTip(tr("Name this tab's filters, sort and columns, to show them again from this menu."));
    connect(save, &QAction::triggered, this, &SavedViewsMenu::saveCurrentView);
    QMenu *rename = addMenu(tr("&Rename"));
    rename->setObjectName(QStringLiteral("renameViewMenu"));
    QMenu *remove = addMenu(tr("&Delete"));
    remove->setObjectName(QStringLiteral("deleteViewMenu"));
    for (const records::SavedView &view : views.views()) {
        QAction *renameOne = rename->addAction(menuText(view.name));
        renameOne->setData(view.name);
        connect(renameOne, &QAction::triggered, this, [this, name = view.name] { renameView(name); });
        QAction *removeOne = remove->addAction(menuText(view.name));
        removeOne->setData(view.name);
        connect(removeOne, &QAction::triggered, this, [this, name = view.name] { deleteView(name); });
    }
    rename->setEnabled(!views.views().isEmpty());
    remove->setEnabled(!views.views().isEmpty());
    if (views.views().isEmpty()) {
        rename->menuAction()->setToolTip(tr("No saved view to rename."));
        remove->menuAction()->setToolTip(tr("No saved view to delete."));
    }
}

QString SavedViewsMenu::keeps(RecordTab *tab) const
{
    const records::SortRequest sort = tab->sorting()->request();
    QString sortText = tr("Stripe's order (newest first)");
    if (!sort.isStripeOrder()) {
        const qsizetype column = records::indexOfColumn(tab->model()->columns(), sort.column);
        const QString title = column < 0 ? sort.column : tab->model()->columns().at(column).title;
        sortText = sort.order == Qt::AscendingOrder ? tr("%1, ascending").arg(title)
                                                    : tr("%1, descending").arg(title);
    }
    const records::ColumnLayout columns = tab->currentView(QString()).columns;
    const int shown = int(columns.order.size() - columns.hidden.size());
    return tr("A view of %1 keeps its filters as they are now, the sort — %2 — and which columns show "
              "(%3 of %4).")
        .arg(tab->title(), sortText)
        .arg(shown)
        .arg(columns.order.size());
}

SaveViewDialog *SavedViewsMenu::saveCurrentView()
{
    RecordTab *tab = m_currentTab();
    if (!tab)
        return nullptr;
    QSettings settings;
    const QStringList names = records::SavedViews(settings, tab->settingsKey()).names();
    auto *dialog
        = new SaveViewDialog(SaveViewDialog::Purpose::Save, names, QString(), keeps(tab), tab->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What is saved is what the tab shows when the user says Save, in that tab.
    connect(dialog, &QDialog::accepted, this, [this, dialog, tab = QPointer<RecordTab>(tab)] {
        if (!tab)
            return;
        QSettings saved;
        records::SavedViews(saved, tab->settingsKey()).put(tab->currentView(dialog->name()));
        emit announced(tr("Saved the view “%1” of %2.").arg(dialog->name(), tab->title()));
    });
    dialog->open();
    return dialog;
}

SaveViewDialog *SavedViewsMenu::renameView(const QString &name)
{
    RecordTab *tab = m_currentTab();
    if (!tab)
        return nullptr;
    QSettings settings;
    const QStringList names = records::SavedViews(settings, tab->settingsKey()).names();
    auto *dialog = new SaveViewDialog(SaveViewDialog::Purpose::Rename, names, name,
                                      tr("Only the name changes."), tab->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name, key = tab->settingsKey()] {
        QSettings saved;
        if (records::SavedViews(saved, key).rename(name, dialog->name()))
            emit announced(tr("Renamed the view “%1” to “%2”.").arg(name, dialog->name()));
    });
    dialog->open();
    return dialog;
}

QMessageBox *SavedViewsMenu::deleteView(const QString &name)
{
    RecordTab *tab = m_currentTab();
    if (!tab)
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete view"),
                                tr("Delete the saved view “%1” of %2? The records stay as they are; "
                                   "only the view's name, filters, sort and columns go.")
                                    .arg(name, tab->title()),
                                QMessageBox::Cancel, tab->window());
    box->setObjectName(QStringLiteral("deleteViewBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Delete view"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, remove, name, key = tab->settingsKey()](QAbstractButton *button) {
                if (button != remove)
                    return;
                QSettings settings;
                if (records::SavedViews(settings, key).remove(name))
                    emit announced(tr("Deleted the view “%1”.").arg(name));
            });
    box->open();
    return box;
}

bool SavedViewsMenu::pick(const QString &name)
{
    RecordTab *tab = m_currentTab();
    if (!tab)
        return false;
    QSettings settings;
    const auto view = records::SavedViews(settings, tab->settingsKey()).find(name);
    if (!view)
        return false;
    tab->applyView(*view);
    emit announced(tr("Showing the view “%1” of %2.").arg(view->name, tab->title()));
    return true;
}
