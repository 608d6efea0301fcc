#include "ui/widgets/StatePanel.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

StatePanel::StatePanel(QWidget *parent)
    : QWidget(parent)
    , m_busy(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_retry(new QPushButton(tr("Re&try"), this))
{
    setObjectName(QStringLiteral("statePanel"));
    m_busy->setRange(0, 0); // busy indicator
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(240);
    m_message->setObjectName(QStringLiteral("stateMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bigger = m_message->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    m_message->setFont(bigger);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_retry->setObjectName(QStringLiteral("retryButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_busy, 0, Qt::AlignHCenter);
    layout->addWidget(m_message);
    layout->addWidget(m_detail);
    layout->addWidget(m_retry, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    connect(m_retry, &QPushButton::clicked, this, &StatePanel::retryRequested);
}

void StatePanel::showLoading(const QString &text)
{
    m_busy->show();
    m_message->setText(text);
    m_detail->hide();
    m_retry->hide();
}

void StatePanel::showEmpty(const QString &text)
{
    m_busy->hide();
    m_message->setText(text);
    m_detail->hide();
    m_retry->hide();
}

void StatePanel::showError(const QString &message, const QString &detail)
{
    m_busy->hide();
    m_message->setText(message);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_retry->show();
}

QString StatePanel::message() const
{
    return m_message->text();
}

bool StatePanel::isShowingError() const
{
    return m_retry->isVisibleTo(this);
}
