#pragma once

#include "src/records/ListQuery.h"
#include "src/stripe/Client.h"

#include <QComboBox>
#include <QJsonObject>

#include <functional>

namespace records {
class ListModel;
}

// A combo box of Stripe records (the customer's saved cards, active prices, valid coupons),
// loaded page by page from a list, each shown by its one-line label.
class RecordPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit RecordPicker(QWidget *parent = nullptr);

    // Loads up to maxRows records; what is already chosen is kept when it comes back.
    void load(stripe::Client *client, const records::ListQuery &query, int maxRows = 500);

    QJsonObject currentObject() const;
    QString currentId() const;
    bool selectId(const QString &id);
    bool isLoading() const;
    // Which records may be chosen for the user when the list arrives (not an expired card): the
    // first such is, and when none is, nothing is and the placeholder says why.
    void setPreselectable(std::function<bool(const QJsonObject &)> acceptable, const QString &noneText);
    records::ListModel *records() const { return m_model; }

signals:
    void loaded();

private:
    void onStateChanged();

    records::ListModel *m_model;
    int m_maxRows = 500;
    std::function<bool(const QJsonObject &)> m_preselectable;
    QString m_noneText;
};
