#pragma once

#include "src/writes/RetryReview.h"
#include "src/writes/Write.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace writes {
class WriteRecovery;
}

// The frame of every write: the form a subclass fills, the confirmation in words ("Refund
// €12.50 of €40.00 to Jane Doe, Visa •••• 4242"), LIVE when it is real money, and the promise
// that one click sends one request. Input is checked by the write before anything is sent.
// No button is the default: Enter never writes. When the answer never comes, the dialog offers
// Check and Retry safely (writes::WriteRecovery), which exist only from then on; a retry is
// reviewed — the object as it is now, other writes on it — and asked for a second time.
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
    QPushButton *cancelButton() const { return m_cancel; }
    // Null until an outcome is unknown.
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *checkButton() const { return m_check; }
    // Null until a review allowed sending the write again.
    QPushButton *sendAgainButton() const { return m_sendAgain; }
    QString errorText() const;
    QString summaryText() const;
    // The warning shown when the object already has a write whose answer never came.
    QString earlierWriteWarning() const;
    QCheckBox *sendAnywayBox() const { return m_sendAnyway; }
    // What the Cancel button says while the form is edited ("Keep order", beside "Cancel this
    // order", so the two are not mistaken for each other).
    void setCancelText(const QString &text);

    void setVisible(bool visible) override;

public slots:
    // Closing while a write is on its way would hide its outcome: explained, not done.
    void reject() override;

signals:
    // The write took effect (now, or found by Check); object is what Stripe has.
    void written(const QJsonObject &object);

protected:
    QFormLayout *form() const { return m_form; }
    bool isLive() const { return m_live; }
    // A new write for the current input, or null with *error when the input cannot even be
    // read (an amount that is not a number). The dialog owns the result.
    virtual writes::Write *makeWrite(QString *error) = 0;
    // The confirm button's words for a valid write: "Refund €12.50", "Delete customer".
    virtual QString confirmLabel() const = 0;
    // The input focused when the dialog opens (default: the form's first).
    virtual QWidget *firstInput() const;
    // Subclasses call this whenever an input changes.
    void inputsChanged();
    void showEvent(QShowEvent *event) override;

private:
    void confirm();
    void onFinished(const writes::WriteResult &result);
    void enterUnknown(const QString &why);
    void checkUnknown();
    void reviewRetry();
    void sendAgain();
    void settleAsHappened(const QJsonObject &object, const QString &message);
    void updateEarlierWriteWarning();
    void setStage(Stage stage);
    void setInputsEnabled(bool enabled);
    void showError(const QString &text);
    QPushButton *addRecoveryButton(const QString &objectName, const QString &text);
    void showButtonsOfStage();

    bool m_live;
    Stage m_stage = Stage::Editing;
    QPointer<writes::Write> m_write;
    writes::WriteRecovery *m_recovery = nullptr;
    QString m_warnedTarget;
    QJsonObject m_result;
    QFormLayout *m_form;
    QWidget *m_formBox;
    QLabel *m_liveWarning;
    QLabel *m_earlierWrite;
    QCheckBox *m_sendAnyway;
    QLabel *m_summary;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    QPushButton *m_retry = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_sendAgain = nullptr;
    QString m_cancelText;
    bool m_sendAgainAllowed = false; // the last review allowed sending the write again
};
