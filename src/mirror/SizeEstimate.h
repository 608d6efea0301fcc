#pragma once

#include "src/mirror/Table.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace stripe {
class Client;
}

namespace mirror {

// A first count of an account, for the live-mode offer's "how large": before anything is
// listed, one page of each list Paydesk would mirror, and for the lists longer than a page
// Stripe's own count (the search API's total_count, asked for objects created at any time).
// About a dozen requests, whatever the size of the account.
class SizeEstimate : public QObject
{
    Q_OBJECT

public:
    // Bytes a mirrored object takes on disk, indexes and full-text search included (measured
    // by paydesk-mirror-bench at 1,000,000 objects; docs/performance.md).
    static constexpr qint64 bytesPerObject = 1250;

    struct Result
    {
        qint64 objects = 0;
        // Some list is longer than a page and Stripe could not count it: at least this many.
        bool atLeast = false;
        // Nothing could be counted (the key may not read these lists); objects is then 0.
        QString error;

        qint64 bytes() const { return objects * bytesPerObject; }
        bool isKnown() const { return error.isEmpty(); }
    };

    explicit SizeEstimate(stripe::Client *client, QObject *parent = nullptr);

    void start();
    bool isRunning() const { return m_waiting > 0; }

    // "about 120 MB (about 96,000 objects)", "at least 1.2 MB…": for the offer's text.
    static QString describe(const Result &result);

signals:
    void finished(const mirror::SizeEstimate::Result &result);

private:
    void counted(Table table, qint64 count, bool exact, const QString &error);
    void finish();

    QPointer<stripe::Client> m_client;
    int m_waiting = 0;
    QHash<Table, qint64> m_counts;
    Result m_result;
    QString m_firstError;
};

} // namespace mirror
