#include "ui/widgets/ModeBanner.h"

#include "ui/widgets/Tones.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

ModeBanner::ModeBanner(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("modeBanner"));
    m_label->setObjectName(QStringLiteral("modeText"));
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 4);
    layout->addWidget(m_label);
    layout->addStretch();
    setAutoFillBackground(false);
    setMode(Mode::Sandbox, QString());
}

void ModeBanner::setMode(Mode mode, const QString &accountName)
{
    m_mode = mode;
    // The sandbox is one; naming it again ("— Paydesk Sandbox") says nothing new.
    const QString account = accountName.isEmpty() || mode == Mode::Sandbox
        ? QString()
        : QStringLiteral(" — %1").arg(accountName);
    switch (mode) {
    case Mode::Sandbox:
        m_label->setText(tr("Sandbox — made-up data, nothing here is real") + account);
        break;
    case Mode::Test:
        m_label->setText(tr("Test mode — no real money moves") + account);
        break;
    case Mode::Live:
        m_label->setText(tr("LIVE — real money") + account);
        break;
    }
    setAccessibleName(m_label->text());
    updateColours();
    update();
}

QString ModeBanner::text() const
{
    return m_label->text();
}

void ModeBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateColours();
    QWidget::changeEvent(event);
}

ToneColors ModeBanner::colours() const
{
    switch (m_mode) {
    case Mode::Live:
        // Not a soft tint: live mode must stop the eye, on light and dark palettes alike.
        return {liveRed(), QColor(Qt::white)};
    case Mode::Test:
        return toneColors(records::Status::Tone::Attention, palette());
    case Mode::Sandbox:
        break;
    }
    return toneColors(records::Status::Tone::Pending, palette());
}

void ModeBanner::updateColours()
{
    QPalette palette = m_label->palette();
    palette.setColor(QPalette::WindowText, colours().text);
    m_label->setPalette(palette);
}

void ModeBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), colours().background);
}
