#pragma once

#include "core/engine/engine.h"
#include "core/engine/engineoptions.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QString>

#include <memory>

namespace ul::test {

// Engine options for a test whose files all live in `dir`: the instance file
// (gptload-instances.json), api.yaml and the state store. Every loop that would act on its own is
// off (model sync, channel health, the startup reconcile; instance checks once an hour), and
// timeouts and backoff are short. Tests switch on what they exercise.
inline EngineOptions engineOptionsIn(const QString &dir)
{
    const QDir d(dir);
    EngineOptions o;
    o.configDir = dir;
    o.dataDir = dir;
    o.instancesFilePath = d.filePath(QStringLiteral("gptload-instances.json"));
    o.uniApiYamlPath = d.filePath(QStringLiteral("api.yaml"));
    o.stateStorePath = d.filePath(QStringLiteral("uni-load.db"));
    o.requestTimeoutMs = 5000;
    o.retryAttempts = 2;
    o.retryBaseDelayMs = 5;
    o.instanceHealthIntervalSecs = 3600;
    o.enableModelSync = false;
    o.enableChannelHealth = false;
    o.enableModelOptimizer = false;
    return o;
}

// Starts an engine with `options` into `engine` and processes events until it is ready and sees
// `instances` healthy gpt-load instances; false after `timeoutMs`.
inline bool startEngineAndWait(std::unique_ptr<Engine> &engine, const EngineOptions &options, int instances,
                               int timeoutMs = 15000)
{
    engine = std::make_unique<Engine>(options);
    engine->start();
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const EngineSnapshot s = engine->snapshot();
        if (s.ready && s.healthyInstanceCount() == instances)
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return false;
}

} // namespace ul::test
