#include "ui/records/LoadRestButton.h"

#include "src/records/ListModel.h"

#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

LoadRestButton::LoadRestButton(records::ListModel *model, const QString &plural, QWidget *parent)
    : QPushButton(tr("&Load the rest…"), parent)
    , m_model(model)
    , m_plural(plural)
{
    setObjectName(QStringLiteral("loadRest"));
    setToolTip(tr("Load all the %1 from Stripe, so that the sort covers them all, not only those "
                  "loaded so far.")
                   .arg(plural));
    connect(this, &QPushButton::clicked, this, &LoadRestButton::loadRest);
    // Another list (a filter, F5, another account): whatever the cap stopped is forgotten.
    connect(m_model, &records::ListModel::modelReset, this, [this] { m_capped = false; });
}

void LoadRestButton::loadRest()
{
    if (m_loader)
        return;
    if (m_model->rowCount() >= m_maxRows) {
        refuse();
        return;
    }
    m_loader = new records::RestLoader(m_model, m_maxRows, this);
    const QLocale locale;
    m_progress = new QProgressDialog(this);
    m_progress->setObjectName(QStringLiteral("loadRestProgress"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowTitle(tr("Loading all %1").arg(m_plural));
    m_progress->setCancelButton(new QPushButton(tr("Stop loading"), m_progress));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0); // shown at once, as an export's progress is
    // How many there are is not known until the last page: a busy bar, and the count in words.
    m_progress->setRange(0, 0);
    auto label = [this, locale](int rows) {
        return tr("%1 %2 loaded so far.\nPaydesk stops at %3.")
            .arg(locale.toString(rows), m_plural, locale.toString(m_maxRows));
    };
    // Wide enough for the longest count it will show, so it does not grow while counting.
    m_progress->setMinimumWidth(m_progress->fontMetrics().horizontalAdvance(label(m_maxRows)) * 3 / 2);
    m_progress->setLabelText(label(m_model->rowCount()));
    m_progress->setValue(0);
    connect(m_loader, &records::RestLoader::progress, m_progress,
            [this, label](int rows) { m_progress->setLabelText(label(rows)); });
    connect(m_progress, &QProgressDialog::canceled, m_loader, &records::RestLoader::stop);
    connect(m_loader, &records::RestLoader::finished, this, &LoadRestButton::onFinished);
    m_progress->show();
    m_loader->start();
}

void LoadRestButton::onFinished(records::RestLoader::Outcome outcome)
{
    using Outcome = records::RestLoader::Outcome;
    if (m_progress)
        m_progress->close();
    if (m_loader)
        m_loader->deleteLater();
    m_capped = outcome == Outcome::Capped;
    const QString rows = QLocale().toString(m_model->rowCount());
    switch (outcome) {
    case Outcome::Complete:
        emit announced(tr("All %1 %2 loaded and sorted.").arg(rows, m_plural));
        break;
    case Outcome::Capped:
        emit announced(tr("Stopped at %1 %2: Paydesk loads no more to sort. Narrow the filters to sort "
                          "them all.")
                           .arg(rows, m_plural));
        break;
    case Outcome::Stopped:
        // A page asked for before the stop may still come: no count that is wrong a moment later.
        emit announced(tr("Stopped loading; only the %1 loaded are sorted.").arg(m_plural));
        break;
    case Outcome::Failed:
        emit announced(
            tr("Loading stopped at %1 %2: a page failed (Retry is below the table).").arg(rows, m_plural));
        break;
    }
    emit finished(outcome);
}

void LoadRestButton::refuse()
{
    const QLocale locale;
    // Opened, not exec()'d: no nested event loop under a table that keeps loading and sorting.
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Too many to sort"),
        tr("%1 %2 are loaded and Stripe has more. Paydesk sorts at most %3 at a time: "
           "narrow the filters to sort them all.")
            .arg(locale.toString(m_model->rowCount()), m_plural, locale.toString(m_maxRows)),
        QMessageBox::Ok, window());
    box->setObjectName(QStringLiteral("tooManyToSort"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
