#pragma once

#include "src/accounts/Account.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QLabel;
class QPushButton;
class QToolButton;
class SecretField;

namespace accounts {
class AccountProbe;
class KeyVault;
class AccountStore;
} // namespace accounts

// Connect to Stripe with a secret or restricted key: the key is checked for its shape before
// anything is sent, then against Stripe (which account, test or live), and only then saved —
// in the system keychain, or for this session only when the keychain cannot be used.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectDialog(accounts::KeyVault *vault, accounts::AccountStore *store, const QUrl &baseUrl,
                  QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // After accept(): the account and its key, and whether the key is only kept in memory.
    accounts::Account account() const { return m_account; }
    QString key() const { return m_key; }
    bool isSessionOnly() const { return m_sessionOnly; }

    SecretField *keyField() const { return m_keyField; }
    QToolButton *showKeyButton() const { return m_show; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *sessionButton() const { return m_session; }
    QString message() const;
    QString foundText() const;

private:
    void keyEdited();
    void checkKey();
    void save();
    void keepForSession();
    void setMessage(const QString &text, bool isError);

    accounts::KeyVault *m_vault;
    accounts::AccountStore *m_store;
    QUrl m_baseUrl;
    QPointer<accounts::AccountProbe> m_probe;
    accounts::Account m_account;
    QString m_key;
    bool m_sessionOnly = false;
    SecretField *m_keyField;
    QToolButton *m_show;
    QLabel *m_message;
    QLabel *m_found;
    QPushButton *m_check;
    QPushButton *m_save;
    QPushButton *m_session;
};
