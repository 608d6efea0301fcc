#include "ui/widgets/SaveFileDialog.h"

#include <QFileDialog>
#include <QFileInfo>

QFileDialog *askWhereToSave(QWidget *parent, const QString &title, const QString &suggested,
                            const QString &filter, std::function<void(const QString &fileName)> chosen)
{
    const QFileInfo file(suggested);
    auto *dialog = new QFileDialog(parent, title, file.absolutePath(), filter);
    dialog->setObjectName(QStringLiteral("saveFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(file.fileName());
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [chosen = std::move(chosen)](const QString &fileName) {
                         if (!fileName.isEmpty())
                             chosen(fileName);
                     });
    dialog->open();
    return dialog;
}
