#include "ui/records/ColumnChooserDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ColumnChooserDialog::ColumnChooserDialog(const QString &tableTitle, const QList<records::Column> &columns,
                                         const records::ColumnLayout &layout, QWidget *parent)
    : QDialog(parent)
    , m_columns(columns)
    , m_list(new QListWidget(this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move &down"), this))
    , m_reset(new QPushButton(tr("&Reset"), this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("columnChooser"));
    setWindowTitle(tr("Columns of %1").arg(tableTitle));
    auto *intro = new QLabel(tr("&Columns to show, left to right:"), this);
    intro->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("columnList"));
    m_list->setAccessibleName(tr("Columns"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_note->setObjectName(QStringLiteral("columnNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_up->setObjectName(QStringLiteral("moveColumnUp"));
    m_down->setObjectName(QStringLiteral("moveColumnDown"));
    m_reset->setObjectName(QStringLiteral("resetColumns"));
    m_reset->setToolTip(tr("Every column, in Paydesk's order."));
    m_up->setAutoDefault(false);
    m_down->setAutoDefault(false);
    m_reset->setAutoDefault(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *side = new QVBoxLayout;
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addSpacing(fontMetrics().height());
    side->addWidget(m_reset);
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto *main = new QVBoxLayout(this);
    main->addWidget(intro);
    main->addLayout(middle, 1);
    main->addWidget(m_note);
    main->addWidget(buttons);

    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_reset, &QPushButton::clicked, this, &ColumnChooserDialog::reset);
    connect(m_list, &QListWidget::currentRowChanged, this, &ColumnChooserDialog::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &ColumnChooserDialog::updateButtons);
    // From the keyboard, without leaving the list: Space ticks, Ctrl+Up and Ctrl+Down move (the
    // list would take them as moves of its own current row, so they are caught before it).
    m_list->installEventFilter(this);

    fill(layout);
    m_list->setCurrentRow(0);
    // As tall as the columns: none hides below a scroll bar, and no empty space under them.
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * m_list->count() + 2 * m_list->frameWidth()
                           + m_list->spacing() * 2 * m_list->count() + fontMetrics().height() / 2);
    m_list->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

bool ColumnChooserDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier
            && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrent(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ColumnChooserDialog::fill(const records::ColumnLayout &layout)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (int index : layout.orderIn(m_columns)) {
        const records::Column &column = m_columns.at(index);
        auto *item = new QListWidgetItem(column.title, m_list);
        item->setData(Qt::UserRole, column.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(layout.isHidden(column.id) ? Qt::Unchecked : Qt::Checked);
    }
}

records::ColumnLayout ColumnChooserDialog::layout() const
{
    records::ColumnLayout layout;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        const QString id = item->data(Qt::UserRole).toString();
        layout.order << id;
        if (item->checkState() != Qt::Checked)
            layout.hidden << id;
    }
    return layout;
}

void ColumnChooserDialog::moveCurrent(int places)
{
    const int from = m_list->currentRow();
    const int to = from + places;
    if (from < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(from);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    updateButtons();
}

void ColumnChooserDialog::reset()
{
    fill({});
    m_list->setCurrentRow(0);
    updateButtons();
}

void ColumnChooserDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
    const bool showsOne = !layout().hidesEverything(m_columns);
    m_ok->setEnabled(showsOne);
    m_note->setText(showsOne
                        ? tr("Drag a column's header to move it too; right-click a header for this list.")
                        : tr("Tick at least one column: a table shows one or more."));
}
