#pragma once

#include "src/writes/WriteContext.h"
#include "ui/writes/WriteDialog.h"

class QLineEdit;
class QPlainTextEdit;

// A new product: a name and a description.
class ProductDialog : public WriteDialog
{
    Q_OBJECT

public:
    explicit ProductDialog(const writes::WriteContext &context, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QPlainTextEdit *descriptionField() const { return m_description; }

protected:
    writes::Write *makeWrite(QString *error) override;
    QString confirmLabel() const override { return tr("Create product"); }

private:
    writes::WriteContext m_context;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
};
