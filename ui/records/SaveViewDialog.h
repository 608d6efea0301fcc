#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;

// The name of a saved view: for a new view (which can replace one of the same name, saying so)
// or for renaming one (which cannot take another view's name). It says what the view keeps.
class SaveViewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Save, Rename };

    // names: the tab's views; keeps: what is saved, in words.
    SaveViewDialog(Purpose purpose, const QStringList &names, const QString &name, const QString &keeps,
                   QWidget *parent = nullptr);

    QString name() const;
    QLineEdit *nameField() const { return m_name; }
    QPushButton *okButton() const { return m_ok; }

private:
    void updateButton();
    // The other view with this name, if any (names differ only in case: the same name).
    QString sameNameAs(const QString &name) const;

    Purpose m_purpose;
    QStringList m_names;
    QString m_original;
    QLineEdit *m_name;
    QLabel *m_note;
    QPushButton *m_ok;
};
