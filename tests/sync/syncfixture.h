#pragma once

#include "core/common/clock.h"
#include "core/store/records.h"
#include "tests/onboarding/onboardingfixture.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

namespace ul::test {

// The onboarding fixture (simulated cluster, real engine, store file in a temporary directory)
// with a ManualClock in the engine and helpers for model sync tests. The clock is only changed
// in the engine thread (advanceClock), so the engine never reads it while the test writes it.
class SyncFixture : public OnboardingFixture
{
public:
    explicit SyncFixture(int instanceCount = 1);
    ~SyncFixture();

    // Starts the engine with the manual clock and model sync as `enableModelSync` says.
    bool start(bool enableModelSync = false, const std::function<void(EngineOptions &)> &tweak = {});

    // A site serving `models` in the OpenAI format with its own key; onboarded when `onboard`.
    SimAiSite *addOpenAiSite(const QString &name, const QStringList &models);
    // Onboards the site (openai) and yields the site group's name (empty on failure).
    QString onboard(SimAiSite *site);

    std::optional<Result<ModelSyncReport>> sync(int timeoutMs = 30000);
    SiteGroupRecord siteGroup(const QString &name);
    QHash<QString, int> missingCounters(const QString &siteGroup);
    QList<L2Record> l2Records();
    QList<L3Record> l3Records();
    QList<L3MemberRecord> l3Members();
    QList<PendingChange> pending();
    QList<SyncHistoryEntry> history(int limit = 100);
    QList<EngineEvent> events(const QString &kind);
    int backupCount();

    qint64 mutatingCalls();       // POST/PUT/DELETE under /api, every instance
    qint64 managementCalls();
    QHash<QString, qint64> perRoute();
    void resetCounters();

    void advanceClock(qint64 secs);     // in the engine thread
    QDateTime clockNow();
    void fireSyncTimer();               // ModelSyncService::onTimer in the engine thread
    // Processes events until `done` is true or the timeout expires.
    static bool waitUntil(const std::function<bool()> &done, int timeoutMs = 20000);
    // Waits until the engine's job queue holds no queued or running job. Asks the queue in the
    // engine thread: the published snapshot may still predate a job that was just queued.
    bool waitForIdleJobs(int timeoutMs = 20000);

    // Groups named `name` on instance 0 (nullopt when absent).
    std::optional<SimGroup> group(const QString &name) const;
    QStringList upstreamUrls(const QString &group) const;
    QString proxyUrl(const QString &group) const;  // <instance 0>/proxy/<group>

private:
    ManualClock m_clock;
};

} // namespace ul::test
