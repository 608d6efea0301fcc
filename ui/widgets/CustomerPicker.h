#pragma once

#include "src/stripe/Client.h"

#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>

class QAbstractItemView;
class QCompleter;
class QStandardItemModel;
class QTimer;

namespace queries {
class CustomerLookup;
}

// Where a customer is asked for: type a name, an email or part of one, or paste an id, and
// choose from the suggestions ("Jane Doe <jane@example.com>") with the arrows and Enter, or the
// mouse. Stripe is asked once typing pauses, never per keystroke, and an older question's answer
// never replaces a newer one's. What it cannot suggest it says in words in the list ("No customer
// matches “xyz”", "Type 3 letters or more…", an error).
class CustomerPicker : public QLineEdit
{
    Q_OBJECT

public:
    explicit CustomerPicker(QWidget *parent = nullptr);
    ~CustomerPicker() override;

    void setClient(stripe::Client *client);

    // The chosen customer; empty until one is chosen, and again once the text is edited.
    QJsonObject customer() const { return m_customer; }
    // The chosen customer's id, or an id set with setCustomerId while its name is fetched.
    QString customerId() const;
    void setCustomer(const QJsonObject &customer);
    // Chooses by id (a link, a filter set from elsewhere): shown by name once Stripe answers.
    // An empty id clears the choice, as clearCustomer() does.
    void setCustomerId(const QString &input);
    void clearCustomer();

    // For tests and the audit: the suggestions' list, what it says, and whether Stripe is asked.
    QAbstractItemView *popup() const;
    QStringList suggestions() const;
    // Where the customer is among the suggestions; -1 when not there.
    int suggestionRow(const QString &customerId) const;
    QString message() const { return m_message; }
    bool isLooking() const;
    // Asks at once, without waiting for typing to pause (Enter does).
    void lookUpNow();

    // How a chosen customer reads in the field: "Jane Doe <jane@example.com>", never a bare id.
    static QString label(const QJsonObject &customer);

signals:
    // A customer was chosen, or the choice was cleared (an empty object).
    void customerChanged(const QJsonObject &customer);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onEdited(const QString &text);
    void onEnter();
    void onFound(const QString &text, const QList<QJsonObject> &customers, const QString &message);
    void showMessage(const QString &message);
    void choose(const QJsonObject &customer);
    void showSuggestions();

    queries::CustomerLookup *m_lookup;
    QTimer *m_pause;
    QStandardItemModel *m_suggestions;
    QCompleter *m_completer;
    QJsonObject m_customer;
    QString m_pendingId; // set by setCustomerId until Stripe answers
    QString m_message;
    bool m_chooseOnlyMatch = false; // Enter or a pasted id: one match is chosen at once
};
