#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// A message across the top of the window that stays until it is dealt with ("Stripe no longer
// accepts this key — Replace key…"), for what must not be missed but must not block.
class NoticeBar : public QWidget
{
    Q_OBJECT

public:
    explicit NoticeBar(QWidget *parent = nullptr);

    void showNotice(const QString &text, const QString &actionText);
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

signals:
    void actionTriggered();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_text;
    QPushButton *m_action;
};
