#include "ui/widgets/ChoiceBox.h"

ChoiceBox::ChoiceBox(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void ChoiceBox::addChoice(const QString &label, const QString &value)
{
    addItem(label, value);
}

QString ChoiceBox::value() const
{
    return currentData().toString();
}

bool ChoiceBox::selectValue(const QString &value)
{
    const int index = findData(value);
    if (index >= 0)
        setCurrentIndex(index);
    return index >= 0;
}
