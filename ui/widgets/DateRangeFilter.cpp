#include "widgets/DateRangeFilter.h"

#include <QCalendarWidget>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTimer>
#include <QToolButton>

namespace {

// QDateEdit cannot be empty: its lowest date stands for "open", shown as its special text.
const QDate openEnd(2000, 1, 1);

QDateEdit *dateField(const QString &objectName, const QString &openText, const QString &accessibleName,
                     QWidget *parent)
{
    auto *field = new QDateEdit(parent);
    field->setObjectName(objectName);
    field->setCalendarPopup(true);
    field->setMinimumDate(openEnd);
    field->setSpecialValueText(openText);
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
    : QWidget(parent)
    , m_from(dateField(QStringLiteral("createdFrom"), tr("Any day"), tr("Created from"), this))
    , m_to(dateField(QStringLiteral("createdTo"), tr("Any day"), tr("Created until"), this))
    , m_clear(new QToolButton(this))
    , m_pause(new QTimer(this))
{
    setObjectName(QStringLiteral("createdRange"));
    m_from->setToolTip(tr("Created on or after this day"));
    m_to->setToolTip(tr("Created on or before this day"));
    m_clear->setObjectName(QStringLiteral("clearCreatedRange"));
    m_clear->setText(tr("Any time"));
    m_clear->setToolTip(tr("Show what was created at any time"));
    m_clear->setAccessibleName(tr("Clear the created dates"));
    m_clear->setAutoRaise(true);
    m_clear->setEnabled(false);
    auto *label = new QLabel(tr("Created:"), this);
    label->setBuddy(m_from);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(label);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_clear);
    for (QDateEdit *field : {m_from, m_to}) {
        field->installEventFilter(this);
        field->calendarWidget()->installEventFilter(this);
        connect(field, &QDateEdit::dateChanged, this, [this, field] { edited(field); });
    }
    m_pause->setSingleShot(true);
    m_pause->setInterval(400);
    connect(m_pause, &QTimer::timeout, this, &DateRangeFilter::announce);
    connect(m_clear, &QToolButton::clicked, this, &DateRangeFilter::clear);
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
    m_clear->setEnabled(!range().isEmpty());
    m_pause->start();
}

void DateRangeFilter::announce()
{
    m_pause->stop();
    m_clear->setEnabled(!range().isEmpty());
    if (range() == m_announced)
        return;
    m_announced = range();
    emit rangeChanged(m_announced);
}

void DateRangeFilter::openCalendar(QDateEdit *field)
{
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
    // Tab leaves the date for the next field. QDateEdit would move between its day, month and
    // year instead, and with "Any day" shown it never lets go: a keyboard trap. The parts are
    // reached with the left and right arrows.
    if (event->type() == QEvent::KeyPress && (watched == m_from || watched == m_to)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            focusNextPrevChild(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
        // Alt+Down and F4 open the calendar, as they open a combo box's list: QDateEdit opens it
        // only for a click on its arrow, so the click is made where the style draws the arrow.
        if ((key->key() == Qt::Key_Down && (key->modifiers() & Qt::AltModifier))
            || key->key() == Qt::Key_F4) {
            openCalendar(static_cast<QDateEdit *>(watched));
            return true;
        }
    }
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
