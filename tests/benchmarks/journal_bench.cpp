// paydesk-journal-bench <entries> <days>: what the write journal costs as it grows (scripts/bench).
// Makes a journal of <entries> settled writes spread over <days>, as an old Paydesk would have
// left it (everything in one file), then times:
//   gui_ms      the window's share of opening it (the constructor; the file is read by a worker)
//   first_ms    until it is read at the first start (the worker also archives settled writes)
//   start_ms    a later start, after that archiving (median of 5)
//   write_ms    one write: its intent and its outcome, each synced to disk (median of 20)
// Printed as name=value pairs on one line.

#include "src/writes/JournalFile.h"
#include "src/writes/WriteJournal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace writes;

namespace {

WriteIntent intent(const QString &id, const QDateTime &at)
{
    WriteIntent intent;
    intent.id = id;
    intent.createdAt = at;
    intent.user = QStringLiteral("bench");
    intent.accountId = QStringLiteral("acct_bench");
    intent.mode = accounts::Mode::Test;
    intent.operation = QStringLiteral("refund");
    intent.target = QStringLiteral("ch_%1").arg(id);
    intent.amount = 1250;
    intent.currency = QStringLiteral("usd");
    intent.summary = QStringLiteral("Refund $12.50 of $40.00 to Jane Doe, Visa •••• 4242");
    intent.request = stripe::Request::post(
        QStringLiteral("/v1/refunds"),
        {{QStringLiteral("charge"), intent.target}, {QStringLiteral("amount"), 1250}});
    intent.check.path = QStringLiteral("/v1/refunds");
    return intent;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int entries = QCoreApplication::arguments().value(1).toInt();
    const qint64 days = QCoreApplication::arguments().value(2).toLongLong();
    if (entries <= 0 || days <= 0) {
        std::fprintf(stderr, "usage: paydesk-journal-bench <entries> <days>\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
    {
        // Spread evenly over the days, without a sync per line.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        WriteOutcome done;
        done.status = WriteOutcome::Status::Succeeded;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < entries; ++i) {
            const QDateTime at = now.addSecs(-qint64(entries - i) * days * 24 * 3600 / entries);
            const WriteIntent one = intent(QStringLiteral("w%1").arg(i), at);
            done.at = at;
            file.write(journalfile::line(one.toJson()) + journalfile::line(done.toJson(one.id)));
        }
    }

    QElapsedTimer clock;
    clock.start();
    auto *first = new WriteJournal(path);
    const double guiMs = double(clock.nsecsElapsed()) / 1e6;
    first->waitUntilLoaded();
    const double firstMs = double(clock.nsecsElapsed()) / 1e6;
    delete first;

    QList<double> starts;
    for (int i = 0; i < 5; ++i) {
        clock.restart();
        WriteJournal journal(path);
        journal.waitUntilLoaded();
        starts.append(double(clock.nsecsElapsed()) / 1e6);
    }

    WriteJournal journal(path);
    journal.waitUntilLoaded();
    QList<double> writes;
    WriteOutcome done;
    done.status = WriteOutcome::Status::Succeeded;
    for (int i = 0; i < 20; ++i) {
        const WriteIntent one = intent(QStringLiteral("new%1").arg(i), QDateTime::currentDateTimeUtc());
        clock.restart();
        done.at = QDateTime::currentDateTimeUtc();
        if (!journal.recordIntent(one) || !journal.recordOutcome(one.id, done))
            return 1;
        (void)journal.unfinished(one.accountId);
        writes.append(double(clock.nsecsElapsed()) / 1e6);
    }
    std::printf("entries=%d gui_ms=%.2f first_ms=%.1f start_ms=%.2f write_ms=%.2f\n", entries, guiMs, firstMs,
                median(starts), median(writes));
    return 0;
}
