#include "ui/writes/WriteDialog.h"

#include "src/writes/WriteJournal.h"
#include "src/writes/WriteRecovery.h"
#include "ui/widgets/FitToText.h"
#include "ui/widgets/Tones.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace {

// A button that never fires on Enter: a write is always a deliberate click or Space.
QPushButton *plainButton(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    button->setDefault(false);
    return button;
}

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

WriteDialog::WriteDialog(const QString &title, bool live, QWidget *parent)
    : QDialog(parent)
    , m_live(live)
    , m_formBox(new QWidget(this))
    , m_liveWarning(wrappedLabel(QStringLiteral("liveWarning"), this))
    , m_earlierWrite(wrappedLabel(QStringLiteral("earlierWrite"), this))
    , m_sendAnyway(new QCheckBox(tr("Send this new one anyway"), this))
    , m_summary(wrappedLabel(QStringLiteral("summary"), this))
    , m_error(wrappedLabel(QStringLiteral("error"), this))
    , m_buttons(new QDialogButtonBox(this))
    , m_confirm(plainButton(QStringLiteral("confirmButton"), tr("Confirm"), this))
    , m_cancel(plainButton(QStringLiteral("cancelButton"), tr("Cancel"), this))
{
    setWindowTitle(live ? tr("LIVE — %1").arg(title) : title);
    setObjectName(QStringLiteral("writeDialog"));
    // Wide enough that a sentence wraps into a few lines rather than a tall column, never
    // wider than the screen.
    const int available = screen() ? screen()->availableGeometry().width() * 9 / 10 : 800;
    setMinimumWidth(std::min(fontMetrics().averageCharWidth() * 60, available));
    m_form = new QFormLayout(m_formBox);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_liveWarning->setText(tr("LIVE — this moves real money."));
    m_liveWarning->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; "
                                                "padding: 6px; border-radius: 4px; }")
                                     .arg(liveRed().name()));
    m_liveWarning->setVisible(live);
    m_earlierWrite->hide();
    m_sendAnyway->setObjectName(QStringLiteral("sendAnyway"));
    m_sendAnyway->hide();
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, liveRed());
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_liveWarning);
    layout->addWidget(m_formBox);
    layout->addWidget(m_earlierWrite);
    layout->addWidget(m_sendAnyway);
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    // The confirm button is disabled from the click until the outcome: a double click is one
    // request.
    connect(m_confirm, &QPushButton::clicked, this, &WriteDialog::confirm);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_stage != Stage::Sending) {
            reject();
        } else if (m_recovery && m_recovery->isBusy()) {
            m_recovery->stopWaiting();
        } else if (m_write) {
            m_write->stopWaiting();
        }
    });
    connect(m_sendAnyway, &QCheckBox::toggled, this, &WriteDialog::inputsChanged);
    fitToText(this);
}

WriteDialog::~WriteDialog() = default;

void WriteDialog::setVisible(bool visible)
{
    // The texts are set before the window is sized, so that it is sized for them.
    if (visible && !isVisible() && m_stage == Stage::Editing)
        inputsChanged();
    QDialog::setVisible(visible);
}

QWidget *WriteDialog::firstInput() const
{
    QWidget *widget = m_formBox->nextInFocusChain();
    QWidget *start = widget;
    do {
        if (m_formBox->isAncestorOf(widget) && widget->isEnabled() && widget->isVisibleTo(this)
            && (widget->focusPolicy() & Qt::TabFocus))
            return widget;
        widget = widget->nextInFocusChain();
    } while (widget && widget != start);
    return nullptr;
}

void WriteDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // QDialogButtonBox makes its first accept button the default when shown: undo it.
    m_confirm->setDefault(false);
    if (m_stage == Stage::Editing) {
        // Focus starts in the first input; with none (a confirmation), on Cancel, never on a
        // button that writes.
        QWidget *first = firstInput();
        // (Tab focus: a line edit selects its text, so typing replaces a prefilled amount.)
        (first ? first : m_cancel)->setFocus(Qt::TabFocusReason);
    }
}

QString WriteDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString WriteDialog::summaryText() const
{
    return m_summary->text();
}

QString WriteDialog::earlierWriteWarning() const
{
    return m_earlierWrite->isVisibleTo(this) ? m_earlierWrite->text() : QString();
}

void WriteDialog::updateEarlierWriteWarning()
{
    const QString target = m_write ? m_write->targetId() : QString();
    if (target == m_warnedTarget)
        return;
    m_warnedTarget = target;
    const writes::WriteContext *context = m_write ? &m_write->context() : nullptr;
    const QList<writes::JournalEntry> earlier = context && context->journal
        ? context->journal->unfinishedOn(context->accountId, target)
        : QList<writes::JournalEntry> {};
    if (earlier.isEmpty()) {
        m_earlierWrite->hide();
        m_sendAnyway->hide();
        m_sendAnyway->setChecked(false);
        return;
    }
    const writes::WriteIntent &last = earlier.last().intent;
    m_earlierWrite->setText(
        tr("An earlier write on this never got an answer: “%1”, started %2. It may have happened. "
           "Settle it in Activity (Ctrl+Shift+A) first, or tick below to send this new one anyway.")
            .arg(last.summary, QLocale().toString(last.createdAt.toLocalTime(), QLocale::ShortFormat)));
    m_earlierWrite->show();
    m_sendAnyway->show();
}

void WriteDialog::inputsChanged()
{
    if (m_stage != Stage::Editing)
        return;
    delete m_write;
    QString error;
    m_write = makeWrite(&error);
    if (m_write) {
        m_write->setParent(this);
        error = m_write->validate();
        connect(m_write, &writes::Write::finished, this, &WriteDialog::onFinished);
    }
    updateEarlierWriteWarning();
    const bool ok = m_write && error.isEmpty();
    const bool acknowledged = !m_sendAnyway->isVisibleTo(this) || m_sendAnyway->isChecked();
    m_summary->setText(ok ? m_write->summary() : QString());
    m_summary->setVisible(ok);
    // In live mode the button itself says so: the last thing read before the click.
    const QString label = ok ? confirmLabel() : tr("Confirm");
    m_confirm->setText(m_live && ok ? tr("LIVE: %1").arg(label) : label);
    m_confirm->setEnabled(ok && acknowledged);
    showError(error);
}

void WriteDialog::confirm()
{
    if (!m_write || m_write->isRunning() || m_stage != Stage::Editing)
        return;
    m_confirm->setEnabled(false);
    setInputsEnabled(false);
    if (!m_write->start()) {
        showError(m_write->errorText());
        setInputsEnabled(true);
        m_confirm->setEnabled(true);
        return;
    }
    showError({});
    setStage(Stage::Sending);
}

void WriteDialog::onFinished(const writes::WriteResult &result)
{
    using Status = writes::WriteOutcome::Status;
    switch (result.status) {
    case Status::Succeeded:
        m_result = result.object;
        setStage(Stage::Done);
        emit written(result.object);
        if (result.journalProblem.isEmpty()) {
            accept();
        } else {
            // It happened; the journal lags behind. The person must read that before closing.
            showError(tr("Done. %1").arg(result.journalProblem));
            m_cancel->setFocus();
        }
        return;
    case Status::Failed:
        // Stripe refused it, so nothing happened: the user may change the input and try again,
        // which is a new intent with a new key.
        setStage(Stage::Editing);
        setInputsEnabled(true);
        if (m_recovery) {
            // That write is settled as refused; a later one gets a recovery of its own.
            m_recovery->deleteLater();
            m_recovery = nullptr;
        }
        delete m_write;
        m_write = nullptr;
        m_warnedTarget.clear();
        inputsChanged();
        showError(result.message);
        return;
    case Status::Unknown:
    case Status::Dismissed:
        enterUnknown(result.message);
        return;
    }
}

QPushButton *WriteDialog::addRecoveryButton(const QString &objectName, const QString &text)
{
    QPushButton *button = plainButton(objectName, text, this);
    m_buttons->addButton(button, QDialogButtonBox::ActionRole);
    button->setFocusPolicy(Qt::TabFocus); // reachable, but a click never leaves focus on it
    // Qt 6.4's QDialogButtonBox shows every button when it lays them out again.
    showButtonsOfStage();
    return button;
}

void WriteDialog::showButtonsOfStage()
{
    m_confirm->setVisible(m_stage == Stage::Editing || m_stage == Stage::Sending);
    for (QPushButton *button : {m_check, m_retry})
        if (button)
            button->setVisible(m_stage == Stage::Unknown);
    if (m_sendAgain)
        m_sendAgain->setVisible(m_stage == Stage::Unknown && m_sendAgainAllowed);
}

void WriteDialog::enterUnknown(const QString &why)
{
    setStage(Stage::Unknown);
    showError(tr("No answer came from Stripe, so Paydesk cannot tell whether this happened.\n%1\n\n"
                 "“Check whether it happened” asks Stripe; “Retry safely” shows what sending it again would "
                 "do before anything is sent. The write is also kept in Activity until it is settled.")
                  .arg(why));
    if (!m_recovery && m_write && m_write->intent()) {
        m_recovery = new writes::WriteRecovery(m_write->context(), *m_write->intent(), this);
        connect(
            m_recovery, &writes::WriteRecovery::checked, this,
            [this](writes::WriteChecker::Verdict verdict, const QJsonObject &object, const QString &message) {
                m_check->setEnabled(true);
                m_retry->setEnabled(true);
                if (verdict == writes::WriteChecker::Verdict::Happened)
                    settleAsHappened(object, message);
                else if (verdict == writes::WriteChecker::Verdict::DidNotHappen)
                    showError(message + QLatin1Char(' ')
                              + tr("“Retry safely” shows what sending it again would do."));
                else
                    showError(message);
            });
        connect(m_recovery, &writes::WriteRecovery::reviewed, this,
                [this](bool happened, const QJsonObject &object, const writes::RetryReview &review) {
                    m_check->setEnabled(true);
                    m_retry->setEnabled(true);
                    if (happened) {
                        settleAsHappened(object, review.text);
                        return;
                    }
                    QString text = review.text;
                    if (!review.warning.isEmpty())
                        text += QStringLiteral("\n\n") + review.warning;
                    if (!review.maySend())
                        text += QStringLiteral("\n\n") + review.blocker;
                    showError(text);
                    m_sendAgainAllowed = review.maySend();
                    if (m_sendAgainAllowed && !m_sendAgain) {
                        m_sendAgain
                            = addRecoveryButton(QStringLiteral("sendAgainButton"), tr("Send it again"));
                        connect(m_sendAgain, &QPushButton::clicked, this, &WriteDialog::sendAgain);
                    }
                    if (m_sendAgain)
                        m_sendAgain->setEnabled(true);
                    showButtonsOfStage();
                    m_cancel->setFocus(); // never left on a button that writes
                });
        connect(m_recovery, &writes::WriteRecovery::finished, this, [this](const writes::WriteResult &r) {
            if (r.status == writes::WriteOutcome::Status::Unknown)
                enterUnknown(r.message);
            else
                onFinished(r);
        });
    }
    if (!m_check) {
        m_check = addRecoveryButton(QStringLiteral("checkButton"), tr("Check whether it happened"));
        m_retry = addRecoveryButton(QStringLiteral("retryButton"), tr("Retry safely…"));
        connect(m_check, &QPushButton::clicked, this, &WriteDialog::checkUnknown);
        connect(m_retry, &QPushButton::clicked, this, &WriteDialog::reviewRetry);
    }
    m_sendAgainAllowed = false;
    showButtonsOfStage();
    m_check->setEnabled(m_recovery != nullptr);
    m_retry->setEnabled(m_recovery != nullptr);
    m_cancel->setFocus();
}

void WriteDialog::checkUnknown()
{
    if (!m_recovery || m_recovery->isBusy())
        return;
    m_check->setEnabled(false);
    m_retry->setEnabled(false);
    showError(tr("Asking Stripe…"));
    m_recovery->check();
}

void WriteDialog::reviewRetry()
{
    if (!m_recovery || m_recovery->isBusy())
        return;
    m_check->setEnabled(false);
    m_retry->setEnabled(false);
    m_sendAgainAllowed = false;
    showButtonsOfStage();
    showError(tr("Looking at it as it is now…"));
    m_recovery->review();
}

void WriteDialog::sendAgain()
{
    if (!m_recovery)
        return;
    QString error;
    m_sendAgain->setEnabled(false);
    if (!m_recovery->retry(&error)) {
        showError(error);
        return;
    }
    setStage(Stage::Sending);
}

void WriteDialog::settleAsHappened(const QJsonObject &object, const QString &message)
{
    m_result = object;
    setStage(Stage::Done);
    showError(message + QLatin1Char(' ') + tr("It is settled in Activity."));
    m_cancel->setFocus();
    emit written(object);
}

void WriteDialog::setStage(Stage stage)
{
    m_stage = stage;
    showButtonsOfStage();
    m_cancel->setText(stage == Stage::Sending       ? tr("Stop waiting")
                          : stage == Stage::Editing ? tr("Cancel")
                                                    : tr("Close"));
    m_cancel->setToolTip(stage == Stage::Sending
                             ? tr("Stop waiting for Stripe's answer. The write may still happen; it stays in "
                                  "Activity until it is settled.")
                             : QString());
    if (stage == Stage::Sending)
        m_confirm->setText(tr("Sending…"));
}

void WriteDialog::setCancelText(const QString &text)
{
    m_cancelText = text;
    if (m_stage == Stage::Editing)
        m_cancel->setText(text);
}

void WriteDialog::setInputsEnabled(bool enabled)
{
    m_formBox->setEnabled(enabled);
    m_sendAnyway->setEnabled(enabled);
}

void WriteDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void WriteDialog::reject()
{
    if (m_stage == Stage::Sending) {
        // Closing would hide the outcome, not stop the write: say so, in the window, without a
        // second modal window that would also block quitting.
        showError(
            tr("This write is on its way to Stripe. Wait for the answer, or press “Stop waiting”: it may "
               "still happen, and stays in Activity until it is settled."));
        return;
    }
    QDialog::reject();
}
