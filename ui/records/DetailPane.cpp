#include "ui/records/DetailPane.h"

#include "src/records/Details.h"
#include "src/records/ListModel.h"
#include "src/records/Titles.h"
#include "ui/widgets/StatusDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {

// A small table for a related list; its rows are links to their own tab.
QTableView *relatedTable(records::ListModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setItemDelegate(new StatusDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab moves on to the next list, arrows between rows
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    // The pane scrolls down; a list inside it that scrolled too would put scroll bars inside
    // scroll bars. Each list is as tall as its rows (fitToRows) and shows the columns that fit
    // the pane whole (fitToWidth); its rows open in their own tab with every column.
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return view;
}

// Columns the pane never shows in this list (a customer's invoices need not name the customer),
// apart from those fitToWidth hides for want of room.
constexpr const char *omittedColumns = "paydeskOmittedColumns";
constexpr const char *columnWidths = "paydeskColumnWidths";
constexpr const char *amountColumns = "paydeskAmountColumns";

void hideColumn(QTableView *view, const records::ListModel *model, const QString &columnId)
{
    if (const qsizetype column = records::indexOfColumn(model->columns(), columnId); column >= 0) {
        view->setColumnHidden(int(column), true);
        view->setProperty(omittedColumns, view->property(omittedColumns).toList() << int(column));
    }
}

// Shows the columns that fit in width, each whole, rather than cutting them. Amounts come
// first (a row's amount matters more than its other columns), then the first column (it names
// the row) in the room left, down to 16 characters with an ellipsis (an invoice number whole),
// then the others left to right while they fit.
void fitToWidth(QTableView *view, int width)
{
    const QVariantList omitted = view->property(omittedColumns).toList();
    const QVariantList widths = view->property(columnWidths).toList();
    const QVariantList amounts = view->property(amountColumns).toList();
    QList<int> shown;
    for (int column = 0; column < widths.size(); ++column)
        if (!omitted.contains(column))
            shown << column;
    if (shown.isEmpty())
        return;
    const int first = shown.first();
    const int narrowestFirst
        = std::min(widths.at(first).toInt(), view->fontMetrics().averageCharWidth() * 16);
    int used = 2 * view->frameWidth() + narrowestFirst;
    for (int column : std::as_const(shown)) {
        if (column == first || !amounts.contains(column))
            continue;
        const bool fits = used + widths.at(column).toInt() <= width;
        view->setColumnHidden(column, !fits);
        if (fits)
            used += widths.at(column).toInt();
    }
    const int firstWidth
        = std::clamp(width - used + narrowestFirst, narrowestFirst, widths.at(first).toInt());
    view->setColumnWidth(first, firstWidth);
    used += firstWidth - narrowestFirst;
    for (int column : std::as_const(shown)) {
        if (column == first || amounts.contains(column))
            continue;
        const bool fits = used + widths.at(column).toInt() <= width;
        view->setColumnHidden(column, !fits);
        if (fits)
            used += widths.at(column).toInt();
    }
}

// Fits the table to what the rows hold: no empty space under one saved card, every row
// (the pane scrolls, the list does not), text columns no wider than 24 characters, and amounts
// (right-aligned) always whole: "$4,8" would read as another number.
void fitToRows(QTableView *view)
{
    const QAbstractItemModel *model = view->model();
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height()
                         + model->rowCount() * view->verticalHeader()->defaultSectionSize()
                         + 2 * view->frameWidth());
    const int widest = view->fontMetrics().averageCharWidth() * 24;
    const QVariantList omitted = view->property(omittedColumns).toList();
    QVariantList widths;
    QVariantList amounts;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (omitted.contains(column)) {
            widths << 0;
            continue;
        }
        view->setColumnHidden(column, false);
        view->resizeColumnToContents(column);
        const bool isAmount = model->rowCount() > 0
            && (Qt::Alignment(model->index(0, column).data(Qt::TextAlignmentRole).toInt()) & Qt::AlignRight);
        const int fitted = view->columnWidth(column) + 8;
        view->setColumnWidth(column, isAmount ? fitted : std::min(fitted, widest));
        widths << view->columnWidth(column);
        if (isAmount)
            amounts << column;
    }
    view->setProperty(columnWidths, widths);
    view->setProperty(amountColumns, amounts);
    // As narrow as the pane needs: fitToWidth decides which columns show.
    view->setMinimumWidth(0);
    view->setSizePolicy(QSizePolicy::Ignored, view->sizePolicy().verticalPolicy());
}

// A web address is one long word that cannot wrap: shown as a link with its host, the whole
// address in the tooltip, so the pane is not as wide as the address.
QString shortLink(const QString &url)
{
    const QUrl parsed(url);
    return QStringLiteral("<a href=\"%1\">%2/…</a>").arg(url.toHtmlEscaped(), parsed.host().toHtmlEscaped());
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_placeholder(new QLabel(tr("Select a row to see its details."), this))
    , m_scroll(new QScrollArea(this))
    , m_fieldsBox(new QWidget(this))
    , m_fields(new QFormLayout(m_fieldsBox))
    , m_related(new QVBoxLayout)
    , m_rawToggle(new QToolButton(this))
    , m_rawBox(new QWidget(this))
    , m_raw(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("detailPane"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText); // names are what people typed
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setLabelAlignment(Qt::AlignRight);
    // A value that does not fit beside its label (a long id in a narrow pane) goes below it,
    // rather than widening the pane past the window and cutting the title at its edge.
    m_fields->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_rawToggle->setText(tr("Raw JSON"));
    m_rawToggle->setCheckable(true);
    m_rawToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rawToggle->setArrowType(Qt::RightArrow);
    m_rawToggle->setAutoRaise(true);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setMinimumHeight(m_raw->fontMetrics().height() * 14);
    auto *copyJson = new QPushButton(tr("Copy JSON"), m_rawBox);
    auto *rawLayout = new QVBoxLayout(m_rawBox);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(m_raw);
    rawLayout->addWidget(copyJson, 0, Qt::AlignRight);
    m_rawBox->hide();
    connect(m_rawToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_rawBox->setVisible(shown);
        m_rawToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(copyJson, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_raw->toPlainText()); });

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_fieldsBox);
    layout->addLayout(m_related);
    layout->addWidget(m_rawToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_rawBox);
    // Spare height goes below everything: with no stretch factor here, Qt would share it out
    // between the labels and leave gaps above each related list.
    layout->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->viewport()->installEventFilter(this);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_placeholder);
    outer->addWidget(m_scroll);
    clear();
}

int DetailPane::listWidth() const
{
    const QMargins margins = m_scroll->widget()->layout()->contentsMargins();
    return m_scroll->viewport()->width() - margins.left() - margins.right();
}

bool DetailPane::eventFilter(QObject *watched, QEvent *event)
{
    // A wider or narrower pane shows more or fewer of each list's columns.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        for (QTableView *view : m_scroll->widget()->findChildren<QTableView *>())
            if (view->property(columnWidths).isValid())
                fitToWidth(view, listWidth());
    return QWidget::eventFilter(watched, event);
}

void DetailPane::setClient(stripe::Client *client)
{
    m_client = client;
    clear();
}

void DetailPane::clear()
{
    m_object = {};
    clearRelated();
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_raw->clear();
    m_placeholder->show();
    m_scroll->hide();
    emit contentsChanged();
}

void DetailPane::clearRelated()
{
    for (records::ListModel *model : std::as_const(m_relatedModels))
        model->cancel();
    m_relatedModels.clear();
    while (QLayoutItem *item = m_related->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void DetailPane::showRecord(objects::Kind kind, const QJsonObject &object)
{
    clear();
    m_kind = kind;
    m_object = object;
    // The thing by its name ("Jane Doe", "€85.00 from Chloé Haddad, Mastercard •••• 4444"); the
    // id is the first field, and in the tooltip.
    m_title->setText(records::titles::title(kind, object));
    m_title->setToolTip(object.value(QLatin1String("id")).toString());
    m_title->setWordWrap(true);

    for (const records::DetailField &field : records::detailFieldsFor(kind, object)) {
        auto *value = new QLabel(m_fieldsBox);
        value->setWordWrap(true);
        if (field.linkKind) {
            value->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                               .arg(field.linkId.toHtmlEscaped(), field.value.toHtmlEscaped()));
            value->setTextInteractionFlags(Qt::TextBrowserInteraction);
            const objects::Kind target = *field.linkKind;
            connect(value, &QLabel::linkActivated, this,
                    [this, target](const QString &link) { emit linkActivated(target, link); });
        } else if (field.value.startsWith(QLatin1String("https://"))) {
            value->setText(shortLink(field.value));
            value->setToolTip(field.value);
            value->setAccessibleDescription(field.value);
            value->setTextInteractionFlags(Qt::TextBrowserInteraction);
            value->setOpenExternalLinks(true);
        } else {
            value->setText(field.value);
            value->setTextFormat(Qt::PlainText);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            // Words wrap, but an id or a key has nowhere to break: the pane scrolls sideways
            // rather than cut it.
            int longestWord = 0;
            static const QRegularExpression spaces(QStringLiteral("\\s+"));
            for (const QString &word : field.value.split(spaces, Qt::SkipEmptyParts))
                longestWord = std::max(longestWord, value->fontMetrics().horizontalAdvance(word));
            value->setMinimumWidth(longestWord + 2);
        }
        m_fields->addRow(field.label + QLatin1Char(':'), value);
    }

    for (const records::RelatedList &related : records::relatedListsFor(kind, object)) {
        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(related.title.toHtmlEscaped()));
        auto *model = new records::ListModel(records::columnsFor(related.kind), title);
        model->setClient(m_client);
        auto *state = new QLabel;
        state->setForegroundRole(QPalette::PlaceholderText);
        auto *view = relatedTable(model, nullptr);
        view->setAccessibleName(related.title);
        // A customer's own invoices and payments, and a payment's refunds, need not repeat the
        // customer on every row.
        if (kind == objects::Kind::Customer || kind == objects::Kind::Payment)
            hideColumn(view, model, QStringLiteral("customer"));
        const objects::Kind rowKind = related.kind;
        const QString emptyText = related.query.emptyText;
        connect(model, &records::ListModel::stateChanged, state, [this, state, model, view, emptyText] {
            using State = records::ListModel::State;
            switch (model->state()) {
            case State::Loading:
                state->setText(tr("Loading…"));
                break;
            case State::Empty:
                state->setText(emptyText);
                break;
            case State::Failed:
                state->setText(tr("Could not load: %1")
                                   .arg(model->error().message.isEmpty() ? model->error().detail
                                                                         : model->error().message));
                break;
            default:
                state->clear();
                break;
            }
            state->setVisible(!state->text().isEmpty());
            view->setVisible(model->rowCount() > 0);
            if (model->state() == records::ListModel::State::Ready) {
                fitToRows(view);
                fitToWidth(view, listWidth());
            }
        });
        connect(view, &QTableView::activated, this, [this, model, rowKind](const QModelIndex &index) {
            const QString rowId = model->data(index, records::ListModel::IdRole).toString();
            if (!rowId.isEmpty() && rowKind != objects::Kind::InvoiceLine)
                emit linkActivated(rowKind, rowId);
        });
        m_related->addWidget(title);
        m_related->addWidget(state);
        m_related->addWidget(view);
        view->hide();
        m_relatedModels.append(model);
        model->load(related.query);
    }

    m_raw->setPlainText(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    m_placeholder->hide();
    m_scroll->show();
    // A new record is read from its start, whatever the last one was scrolled to.
    m_scroll->horizontalScrollBar()->setValue(0);
    m_scroll->verticalScrollBar()->setValue(0);
    emit contentsChanged();
}

QString DetailPane::fieldValue(const QString &label) const
{
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        auto *labelItem = m_fields->itemAt(row, QFormLayout::LabelRole);
        auto *fieldItem = m_fields->itemAt(row, QFormLayout::FieldRole);
        auto *labelWidget = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
        auto *fieldWidget = fieldItem ? qobject_cast<QLabel *>(fieldItem->widget()) : nullptr;
        if (labelWidget && fieldWidget && labelWidget->text() == label + QLatin1Char(':')) {
            QString text = fieldWidget->text();
            if (!fieldWidget->toolTip().isEmpty())
                return fieldWidget->toolTip(); // a web address, shown shortened
            if (text.startsWith(QLatin1String("<a ")))
                text = fieldWidget->text().section(QLatin1Char('>'), 1).section(QLatin1Char('<'), 0, 0);
            return text;
        }
    }
    return {};
}

QString DetailPane::fieldLink(const QString &label) const
{
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        auto *labelItem = m_fields->itemAt(row, QFormLayout::LabelRole);
        auto *fieldItem = m_fields->itemAt(row, QFormLayout::FieldRole);
        auto *labelWidget = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
        auto *fieldWidget = fieldItem ? qobject_cast<QLabel *>(fieldItem->widget()) : nullptr;
        if (labelWidget && fieldWidget && labelWidget->text() == label + QLatin1Char(':')
            && fieldWidget->text().startsWith(QLatin1String("<a href=\"")))
            return fieldWidget->text().section(QLatin1Char('"'), 1, 1);
    }
    return {};
}

QString DetailPane::title() const
{
    return m_title->text();
}
