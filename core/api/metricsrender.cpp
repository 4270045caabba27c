#include "core/api/metricsrender.h"

#include "core/api/prometheustext.h"

#include <QMap>

namespace ul {

namespace {

using Labels = PrometheusText::Labels;

qint64 seconds(const QDateTime &t) { return t.isValid() ? t.toSecsSinceEpoch() : 0; }

void writeInstances(PrometheusText &out, const EngineSnapshot &s)
{
    out.family("uniload_instance_up", "gauge", "1 when the gpt-load instance passed its last health check.");
    for (const InstanceView &i : s.instances)
        out.sample("uniload_instance_up", qint64(i.healthy ? 1 : 0), {{QStringLiteral("instance"), i.id}, {QStringLiteral("name"), i.name}});
    out.family("uniload_instance_latency_seconds", "gauge", "Response time of the last instance health check.");
    for (const InstanceView &i : s.instances) {
        if (i.responseTimeMs >= 0)
            out.sample("uniload_instance_latency_seconds", i.responseTimeMs / 1000.0, {{QStringLiteral("instance"), i.id}});
    }
    out.family("uniload_instance_consecutive_failures", "gauge", "Failed instance health checks in a row.");
    for (const InstanceView &i : s.instances)
        out.sample("uniload_instance_consecutive_failures", qint64(i.consecutiveFailures), {{QStringLiteral("instance"), i.id}});
}

void writeInventory(PrometheusText &out, const EngineSnapshot &s)
{
    out.family("uniload_sites", "gauge", "Onboarded AI sites.");
    out.sample("uniload_sites", qint64(s.sites.size()));
    out.family("uniload_models", "gauge", "Distinct models served through the layers.");
    out.sample("uniload_models", qint64(s.layers.models));
    out.family("uniload_groups", "gauge", "gpt-load groups managed by uni-load, per layer.");
    out.sample("uniload_groups", qint64(s.layers.siteGroups), {{QStringLiteral("layer"), QStringLiteral("site")}});
    out.sample("uniload_groups", qint64(s.layers.modelChannelGroups), {{QStringLiteral("layer"), QStringLiteral("model_site")}});
    out.sample("uniload_groups", qint64(s.layers.aggregateGroups), {{QStringLiteral("layer"), QStringLiteral("model")}});
    out.family("uniload_uniapi_providers", "gauge", "Providers in uni-api's api.yaml.");
    out.sample("uniload_uniapi_providers", qint64(s.uniApi.managedCount), {{QStringLiteral("managed"), QStringLiteral("true")}});
    out.sample("uniload_uniapi_providers", qint64(std::max(0, s.uniApi.providersCount - s.uniApi.managedCount)),
               {{QStringLiteral("managed"), QStringLiteral("false")}});
    out.family("uniload_uniapi_file_ok", "gauge", "1 when api.yaml exists and was read without error.");
    out.sample("uniload_uniapi_file_ok", qint64(s.uniApi.exists && s.uniApi.error.isEmpty() ? 1 : 0));
}

void writeServices(PrometheusText &out, const EngineSnapshot &s)
{
    const QList<QPair<QString, const ServiceView *>> services{{QStringLiteral("model_sync"), &s.modelSync},
                                                              {QStringLiteral("channel_health"), &s.channelHealth},
                                                              {QStringLiteral("instance_health"), &s.instanceHealth}};
    out.family("uniload_service_enabled", "gauge", "1 when the periodic loop is running.");
    for (const auto &[name, view] : services)
        out.sample("uniload_service_enabled", qint64(view->enabled ? 1 : 0), {{QStringLiteral("service"), name}});
    out.family("uniload_service_busy", "gauge", "1 while a cycle of the loop runs.");
    for (const auto &[name, view] : services)
        out.sample("uniload_service_busy", qint64(view->busy ? 1 : 0), {{QStringLiteral("service"), name}});
    out.family("uniload_service_last_run_timestamp_seconds", "gauge", "End of the loop's last cycle (0 = never).");
    for (const auto &[name, view] : services)
        out.sample("uniload_service_last_run_timestamp_seconds", seconds(view->lastRun), {{QStringLiteral("service"), name}});

    const ModelSyncRunView &run = s.modelSyncDetails.lastRun;
    out.family("uniload_model_sync_last_run", "gauge", "Figures of the last model sync run.");
    const QList<QPair<QString, int>> figures{{QStringLiteral("site_groups"), run.siteGroups}, {QStringLiteral("changed"), run.changed},
                                             {QStringLiteral("failed"), run.failed},          {QStringLiteral("added"), run.added},
                                             {QStringLiteral("removed"), run.removed},        {QStringLiteral("renamed"), run.renamed},
                                             {QStringLiteral("queued"), run.queued}};
    for (const auto &[figure, value] : figures)
        out.sample("uniload_model_sync_last_run", qint64(value), {{QStringLiteral("figure"), figure}});
    out.family("uniload_model_sync_pending_changes", "gauge", "Model changes waiting for a review decision.");
    out.sample("uniload_model_sync_pending_changes", qint64(s.modelSyncDetails.pendingChanges));
}

void writeChannels(PrometheusText &out, const EngineSnapshot &s)
{
    QMap<QString, qint64> byHealth;  // sorted: stable output
    QMap<QString, qint64> byVerdict;
    for (const SiteView &site : s.sites) {
        for (const SiteGroupView &g : site.groups) {
            ++byHealth[g.health.isEmpty() ? QStringLiteral("unknown") : g.health];
            ++byVerdict[g.lastVerdict.isEmpty() ? QStringLiteral("never") : g.lastVerdict];
        }
    }
    out.family("uniload_channels", "gauge", "Site channels (L1 groups) by health (healthy, failing, disabled-by-health, recovering, ...).");
    for (auto it = byHealth.cbegin(); it != byHealth.cend(); ++it)
        out.sample("uniload_channels", it.value(), {{QStringLiteral("health"), it.key()}});

    // The health monitor's latest result per channel, so an alert can fire on a failing check
    // before the channel is taken out of rotation (and on checks that stopped happening).
    out.family("uniload_channel_last_check", "gauge",
               "Site channels by the verdict of their latest health check (healthy, unhealthy, inconclusive, error, never).");
    for (auto it = byVerdict.cbegin(); it != byVerdict.cend(); ++it)
        out.sample("uniload_channel_last_check", it.value(), {{QStringLiteral("verdict"), it.key()}});
    out.family("uniload_channel_last_check_timestamp_seconds", "gauge", "Time of the channel's latest health check (0 = never).");
    for (const SiteView &site : s.sites) {
        for (const SiteGroupView &g : site.groups)
            out.sample("uniload_channel_last_check_timestamp_seconds", seconds(g.lastCheck), {{QStringLiteral("channel"), g.name}});
    }
    // gpt-load blacklists keys one by one long before a channel fails as a whole: alert on those.
    out.family("uniload_channel_keys", "gauge",
               "Keys of the channel's gpt-load key pool by state (active, invalid), as last read; absent until read.");
    for (const SiteView &site : s.sites) {
        for (const SiteGroupView &g : site.groups) {
            if (!g.keyPool.known())
                continue;
            out.sample("uniload_channel_keys", g.keyPool.active, {{QStringLiteral("channel"), g.name}, {QStringLiteral("state"), QStringLiteral("active")}});
            out.sample("uniload_channel_keys", g.keyPool.invalid, {{QStringLiteral("channel"), g.name}, {QStringLiteral("state"), QStringLiteral("invalid")}});
        }
    }

    out.family("uniload_channel_failure_threshold", "gauge", "Consecutive failures that take a channel out of rotation.");
    out.sample("uniload_channel_failure_threshold", qint64(s.channelFailureThreshold));
    QMap<QString, int> failures;
    for (auto it = s.channelFailures.cbegin(); it != s.channelFailures.cend(); ++it)
        failures.insert(it.key(), it.value());
    out.family("uniload_channel_consecutive_failures", "gauge", "Failed health checks in a row (failing channels only).");
    qint64 failing = 0;
    for (auto it = failures.cbegin(); it != failures.cend(); ++it) {
        out.sample("uniload_channel_consecutive_failures", qint64(it.value()), {{QStringLiteral("channel"), it.key()}});
        if (it.value() >= s.channelFailureThreshold)
            ++failing;
    }
    out.family("uniload_failing_channels", "gauge", "Channels at or above the failure threshold.");
    out.sample("uniload_failing_channels", failing);
    out.family("uniload_cleanup_removed_channels_total", "counter", "Channels removed by connectivity cleanup.");
    out.sample("uniload_cleanup_removed_channels_total", qint64(s.totalCleanupCount));
}

void writeGptLoadCalls(PrometheusText &out, const EngineMetrics &m)
{
    out.family("uniload_gptload_requests_total", "counter",
               "Requests sent to gpt-load (every attempt), by instance, method, route and status class.");
    QStringList instances = m.gptLoadRequests.keys();
    instances.sort();
    for (const QString &instance : instances) {
        const RequestCounters counters = m.gptLoadRequests.value(instance);  // keep it alive for the loop
        for (const RequestCount &c : counters.entries())
            out.sample("uniload_gptload_requests_total", c.count,
                       {{QStringLiteral("instance"), instance},
                        {QStringLiteral("method"), c.method},
                        {QStringLiteral("route"), c.route},
                        {QStringLiteral("status"), c.statusClass}});
    }
}

void writeJobs(PrometheusText &out, const EngineSnapshot &s, const EngineMetrics &m)
{
    qint64 running = 0;
    qint64 queued = 0;
    for (const JobView &j : s.jobs) {
        running += j.state == QLatin1String("running") ? 1 : 0;
        queued += j.state == QLatin1String("queued") ? 1 : 0;
    }
    out.family("uniload_jobs", "gauge", "Operations (jobs) running or waiting.");
    out.sample("uniload_jobs", running, {{QStringLiteral("state"), QStringLiteral("running")}});
    out.sample("uniload_jobs", queued, {{QStringLiteral("state"), QStringLiteral("queued")}});

    QList<JobDurationStat> stats = m.jobs;
    std::sort(stats.begin(), stats.end(), [](const JobDurationStat &a, const JobDurationStat &b) {
        return std::tie(a.kind, a.state) < std::tie(b.kind, b.state);
    });
    out.family("uniload_operation_duration_seconds", "summary", "Duration of finished operations, by kind and outcome.");
    for (const JobDurationStat &j : stats) {
        const Labels labels{{QStringLiteral("kind"), j.kind}, {QStringLiteral("outcome"), j.state}};
        out.sample("uniload_operation_duration_seconds_sum", j.totalSeconds, labels);
        out.sample("uniload_operation_duration_seconds_count", j.count, labels);
    }
    out.family("uniload_operation_duration_seconds_max", "gauge", "Longest finished operation, by kind and outcome.");
    for (const JobDurationStat &j : stats)
        out.sample("uniload_operation_duration_seconds_max", j.maxSeconds, {{QStringLiteral("kind"), j.kind}, {QStringLiteral("outcome"), j.state}});
}

void writeApiTraffic(PrometheusText &out, const ApiTrafficStats &traffic)
{
    QList<QPair<QString, int>> keys = traffic.rows().keys();
    std::sort(keys.begin(), keys.end());
    out.family("uniload_api_requests_total", "counter", "HTTP API requests answered, by method and status.");
    for (const auto &key : keys)
        out.sample("uniload_api_requests_total", traffic.rows().value(key).count,
                   {{QStringLiteral("method"), key.first}, {QStringLiteral("status"), QString::number(key.second)}});
    out.family("uniload_api_request_duration_seconds_total", "counter", "Summed handling time of the HTTP API requests.");
    for (const auto &key : keys)
        out.sample("uniload_api_request_duration_seconds_total", traffic.rows().value(key).totalSeconds,
                   {{QStringLiteral("method"), key.first}, {QStringLiteral("status"), QString::number(key.second)}});
}

} // namespace

QByteArray renderMetrics(const EngineSnapshot &snapshot, const EngineMetrics &metrics, const ApiTrafficStats *traffic,
                         const QString &version)
{
    PrometheusText out;
    out.family("uniload_info", "gauge", "Version of the running uni-load.");
    out.sample("uniload_info", qint64(1), {{QStringLiteral("version"), version}});
    out.family("uniload_start_time_seconds", "gauge", "Start of the engine, Unix time.");
    out.sample("uniload_start_time_seconds", seconds(snapshot.startedAt));
    out.family("uniload_ready", "gauge", "1 once the engine finished starting (store open, instance file read).");
    out.sample("uniload_ready", qint64(snapshot.ready ? 1 : 0));
    writeInstances(out, snapshot);
    writeInventory(out, snapshot);
    writeServices(out, snapshot);
    writeChannels(out, snapshot);
    writeGptLoadCalls(out, metrics);
    writeJobs(out, snapshot, metrics);
    if (traffic)
        writeApiTraffic(out, *traffic);
    return out.text();
}

} // namespace ul
