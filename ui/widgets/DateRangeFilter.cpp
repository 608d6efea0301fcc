#include "ui/widgets/DateRangeFilter.h"

#include <QCalendarWidget>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTimer>
#include <QToolButton>

namespace {

// QDateEdit cannot be empty: its lowest date stands for "open", shown as its special text.
const QDate openEnd(2000, 1, 1);

QDateEdit *dateField(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *field = new QDateEdit(parent);
    field->setObjectName(objectName);
    field->setCalendarPopup(true);
    field->setMinimumDate(openEnd);
    field->setSpecialValueText(DateRangeFilter::tr("Any day"));
    field->setDate(openEnd);
    field->setAccessibleName(accessibleName);
    // The locale's short date with the whole year: "11/3/2026", "03.11.2026".
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    field->setDisplayFormat(format);
    return field;
}

} // namespace

DateRangeFilter::DateRangeFilter(QWidget *parent)
    : DateRangeFilter(Dates::Created, parent)
{ }

DateRangeFilter::DateRangeFilter(Dates dates, QWidget *parent)
    : QWidget(parent)
    , m_dates(dates)
    , m_button(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_panel(new QFrame(this, Qt::Popup))
    , m_from(dates == Dates::Due ? dateField(QStringLiteral("dueFrom"), tr("Due from"), m_panel)
                                 : dateField(QStringLiteral("createdFrom"), tr("Created from"), m_panel))
    , m_to(dates == Dates::Due ? dateField(QStringLiteral("dueTo"), tr("Due until"), m_panel)
                               : dateField(QStringLiteral("createdTo"), tr("Created until"), m_panel))
    , m_pause(new QTimer(this))
{
    const bool due = dates == Dates::Due;
    const QString name = due ? QStringLiteral("dueRange") : QStringLiteral("createdRange");
    setObjectName(name);
    m_button->setObjectName(name + QStringLiteral("Button"));
    m_button->setAccessibleName(due ? tr("Due dates") : tr("Created dates"));
    m_button->setToolTip(due ? tr("Show only what is due between two days (an invoice charged automatically "
                                  "is due when it was created)")
                             : tr("Show only what was created between two days"));
    m_button->setFocusPolicy(Qt::StrongFocus);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_clear->setObjectName(due ? QStringLiteral("clearDueRange") : QStringLiteral("clearCreatedRange"));
    m_clear->setText(QStringLiteral("✕"));
    m_clear->setToolTip(due ? tr("Any time: clear the due dates") : tr("Any time: clear the created dates"));
    m_clear->setAccessibleName(due ? tr("Clear the due dates") : tr("Clear the created dates"));
    m_clear->setAutoRaise(true);
    m_clear->setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_button);
    layout->addWidget(m_clear);

    m_panel->setObjectName(name + QStringLiteral("Panel"));
    m_panel->setFrameShape(QFrame::StyledPanel);
    m_panel->setAccessibleName(m_button->accessibleName());
    auto *anyTime = new QPushButton(tr("&Any time"), m_panel);
    anyTime->setObjectName(QStringLiteral("anyTime"));
    auto *done = new QPushButton(tr("Done"), m_panel);
    done->setDefault(true);
    auto *form = new QFormLayout(m_panel);
    form->addRow(due ? tr("Due &from:") : tr("Created &from:"), m_from);
    form->addRow(tr("&to:"), m_to);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(anyTime);
    buttons->addStretch();
    buttons->addWidget(done);
    form->addRow(buttons);
    for (QDateEdit *field : {m_from, m_to}) {
        field->installEventFilter(this);
        field->calendarWidget()->installEventFilter(this);
        connect(field, &QDateEdit::dateChanged, this, [this, field] { edited(field); });
    }
    m_panel->installEventFilter(this);
    m_button->installEventFilter(this);

    m_pause->setSingleShot(true);
    m_pause->setInterval(400);
    connect(m_pause, &QTimer::timeout, this, &DateRangeFilter::announce);
    connect(m_button, &QToolButton::clicked, this, &DateRangeFilter::openPanel);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        clear();
        m_button->setFocus(Qt::OtherFocusReason);
    });
    connect(anyTime, &QPushButton::clicked, this, [this] {
        clear();
        m_panel->hide();
    });
    connect(done, &QPushButton::clicked, m_panel, &QWidget::hide);
    showRange();
}

QWidget *DateRangeFilter::panel() const
{
    return m_panel;
}

void DateRangeFilter::openPanel()
{
    m_panel->adjustSize();
    QPoint at = m_button->mapToGlobal(QPoint(0, m_button->height()));
    // On the screen, even for a filter near its right edge.
    if (const QScreen *screen = m_button->screen()) {
        const QRect available = screen->availableGeometry();
        at.setX(std::clamp(at.x(), available.left(), available.right() - m_panel->width()));
        if (at.y() + m_panel->height() > available.bottom())
            at.setY(m_button->mapToGlobal(QPoint(0, 0)).y() - m_panel->height());
    }
    m_panel->move(at);
    m_panel->show();
    m_from->setFocus(Qt::PopupFocusReason);
}

QDate DateRangeFilter::dateOf(const QDateEdit *field) const
{
    return field->date() == openEnd ? QDate() : field->date();
}

queries::CreatedRange DateRangeFilter::range() const
{
    return {dateOf(m_from), dateOf(m_to)};
}

void DateRangeFilter::setRange(const queries::CreatedRange &range)
{
    for (QDateEdit *field : {m_from, m_to})
        field->blockSignals(true);
    m_from->setDate(range.from.isValid() ? range.from : openEnd);
    m_to->setDate(range.to.isValid() ? range.to : openEnd);
    for (QDateEdit *field : {m_from, m_to})
        field->blockSignals(false);
    announce();
}

void DateRangeFilter::clear()
{
    setRange({});
}

void DateRangeFilter::edited(QDateEdit *field)
{
    // A start after the end (or the reverse) moves the other end with it.
    const queries::CreatedRange now = range();
    if (now.from.isValid() && now.to.isValid() && now.from > now.to) {
        QDateEdit *other = field == m_from ? m_to : m_from;
        other->blockSignals(true);
        other->setDate(field->date());
        other->blockSignals(false);
    }
    showRange();
    m_pause->start();
}

void DateRangeFilter::showRange()
{
    const queries::CreatedRange now = range();
    if (m_dates == Dates::Due)
        m_button->setText(now.isEmpty() ? tr("Due: any time") : tr("Due: %1").arg(now.describe()));
    else
        m_button->setText(now.isEmpty() ? tr("Created: any time") : tr("Created: %1").arg(now.describe()));
    m_clear->setVisible(!now.isEmpty());
}

void DateRangeFilter::announce()
{
    m_pause->stop();
    showRange();
    if (range() == m_announced)
        return;
    m_announced = range();
    emit rangeChanged(m_announced);
}

void DateRangeFilter::openCalendar(QDateEdit *field)
{
    // QDateEdit opens its calendar only for a click on its arrow: the click is made where the
    // style draws the arrow.
    QStyleOptionComboBox option;
    option.initFrom(field);
    option.editable = true;
    option.subControls = QStyle::SC_All;
    const QPoint arrow = field->style()
                             ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, field)
                             .center();
    QMouseEvent press(QEvent::MouseButtonPress, arrow, field->mapToGlobal(arrow), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(field, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, arrow, field->mapToGlobal(arrow), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(field, &release);
}

bool DateRangeFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool altDown = key->key() == Qt::Key_Down && (key->modifiers() & Qt::AltModifier);
        if (watched == m_button && altDown) {
            openPanel();
            return true;
        }
        if (watched == m_from || watched == m_to) {
            // Tab leaves the date for the next field. QDateEdit would move between its day, month
            // and year instead, and with "Any day" shown it never lets go: a keyboard trap. The
            // parts are reached with the left and right arrows.
            if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
                const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
                auto *from = static_cast<QWidget *>(watched);
                for (QWidget *next = forward ? from->nextInFocusChain() : from->previousInFocusChain();
                     next && next != from;
                     next = forward ? next->nextInFocusChain() : next->previousInFocusChain()) {
                    if (next->window() == m_panel && next->isVisible() && next->isEnabled()
                        && (next->focusPolicy() & Qt::TabFocus) && !next->focusProxy()) {
                        next->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
                        break;
                    }
                }
                return true;
            }
            // Alt+Down and F4 open the calendar, as they open a combo box's list.
            if (altDown || key->key() == Qt::Key_F4) {
                openCalendar(static_cast<QDateEdit *>(watched));
                return true;
            }
        }
        // Enter or Esc in the dates closes them; the range is kept either way.
        if (watched == m_panel || watched == m_from || watched == m_to) {
            if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                announce();
                m_panel->hide();
                m_button->setFocus(Qt::PopupFocusReason);
                return true;
            }
        }
    }
    if (event->type() == QEvent::Hide && watched == m_panel)
        announce();
    // An open end's calendar opens on this month, not on the year 2000 that stands for "open".
    if (event->type() == QEvent::Show) {
        for (QDateEdit *field : {m_from, m_to}) {
            if (watched == field->calendarWidget() && field->date() == openEnd) {
                const QDate today = QDate::currentDate();
                field->calendarWidget()->setCurrentPage(today.year(), today.month());
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
