#pragma once

#include <QComboBox>

// A combo box of (label, value) pairs: what a filter shows and what it sends to Stripe.
class ChoiceBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ChoiceBox(QWidget *parent = nullptr);

    void addChoice(const QString &label, const QString &value);
    QString value() const;
    bool selectValue(const QString &value);
};
