#pragma once

#include "core/engine/job.h"
#include "core/engine/snapshot.h"
#include "core/services/cleanupimpact.h"
#include "core/services/cleanuptypes.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QObject>

namespace ul {

class ChannelStateActions;
class EngineCore;
class HttpClient;

// Channel cleanup on demand (uni-load-behaviour.md §17.3). Site groups come from the store (the
// L1 records, never guessed from names); a site is disconnected only when its model-list URL gave
// no HTTP answer on any attempt. Disconnected channels are taken out of rotation as
// `disabled-by-cleanup` (their L3 memberships keep their weights), so the health monitor's
// recovery path puts them back once the site answers again. The preview is always available and
// changes nothing; the history keeps the last 10 runs; the total is persisted.
//
// Owned by EngineCore; engine thread only.
class CleanupService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CleanupService)

public:
    static constexpr int kHistoryKeep = 10;
    static constexpr int kStatusRuns = 3;  // GET /api/status channelCleanup.recentCleanups (the original's last 3)
    static constexpr int kConcurrentTests = 8;
    static inline const QString kJobKind = QStringLiteral("channel-cleanup");
    static inline const QString kDedupeKey = QStringLiteral("cleanup");
    static inline const QString kTotalSetting = QStringLiteral("channelCleanupTotal");

    CleanupService(EngineCore &core, ChannelStateActions *actions, QObject *parent = nullptr);
    ~CleanupService() override;

    void initialize();  // reads the history figures
    void shutdown();

    // `POST /api/cleanup-channels/preview`: the tests and the predicted removals; no job, no change.
    QFuture<Result<CleanupReport>> preview(const CleanupOptions &options);
    // `POST /api/cleanup-channels`: a "channel-cleanup" job (Conflict JOB_IN_PROGRESS while one is
    // queued or running); `jobId` receives its id. With options.dryRun it only reports.
    QFuture<Result<CleanupReport>> apply(const CleanupOptions &options, QString *jobId = nullptr);
    // `POST /api/cleanup-channels/manual`: the named site groups without a connectivity test.
    // Validation for an empty list, NotFound when none of the names is a site group. Channels
    // already out of rotation are reported in `errors` and left as they are.
    QFuture<Result<ManualCleanupReport>> manual(const QStringList &channelNames, bool dryRun);
    // `GET /api/cleanup-history`, newest first.
    Result<QList<QJsonObject>> history() const;

    // recentCleanups (the last kStatusRuns history entries) and totalCleanupCount.
    void fillSnapshot(EngineSnapshot &snapshot) const;

private:
    QFuture<Result<CleanupReport>> run(const CleanupOptions &options, const JobContextPtr &context);
    QFuture<Result<CleanupReport>> takeOutDisconnected(CleanupReport report, const JobContextPtr &context);
    Result<CleanupLayers> layerRecords() const;
    void recordRun(const QJsonObject &entry, QStringList *errors);

    EngineCore &m_core;
    ChannelStateActions *m_actions;
    HttpClient *m_http;
    int m_total = 0;
    QList<QJsonObject> m_recent;  // the latest history entries for the status, newest first
};

} // namespace ul
