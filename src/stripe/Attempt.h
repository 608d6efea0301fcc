#pragma once

#include "src/stripe/AttemptVerdict.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkReply;

namespace stripe {

// One try of a request on the wire: it watches its QNetworkReply, holds the answer's bytes as
// they come, ends itself at its deadline or when the answer breaks a limit, and reports once,
// with ended(), what came back, as plain values for classifyAttempt().
class Attempt : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        std::chrono::milliseconds deadline {0}; // the attempt's whole time, from now
        qint64 maxBytes = 0; // a larger answer is refused
    };

    // Takes charge of network, which stays the QNetworkAccessManager's child.
    Attempt(QNetworkReply *network, const Limits &limits, QObject *parent = nullptr);
    ~Attempt() override;

    // Stops the transfer without a word: ended() is never emitted afterwards.
    void cancel();

signals:
    void ended(const stripe::AttemptResult &result);

private:
    // How much Qt's network thread may read ahead of what this attempt has taken.
    static constexpr qint64 readAhead = 1024 * 1024;

    void cut(AttemptResult::Cut reason);
    void onMetaData();
    void onReadyRead();
    void takeAnswer();
    void onFinished();
    void release();

    QPointer<QNetworkReply> m_network;
    Limits m_limits;
    QTimer m_deadline;
    QByteArray m_body;
    qint64 m_announced = -1;
    AttemptResult::Cut m_cut = AttemptResult::Cut::None;
    bool m_over = false;
};

} // namespace stripe
