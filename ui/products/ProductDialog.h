#pragma once

#include "operations/OperationContext.h"
#include "writes/WriteDialog.h"

class QLineEdit;
class QPlainTextEdit;

// A new product: a name and a description.
class ProductDialog : public WriteDialog
{
    Q_OBJECT

public:
    explicit ProductDialog(const operations::OperationContext &context, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QPlainTextEdit *descriptionField() const { return m_description; }

protected:
    operations::Operation *makeOperation(QString *error) override;
    QString confirmLabel() const override { return tr("Create product"); }

private:
    operations::OperationContext m_context;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
};
