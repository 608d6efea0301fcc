#include "ui/overview/BarChart.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

namespace {

constexpr int barGap = 2; // between the bars of a group, in pixels
constexpr double groupFill = 0.7; // the share of a group's width its bars take

} // namespace

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void BarChart::setSeries(const QStringList &names, const QList<QColor> &colors)
{
    m_seriesNames = names;
    m_seriesColors = colors;
    update();
}

void BarChart::setGroups(const QList<Group> &groups)
{
    m_groups = groups;
    m_group = std::clamp(m_group, 0, std::max(0, int(m_groups.size()) - 1));
    m_series = std::clamp(m_series, 0, std::max(0, seriesCount() - 1));
    updateGeometry();
    update();
    announce();
}

int BarChart::seriesCount() const
{
    int count = 0;
    for (const Group &group : m_groups)
        count = std::max(count, int(group.bars.size()));
    return count;
}

void BarChart::setCurrent(int group, int series)
{
    if (m_groups.isEmpty())
        return;
    group = std::clamp(group, 0, int(m_groups.size()) - 1);
    series = std::clamp(series, 0, int(m_groups.at(group).bars.size()) - 1);
    if (group == m_group && series == m_series)
        return;
    m_group = group;
    m_series = series;
    update();
    announce();
    emit currentChanged(group, series);
}

QString BarChart::currentText() const
{
    if (m_group >= m_groups.size() || m_series >= m_groups.at(m_group).bars.size())
        return {};
    return m_groups.at(m_group).bars.at(m_series).text;
}

void BarChart::announce()
{
    // Screen readers read a focused widget's description: it follows the current bar.
    setAccessibleDescription(currentText());
    setToolTip(currentText());
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

QSize BarChart::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const int groups = std::max<int>(1, int(m_groups.size()));
    return {std::max(metrics.averageCharWidth() * 8 * groups, 360), metrics.height() * 12};
}

QSize BarChart::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.averageCharWidth() * 30, metrics.height() * 9};
}

QRect BarChart::plotArea() const
{
    const QFontMetrics metrics = fontMetrics();
    const int legend = m_seriesNames.size() > 1 ? metrics.height() + 6 : 0;
    // Room above for the values, below for the group labels.
    return rect().adjusted(4, legend + metrics.height() + 6, -4, -(metrics.height() + 8));
}

QRect BarChart::barRect(int group, int series) const
{
    if (group < 0 || group >= m_groups.size() || series < 0 || series >= m_groups.at(group).bars.size())
        return {};
    const QRect plot = plotArea();
    qint64 largest = 0;
    for (const Group &each : m_groups)
        for (const Bar &bar : each.bars)
            largest = std::max(largest, bar.value);
    const double groupWidth = double(plot.width()) / double(m_groups.size());
    const int series_ = std::max(1, seriesCount());
    const double barWidth = std::max(2.0, (groupWidth * groupFill - barGap * (series_ - 1)) / series_);
    const double left
        = plot.left() + groupWidth * group + groupWidth * (1 - groupFill) / 2 + (barWidth + barGap) * series;
    const qint64 value = std::max<qint64>(0, m_groups.at(group).bars.at(series).value);
    // Integers all the way to the pixel: amounts are never floating point, heights may be.
    const int height = largest > 0 ? int(double(plot.height()) * double(value) / double(largest)) : 0;
    // A bar of a figure that is not zero is always visible.
    const int shown = value > 0 ? std::max(height, 2) : 1;
    return QRect(int(left), plot.bottom() - shown + 1, std::max(2, int(barWidth)), shown);
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette &colors = palette();
    const QFontMetrics metrics = fontMetrics();
    const QRect plot = plotArea();

    // The legend, for more than one series.
    if (m_seriesNames.size() > 1) {
        int x = 4;
        for (int i = 0; i < m_seriesNames.size(); ++i) {
            const QColor color = m_seriesColors.value(i, colors.color(QPalette::Highlight));
            painter.fillRect(QRect(x, 4 + metrics.height() / 4, metrics.height() / 2, metrics.height() / 2),
                             color);
            x += metrics.height() / 2 + 4;
            painter.setPen(colors.color(QPalette::WindowText));
            painter.drawText(
                QRect(x, 4, metrics.horizontalAdvance(m_seriesNames.at(i)) + 2, metrics.height()),
                Qt::AlignLeft | Qt::AlignVCenter, m_seriesNames.at(i));
            x += metrics.horizontalAdvance(m_seriesNames.at(i)) + metrics.averageCharWidth() * 3;
        }
    }

    // The baseline.
    painter.setPen(colors.color(QPalette::Mid));
    painter.drawLine(plot.left(), plot.bottom() + 1, plot.right(), plot.bottom() + 1);

    const double groupWidth = m_groups.isEmpty() ? 0 : double(plot.width()) / double(m_groups.size());
    for (int g = 0; g < m_groups.size(); ++g) {
        const Group &group = m_groups.at(g);
        for (int s = 0; s < group.bars.size(); ++s) {
            const Bar &bar = group.bars.at(s);
            const QRect box = barRect(g, s);
            const QColor color = bar.color.isValid()
                ? bar.color
                : m_seriesColors.value(s, colors.color(QPalette::Highlight));
            painter.fillRect(box, color);
            // The value above the bar, when there is room for it.
            if (!bar.label.isEmpty()
                && metrics.horizontalAdvance(bar.label)
                    <= int(groupWidth / std::max(1, int(group.bars.size()))) + barGap) {
                painter.setPen(colors.color(QPalette::WindowText));
                const int width = metrics.horizontalAdvance(bar.label) + 2;
                painter.drawText(QRect(box.center().x() - width / 2, box.top() - metrics.height() - 2, width,
                                       metrics.height()),
                                 Qt::AlignCenter, bar.label);
            }
            if (hasFocus() && g == m_group && s == m_series) {
                QPen focus(colors.color(QPalette::Highlight), 2, Qt::DashLine);
                painter.setPen(focus);
                painter.drawRect(box.adjusted(-3, -3, 2, 2));
            }
        }
        // The group's label under it, elided to its width.
        painter.setPen(g == m_group && hasFocus() ? colors.color(QPalette::Highlight)
                                                  : colors.color(QPalette::WindowText));
        const QRect under(int(plot.left() + groupWidth * g), plot.bottom() + 4, int(groupWidth),
                          metrics.height());
        painter.drawText(under, Qt::AlignHCenter | Qt::AlignTop,
                         metrics.elidedText(group.label, Qt::ElideRight, under.width()));
    }
}

void BarChart::keyPressEvent(QKeyEvent *event)
{
    if (m_groups.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int bars = int(m_groups.at(m_group).bars.size());
    switch (event->key()) {
    case Qt::Key_Right:
        if (m_series + 1 < bars)
            setCurrent(m_group, m_series + 1);
        else if (m_group + 1 < m_groups.size())
            setCurrent(m_group + 1, 0);
        break;
    case Qt::Key_Left:
        if (m_series > 0)
            setCurrent(m_group, m_series - 1);
        else if (m_group > 0)
            setCurrent(m_group - 1, int(m_groups.at(m_group - 1).bars.size()) - 1);
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
        // From series to series within a month (revenue ↔ refunds).
        setCurrent(m_group, (m_series + (event->key() == Qt::Key_Down ? 1 : bars - 1)) % std::max(1, bars));
        break;
    case Qt::Key_Home:
        setCurrent(0, 0);
        break;
    case Qt::Key_End:
        setCurrent(int(m_groups.size()) - 1, int(m_groups.constLast().bars.size()) - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit activated(m_group, m_series);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

QPair<int, int> BarChart::barAt(const QPoint &point) const
{
    const QRect plot = plotArea();
    for (int g = 0; g < m_groups.size(); ++g)
        for (int s = 0; s < m_groups.at(g).bars.size(); ++s) {
            // The whole column above and under a bar belongs to it: small bars are easy to hit.
            const QRect box = barRect(g, s);
            if (QRect(box.left() - barGap, plot.top() - fontMetrics().height(), box.width() + 2 * barGap,
                      height() - plot.top() + fontMetrics().height())
                    .contains(point))
                return {g, s};
        }
    return {-1, -1};
}

void BarChart::mousePressEvent(QMouseEvent *event)
{
    const auto [group, series] = barAt(event->position().toPoint());
    if (group < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    setCurrent(group, series);
    if (event->button() == Qt::LeftButton)
        emit activated(group, series);
}

void BarChart::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    announce();
    update();
}

void BarChart::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

bool BarChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [group, series] = barAt(help->pos());
        if (group >= 0)
            QToolTip::showText(help->globalPos(), m_groups.at(group).bars.at(series).text, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}
