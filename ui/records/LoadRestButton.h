#pragma once

#include "src/records/RestLoader.h"

#include <QPointer>
#include <QPushButton>

#include <QProgressDialog>

namespace records {
class ListModel;
} // namespace records

// "Load the rest…" in a record table's footer, while a sort covers only the loaded rows: loads
// every remaining page so the sort covers the whole list, with a progress dialog that says how
// many are loaded and can stop. Lists longer than anyone sorts by hand are refused politely: it
// stops at maxRows() and says so, and does not start once that many are loaded.
class LoadRestButton : public QPushButton
{
    Q_OBJECT

public:
    // A page is 100 rows; 100 pages take Stripe about half a minute.
    static constexpr int DefaultMaxRows = 10000;

    LoadRestButton(records::ListModel *model, const QString &plural, QWidget *parent = nullptr);

    int maxRows() const { return m_maxRows; }
    void setMaxRows(int rows) { m_maxRows = rows; }
    // Stopped at maxRows() with more left, since the list was last loaded.
    bool reachedMaxRows() const { return m_capped; }
    QProgressDialog *progressDialog() const { return m_progress; }

    void loadRest();

signals:
    void finished(records::RestLoader::Outcome outcome);
    // What happened, for the status bar.
    void announced(const QString &text);

private:
    void refuse();
    void onFinished(records::RestLoader::Outcome outcome);

    records::ListModel *m_model;
    QString m_plural;
    int m_maxRows = DefaultMaxRows;
    bool m_capped = false;
    QPointer<records::RestLoader> m_loader;
    QPointer<QProgressDialog> m_progress;
};
