#include "tests/ui/support/UiAudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>
#include <QWindow>

namespace uiaudit {

namespace {

// A pixel of rounding either way is not a cut a person can see.
constexpr int Slack = 1;

QString shown(QString text)
{
    // What the user reads: "&&" is one "&", a lone "&" marks the mnemonic.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

QList<QWidget *> visibleWidgets(const QWidget *window)
{
    QList<QWidget *> widgets;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        // Only what this window shows: not other windows parented here (dialogs), not hidden pages.
        if (widget->window() == window && widget->isVisible())
            widgets.append(widget);
    }
    return widgets;
}

bool isPlainLabelText(const QLabel *label)
{
    return label->textFormat() == Qt::PlainText
        || (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text()));
}

// The text a label shows, without markup.
QString labelText(const QLabel *label)
{
    if (isPlainLabelText(label))
        return label->buddy() ? shown(label->text()) : label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

bool isInternal(const QWidget *widget)
{
    // Parts of a compound widget that the compound names and sizes: a spin box's or an editable
    // combo box's line edit, a line edit's clear button, a tab bar's scroll arrows, a header.
    const QWidget *parent = widget->parentWidget();
    if (!parent)
        return false;
    if (qobject_cast<const QLineEdit *>(widget)
        && (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)))
        return true;
    if (qobject_cast<const QToolButton *>(widget)
        && (qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QTabBar *>(parent)
            || qobject_cast<const QAbstractSpinBox *>(parent)))
        return true;
    if (qobject_cast<const QHeaderView *>(widget))
        return true;
    for (const QWidget *ancestor = parent; ancestor; ancestor = ancestor->parentWidget())
        if (qobject_cast<const QComboBox *>(ancestor) || ancestor->inherits("QCalendarWidget"))
            return true;
    return false;
}

bool isInput(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
        || (qobject_cast<const QTextEdit *>(widget) && !static_cast<const QTextEdit *>(widget)->isReadOnly())
        || qobject_cast<const QCheckBox *>(widget) || qobject_cast<const QRadioButton *>(widget);
}

QString checkLabel(const QLabel *label)
{
    if (label->text().isEmpty() || !label->pixmap().isNull())
        return {};
    const QString text = labelText(label);
    const QRect contents = label->contentsRect();
    const int margins = 2 * label->margin() + std::max(0, label->indent());
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + Slack)
            return QStringLiteral("%1 is cut: its words need %2 px of height, it has %3")
                .arg(describe(label))
                .arg(needed)
                .arg(label->height());
        // A word longer than the line is clipped, not wrapped.
        int longestWord = 0;
        for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            longestWord = std::max(longestWord, label->fontMetrics().horizontalAdvance(word));
        if (longestWord > contents.width() - margins + Slack)
            return QStringLiteral("%1 is cut: a word needs %2 px, the line is %3 px")
                .arg(describe(label))
                .arg(longestWord)
                .arg(contents.width() - margins);
        return {};
    }
    const QSize needed = label->sizeHint();
    if (label->width() + Slack < needed.width()
        || label->height() + Slack < label->minimumSizeHint().height())
        return QStringLiteral("%1 is cut: it needs %2x%3 px, it has %4x%5")
            .arg(describe(label))
            .arg(needed.width())
            .arg(label->minimumSizeHint().height())
            .arg(label->width())
            .arg(label->height());
    return {};
}

QString checkButton(const QAbstractButton *button)
{
    const QString text = shown(button->text());
    if (text.isEmpty())
        return {};
    const QFontMetrics metrics = button->fontMetrics();
    if (auto *push = qobject_cast<const QPushButton *>(button)) {
        QStyle *style = push->style();
        const int frame = style->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, push);
        const int margin = style->pixelMetric(QStyle::PM_ButtonMargin, nullptr, push);
        // As QCommonStyle sizes a push button (CT_PushButton), less the minimum width a style adds.
        int needed = widestLine(metrics, text) + margin + 2 * frame;
        if (!push->icon().isNull())
            needed += push->iconSize().width() + 4;
        if (push->menu())
            needed += style->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, push);
        if (push->width() + Slack < needed || push->height() + Slack < metrics.height())
            return QStringLiteral("%1 is cut: its words need %2 px, it has %3")
                .arg(describe(push))
                .arg(needed)
                .arg(push->width());
        return {};
    }
    if (auto *tool = qobject_cast<const QToolButton *>(button);
        tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull())
        return {};
    const QSize needed = button->sizeHint();
    if (button->width() + Slack < needed.width() || button->height() + Slack < metrics.height())
        return QStringLiteral("%1 is cut: it needs %2 px, it has %3")
            .arg(describe(button))
            .arg(needed.width())
            .arg(button->width());
    return {};
}

QString checkLineEdit(const QLineEdit *field)
{
    // What the user did not type and cannot scroll to: the placeholder, or a read-only value.
    QString text;
    if (field->text().isEmpty())
        text = field->placeholderText();
    else if (field->isReadOnly() && field->echoMode() == QLineEdit::Normal)
        text = field->text();
    if (text.isEmpty())
        return {};
    QStyleOptionFrame option;
    option.initFrom(field);
    option.lineWidth
        = field->hasFrame() ? field->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, field) : 0;
    QRect room = field->style()->subElementRect(QStyle::SE_LineEditContents, &option, field);
    room = room.marginsRemoved(field->textMargins());
    // Side buttons (the clear button) keep their room even while faded out.
    for (const QToolButton *side : field->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        if (!side->isVisibleTo(field))
            continue;
        if (side->geometry().center().x() > field->width() / 2)
            room.setRight(std::min(room.right(), side->geometry().left() - 1));
        else
            room.setLeft(std::max(room.left(), side->geometry().right() + 1));
    }
    const int available = room.width() - 2 * 2; // QLineEdit's own horizontal margin
    const int needed = field->fontMetrics().horizontalAdvance(text);
    if (needed > available + Slack)
        return QStringLiteral("%1 is cut: “%2” needs %3 px, the field shows %4")
            .arg(describe(field), text)
            .arg(needed)
            .arg(available);
    return {};
}

QString checkComboBox(const QComboBox *combo)
{
    const QString text = combo->currentIndex() >= 0 ? combo->currentText() : combo->placeholderText();
    if (text.isEmpty() || combo->isEditable())
        return {};
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = false;
    option.frame = combo->hasFrame();
    option.currentText = text;
    option.subControls = QStyle::SC_All;
    const QRect field
        = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    int needed = combo->fontMetrics().horizontalAdvance(text);
    if (combo->currentIndex() >= 0 && !combo->itemIcon(combo->currentIndex()).isNull())
        needed += combo->iconSize().width() + 4;
    if (needed > field.width() + Slack)
        return QStringLiteral("%1 is cut: “%2” needs %3 px, it shows %4")
            .arg(describe(combo), text)
            .arg(needed)
            .arg(field.width());
    return {};
}

QStringList checkTabBar(const QTabBar *bar)
{
    QStringList findings;
    const int space = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i))
            continue;
        const QString text = shown(bar->tabText(i));
        const QRect tab = bar->tabRect(i);
        const int needed = bar->fontMetrics().horizontalAdvance(text) + space;
        if (tab.width() + Slack < needed)
            findings << QStringLiteral("tab “%1” of %2 is cut: it needs %3 px, it has %4")
                            .arg(text, describe(bar))
                            .arg(needed)
                            .arg(tab.width());
        else if (!bar->rect().contains(tab))
            findings << QStringLiteral("tab “%1” of %2 is off the tab bar (the tabs do not fit)")
                            .arg(text, describe(bar));
    }
    return findings;
}

QStringList checkTable(const QTableView *table)
{
    QStringList findings;
    const QAbstractItemModel *model = table->model();
    if (!model)
        return findings;
    const QHeaderView *header = table->horizontalHeader();
    const int headerMargin = table->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int cellMargin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    const int lastVisibleSection = [header] {
        for (int visual = header->count() - 1; visual >= 0; --visual)
            if (!header->isSectionHidden(header->logicalIndex(visual)))
                return header->logicalIndex(visual);
        return -1;
    }();
    for (int column = 0; column < model->columnCount(); ++column) {
        if (table->isColumnHidden(column))
            continue;
        const int position = header->sectionViewportPosition(column);
        if (position < 0 || position >= header->width())
            continue; // scrolled out of view, not cut
        const int width = header->sectionSize(column);
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        if (header->isVisible() && !title.isEmpty() && column != lastVisibleSection) {
            const int needed = header->fontMetrics().horizontalAdvance(title) + 2 * headerMargin;
            if (width + Slack < needed)
                findings << QStringLiteral("column header “%1” of %2 is cut: it needs %3 px, it has %4")
                                .arg(title, describe(table))
                                .arg(needed)
                                .arg(width);
        }
        // Amounts (right-aligned) must never be cut: "$4,8…" reads as another number.
        const int firstRow = std::max(0, table->rowAt(0));
        const int lastRow = table->rowAt(table->viewport()->height() - 1) < 0
            ? model->rowCount() - 1
            : table->rowAt(table->viewport()->height() - 1);
        for (int row = firstRow; row <= lastRow && row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            const Qt::Alignment alignment(index.data(Qt::TextAlignmentRole).toInt());
            if (!(alignment & Qt::AlignRight))
                continue;
            const QString text = index.data(Qt::DisplayRole).toString();
            const int needed = table->fontMetrics().horizontalAdvance(text) + 2 * cellMargin;
            if (!text.isEmpty() && width + Slack < needed) {
                findings << QStringLiteral(
                                "amount “%1” in column “%2” of %3 is cut: it needs %4 px, the column is %5")
                                .arg(text, title, describe(table))
                                .arg(needed)
                                .arg(width);
                break;
            }
        }
    }
    return findings;
}

QString checkStatusBar(const QStatusBar *bar)
{
    const QString message = bar->currentMessage();
    if (message.isEmpty())
        return {};
    const int needed = bar->fontMetrics().horizontalAdvance(message) + 8;
    if (needed > bar->width() + Slack)
        return QStringLiteral("the status bar message “%1” is cut: it needs %2 px, the bar is %3")
            .arg(message)
            .arg(needed)
            .arg(bar->width());
    return {};
}

QList<QPair<QKeySequence, QString>> mnemonicTargets(const QWidget *window)
{
    QList<QPair<QKeySequence, QString>> targets;
    auto add = [&targets](const QString &text, const QString &what) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            targets.append({key, what});
    };
    for (const QWidget *widget : visibleWidgets(window)) {
        if (!widget->isEnabled())
            continue;
        if (auto *menuBar = qobject_cast<const QMenuBar *>(widget)) {
            for (const QAction *action : menuBar->actions())
                if (action->isVisible() && action->isEnabled())
                    add(action->text(), QStringLiteral("menu “%1”").arg(shown(action->text())));
        } else if (auto *bar = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < bar->count(); ++i)
                if (bar->isTabVisible(i) && bar->isTabEnabled(i))
                    add(bar->tabText(i), QStringLiteral("tab “%1”").arg(shown(bar->tabText(i))));
        } else if (auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            add(button->text(), describe(button));
        } else if (auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->buddy() && label->buddy()->isVisible() && label->buddy()->isEnabled())
                add(label->text(), describe(label));
        } else if (auto *group = qobject_cast<const QGroupBox *>(widget)) {
            add(group->title(), QStringLiteral("group “%1”").arg(shown(group->title())));
        }
    }
    return targets;
}

} // namespace

QString describe(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(nothing)");
    QString kind = QString::fromLatin1(widget->metaObject()->className());
    QString words;
    if (auto *label = qobject_cast<const QLabel *>(widget))
        words = labelText(label);
    else if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        words = shown(button->text());
    else if (auto *field = qobject_cast<const QLineEdit *>(widget))
        words = field->text().isEmpty() ? field->placeholderText() : field->text();
    else if (auto *combo = qobject_cast<const QComboBox *>(widget))
        words = combo->currentText();
    else if (widget->isWindow())
        words = widget->windowTitle();
    words = words.simplified();
    if (words.size() > 60)
        words = words.left(57) + QStringLiteral("…");
    QString text = kind;
    if (!words.isEmpty())
        text += QStringLiteral(" “%1”").arg(words);
    if (!widget->objectName().isEmpty() && !widget->objectName().startsWith(QLatin1String("qt_")))
        text += QStringLiteral(" [%1]").arg(widget->objectName());
    // The nearest named ancestor in the same window says where it is.
    for (const QWidget *ancestor = widget->parentWidget(); ancestor && !widget->isWindow();
         ancestor = ancestor->parentWidget()) {
        if (!ancestor->objectName().isEmpty() && !ancestor->objectName().startsWith(QLatin1String("qt_"))) {
            text += QStringLiteral(" in %1").arg(ancestor->objectName());
            break;
        }
        if (ancestor->isWindow())
            break;
    }
    return text;
}

// Text in a view that scrolls sideways is cut at the view's edge until the reader scrolls: a
// person reads down a pane, never across it.
QString checkSideways(const QLabel *label)
{
    for (const QWidget *ancestor = label->parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        auto *area = qobject_cast<const QScrollArea *>(ancestor);
        if (!area)
            continue;
        const QWidget *viewport = area->viewport();
        // Where the text ends, not the label: a label may be wider than the words it shows.
        int textWidth = 0;
        for (const QString &line : labelText(label).split(QLatin1Char('\n')))
            textWidth = std::max(textWidth, label->fontMetrics().horizontalAdvance(line));
        textWidth += 2 * label->margin() + std::max(0, label->indent()) + label->contentsMargins().left();
        const QRect onViewport(label->mapTo(viewport, QPoint(0, 0)),
                               QSize(std::min(label->width(), textWidth), label->height()));
        if (onViewport.right() > viewport->width() + Slack || onViewport.left() < -Slack)
            return QStringLiteral("%1 is cut: it runs %2 px past the side of %3, which scrolls sideways")
                .arg(describe(label))
                .arg(std::max(onViewport.right() - viewport->width(), -onViewport.left()))
                .arg(describe(area));
        return {};
    }
    return {};
}

QStringList cutText(const QWidget *window)
{
    QStringList findings;
    for (const QWidget *widget : visibleWidgets(window)) {
        QString finding;
        if (auto *label = qobject_cast<const QLabel *>(widget)) {
            finding = checkLabel(label);
            if (finding.isEmpty())
                finding = checkSideways(label);
        } else if (auto *button = qobject_cast<const QAbstractButton *>(widget);
                   button && !isInternal(button))
            finding = checkButton(button);
        else if (auto *field = qobject_cast<const QLineEdit *>(widget); field && !isInternal(field))
            finding = checkLineEdit(field);
        else if (auto *combo = qobject_cast<const QComboBox *>(widget))
            finding = checkComboBox(combo);
        else if (auto *bar = qobject_cast<const QTabBar *>(widget))
            findings += checkTabBar(bar);
        else if (auto *table = qobject_cast<const QTableView *>(widget))
            findings += checkTable(table);
        else if (auto *status = qobject_cast<const QStatusBar *>(widget))
            finding = checkStatusBar(status);
        if (!finding.isEmpty())
            findings << finding;
    }
    return findings;
}

QStringList placement(const QWidget *window)
{
    QStringList findings;
    const QScreen *screen = window->screen();
    if (!screen)
        return {QStringLiteral("%1 is on no screen").arg(describe(window))};
    const QRect available = screen->availableGeometry();
    // Until the window manager has told Qt the frame's size, Qt answers an empty frame: the
    // window's own geometry is then what the person sees.
    const QRect frame = window->frameGeometry().isEmpty() ? window->geometry() : window->frameGeometry();
    auto rect = [](const QRect &r) {
        return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    };
    if (!available.contains(frame))
        findings << QStringLiteral(
                        "%1 is not wholly on the screen: its frame is %2, the screen %3 (%4, geometry %5)")
                        .arg(describe(window), rect(frame), rect(available),
                             window->isVisible() ? QStringLiteral("visible") : QStringLiteral("hidden"),
                             rect(window->geometry()));
    if (const QWidget *parent = window->parentWidget()) {
        const QWidget *parentWindow = parent->window();
        if (!parentWindow->frameGeometry().contains(frame.center()))
            findings << QStringLiteral("%1 is not over its parent window: its frame is %2, the parent's %3")
                            .arg(describe(window), rect(frame), rect(parentWindow->frameGeometry()));
    }
    return findings;
}

QStringList literalAmpersands(const QWidget *window)
{
    QStringList findings;
    auto showsAmpersand = [](const QString &text) {
        return text.contains(QLatin1String("&&")) || !QKeySequence::mnemonic(text).isEmpty();
    };
    if (showsAmpersand(window->windowTitle()))
        findings << QStringLiteral("the title “%1” shows an “&”").arg(window->windowTitle());
    for (const QWidget *widget : visibleWidgets(window)) {
        auto *label = qobject_cast<const QLabel *>(widget);
        if (!label || label->buddy() || !isPlainLabelText(label))
            continue;
        if (showsAmpersand(label->text()))
            findings << QStringLiteral("%1 shows a literal “&” (it has no buddy to give the letter to)")
                            .arg(describe(label));
    }
    return findings;
}

QStringList mnemonicClashes(const QWidget *window)
{
    QStringList findings;
    QHash<QString, QStringList> byKey;
    QStringList order;
    for (const auto &[key, what] : mnemonicTargets(window)) {
        const QString name = key.toString(QKeySequence::PortableText);
        if (!byKey.contains(name))
            order << name;
        byKey[name] << what;
    }
    for (const QString &name : std::as_const(order)) {
        const QStringList targets = byKey.value(name);
        if (targets.size() > 1)
            findings << QStringLiteral("%1 is used %2 times in %3: %4")
                            .arg(name)
                            .arg(targets.size())
                            .arg(describe(window), targets.join(QStringLiteral("; ")));
    }
    return findings;
}

QStringList missingAccessibleNames(const QWidget *window)
{
    QStringList findings;
    for (QWidget *widget : visibleWidgets(window)) {
        const bool named = isInput(widget) || qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QAbstractItemView *>(widget);
        if (!named || isInternal(widget))
            continue;
        if (auto *tool = qobject_cast<QToolButton *>(widget);
            tool && tool->parentWidget() && tool->parentWidget()->inherits("QToolBarExtension"))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            findings << QStringLiteral("%1 has no accessible name").arg(describe(widget));
    }
    return findings;
}

QStringList nestedScrollBars(const QWidget *window)
{
    QStringList findings;
    auto scrolls = [](const QAbstractScrollArea *area) {
        return (area->verticalScrollBar() && area->verticalScrollBar()->isVisible())
            || (area->horizontalScrollBar() && area->horizontalScrollBar()->isVisible());
    };
    for (const QWidget *widget : visibleWidgets(window)) {
        auto *area = qobject_cast<const QAbstractScrollArea *>(widget);
        if (!area || !scrolls(area))
            continue;
        for (const QWidget *ancestor = area->parentWidget(); ancestor && ancestor != window;
             ancestor = ancestor->parentWidget()) {
            auto *outer = qobject_cast<const QAbstractScrollArea *>(ancestor);
            if (outer && scrolls(outer)) {
                findings << QStringLiteral("%1 scrolls inside %2, which scrolls too")
                                .arg(describe(area), describe(outer));
                break;
            }
        }
    }
    return findings;
}

QStringList focusProblems(const QWidget *dialog)
{
    QStringList findings;
    const QWidget *focus = dialog->focusWidget();
    // The first input in Tab order.
    const QWidget *firstInput = nullptr;
    for (QWidget *widget = dialog->nextInFocusChain(); widget && widget != dialog;
         widget = widget->nextInFocusChain()) {
        if (widget->window() == dialog && widget->isVisible() && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus) && isInput(widget) && !isInternal(widget)) {
            firstInput = widget;
            break;
        }
    }
    auto isOrIn = [](const QWidget *widget, const QWidget *target) {
        for (; widget; widget = widget->parentWidget())
            if (widget == target)
                return true;
        return false;
    };
    // A button that does something the dialog offers not to do: OK alone on a message only
    // acknowledges it, but "Delete customer" next to Cancel writes.
    auto writes = [](const QWidget *widget) {
        auto *button = qobject_cast<const QPushButton *>(widget);
        if (!button)
            return false;
        auto *box = qobject_cast<const QDialogButtonBox *>(button->parentWidget());
        if (!box) {
            // A window's only button (a progress dialog's Cancel) offers no choice to mistake.
            int buttons = 0;
            for (const QPushButton *other : button->window()->findChildren<QPushButton *>())
                buttons += other->isVisible() ? 1 : 0;
            return button->isDefault() && buttons > 1;
        }
        bool offersNotTo = false;
        for (QAbstractButton *other : box->buttons())
            if (other != button && other->isVisible()
                && (box->buttonRole(other) == QDialogButtonBox::RejectRole
                    || box->buttonRole(other) == QDialogButtonBox::NoRole))
                offersNotTo = true;
        const auto role = box->buttonRole(const_cast<QPushButton *>(button));
        return offersNotTo
            && (role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::YesRole
                || role == QDialogButtonBox::ApplyRole || role == QDialogButtonBox::DestructiveRole
                || role == QDialogButtonBox::ActionRole);
    };
    if (firstInput && !isOrIn(focus, firstInput))
        findings << QStringLiteral("focus starts on %1, not on the first input %2")
                        .arg(describe(focus), describe(firstInput));
    if (writes(focus))
        findings << QStringLiteral("focus starts on %1, a button that writes").arg(describe(focus));
    return findings;
}

QStringList all(const QWidget *window)
{
    return cutText(window) + placement(window) + literalAmpersands(window) + mnemonicClashes(window)
        + missingAccessibleNames(window) + nestedScrollBars(window);
}

QStringList menuProblems(const QMenu *menu)
{
    QStringList findings;
    // On the screen; and, as menus open beside the menu they come from, over the window they
    // belong to rather than over their parent menu.
    const QRect frame = menu->frameGeometry().isEmpty() ? menu->geometry() : menu->frameGeometry();
    if (const QScreen *screen = menu->screen(); screen && !screen->availableGeometry().contains(frame))
        findings << QStringLiteral("%1 is not wholly on the screen").arg(describe(menu));
    const QWidget *owner = menu->parentWidget() ? menu->parentWidget()->window() : nullptr;
    while (owner && qobject_cast<const QMenu *>(owner))
        owner = owner->parentWidget() ? owner->parentWidget()->window() : nullptr;
    if (owner && !owner->frameGeometry().contains(frame.topLeft()))
        findings << QStringLiteral("%1 opens outside its window").arg(describe(menu));
    QHash<QString, QStringList> byKey;
    QStringList order;
    for (const QAction *action : menu->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        const QString text = shown(action->text());
        if (const QKeySequence key = QKeySequence::mnemonic(action->text()); !key.isEmpty()) {
            const QString name = key.toString(QKeySequence::PortableText);
            if (!byKey.contains(name))
                order << name;
            byKey[name] << QStringLiteral("“%1”").arg(text);
        }
        if (menu->toolTipsVisible() && !action->isEnabled() && action->toolTip() == text)
            findings << QStringLiteral("“%1” in %2 is off and does not say why").arg(text, describe(menu));
    }
    for (const QString &name : std::as_const(order))
        if (byKey.value(name).size() > 1)
            findings << QStringLiteral("%1 is used %2 times in %3: %4")
                            .arg(name)
                            .arg(byKey.value(name).size())
                            .arg(describe(menu), byKey.value(name).join(QStringLiteral("; ")));
    return findings;
}

void screenshot(const QWidget *window, const QString &directory, const QString &name)
{
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    QString file = name;
    file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("-"));
    QScreen *screen = const_cast<QWidget *>(window)->screen();
    // The whole screen under a window manager shows what a person sees: frames and placement.
    QPixmap picture = screen && QGuiApplication::platformName() != QLatin1String("offscreen")
        ? screen->grabWindow(0)
        : const_cast<QWidget *>(window)->grab();
    picture.save(QDir(directory).filePath(file + QStringLiteral(".png")));
}

} // namespace uiaudit
