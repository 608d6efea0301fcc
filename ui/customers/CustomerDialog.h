#pragma once

#include "src/writes/CustomerWrites.h"
#include "ui/writes/WriteDialog.h"

class MetadataEditor;
class QLineEdit;
class QPlainTextEdit;

// Create a customer, or edit one (only what changed is sent).
class CustomerDialog : public WriteDialog
{
    Q_OBJECT

public:
    // An empty customer creates a new one.
    CustomerDialog(const writes::WriteContext &context, const QJsonObject &customer = {},
                   QWidget *parent = nullptr);

    QLineEdit *emailField() const { return m_email; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *phoneField() const { return m_phone; }
    QPlainTextEdit *descriptionField() const { return m_description; }
    MetadataEditor *metadataEditor() const { return m_metadata; }

protected:
    writes::Write *makeWrite(QString *error) override;
    QString confirmLabel() const override;

private:
    writes::CustomerFields fields() const;

    writes::WriteContext m_context;
    QJsonObject m_customer;
    QLineEdit *m_email;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QPlainTextEdit *m_description;
    MetadataEditor *m_metadata;
};
