#pragma once

// A started SimGptLoad plus an admin client, shared by the simulator tests.

#include "core/sim/simgptload.h"
#include "tests/sim/simtestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace ul::test {

inline QJsonObject standardGroupBody(const QString &name, const QString &upstream = QStringLiteral("https://api.example.com"),
                                     const QString &type = QStringLiteral("openai"))
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("channel_type"), type},
        {QStringLiteral("upstreams"), QJsonArray{QJsonObject{{QStringLiteral("url"), upstream}, {QStringLiteral("weight"), 1}}}},
        {QStringLiteral("test_model"), QStringLiteral("gpt-4o-mini")},
    };
}

struct SimFixture
{
    explicit SimFixture(const SimGptLoadOptions &options = {})
        : sim(std::make_unique<SimGptLoad>(options))
    {
        started = sim->start();
        client.setAdmin(sim->url(), sim->adminKey());
    }

    // Creates a group through the API; returns its id (0 on failure).
    qint64 create(const QJsonObject &body)
    {
        const HttpResult r = client.api("POST", QStringLiteral("/api/groups"), body);
        return r.status == 200 ? qint64(r.data().toObject().value(QStringLiteral("id")).toDouble()) : 0;
    }
    qint64 createStandard(const QString &name) { return create(standardGroupBody(name)); }

    HttpResult addKeys(qint64 groupId, const QString &keysText)
    {
        return client.api("POST", QStringLiteral("/api/keys/add-multiple"),
                          QJsonObject{{QStringLiteral("group_id"), groupId}, {QStringLiteral("keys_text"), keysText}});
    }

    std::unique_ptr<SimGptLoad> sim;
    SimTestClient client;
    bool started = false;
};

} // namespace ul::test
