#include "core/services/channelhealthverdict.h"

#include "core/sites/modellistparser.h"

#include <cmath>

namespace ul {

namespace {

FigureVerdict verdictOf(HealthVerdict verdict, const QString &source, const QString &detail)
{
    FigureVerdict v;
    v.verdict = verdict;
    v.source = source;
    v.detail = detail;
    return v;
}

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1) + QLatin1Char('%');
}

} // namespace

std::optional<FigureVerdict> judgeKeys(const GroupStats &stats)
{
    if (stats.keys.total > 0 && stats.keys.active == 0)
        return verdictOf(HealthVerdict::Unhealthy, QStringLiteral("keys"),
                         QStringLiteral("no active keys (%1 of %1 invalid)").arg(stats.keys.total));
    return std::nullopt;
}

std::optional<FigureVerdict> judgeLogs(const FinalRequestSummary &logs, const HealthThresholds &thresholds)
{
    if (logs.total < thresholds.minRequests)
        return std::nullopt;
    const double rate = logs.successRate();
    const QString figures = QStringLiteral("%1 of %2 final requests succeeded (%3), average %4 ms")
                                .arg(logs.succeeded)
                                .arg(logs.total)
                                .arg(percent(rate))
                                .arg(qRound64(logs.averageDurationMs));
    FigureVerdict v;
    v.source = QStringLiteral("logs");
    v.successRate = rate;
    v.latencyMs = int(std::lround(logs.averageDurationMs));
    if (rate < thresholds.criticalSuccessRate) {
        v.verdict = HealthVerdict::Unhealthy;
        v.detail = QStringLiteral("critical: ") + figures;
    } else if (rate < thresholds.warningSuccessRate) {
        v.verdict = HealthVerdict::Unhealthy;
        v.detail = QStringLiteral("warning: ") + figures;
    } else if (logs.averageDurationMs > thresholds.slowAverageMs) {
        v.verdict = HealthVerdict::Unhealthy;
        v.detail = QStringLiteral("warning (slow): ") + figures;
    } else {
        v.verdict = HealthVerdict::Healthy;
        v.detail = figures;
    }
    return v;
}

std::optional<FigureVerdict> judgeStats(const GroupStats &stats, const HealthThresholds &thresholds)
{
    if (stats.recent.total < thresholds.minRequests)
        return std::nullopt;
    FigureVerdict v;
    v.source = QStringLiteral("stats");
    v.successRate = 1.0 - stats.recent.failureRate;
    const QString figures = QStringLiteral("%1 of %2 requests failed in the last %3 h (%4)")
                                .arg(stats.recent.failed)
                                .arg(stats.recent.total)
                                .arg(stats.recentWindowHours)
                                .arg(percent(stats.recent.failureRate));
    v.verdict = stats.recent.failureRate < thresholds.maxFailureRate ? HealthVerdict::Healthy : HealthVerdict::Unhealthy;
    v.detail = figures;
    return v;
}

bool logsCanDecide(const GroupStats &stats, const HealthThresholds &thresholds)
{
    if (stats.layout != StatsLayout::Current || stats.recentWindowHours < thresholds.logWindowHours)
        return true;
    return stats.recent.total >= thresholds.minRequests;
}

bool isUnreachable(const Error &error)
{
    if (error.httpStatus != 0)
        return false;
    switch (error.kind) {
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::Cancelled:
    case ErrorKind::Unavailable:
        return true;
    default:
        return false;
    }
}

FigureVerdict judgeModelListProbe(const Result<HttpResponse> &answer, ChannelType type)
{
    const QString source = QStringLiteral("probe");
    if (!answer.ok()) {
        if (isUnreachable(answer.error()))
            return verdictOf(HealthVerdict::Inconclusive, source,
                             QStringLiteral("probe not possible, gpt-load did not answer: %1").arg(answer.error().message));
        return verdictOf(HealthVerdict::Unhealthy, source, QStringLiteral("model-list probe failed: %1").arg(answer.error().message));
    }
    FigureVerdict v;
    v.source = source;
    v.latencyMs = int(answer->elapsedMs);
    if (!answer->isSuccess()) {
        v.verdict = HealthVerdict::Unhealthy;
        v.detail = QStringLiteral("model-list probe answered HTTP %1").arg(answer->status);
        v.successRate = 0.0;
        return v;
    }
    const Result<ModelListPage> page = parseModelListPage(answer->body, type);
    if (!page.ok()) {
        v.verdict = HealthVerdict::Unhealthy;
        v.detail = QStringLiteral("model-list probe: %1").arg(page.error().message);
    } else if (page->isEmpty() || page->models.isEmpty()) {
        v.verdict = HealthVerdict::Unhealthy;
        v.detail = QStringLiteral("model-list probe returned an empty list");
    } else {
        v.verdict = HealthVerdict::Healthy;
        v.detail = QStringLiteral("model-list probe: the site listed %1 models before filtering").arg(page->models.size());
    }
    // One request: the sample's success rate is all or nothing (the history chart plots it).
    v.successRate = v.verdict == HealthVerdict::Healthy ? 1.0 : 0.0;
    return v;
}

FigureVerdict judgeCompletionProbe(const Result<HttpResponse> &answer)
{
    const QString source = QStringLiteral("deep-probe");
    if (!answer.ok()) {
        if (isUnreachable(answer.error()))
            return verdictOf(HealthVerdict::Inconclusive, source,
                             QStringLiteral("deep probe not possible, gpt-load did not answer: %1").arg(answer.error().message));
        return verdictOf(HealthVerdict::Unhealthy, source, QStringLiteral("deep probe failed: %1").arg(answer.error().message));
    }
    FigureVerdict v;
    v.source = source;
    v.latencyMs = int(answer->elapsedMs);
    v.verdict = answer->isSuccess() ? HealthVerdict::Healthy : HealthVerdict::Unhealthy;
    v.successRate = answer->isSuccess() ? 1.0 : 0.0;
    v.detail = answer->isSuccess() ? QStringLiteral("deep probe completion answered HTTP %1").arg(answer->status)
                                   : QStringLiteral("deep probe completion answered HTTP %1: %2")
                                         .arg(answer->status)
                                         .arg(redactedSnippet(answer->body, 160));
    return v;
}

FigureVerdict judgeStatsFailure(const Error &error)
{
    if (isUnreachable(error))
        return verdictOf(HealthVerdict::Inconclusive, QStringLiteral("instance"),
                         QStringLiteral("gpt-load did not answer: %1").arg(error.message));
    if (error.code == QLatin1String(kUnknownStatsFormatCode))
        return verdictOf(HealthVerdict::Error, QStringLiteral("stats-format"),
                         QStringLiteral("gpt-load answered group stats in an unknown format (neither stats_24_hour nor "
                                        "hourly_stats); this gpt-load version is not supported by the health check"));
    return verdictOf(HealthVerdict::Error, QStringLiteral("stats"), QStringLiteral("reading group stats failed: %1").arg(error.message));
}

} // namespace ul
