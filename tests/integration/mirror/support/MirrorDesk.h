#pragma once

#include "src/mirror/Mirror.h"
#include "src/mirror/Reader.h"

#include "src/stripe/Client.h"

#include <QTest>

#include <memory>

// One desk of Paydesk as the app would set it up: a Mirror on a store, with a client of its
// own, polling fast for tests.
class MirrorDesk
{
public:
    MirrorDesk(const mirror::StoreConfig &config, const QString &password, const QUrl &url, int pollMs = 200,
               const QString &desk = {})
    {
        client.setBaseUrl(url);
        client.setApiKey("sk_test_PaydeskSandbox0001");
        stripe::Client::Options options;
        options.retry.maxRetries = 0;
        client.setOptions(options);
        mirror::Mirror::Options mirrorOptions;
        mirrorOptions.pollInterval = std::chrono::milliseconds(pollMs);
        mirrorOptions.teamInterval = std::chrono::milliseconds(300);
        mirrorOptions.reconnectInterval = std::chrono::milliseconds(500);
        mirrorOptions.desk = desk;
        mirror = std::make_unique<mirror::Mirror>(config, &client, mirrorOptions);
        mirror->setPassword(password);
    }
    ~MirrorDesk() { mirror.reset(); }

    bool ready(int timeoutMs = 30000)
    {
        return QTest::qWaitFor(
            [&] { return mirror->state() == mirror::Mirror::State::Ready && mirror->lastSynced().isValid(); },
            timeoutMs);
    }
    QJsonObject object(objects::Kind kind, const QString &id)
    {
        if (!mirror->store())
            return {};
        const auto found = mirror::Reader(*mirror->store()).object(kind, id);
        return found ? found->object() : QJsonObject();
    }
    qint64 count(objects::Kind kind)
    {
        mirror::Filter filter;
        filter.kind = kind;
        return mirror->store() ? mirror::Reader(*mirror->store()).count(filter).value_or(-1) : -1;
    }

    stripe::Client client;
    std::unique_ptr<mirror::Mirror> mirror;
};
