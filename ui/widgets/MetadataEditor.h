#pragma once

#include <QVariantMap>
#include <QWidget>

class QTableWidget;

// Key/value pairs for Stripe metadata: add, edit and remove rows.
class MetadataEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MetadataEditor(QWidget *parent = nullptr);

    void setMetadata(const QVariantMap &metadata);
    // Rows with an empty key and value are ignored; a value without a key is kept so that the
    // write's check can say so.
    QVariantMap metadata() const;
    QTableWidget *table() const { return m_table; }

signals:
    void changed();

private:
    void addRow(const QString &key, const QString &value);

    QTableWidget *m_table;
};
