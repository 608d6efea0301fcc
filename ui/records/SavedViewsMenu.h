#pragma once

#include <QMenu>

#include <functional>

class RecordTab;

// View → Saved views: the views of the tab on show, to pick one again (its filters, sort and
// columns); Save current view…; Rename and Delete. Rebuilt each time it opens, so that it is
// always the current tab's. The views live in QSettings (records::SavedViews).
class SavedViewsMenu : public QMenu
{
    Q_OBJECT

public:
    SavedViewsMenu(std::function<RecordTab *()> currentTab, QWidget *parent = nullptr);

    // Lists the current tab's views (done as the menu opens).
    void rebuild();

    // Each returns the dialog it opened (for tests), or null.
    class SaveViewDialog *saveCurrentView();
    class SaveViewDialog *renameView(const QString &name);
    class QMessageBox *deleteView(const QString &name);
    // Shows the tab's view by this name; false when there is none.
    bool pick(const QString &name);

signals:
    // What happened, for the status bar.
    void announced(const QString &text);

private:
    QString keeps(RecordTab *tab) const;

    std::function<RecordTab *()> m_currentTab;
};
