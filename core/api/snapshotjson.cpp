#include "core/api/snapshotjson.h"

#include <QJsonArray>

namespace ul::SnapshotJson {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonArray objects(const QList<QJsonObject> &list)
{
    QJsonArray out;
    for (const QJsonObject &o : list)
        out.append(o);
    return out;
}

QJsonObject instance(const InstanceView &i)
{
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("name"), i.name},
            {QStringLiteral("url"), i.url},
            {QStringLiteral("priority"), i.priority},
            {QStringLiteral("healthy"), i.healthy},
            {QStringLiteral("responseTime"), i.responseTimeMs >= 0 ? QJsonValue(i.responseTimeMs) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("lastCheck"), time(i.lastCheck)},
            {QStringLiteral("error"), i.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(i.error)},
            {QStringLiteral("version"), i.profile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(i.profile)},
            {QStringLiteral("tlsInsecure"), i.tlsInsecure}};
}

QJsonObject instances(const EngineSnapshot &s)
{
    QJsonObject out;
    for (const InstanceView &i : s.instances)
        out.insert(i.id, instance(i));
    return out;
}

QJsonObject siteAssignments(const EngineSnapshot &s)
{
    QJsonObject out;
    for (auto it = s.siteAssignments.cbegin(); it != s.siteAssignments.cend(); ++it)
        out.insert(it.key(), QJsonObject{{QStringLiteral("instanceId"), it->instanceId},
                                         {QStringLiteral("instanceName"), it->instanceName}});
    return out;
}

QJsonObject modelSync(const EngineSnapshot &s)
{
    return {{QStringLiteral("isRunning"), s.modelSync.busy},
            {QStringLiteral("hasInterval"), s.modelSync.enabled},
            {QStringLiteral("intervalMinutes"), s.modelSync.intervalMinutes},
            {QStringLiteral("nextSync"), s.modelSync.enabled ? time(s.modelSync.nextRun) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("lastSync"), time(s.modelSync.lastRun)}};
}

QJsonObject weightOptimizer(const EngineSnapshot &s)
{
    const ServiceView &w = s.weightOptimizer;
    return {{QStringLiteral("enabled"), w.enabled},
            {QStringLiteral("isRunning"), w.busy},
            {QStringLiteral("intervalHours"), w.intervalMinutes / 60},
            {QStringLiteral("nextRun"), w.enabled ? time(w.nextRun) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("lastRun"), time(w.lastRun)},
            {QStringLiteral("lastResult"), w.lastResult.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(w.lastResult)}};
}

QJsonObject channelHealth(const EngineSnapshot &s)
{
    QJsonObject failures;
    for (auto it = s.channelFailures.cbegin(); it != s.channelFailures.cend(); ++it)
        failures.insert(it.key(), it.value());
    return {{QStringLiteral("isRunning"), s.channelHealth.busy},
            {QStringLiteral("hasInterval"), s.channelHealth.enabled},
            {QStringLiteral("intervalMinutes"), s.channelHealth.intervalMinutes},
            {QStringLiteral("failureThreshold"), s.channelFailureThreshold},
            {QStringLiteral("currentFailures"), failures},
            {QStringLiteral("failureCount"), static_cast<int>(s.channelFailures.size())},
            {QStringLiteral("nextCheck"), s.channelHealth.enabled ? time(s.channelHealth.nextRun) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject status(const EngineSnapshot &s)
{
    QJsonValue fileError(QJsonValue::Null);
    if (s.instanceFile.hasError())
        fileError = QJsonObject{{QStringLiteral("file"), s.instanceFile.errorFile},
                                {QStringLiteral("field"), s.instanceFile.errorField.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                              : QJsonValue(s.instanceFile.errorField)},
                                {QStringLiteral("reason"), s.instanceFile.errorReason},
                                {QStringLiteral("missing"), s.instanceFile.missing}};
    const int healthy = s.healthyInstanceCount();
    QJsonObject gptload{{QStringLiteral("connected"), healthy > 0},
                        {QStringLiteral("instances"), instances(s)},
                        {QStringLiteral("healthyCount"), healthy},
                        {QStringLiteral("totalCount"), static_cast<int>(s.instances.size())},
                        {QStringLiteral("siteAssignments"), siteAssignments(s)},
                        {QStringLiteral("instancesFile"), s.instanceFile.path},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(s.instanceFile.warnings)},
                        {QStringLiteral("error"), fileError}};

    QJsonObject uniApi;
    if (!s.uniApi.exists && s.uniApi.error.isEmpty()) {
        // Not created yet: the first write creates it (and its directory), so this is no error.
        uniApi = {{QStringLiteral("exists"), false},
                  {QStringLiteral("path"), s.uniApi.path},
                  {QStringLiteral("directoryExists"), s.uniApi.directoryExists},
                  {QStringLiteral("providersCount"), 0},
                  {QStringLiteral("managedCount"), 0}};
    } else if (!s.uniApi.error.isEmpty()) {
        uniApi = {{QStringLiteral("exists"), s.uniApi.exists}, {QStringLiteral("path"), s.uniApi.path}, {QStringLiteral("error"), s.uniApi.error}};
    } else {
        uniApi = {{QStringLiteral("exists"), true},
                  {QStringLiteral("path"), s.uniApi.path},
                  {QStringLiteral("providersCount"), s.uniApi.providersCount},
                  {QStringLiteral("managedCount"), s.uniApi.managedCount}};
    }
    if (!s.uniApi.writeError.isEmpty())
        uniApi.insert(QStringLiteral("writeError"), s.uniApi.writeError);
    if (s.uniApi.writeRetryAt.isValid())
        uniApi.insert(QStringLiteral("writeRetryAt"), s.uniApi.writeRetryAt.toUTC().toString(Qt::ISODate));
    if (s.uniApi.newClientKeyWaiting)
        uniApi.insert(QStringLiteral("newClientKeyWaiting"), true);
    // uniapi-config.md §6.10/§6.11: runtime, reload action and the last reload (no secrets).
    uniApi.insert(QStringLiteral("reload"), s.uniApi.reload.toJson());

    return {{QStringLiteral("gptload"), gptload},
            {QStringLiteral("uniApi"), uniApi},
            {QStringLiteral("modelSync"), modelSync(s)},
            {QStringLiteral("channelHealth"), channelHealth(s)},
            {QStringLiteral("weightOptimizer"), weightOptimizer(s)},
            {QStringLiteral("channelCleanup"), QJsonObject{{QStringLiteral("recentCleanups"), objects(s.recentCleanups)},
                                                           {QStringLiteral("totalCleanups"), s.totalCleanupCount}}},
            // The layers as uni-load records them (the dashboard's counts without listing gpt-load).
            {QStringLiteral("layers"), QJsonObject{{QStringLiteral("siteGroups"), s.layers.siteGroups},
                                                   {QStringLiteral("modelChannelGroups"), s.layers.modelChannelGroups},
                                                   {QStringLiteral("aggregateGroups"), s.layers.aggregateGroups},
                                                   {QStringLiteral("models"), s.layers.models}}},
            {QStringLiteral("ready"), s.ready},
            {QStringLiteral("startupError"), s.startupError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.startupError)}};
}

QJsonObject job(const JobView &j)
{
    QJsonObject o{{QStringLiteral("id"), j.id},
                  {QStringLiteral("jobId"), j.id},
                  {QStringLiteral("kind"), j.kind},
                  {QStringLiteral("title"), j.title},
                  {QStringLiteral("state"), j.state == QLatin1String("queued") ? QStringLiteral("running") : j.state},
                  {QStringLiteral("queued"), j.state == QLatin1String("queued")},
                  {QStringLiteral("progress"), QJsonObject{{QStringLiteral("done"), j.progressDone},
                                                           {QStringLiteral("total"), j.progressTotal},
                                                           {QStringLiteral("step"), j.step}}},
                  {QStringLiteral("startedAt"), time(j.startedAt.isValid() ? j.startedAt : j.queuedAt)},
                  {QStringLiteral("finishedAt"), time(j.finishedAt)}};
    if (j.state == QLatin1String("done"))
        o.insert(QStringLiteral("result"), j.result);
    if (j.state == QLatin1String("failed") || j.state == QLatin1String("cancelled")) {
        o.insert(QStringLiteral("state"), QStringLiteral("failed"));
        o.insert(QStringLiteral("error"), j.error);
        o.insert(QStringLiteral("code"), j.errorCode);
        o.insert(QStringLiteral("details"), j.errorDetails);  // as the synchronous answer's `details`
    }
    return o;
}

} // namespace ul::SnapshotJson
