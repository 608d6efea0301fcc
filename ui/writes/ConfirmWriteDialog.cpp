#include "writes/ConfirmWriteDialog.h"

ConfirmWriteDialog::ConfirmWriteDialog(const QString &title, const QString &confirmLabel, bool live,
                                       Factory makeOperation, QWidget *parent)
    : WriteDialog(title, live, parent)
    , m_confirmLabel(confirmLabel)
    , m_factory(std::move(makeOperation))
{
    setObjectName(QStringLiteral("confirmWriteDialog"));
}

operations::Operation *ConfirmWriteDialog::makeOperation(QString *)
{
    return m_factory();
}
