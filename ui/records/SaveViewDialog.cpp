#include "ui/records/SaveViewDialog.h"

#include "ui/widgets/FitToText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SaveViewDialog::SaveViewDialog(Purpose purpose, const QStringList &names, const QString &name,
                               const QString &keeps, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_names(names)
    , m_original(name)
    , m_name(new QLineEdit(name, this))
    , m_note(new QLabel(this))
{
    setObjectName(purpose == Purpose::Save ? QStringLiteral("saveViewDialog")
                                           : QStringLiteral("renameViewDialog"));
    // Short, so that a window manager does not cut it: the text below names the tab.
    setWindowTitle(purpose == Purpose::Save ? tr("Save view") : tr("Rename view"));
    m_name->setObjectName(QStringLiteral("viewName"));
    m_name->setMaxLength(80);
    m_name->setPlaceholderText(tr("e.g. Open invoices in euros"));
    m_name->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    auto *what = new QLabel(keeps, this);
    what->setObjectName(QStringLiteral("viewKeeps"));
    what->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("viewNote"));
    m_note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(purpose == Purpose::Save ? tr("Save") : tr("Rename"),
                              QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("saveView"));
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(what);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    connect(m_name, &QLineEdit::textChanged, this, &SaveViewDialog::updateButton);
    m_name->selectAll();
    m_name->setFocus(Qt::OtherFocusReason);
    updateButton();
    fitToText(this);
}

QString SaveViewDialog::name() const
{
    return m_name->text().trimmed();
}

QString SaveViewDialog::sameNameAs(const QString &name) const
{
    for (const QString &other : m_names)
        if (other.compare(name, Qt::CaseInsensitive) == 0
            && (m_purpose == Purpose::Save || other.compare(m_original, Qt::CaseInsensitive) != 0))
            return other;
    return {};
}

void SaveViewDialog::updateButton()
{
    const QString wanted = name();
    const QString taken = wanted.isEmpty() ? QString() : sameNameAs(wanted);
    if (m_purpose == Purpose::Save) {
        m_ok->setEnabled(!wanted.isEmpty());
        m_ok->setText(taken.isEmpty() ? tr("Save") : tr("Replace"));
        m_note->setText(taken.isEmpty() ? QString()
                                        : tr("A view named “%1” exists: saving replaces it.").arg(taken));
    } else {
        m_ok->setEnabled(!wanted.isEmpty() && taken.isEmpty());
        m_note->setText(taken.isEmpty() ? QString() : tr("Another view is named “%1”.").arg(taken));
    }
    m_note->setVisible(!m_note->text().isEmpty());
}
