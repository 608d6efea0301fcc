#include "writes/WriteDialog.h"

#include "operations/WriteChecker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

WriteDialog::WriteDialog(const QString &title, bool live, QWidget *parent)
    : QDialog(parent)
    , m_live(live)
    , m_formBox(new QWidget(this))
    , m_liveWarning(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_confirm(new QPushButton(this))
    , m_retry(new QPushButton(tr("Retry safely"), this))
    , m_check(new QPushButton(tr("Check whether it happened"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(live ? tr("LIVE — %1").arg(title) : title);
    setObjectName(QStringLiteral("writeDialog"));
    m_form = new QFormLayout(m_formBox);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_liveWarning->setObjectName(QStringLiteral("liveWarning"));
    m_liveWarning->setText(tr("LIVE — this moves real money."));
    m_liveWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #C62828; color: white; font-weight: bold; "
                       "padding: 6px; border-radius: 4px; }"));
    m_liveWarning->setVisible(live);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xC6, 0x28, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setDefault(true);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_retry->hide();
    m_check->hide();
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_liveWarning);
    layout->addWidget(m_formBox);
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // The confirm button is disabled from the click until the outcome: a double click is one
    // request. (clicked, not the box's accepted(), so Enter goes the same way.)
    connect(m_confirm, &QPushButton::clicked, this, &WriteDialog::confirm);
    connect(m_retry, &QPushButton::clicked, this, &WriteDialog::confirm);
    connect(m_check, &QPushButton::clicked, this, &WriteDialog::checkUnknown);
    connect(m_cancel, &QPushButton::clicked, this, &WriteDialog::reject);
}

WriteDialog::~WriteDialog() = default;

void WriteDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_stage == Stage::Editing)
        inputsChanged();
}

QString WriteDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString WriteDialog::summaryText() const
{
    return m_summary->text();
}

void WriteDialog::inputsChanged()
{
    if (m_stage != Stage::Editing)
        return;
    delete m_operation;
    QString error;
    m_operation = makeOperation(&error);
    if (m_operation) {
        m_operation->setParent(this);
        error = m_operation->validate();
        connect(m_operation, &operations::Operation::finished, this, &WriteDialog::onFinished);
    }
    const bool ok = m_operation && error.isEmpty();
    m_summary->setText(ok ? m_operation->summary() : QString());
    m_summary->setVisible(ok);
    m_confirm->setText(ok ? confirmLabel() : tr("Confirm"));
    m_confirm->setEnabled(ok);
    showError(error);
}

void WriteDialog::confirm()
{
    if (!m_operation || m_operation->isRunning())
        return;
    m_confirm->setEnabled(false);
    m_retry->setEnabled(false);
    setInputsEnabled(false);
    if (!m_operation->start()) {
        showError(m_operation->errorText());
        if (m_stage == Stage::Editing) {
            setInputsEnabled(true);
            m_confirm->setEnabled(true);
        } else {
            m_retry->setEnabled(true);
        }
        return;
    }
    showError({});
    setStage(Stage::Sending);
}

void WriteDialog::onFinished(const operations::WriteResult &result)
{
    using Status = operations::WriteOutcome::Status;
    switch (result.status) {
    case Status::Succeeded:
        m_result = result.object;
        setStage(Stage::Done);
        emit written(result.object);
        accept();
        return;
    case Status::Failed:
        // Stripe refused it, so nothing happened: the user may change the input and try again,
        // which is a new intent with a new key.
        setStage(Stage::Editing);
        setInputsEnabled(true);
        showError(result.message);
        m_confirm->setEnabled(true);
        delete m_operation;
        m_operation = nullptr;
        inputsChanged();
        showError(result.message);
        return;
    case Status::Unknown:
    case Status::Dismissed:
        setStage(Stage::Unknown);
        showError(tr("No answer came from Stripe, so Paydesk cannot tell whether this happened.\n%1\n\n"
                     "“Retry safely” sends the very same request again: Stripe performs it at most once. "
                     "The write is also kept in Activity until it is settled.")
                      .arg(result.message));
        m_retry->setEnabled(true);
        return;
    }
}

void WriteDialog::checkUnknown()
{
    if (!m_operation || !m_operation->intent())
        return;
    m_check->setEnabled(false);
    auto *checker = new operations::WriteChecker(m_operation->context().client, *m_operation->intent(), this);
    connect(
        checker, &operations::WriteChecker::finished, this,
        [this, checker](operations::WriteChecker::Verdict verdict, const QString &, const QString &message) {
            checker->deleteLater();
            m_check->setEnabled(true);
            showError(message);
            if (verdict == operations::WriteChecker::Verdict::DidNotHappen)
                showError(message + QLatin1Char('\n') + tr("“Retry safely” sends it now."));
        });
    checker->start();
}

void WriteDialog::setStage(Stage stage)
{
    m_stage = stage;
    m_confirm->setVisible(stage == Stage::Editing || stage == Stage::Sending);
    m_retry->setVisible(stage == Stage::Unknown);
    m_check->setVisible(stage == Stage::Unknown);
    m_cancel->setText(stage == Stage::Unknown ? tr("Close") : tr("Cancel"));
    if (stage == Stage::Sending)
        m_confirm->setText(tr("Sending…"));
}

void WriteDialog::setInputsEnabled(bool enabled)
{
    m_formBox->setEnabled(enabled);
}

void WriteDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void WriteDialog::reject()
{
    if (m_stage == Stage::Sending) {
        // Closing would hide the outcome, not stop the write: say so instead.
        QMessageBox::information(
            this, windowTitle(),
            tr("This write is on its way to Stripe. Wait for the answer; it is also recorded in "
               "Activity."));
        return;
    }
    QDialog::reject();
}
