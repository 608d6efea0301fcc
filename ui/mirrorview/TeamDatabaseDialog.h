#pragma once

#include "src/mirror/TeamConnectionCheck.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class SecretField;

namespace mirror {
class AccountMirror;
}

// Account → Team database…: the PostgreSQL database a team keeps this account's copy in, so
// that one desk follows Stripe and every desk reads. Host, port, database, user and libpq's
// other options (or a postgresql:// address pasted whole), the password — kept in the system
// keychain under an entry of its own, never in settings or logs — and Test connection, which
// says in words what is wrong. Saving switches the account's copy to the team's database;
// "Use this desk's own copy" switches back.
class TeamDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    TeamDatabaseDialog(mirror::AccountMirror *account, QWidget *parent = nullptr);
    ~TeamDatabaseDialog() override;

    QLineEdit *addressField() const { return m_address; }
    QLineEdit *hostField() const { return m_host; }
    QSpinBox *portField() const { return m_port; }
    QLineEdit *databaseField() const { return m_database; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *optionsField() const { return m_options; }
    SecretField *passwordField() const { return m_password; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *ownCopyButton() const { return m_ownCopy; }
    QString message() const;
    // libpq's keyword form of the fields (no password).
    QString connectionString() const;

signals:
    void announced(const QString &text);

private:
    void fillFrom(const QString &connection);
    void addressEdited();
    void fieldsEdited();
    void test();
    void save();
    void useOwnCopy();
    // The password to use: the one typed, else the one in the keychain (then calls done).
    void withPassword(std::function<void(const QString &password, const QString &problem)> done);
    void setMessage(const QString &text, bool isError);
    void setBusy(bool busy);

    QPointer<mirror::AccountMirror> m_account;
    QLineEdit *m_address;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_options;
    SecretField *m_password;
    QLabel *m_message;
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_ownCopy;
    QPointer<mirror::TeamConnectionCheck> m_check;
    bool m_filling = false;
};
