#include "ui/writes/ConfirmWriteDialog.h"

ConfirmWriteDialog::ConfirmWriteDialog(const QString &title, const QString &confirmLabel, bool live,
                                       Factory makeWrite, QWidget *parent)
    : WriteDialog(title, live, parent)
    , m_confirmLabel(confirmLabel)
    , m_factory(std::move(makeWrite))
{
    setObjectName(QStringLiteral("confirmWriteDialog"));
}

writes::Write *ConfirmWriteDialog::makeWrite(QString *)
{
    return m_factory();
}
