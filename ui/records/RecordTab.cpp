#include "ui/records/RecordTab.h"

#include "src/objects/Json.h"
#include "src/queries/CreatedRange.h"
#include "src/records/ErrorText.h"
#include "src/records/RecordFetch.h"
#include "src/records/SortProxy.h"
#include "ui/records/DetailPane.h"
#include "ui/records/FirstArrowSelects.h"
#include "ui/records/FirstRowsProbe.h"
#include "ui/records/LoadRestButton.h"
#include "ui/records/RowActions.h"
#include "ui/records/RowSelection.h"
#include "ui/records/TableColumns.h"
#include "ui/records/TableSort.h"
#include "ui/widgets/DateRangeFilter.h"
#include "ui/widgets/FocusChain.h"
#include "ui/widgets/StatePanel.h"
#include "ui/widgets/StatusDelegate.h"
#include "ui/writes/WriteDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

RecordTab::RecordTab(objects::Kind kind, const QString &settingsKey, QWidget *parent)
    : RecordTab(kind, settingsKey, records::columnsFor(kind), parent)
{ }

RecordTab::RecordTab(objects::Kind kind, const QString &settingsKey, const QList<records::Column> &columns,
                     QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_settingsKey(settingsKey)
    , m_model(new records::ListModel(columns, this))
    , m_proxy(new records::SortProxy(m_model, this))
    , m_table(new QTableView(this))
    , m_state(new StatePanel(this))
    , m_detail(new DetailPane(this))
    , m_filters(new QHBoxLayout)
    , m_actions(new QHBoxLayout)
    , m_footer(new QLabel(this))
    , m_footerRetry(new QPushButton(tr("Retry"), this))
    , m_typingPause(new QTimer(this))
    , m_created(new DateRangeFilter(this))
{
    setObjectName(settingsKey + QLatin1String("Tab"));
    m_table->setObjectName(QStringLiteral("recordTable"));
    m_table->setAccessibleName(title());
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new StatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows, to copy their ids or export them; actions on a record want exactly one.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Tab leaves the table for the detail pane (arrows move between rows); Qt's default would
    // walk every cell and never let go.
    m_table->setTabKeyNavigation(false);
    FirstRowsProbe::watch(m_table);
    FirstArrowSelects::watch(m_table);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_selection = new RowSelection(m_table, this);
    m_sort = new TableSort(m_table, m_model, m_proxy, this); // Stripe's order (newest first) to start
    m_columns = new TableColumns(m_table, columns, settingsKey, title(), this);
    m_loadRest = new LoadRestButton(m_model, objects::pluralName(kind), this);
    m_rowActions = new RowActions(this);
    restoreHeader();

    auto *tableArea = new QWidget(this);
    m_stack = new QStackedLayout;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_state);
    auto *footerBar = new QHBoxLayout;
    m_footer->setObjectName(QStringLiteral("tableFooter"));
    m_footer->setForegroundRole(QPalette::PlaceholderText);
    m_footer->setWordWrap(true); // a footnote must not make the window wider
    footerBar->addWidget(m_footer, 1);
    footerBar->addWidget(m_loadRest);
    footerBar->addWidget(m_footerRetry);
    m_footerRetry->hide();
    m_loadRest->hide();
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(m_stack, 1);
    tableLayout->addLayout(footerBar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->addWidget(tableArea);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *bar = new QHBoxLayout;
    bar->addLayout(m_filters);
    bar->addStretch();
    bar->addLayout(m_actions);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(350);
    connect(m_typingPause, &QTimer::timeout, this, &RecordTab::applyFilters);
    connect(m_created, &DateRangeFilter::rangeChanged, this, &RecordTab::applyFilters);
    connect(m_model, &records::ListModel::stateChanged, this, &RecordTab::onStateChanged);
    connect(m_model, &records::ListModel::rowsInserted, this, &RecordTab::onStateChanged);
    connect(m_model, &records::ListModel::rowsInserted, this, &RecordTab::sizeColumnsOnce);
    connect(m_model, &records::ListModel::rowsRemoved, this, &RecordTab::onStateChanged);
    connect(m_state, &StatePanel::retryRequested, m_model, &records::ListModel::retry);
    connect(m_footerRetry, &QPushButton::clicked, m_model, &records::ListModel::retry);
    connect(m_selection, &RowSelection::changed, this, &RecordTab::onSelectionChanged);
    // The footer says whether a sort covers the whole list or only the rows loaded so far.
    connect(m_sort, &TableSort::changed, this, &RecordTab::onStateChanged);
    connect(m_loadRest, &LoadRestButton::finished, this, &RecordTab::onStateChanged);
    connect(m_loadRest, &LoadRestButton::announced, this, &RecordTab::announced);
    connect(m_detail, &DetailPane::linkActivated, this, &RecordTab::linkActivated);
    connect(m_detail, &DetailPane::contentsChanged, this, &RecordTab::orderFocusChain);

    auto *copy = new QShortcut(QKeySequence::Copy, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    // A lambda: copySelectedIds() answers how many it copied, which a shortcut has no use for.
    connect(copy, &QShortcut::activated, this, [this] { copySelectedIds(); });
    onStateChanged();
}

RecordTab::~RecordTab()
{
    saveHeader();
    m_model->cancel();
}

QString RecordTab::title() const
{
    QString name = objects::pluralName(m_kind);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

void RecordTab::setConnection(const writes::WriteContext &context)
{
    m_context = context;
    m_model->setClient(context.client);
    m_detail->setClient(context.client);
    connectionChanged();
    m_needsLoad = true;
    if (isVisible())
        applyFilters();
}

void RecordTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_focusOrdered) {
        // After the tab's own filters, which it adds once this class is built.
        m_filters->addWidget(m_created);
        orderFocusChain();
        m_focusOrdered = true;
        // What Enter does on a row, for a screen reader (the tab's buttons exist by now).
        QAbstractButton *action = defaultAction();
        m_table->setAccessibleDescription(
            action
                ? tr("Enter: %1 when the row allows it, else the row's details. Menu key: the row's actions.")
                      .arg(action->text().remove(QLatin1Char('&')))
                : tr("Enter: the row's details. Menu key: the row's actions."));
    }
    if (m_needsLoad)
        applyFilters();
}

void RecordTab::orderFocusChain()
{
    // The tab adds its filters and actions after this class made the table, and the detail
    // pane makes new widgets for each record; by creation, Tab would visit them in no order a
    // reader would guess. It goes the way the eye reads: filters, actions, table, then pane.
    QList<QWidget *> chain = focuschain::focusableIn(m_filters);
    chain += focuschain::focusableIn(m_actions);
    chain.append(m_table);
    chain += focuschain::focusableIn(m_detail->layout());
    focuschain::chain(chain);
}

void RecordTab::applyFilters()
{
    m_typingPause->stop();
    m_needsLoad = false;
    m_detail->clear();
    m_model->load(queries::withCreated(query(), m_created->range(), objects::pluralName(m_kind)));
    // The rows are new: no record is selected, so no action may act on the one that was.
    onSelectionChanged();
}

void RecordTab::filtersEdited()
{
    m_typingPause->start();
}

void RecordTab::reload()
{
    const QString selected = currentId();
    applyFilters();
    // Rows read from the mirror are back at once; Stripe's come with the first page.
    if (!selected.isEmpty() && !selectId(selected)) {
        // Select the same record again once it is back: once, at the first page.
        connect(
            m_model, &records::ListModel::pageAppended, this, [this, selected] { selectId(selected); },
            Qt::SingleShotConnection);
    }
}

void RecordTab::showPage(QWidget *page)
{
    if (m_stack->currentWidget() == page)
        return;
    // The stack hands the keyboard back to the table when its rows return (a sort by the copy, a
    // refresh), as a program does (Qt::OtherFocusReason), and a table given the keyboard that way
    // puts it on the first row, which the pane shows as the record. Nobody chose that row: the
    // table comes back as it went, without a row, and the tab hears nothing of the detour.
    QItemSelectionModel *selection = m_table->selectionModel();
    if (page != m_table || selection->currentIndex().isValid()) {
        m_stack->setCurrentWidget(page);
        return;
    }
    {
        const QSignalBlocker quiet(selection);
        m_stack->setCurrentWidget(page);
    }
    if (!selection->hasSelection() && selection->currentIndex().isValid())
        selection->clearCurrentIndex();
}

void RecordTab::onStateChanged()
{
    using State = records::ListModel::State;
    const State state = m_model->state();
    const int rows = m_model->rowCount();
    const bool showTable = rows > 0;
    showPage(showTable ? static_cast<QWidget *>(m_table) : m_state);

    switch (state) {
    case State::Idle:
        m_state->showEmpty(client() ? QString() : tr("Not connected."));
        break;
    case State::Loading:
        m_state->showLoading(tr("Loading %1…").arg(objects::pluralName(m_kind)));
        break;
    case State::Empty: {
        const records::ListQuery &query = m_model->query();
        // Cleared when the copy of the account answers: then its rows are what was found.
        const QString &needsCopy = m_model->activeQuery().needsCopy;
        m_state->showEmpty(!query.invalidReason.isEmpty() ? query.invalidReason
                               : !needsCopy.isEmpty()     ? needsCopy
                               : query.emptyText.isEmpty()
                               ? tr("No %1 found.").arg(objects::pluralName(m_kind))
                               : query.emptyText);
        break;
    }
    case State::Failed: {
        const records::ErrorText text = records::listErrorText(m_kind, m_model->error());
        m_state->showError(text.headline, text.detail);
        break;
    }
    case State::Ready:
    case State::LoadingMore:
        break;
    }

    QString footer;
    if (rows > 0)
        footer = m_model->hasMore() ? tr("%n loaded — scroll for more", nullptr, rows)
                                    : tr("%n shown", nullptr, rows);
    // From the mirror: how many rows the filters keep of every row, and their totals.
    if (records::RowSource *source = m_model->activeRowSource(); source && rows > 0)
        footer = source->summary();
    // A sort over part of the list must not look like the whole list's order.
    const bool partlySorted = rows > 0 && m_sort->coversLoadedRowsOnly();
    if (partlySorted)
        footer = m_loadRest->reachedMaxRows()
            ? tr("Sorted %Ln loaded of more (the most Paydesk loads to sort)", nullptr, rows)
            : tr("Sorted %Ln loaded of more", nullptr, rows);
    else if (rows > 0 && m_sort->sortsMoney())
        footer += tr(", amounts sorted within each currency");
    // From the copy a sort is partial only for a column it keeps no order of (a phone number).
    const QString partly = m_model->activeRowSource()
        ? tr("Only the rows loaded so far are in this order: the copy of the account cannot order "
             "every row by this column. Load the rest to sort every row.")
        : tr("Only the rows loaded so far are in this order: Stripe has more, which are not. Load "
             "the rest to sort every row.");
    m_footer->setToolTip(partlySorted ? partly : QString());
    if (const QString reason = m_model->cutShortReason(); rows > 0 && !reason.isEmpty())
        footer = tr("%n shown — Stripe's list stopped early: %1", nullptr, rows).arg(reason);
    if (const QString note = m_model->activeQuery().footnote; rows > 0 && !note.isEmpty())
        footer += QStringLiteral(" · ") + note;
    if (state == State::LoadingMore)
        footer += QStringLiteral(" · ") + tr("loading more…");
    if (const int selected = int(m_selection->count()); selected > 1)
        footer += QStringLiteral(" · ") + tr("%Ln selected", nullptr, selected);
    const bool failedWithRows = state == State::Failed && rows > 0;
    if (failedWithRows)
        footer = records::listErrorText(m_kind, m_model->error()).detail;
    m_footer->setText(footer);
    m_footerRetry->setVisible(failedWithRows);
    m_loadRest->setVisible(partlySorted && !failedWithRows);
}

QJsonObject RecordTab::currentObject() const
{
    const QModelIndex row = m_selection->recordRow();
    if (row.isValid())
        return m_proxy->data(row, records::ListModel::ObjectRole).toJsonObject();
    // Rows are picked, but none is the record (several, the current one unselected).
    if (m_selection->isPicking())
        return {};
    // A record shown on its own (Go to, a link) that is not a loaded row.
    return m_detail->record();
}

QString RecordTab::currentId() const
{
    return objects::json::string(currentObject(), u"id");
}

bool RecordTab::selectId(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void RecordTab::showRecord(const QJsonObject &object)
{
    showRecord(object, m_kind);
}

void RecordTab::showRecord(const QJsonObject &object, objects::Kind kind)
{
    const QString id = objects::json::string(object, u"id");
    if (kind == m_kind && selectId(id))
        return;
    m_table->selectionModel()->clearCurrentIndex();
    m_table->clearSelection();
    m_detail->showRecord(kind, object);
    refreshActions();
    onStateChanged(); // the footer counts the selected rows
    emit currentChanged(object);
}

void RecordTab::recordChanged(const QJsonObject &object)
{
    m_model->upsert(object);
    if (!selectId(objects::json::string(object, u"id")))
        showRecord(object);
    else
        onSelectionChanged();
}

void RecordTab::refreshRecord(const QJsonObject &object)
{
    const QString id = objects::json::string(object, u"id");
    const bool shown = !id.isEmpty() && currentId() == id;
    m_model->upsert(object);
    if (shown && !selectId(id))
        m_detail->showRecord(m_kind, object);
    else if (shown)
        onSelectionChanged();
}

void RecordTab::refetchIfShown(const QString &id)
{
    if (id.isEmpty() || !client() || (m_model->rowOfId(id) < 0 && currentId() != id))
        return;
    auto *fetch = records::RecordFetch::start(client(), m_kind, id, this);
    connect(fetch, &records::RecordFetch::fetched, this, &RecordTab::refreshRecord);
}

void RecordTab::openWrite(WriteDialog *dialog, std::function<void(const QJsonObject &)> onWritten,
                          const QString &refreshId)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WriteDialog::written, this, std::move(onWritten));
    if (!refreshId.isEmpty())
        connect(dialog, &QDialog::finished, this, [this, refreshId](int result) {
            if (result != QDialog::Accepted)
                refetch(refreshId);
        });
    dialog->open();
}

void RecordTab::recordRemoved(const QString &id)
{
    m_model->removeId(id);
    // The model moved the current row to the next record; that one was not chosen.
    m_detail->clear();
    m_table->selectionModel()->clearCurrentIndex();
    m_table->clearSelection();
    onSelectionChanged();
    m_table->setFocus(Qt::OtherFocusReason);
}

void RecordTab::refetch(const QString &id)
{
    auto *fetch = records::RecordFetch::start(client(), m_kind, id, this);
    connect(fetch, &records::RecordFetch::fetched, this, &RecordTab::recordChanged);
}

void RecordTab::fixFilterWidth(QLineEdit *field, int characters)
{
    const QFontMetrics metrics = field->fontMetrics();
    const int clearButton = field->isClearButtonEnabled() ? metrics.height() + 8 : 0;
    field->setFixedWidth(std::max(metrics.averageCharWidth() * characters,
                                  metrics.horizontalAdvance(field->placeholderText()) + clearButton + 16));
}

QLineEdit *RecordTab::makeSearchField(const QString &objectName, const QString &placeholder,
                                      const QString &accessibleName, int characters)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(objectName);
    field->setPlaceholderText(placeholder);
    field->setAccessibleName(accessibleName);
    field->setClearButtonEnabled(true);
    fixFilterWidth(field, characters);
    connect(field, &QLineEdit::textEdited, this, &RecordTab::filtersEdited);
    connect(field, &QLineEdit::returnPressed, this, &RecordTab::applyFilters);
    return field;
}

QLineEdit *RecordTab::addSearchField(const QString &objectName, const QString &placeholder,
                                     const QString &accessibleName, int characters)
{
    QLineEdit *field = makeSearchField(objectName, placeholder, accessibleName, characters);
    m_filters->addWidget(field);
    return field;
}

QPushButton *RecordTab::addActionButton(const QString &objectName, const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    m_actions->addWidget(button);
    return button;
}

QList<QPushButton *> RecordTab::actionButtons() const
{
    QList<QPushButton *> buttons;
    for (int i = 0; i < m_actions->count(); ++i)
        if (auto *button = qobject_cast<QPushButton *>(m_actions->itemAt(i)->widget()))
            buttons.append(button);
    return buttons;
}

QUrl RecordTab::currentDashboardUrl() const
{
    const QString id = currentId();
    return id.isEmpty() ? QUrl() : objects::dashboardUrl(m_kind, id, isLive());
}

void RecordTab::onSelectionChanged()
{
    m_selection->settle();
    const QJsonObject object = currentObject();
    if (object.isEmpty())
        m_detail->clear();
    else
        m_detail->showRecord(m_kind, object);
    refreshActions();
    onStateChanged(); // the footer counts the selected rows
    emit currentChanged(object);
}

void RecordTab::setPermissions(accounts::KeyPermissions *permissions)
{
    if (m_permissions)
        disconnect(m_permissions, nullptr, this, nullptr);
    m_permissions = permissions;
    if (permissions)
        connect(permissions, &accounts::KeyPermissions::changed, this, &RecordTab::refreshActions);
    refreshActions();
}

void RecordTab::requirePermission(QAbstractButton *button, accounts::KeyPermissions::Area area)
{
    m_guarded.append({button, area});
}

void RecordTab::applyPermissions()
{
    // After updateActions, which enables what the record's state allows: this only takes away.
    static const char *const refused = "paydeskRefusedByKey";
    for (const auto &[button, area] : std::as_const(m_guarded)) {
        if (!button)
            continue;
        const QString why = m_permissions ? m_permissions->whyNot(area) : QString();
        if (!why.isEmpty()) {
            button->setEnabled(false);
            button->setToolTip(why);
            button->setProperty(refused, true);
        } else if (button->property(refused).toBool()) {
            // Another key: what only the old one was refused is offered again.
            button->setProperty(refused, false);
            button->setEnabled(true);
            button->setToolTip(QString());
            updateActions(currentObject());
        }
    }
}

void RecordTab::sizeColumnsOnce()
{
    if (m_columnsSized || m_model->rowCount() == 0)
        return;
    m_columnsSized = true;
    // Fit the first page's contents, but no column may crowd out the others.
    const int widest = m_table->fontMetrics().averageCharWidth() * 34;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column) + 12, widest));
    }
}

void RecordTab::saveHeader() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("tables/%1/header").arg(m_settingsKey),
                      m_table->horizontalHeader()->saveState());
}

void RecordTab::restoreHeader()
{
    QSettings settings;
    const QByteArray state
        = settings.value(QStringLiteral("tables/%1/header").arg(m_settingsKey)).toByteArray();
    if (!state.isEmpty() && m_table->horizontalHeader()->restoreState(state))
        m_columnsSized = true;
    // Widths, order and hidden columns come back; a sort does not, since the filters it went
    // with do not (a saved view keeps both).
    m_sort->setRequest({});
    m_columns->restore();
}
