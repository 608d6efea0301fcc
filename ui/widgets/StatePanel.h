#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// What a table shows instead of rows: "Loading…", "No open invoices for this customer", or an
// error in words with its request id and a Retry button. Never a blank table.
class StatePanel : public QWidget
{
    Q_OBJECT

public:
    explicit StatePanel(QWidget *parent = nullptr);

    void showLoading(const QString &text);
    void showEmpty(const QString &text);
    // detail: a secondary line (the request id, what to do next).
    void showError(const QString &message, const QString &detail);

    QString message() const;
    bool isShowingError() const;

signals:
    void retryRequested();

private:
    QProgressBar *m_busy;
    QLabel *m_message;
    QLabel *m_detail;
    QPushButton *m_retry;
};
