#pragma once

#include "operations/Operation.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

// The frame of every write: the form a subclass fills, the confirmation in words ("Refund
// €12.50 of €40.00 to Jane Doe, Visa •••• 4242"), LIVE when it is real money, and the promise
// that one click sends one request. Input is checked by the operation before anything is sent;
// an unknown outcome offers Retry (same idempotency key) and Check, never a blind second write.
class WriteDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Stage { Editing, Sending, Done, Unknown };
    Q_ENUM(Stage)

    WriteDialog(const QString &title, bool live, QWidget *parent = nullptr);
    ~WriteDialog() override;

    Stage stage() const { return m_stage; }
    QJsonObject resultObject() const { return m_result; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *checkButton() const { return m_check; }
    QString errorText() const;
    QString summaryText() const;

public slots:
    // Closing while a write is on its way would hide its outcome: explained, not done.
    void reject() override;

signals:
    // The write succeeded; object is what Stripe returned.
    void written(const QJsonObject &object);

protected:
    QFormLayout *form() const { return m_form; }
    bool isLive() const { return m_live; }
    // A new operation for the current input, or null with *error when the input cannot even be
    // read (an amount that is not a number). The dialog owns the result.
    virtual operations::Operation *makeOperation(QString *error) = 0;
    // The confirm button's words for a valid operation: "Refund €12.50", "Delete customer".
    virtual QString confirmLabel() const = 0;
    // Subclasses call this whenever an input changes.
    void inputsChanged();
    void showEvent(QShowEvent *event) override;

private:
    void confirm();
    void onFinished(const operations::WriteResult &result);
    void checkUnknown();
    void setStage(Stage stage);
    void setInputsEnabled(bool enabled);
    void showError(const QString &text);

    bool m_live;
    Stage m_stage = Stage::Editing;
    QPointer<operations::Operation> m_operation;
    QJsonObject m_result;
    QFormLayout *m_form;
    QWidget *m_formBox;
    QLabel *m_liveWarning;
    QLabel *m_summary;
    QLabel *m_error;
    QPushButton *m_confirm;
    QPushButton *m_retry;
    QPushButton *m_check;
    QPushButton *m_cancel;
};
