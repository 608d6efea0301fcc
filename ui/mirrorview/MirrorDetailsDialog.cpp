#include "ui/mirrorview/MirrorDetailsDialog.h"

#include "src/mirror/AccountMirror.h"
#include "src/mirror/SourceStatus.h"
#include "ui/widgets/FitToText.h"
#include "ui/widgets/WarningBox.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

qint64 sizeOnDisk(const QString &file)
{
    qint64 bytes = 0;
    for (const char *suffix : {"", "-wal", "-shm"})
        bytes += QFileInfo(file + QLatin1String(suffix)).size();
    return bytes;
}

} // namespace

MirrorDetailsDialog::MirrorDetailsDialog(mirror::AccountMirror *account, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_state(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_location(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_progress(new QTreeWidget(this))
    , m_pause(new QPushButton(this))
    , m_onOff(new QPushButton(this))
    , m_delete(new QPushButton(tr("&Delete the copy…"), this))
    , m_team(new QPushButton(tr("&Team database…"), this))
{
    setObjectName(QStringLiteral("mirrorDetails"));
    setWindowTitle(tr("Copy of this account"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_state->setObjectName(QStringLiteral("mirrorState"));
    for (QLabel *label : {m_state, m_detail, m_location, m_notice}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_location->setObjectName(QStringLiteral("mirrorLocation"));
    m_notice->setObjectName(QStringLiteral("mirrorNotice"));
    QPalette warning = m_notice->palette();
    warning.setColor(QPalette::WindowText, QColor(0xA0, 0x4A, 0x00));
    m_notice->setPalette(warning);

    m_progress->setObjectName(QStringLiteral("mirrorProgress"));
    m_progress->setRootIsDecorated(false);
    m_progress->setHeaderLabels({tr("Records"), tr("Copied"), tr("State")});
    m_progress->setAccessibleName(tr("Syncing progress by kind of record"));
    m_progress->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_progress->setMinimumHeight(fontMetrics().height() * 12);
    m_progress->setFocusPolicy(Qt::StrongFocus);

    m_pause->setObjectName(QStringLiteral("pauseMirror"));
    m_onOff->setObjectName(QStringLiteral("mirrorOnOff"));
    m_delete->setObjectName(QStringLiteral("deleteMirror"));
    m_team->setObjectName(QStringLiteral("teamDatabase"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_pause, QDialogButtonBox::ActionRole);
    buttons->addButton(m_onOff, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    buttons->addButton(m_team, QDialogButtonBox::ActionRole);

    auto *form = new QFormLayout;
    form->addRow(tr("Kept in:"), m_location);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_detail);
    layout->addLayout(form);
    layout->addWidget(m_notice);
    layout->addWidget(m_progress, 1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    fitToText(this);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_account)
            return;
        if (m_account->isPaused())
            m_account->resume();
        else
            m_account->pause();
    });
    connect(m_onOff, &QPushButton::clicked, this, [this] {
        if (m_account)
            m_account->setOn(!m_account->isOn());
    });
    connect(m_delete, &QPushButton::clicked, this, &MirrorDetailsDialog::askDelete);
    connect(m_team, &QPushButton::clicked, this, &MirrorDetailsDialog::teamDatabaseRequested);
    if (account)
        connect(account, &mirror::AccountMirror::changed, this, &MirrorDetailsDialog::refresh);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &MirrorDetailsDialog::refresh);
    m_tick.start();
    refresh();
    m_progress->setFocus(Qt::OtherFocusReason);
}

QString MirrorDetailsDialog::locationText() const
{
    return m_location->text();
}

QString MirrorDetailsDialog::stateText() const
{
    return m_state->text();
}

void MirrorDetailsDialog::refresh()
{
    if (!m_account || !m_account->isOpen()) {
        m_state->setText(tr("No account is open."));
        return;
    }
    const auto status = mirror::SourceStatus::of(*m_account, QDateTime::currentDateTime(), {}, true);
    m_state->setText(status.text);
    m_detail->setText(status.detail);
    const mirror::Mirror *running = m_account->mirror();
    QString where = m_account->storeLocation();
    if (!m_account->isTeam() && QFileInfo::exists(m_account->sqlitePath()))
        where = tr("%1 (%2 on disk; readable by you alone)")
                    .arg(where,
                         QLocale().formattedDataSize(sizeOnDisk(m_account->sqlitePath()), 1,
                                                     QLocale::DataSizeSIFormat));
    if (m_location->text() != where) {
        m_location->setText(where);
        // A path does not wrap: the field is as wide as the file's name (within the screen).
        const QString path = m_account->isTeam() ? QString() : m_account->sqlitePath();
        m_location->setMinimumWidth(std::min(fontMetrics().horizontalAdvance(path) + 8,
                                             screen() ? screen()->availableGeometry().width() * 3 / 4 : 800));
    }
    const QString notice = running ? running->notice() : m_account->teamProblem();
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());

    m_pause->setText(m_account->isPaused() ? tr("&Resume syncing") : tr("&Pause syncing"));
    m_pause->setEnabled(m_account->isPaused() || running);
    m_onOff->setText(m_account->isOn() ? tr("Turn the copy &off") : tr("&Keep a copy on this desk"));
    m_delete->setVisible(!m_account->isTeam());
    m_delete->setEnabled(QFileInfo::exists(m_account->sqlitePath()));
    // The sandbox is no Stripe account: its made-up data stays on this desk.
    m_team->setVisible(m_account->accountId() != QLatin1String("sandbox"));

    // Kind by kind: what the listing has copied, and whether it is complete.
    const QLocale locale;
    const mirror::SyncState sync = m_account->syncState();
    const QString stopped = m_account->isPaused() ? tr("paused") : tr("not syncing");
    QList<QStringList> rows;
    for (const mirror::Table table : mirror::listedTables()) {
        const mirror::TableListing listing = sync.listing.value(table);
        const QString state = listing.done ? (running ? tr("complete") : tr("complete when stopped"))
            : !running                     ? stopped
            : listing.count > 0            ? tr("copying…")
                                           : tr("waiting");
        QString name = objects::pluralName(mirror::kindOf(table));
        name[0] = name.at(0).toUpper();
        rows << QStringList {name, locale.toString(listing.count), state};
    }
    if (sync.pendingLines > 0)
        rows << QStringList {
            tr("Invoice lines"), QString(),
            tr("%1 invoices with more lines to fetch").arg(locale.toString(sync.pendingLines))};
    if (sync.pendingPaymentMethodOwners > 0)
        rows << QStringList {tr("Saved cards"), QString(),
                             tr("%1 customers to ask").arg(locale.toString(sync.pendingPaymentMethodOwners))};
    if (m_progress->topLevelItemCount() != rows.size()) {
        m_progress->clear();
        for (const QStringList &row : std::as_const(rows)) {
            auto *item = new QTreeWidgetItem(m_progress, row);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
    } else {
        for (int i = 0; i < rows.size(); ++i)
            for (int column = 0; column < 3; ++column)
                m_progress->topLevelItem(i)->setText(column, rows.at(i).value(column));
    }
}

void MirrorDetailsDialog::askDelete()
{
    if (!m_account)
        return;
    auto *box
        = new QMessageBox(QMessageBox::Question, tr("Delete the copy of this account?"),
                          tr("Paydesk deletes %1 and reads from Stripe until you keep a copy again. Nothing "
                             "changes at Stripe.")
                              .arg(m_account->sqlitePath()),
                          QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteMirrorConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Delete the copy"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::finished, this, [this, box, remove] {
        if (box->clickedButton() != remove || !m_account)
            return;
        const QString file = m_account->sqlitePath();
        QString error;
        if (m_account->deleteCopy(&error))
            emit announced(tr("Deleted the copy of this account (%1).").arg(file));
        else
            openWarning(this, tr("The copy could not be deleted"), error);
        refresh();
    });
    box->open();
}
