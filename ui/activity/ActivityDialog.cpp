#include "ui/activity/ActivityDialog.h"

#include "src/records/CsvExport.h"
#include "src/writes/JournalModel.h"
#include "src/writes/WriteJournal.h"
#include "src/writes/WriteRecovery.h"
#include "ui/widgets/SaveFileDialog.h"

#include <QCheckBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Keeps rows that match the text anywhere and, when asked, only unfinished writes of one account.
class ActivityFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString account;
    bool unfinishedOnly = false;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (unfinishedOnly) {
            if (!index.data(writes::JournalModel::UnfinishedRole).toBool())
                return false;
            const QModelIndex accountIndex = sourceModel()->index(row, writes::JournalModel::Account, parent);
            if (accountIndex.data().toString() != account)
                return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};

} // namespace

ActivityDialog::ActivityDialog(writes::WriteJournal *journal, const writes::WriteContext &context,
                               QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_context(context)
    , m_model(new writes::JournalModel(journal, this))
    , m_proxy(new ActivityFilter(this))
    , m_intro(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_unfinishedOnly(new QCheckBox(tr("Only writes that did not finish"), this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_check(new QPushButton(tr("&Check"), this))
    , m_retry(new QPushButton(tr("&Retry safely…"), this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(tr("Activity"));
    // As wide as the journal's columns want, never wider or taller than the screen.
    const QRect area = screen() ? screen()->availableGeometry() : QRect(0, 0, 1100, 600);
    resize(std::min(1100, area.width() * 9 / 10), std::min(560, area.height() * 8 / 10));
    static_cast<ActivityFilter *>(m_proxy)->account = context.accountId;
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_intro->setWordWrap(true);
    m_intro->hide();
    m_filter->setObjectName(QStringLiteral("activityFilter"));
    m_filter->setAccessibleName(tr("Filter the writes"));
    m_filter->setPlaceholderText(tr("Filter by any text: operation, object, request id, person…"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("Writes"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(writes::JournalModel::Write, 320);
    // What a person reads first, on a small screen too: when, what, how much and how it ended;
    // who, where and the ids after (the model's order, which the CSV keeps, is unchanged).
    using Column = writes::JournalModel::Column;
    QHeaderView *header = m_table->horizontalHeader();
    const QList<Column> order {Column::Time,    Column::Write,  Column::Amount,
                               Column::Outcome, Column::Object, Column::User,
                               Column::Account, Column::Mode,   Column::RequestId};
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    auto *close = new QPushButton(tr("Close"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_unfinishedOnly);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    buttons->addWidget(exportButton);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_unfinishedOnly, &QCheckBox::toggled, this, [this](bool on) {
        static_cast<ActivityFilter *>(m_proxy)->unfinishedOnly = on;
        m_proxy->invalidate();
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActivityDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ActivityDialog::updateButtons);
    connect(m_model, &writes::JournalModel::historyLoaded, this, [this] {
        if (m_status->text() == tr("Reading the history of writes…"))
            setStatus({});
        if (m_unfinishedOnly->isChecked())
            showUnfinished();
    });
    connect(m_check, &QPushButton::clicked, this, &ActivityDialog::check);
    connect(m_retry, &QPushButton::clicked, this, &ActivityDialog::retry);
    connect(m_dismiss, &QPushButton::clicked, this, &ActivityDialog::dismiss);
    connect(exportButton, &QPushButton::clicked, this, &ActivityDialog::exportAsked);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    for (QPushButton *button : {m_check, m_retry, m_dismiss, exportButton, close})
        button->setAutoDefault(false);
    if (m_model->isLoadingHistory())
        setStatus(tr("Reading the history of writes…"));
    m_status->setAccessibleName(tr("Activity status"));
    // Focus starts in the filter, never on a button that writes.
    m_filter->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

void ActivityDialog::showUnfinished()
{
    m_unfinishedOnly->setChecked(true);
    const int count = m_proxy->rowCount();
    m_intro->setText(
        (count == 1
             ? tr("1 write did not finish: Paydesk never heard whether Stripe performed it.")
             : tr("%1 writes did not finish: Paydesk never heard whether Stripe performed them.").arg(count))
        + QLatin1Char(' ')
        + tr("Check each one, or retry it safely — Stripe performs a write at most once for its key."));
    m_intro->show();
    if (count > 0)
        m_table->selectRow(0);
}

QString ActivityDialog::statusText() const
{
    return m_status->text();
}

void ActivityDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

int ActivityDialog::selectedRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void ActivityDialog::updateButtons()
{
    const int row = selectedRow();
    const bool unfinished = row >= 0 && m_model->entryAt(row).isUnfinished();
    const bool ownAccount = row >= 0 && m_model->entryAt(row).intent.accountId == m_context.accountId;
    const bool idle = m_recovery == nullptr;
    m_check->setEnabled(unfinished && ownAccount && idle);
    m_retry->setEnabled(unfinished && ownAccount && idle);
    m_dismiss->setEnabled(unfinished && idle);
    if (unfinished && !ownAccount)
        setStatus(tr("This write belongs to account %1: open that account to check or retry it.")
                      .arg(m_model->entryAt(row).intent.accountId));
}

writes::WriteRecovery *ActivityDialog::recoveryForSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_recovery)
        return nullptr;
    m_recovery = new writes::WriteRecovery(m_context, m_model->entryAt(row).intent, this);
    connect(m_recovery, &writes::WriteRecovery::settled, this,
            [this, target = m_recovery->intent().target](const QJsonObject &object) {
                emit settled(object, target);
            });
    connect(m_recovery, &writes::WriteRecovery::journalProblem, this, &ActivityDialog::setStatus);
    updateButtons();
    return m_recovery;
}

void ActivityDialog::recoveryDone()
{
    if (m_recovery)
        m_recovery->deleteLater();
    m_recovery = nullptr;
    updateButtons();
}

void ActivityDialog::check()
{
    writes::WriteRecovery *recovery = recoveryForSelected();
    if (!recovery)
        return;
    setStatus(tr("Checking with Stripe…"));
    connect(recovery, &writes::WriteRecovery::checked, this,
            [this, intent = recovery->intent()](writes::WriteChecker::Verdict verdict, const QJsonObject &,
                                                const QString &message) {
                if (verdict == writes::WriteChecker::Verdict::DidNotHappen)
                    setStatus(message + QLatin1Char(' ')
                              + (intent.isOlderThanIdempotencyWindow()
                                     ? tr("It is older than 24 hours, so start it again as a new write if it "
                                          "is still wanted.")
                                     : tr("“Retry safely” shows what sending it again would do.")));
                else
                    setStatus(message);
                recoveryDone();
            });
    recovery->check();
}

void ActivityDialog::retry()
{
    writes::WriteRecovery *recovery = recoveryForSelected();
    if (!recovery)
        return;
    setStatus(tr("Looking at it as it is now…"));
    connect(recovery, &writes::WriteRecovery::reviewed, this,
            [this](bool happened, const QJsonObject &, const writes::RetryReview &review) {
                if (happened) {
                    setStatus(review.text);
                    recoveryDone();
                    return;
                }
                setStatus(review.maySend() ? tr("Review what sending it again would do.") : review.blocker);
                askToSendAgain(review);
            });
    recovery->review();
}

void ActivityDialog::askToSendAgain(const writes::RetryReview &review)
{
    // Shown with open(), not exec(): this answers an asynchronous review.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Send this write again?"), review.text,
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("retryReview"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!review.warning.isEmpty() || !review.maySend())
        box->setInformativeText(review.maySend() ? review.warning : review.blocker);
    QPushButton *send = nullptr;
    if (review.maySend()) {
        send = box->addButton(tr("Send it again"), QMessageBox::AcceptRole);
        send->setAutoDefault(false);
        box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    } else {
        box->setDefaultButton(box->addButton(QMessageBox::Close));
        box->setIcon(QMessageBox::Information);
    }
    connect(box, &QMessageBox::finished, this, [this, box, send] {
        if (!send || box->clickedButton() != send || !m_recovery) {
            setStatus(tr("Nothing was sent."));
            recoveryDone();
            return;
        }
        sendAgain();
    });
    box->open();
}

void ActivityDialog::sendAgain()
{
    connect(m_recovery, &writes::WriteRecovery::finished, this, [this](const writes::WriteResult &result) {
        using Status = writes::WriteOutcome::Status;
        setStatus(result.status == Status::Succeeded
                      ? (result.replayed ? tr("It had already happened: Stripe returned the first answer.")
                                         : tr("Done: it happened now, once."))
                      : result.status == Status::Failed ? tr("Stripe refused it: %1").arg(result.message)
                                                        : tr("Still no answer: %1").arg(result.message));
        recoveryDone();
    });
    QString error;
    if (!m_recovery->retry(&error)) {
        setStatus(error);
        recoveryDone();
        return;
    }
    setStatus(tr("Sending again under the same idempotency key…"));
}

void ActivityDialog::dismiss()
{
    const int row = selectedRow();
    if (row < 0 || m_recovery)
        return;
    const writes::WriteIntent intent = m_model->entryAt(row).intent;
    // Opened, answered in finished: the list under it keeps changing as writes settle.
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Dismiss this write?"),
        tr("“%1” will no longer be listed as unfinished. Paydesk will not find out whether it happened.")
            .arg(intent.summary),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("dismissQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, intent] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes || m_recovery)
            return;
        writes::WriteRecovery recovery(m_context, intent);
        QString error;
        setStatus(recovery.dismiss(&error) ? tr("Dismissed: “%1”.").arg(intent.summary) : error);
    });
    box->open();
}

bool ActivityDialog::exportTo(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write("\xEF\xBB\xBF");
    auto writeRow = [&file](const QStringList &fields) {
        QStringList escaped;
        for (const QString &field : fields)
            escaped << records::CsvExport::field(field);
        file.write((escaped.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8());
    };
    QStringList header;
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        header << m_proxy->headerData(column, Qt::Horizontal).toString();
    writeRow(header);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < m_proxy->columnCount(); ++column)
            fields << m_proxy->index(row, column).data().toString();
        writeRow(fields);
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ActivityDialog::exportAsked()
{
    const QString suggested = QStringLiteral("%1/paydesk-activity-%2.csv")
                                  .arg(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                       QDate::currentDate().toString(Qt::ISODate));
    askWhereToSave(this, tr("Export activity"), suggested, tr("CSV files (*.csv)"),
                   [this](const QString &fileName) {
                       QString error;
                       setStatus(exportTo(fileName, &error)
                                     ? tr("Exported %1 rows to %2.").arg(m_proxy->rowCount()).arg(fileName)
                                     : tr("Could not export: %1").arg(error));
                   });
}
