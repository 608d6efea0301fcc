#pragma once

#include "src/objects/Kind.h"
#include "src/stripe/Client.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace records {
class ListModel;
}

// The selected record in readable form: its fields, its related lists (a customer's invoices,
// a payment's refunds...) and its raw JSON. Ids of other records are links.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);

    void setClient(stripe::Client *client);
    void showRecord(objects::Kind kind, const QJsonObject &object);
    void clear();

    QJsonObject record() const { return m_object; }
    // For tests and for keyboard users: the shown field values by label.
    QString fieldValue(const QString &label) const;
    // The id a field links to ("Customer" → cus_…), for tests; empty when it is no link.
    QString fieldLink(const QString &label) const;
    QString title() const;
    QList<records::ListModel *> relatedModels() const { return m_relatedModels; }

signals:
    void linkActivated(objects::Kind kind, const QString &id);
    // Another record (or none) is shown: its widgets are new, for the tab order among others.
    void contentsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void clearRelated();
    // The width a related list has in the pane, without scrolling sideways.
    int listWidth() const;

    QPointer<stripe::Client> m_client;
    objects::Kind m_kind = objects::Kind::Customer;
    QJsonObject m_object;
    QLabel *m_title;
    QLabel *m_placeholder;
    QScrollArea *m_scroll;
    QWidget *m_fieldsBox;
    QFormLayout *m_fields;
    QVBoxLayout *m_related;
    QList<records::ListModel *> m_relatedModels;
    QToolButton *m_rawToggle;
    QWidget *m_rawBox;
    QPlainTextEdit *m_raw;
};
