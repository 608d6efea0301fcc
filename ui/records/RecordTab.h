#pragma once

#include "src/accounts/KeyPermissions.h"
#include "src/objects/Kind.h"
#include "src/queries/CreatedRange.h"
#include "src/records/ListModel.h"
#include "src/records/ListQuery.h"
#include "src/records/SavedView.h"
#include "src/stripe/Client.h"
#include "src/writes/WriteContext.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>
#include <QWidget>

#include <functional>

class DateRangeFilter;
class DetailPane;
class LoadRestButton;
class RowActions;
class RowSelection;
class TableColumns;
class TableSort;
class WriteDialog;
class QAction;
class QHBoxLayout;
class QAbstractButton;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedLayout;
class QTableView;
class QTimer;
class StatePanel;

namespace records {
class SortProxy;
} // namespace records

// A tab of records: a filter bar, a table that pages in as the user scrolls, its loading,
// empty and error states, and the selected record's detail pane. A concrete tab says which
// list to load for its filters (query()) and adds its own filter widgets and actions.
class RecordTab : public QWidget
{
    Q_OBJECT

public:
    RecordTab(objects::Kind kind, const QString &settingsKey, QWidget *parent = nullptr);
    // A tab whose table shows other columns than the kind's own (one kept by the tab).
    RecordTab(objects::Kind kind, const QString &settingsKey, const QList<records::Column> &columns,
              QWidget *parent = nullptr);
    ~RecordTab() override;

    objects::Kind kind() const { return m_kind; }
    QString title() const;
    QString settingsKey() const { return m_settingsKey; }

    // The account to read from and write to; the first load waits until the tab is shown.
    void setConnection(const writes::WriteContext &context);
    // The same filters again, from the first page (F5).
    void reload();
    // What the key may do: actions it may not are turned off, saying why.
    void setPermissions(accounts::KeyPermissions *permissions);

    records::ListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    DetailPane *detailPane() const { return m_detail; }
    StatePanel *statePanel() const { return m_state; }
    // When the rows were created: every tab has it, last among its filters.
    DateRangeFilter *createdFilter() const { return m_created; }

    // The record the detail pane shows and single-row actions act on (RowSelection::recordRow).
    QJsonObject currentObject() const;
    QString currentId() const;
    // The selected rows (several with Ctrl or Shift), in the order the table shows them.
    QStringList selectedIds() const;
    QList<QJsonObject> selectedObjects() const;
    // Ctrl+C: the selected rows' ids, one per line; how many were copied.
    int copySelectedIds() const;
    // Selects the row with this id if it is loaded; returns whether it was.
    bool selectId(const QString &id);
    // Shows a record fetched on its own (Go to, a link): selected if loaded, else in the pane,
    // as a record of this tab's kind or, for one that is not (a payment intent that is not an
    // order), of its own.
    void showRecord(const QJsonObject &object);
    void showRecord(const QJsonObject &object, objects::Kind kind);
    QUrl currentDashboardUrl() const;
    // Puts a changed object in place after a write (or at the top when new) and selects it.
    void recordChanged(const QJsonObject &object);
    // A write made elsewhere (Activity) changed this object: its row and, when it is the one
    // shown, the detail pane show it as it is now, without moving the selection.
    void refreshRecord(const QJsonObject &object);
    // The same, reading the object from Stripe first, when it is on show here.
    void refetchIfShown(const QString &id);
    // Filter fields keep one width whichever actions show beside them (and fit their placeholder
    // and clear button), so the bar does not shift as the selection changes.
    static void fixFilterWidth(class QLineEdit *field, int characters);
    // The tab's action buttons, left to right (New…, and those acting on the selected record).
    QList<QPushButton *> actionButtons() const;
    // Those acting on the selected record, which the row's menu offers as they are (enabled or
    // not, and why); they act only when exactly one row is selected.
    QList<QAbstractButton *> rowActionButtons() const;
    // What Enter and a double-click do to a row: the tab's default action when its button is
    // there and on (the row's state allows it, the key may), else null: the row's detail.
    QAbstractButton *defaultRowAction() const;
    // Moves the keyboard to the detail pane (Enter on a row without a default action).
    void focusDetail();
    // The window's actions on the selected rows (Copy ID, Open in Stripe Dashboard, Export
    // selected rows), for the row's menu.
    void setRecordActions(const QList<QAction *> &actions);
    QList<QAction *> recordActions() const;

    TableSort *sorting() const { return m_sort; }
    TableColumns *columns() const { return m_columns; }
    RowActions *rowActions() const { return m_rowActions; }
    LoadRestButton *loadRestButton() const { return m_loadRest; }

    // The tab's filter values, for a saved view: the keys and values are the tab's own (its
    // widgets say them; a widget another branch puts in the bar says its own). Setting them
    // must not reload: applyView() reloads once.
    virtual QVariantMap filterValues() const { return {}; }
    virtual void setFilterValues(const QVariantMap &values) { Q_UNUSED(values) }
    // The filters, sort and columns on show, named; and shown again, together.
    records::SavedView currentView(const QString &name) const;
    void applyView(const records::SavedView &view);
    // These filter values (as filterValues() says them) and created dates, then one load; the
    // sort and columns stay (an Overview figure opening the tab).
    void applyFilterValues(const QVariantMap &values, const queries::CreatedRange &created);

signals:
    void linkActivated(objects::Kind kind, const QString &id);
    // What a write did, in words naming the object ("Customer Jane Doe created"), for the status bar.
    void announced(const QString &text);
    void currentChanged(const QJsonObject &object);

protected:
    // The list for the current filter values.
    virtual records::ListQuery query() const = 0;
    // Called after the account changed, for tabs that load their own choices (coupons).
    virtual void connectionChanged() { }
    // Called when the selection changes, to enable the actions the record's state allows.
    virtual void updateActions(const QJsonObject &current) { Q_UNUSED(current) }
    // The button Enter and a double-click press on a row, when it is there and on; none: the
    // row's detail.
    virtual QAbstractButton *defaultAction() const { return nullptr; }

    // Filter widgets go on the left of the bar, actions on the right.
    QHBoxLayout *filterLayout() const { return m_filters; }
    QHBoxLayout *actionLayout() const { return m_actions; }
    // A search box that reloads as typing pauses and on Enter; the text is the tab's to say in
    // its query and filter values. add… puts it in the filter bar, make… leaves that to a tab
    // with rows of its own.
    QLineEdit *makeSearchField(const QString &objectName, const QString &placeholder,
                               const QString &accessibleName, int characters);
    QLineEdit *addSearchField(const QString &objectName, const QString &placeholder,
                              const QString &accessibleName, int characters);
    // Reloads with the filters' current values; text filters call filtersEdited() instead,
    // which waits until typing pauses.
    void applyFilters();
    void filtersEdited();

    // Opens a write dialog; when the write succeeds, onWritten gets Stripe's answer. A write
    // that Stripe refused may still have changed the record (a declined payment marks the
    // order): when the dialog closes without success, the record refreshId names is read again.
    void openWrite(WriteDialog *dialog, std::function<void(const QJsonObject &)> onWritten,
                   const QString &refreshId = {});
    // After a delete: the row goes, nothing is selected (so nothing destructive is one key
    // away) and the table has the focus.
    void recordRemoved(const QString &id);
    // Reads this tab's record again (after a write that changed it elsewhere) and shows it.
    void refetch(const QString &id);
    // The button changes objects of this area: off, with the reason, once the key is refused it.
    void requirePermission(QAbstractButton *button, accounts::KeyPermissions::Area area);
    // A button for an action; tabs hide the ones the selected record's state does not allow.
    class QPushButton *addActionButton(const QString &objectName, const QString &text);
    // These buttons act on the selected record (not New…): offered in the row's menu, and off
    // while several rows are selected.
    void actsOnSelectedRow(const QList<QAbstractButton *> &buttons);

    stripe::Client *client() const { return m_context.client; }
    const writes::WriteContext &writeContext() const { return m_context; }
    bool isLive() const { return m_context.isLive(); }
    void showEvent(QShowEvent *event) override;
    void orderFocusChain();

private:
    void onStateChanged();
    // Shows the table or, while it has no rows, what stands in its place.
    void showPage(QWidget *page);
    void onSelectionChanged();
    void refreshActions();
    void applyPermissions();
    void saveHeader() const;
    void restoreHeader();
    void sizeColumnsOnce();

    objects::Kind m_kind;
    QString m_settingsKey;
    writes::WriteContext m_context;
    bool m_needsLoad = false;
    bool m_focusOrdered = false;
    bool m_columnsSized = false; // by the user's saved widths, or to the first page's contents
    records::ListModel *m_model;
    records::SortProxy *m_proxy;
    QTableView *m_table;
    StatePanel *m_state;
    QStackedLayout *m_stack;
    DetailPane *m_detail;
    QHBoxLayout *m_filters;
    QHBoxLayout *m_actions;
    QLabel *m_footer;
    QPushButton *m_footerRetry;
    QTimer *m_typingPause;
    DateRangeFilter *m_created;
    QPointer<accounts::KeyPermissions> m_permissions;
    QList<QPair<QPointer<QAbstractButton>, accounts::KeyPermissions::Area>> m_guarded;
    RowSelection *m_selection;
    TableSort *m_sort;
    TableColumns *m_columns;
    LoadRestButton *m_loadRest;
    RowActions *m_rowActions;
    QList<QPointer<QAbstractButton>> m_rowButtons;
    QList<QPointer<QAction>> m_recordActions;
};
