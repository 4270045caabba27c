#pragma once

#include "core/common/channeltype.h"
#include "core/common/instanceconfig.h"
#include "core/common/result.h"
#include "core/gptload/futureutil.h"
#include "core/gptload/httpclient.h"
#include "core/gptload/requestscheduler.h"
#include "core/gptload/types.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QUrlQuery>

#include <memory>
#include <optional>


namespace ul {

struct GptLoadClientOptions
{
    int timeoutMs = 30000;         // REQUEST_TIMEOUT_MS, per attempt
    int retryAttempts = 3;         // RETRY_ATTEMPTS for idempotent calls
    int maxConcurrent = 10;        // MAX_CONCURRENT_REQUESTS in flight to this instance
    int retryBaseDelayMs = 1000;   // backoff unit; also scales the cache-lag waits (250 ms … 2 s)
    bool wireLogging = false;      // ENABLE_DEBUG_LOGS
    int healthRetryAttempts = 1;   // GET /health: the health timer checks again soon anyway
    int taskPollIntervalMs = 1000; // waitForTask() polling period
    int maxLogPages = 100;         // allLogs() stops (truncated) after this many pages of 1000
};

// Error code set on a createGroup() failure whose outcome is unknown (timeout, connection lost):
// the group may exist now. Check with findGroupByName() before creating it again.
inline constexpr char kOutcomeUnknownCode[] = "OUTCOME_UNKNOWN";
// Error code set when an instance turned out to be gpt-load v2 (or newer): not managed.
inline constexpr char kUnsupportedVersionCode[] = "UNSUPPORTED_VERSION";

// The client of one gpt-load instance: the only code that knows gpt-load's paths, envelopes and
// quirks (gptload-api.md). Every call returns QFuture<Result<T>>; errors carry an ErrorKind, the
// HTTP status and gpt-load's string code.
//
// * Management calls send `Authorization: Bearer <admin key>` and `Accept-Language: en-US`; the
//   admin key is never put in a URL and is registered with the Redactor.
// * At most options.maxConcurrent requests are in flight; the rest queue (FIFO). scheduler()
//   exposes the counters ("management calls", "mutating calls").
// * Idempotent calls are retried on network errors, 408, 429 and 5xx; POSTs only when gpt-load
//   said "Too many concurrent requests" (it did not act). createGroup() is never retried blindly.
// * Multi-request helpers (key chunks, all pages, task polling, cache-lag retries) run their
//   steps sequentially.
//
// Lives in the engine thread; futures finish there. Cancelling a returned future only discards
// its result — use cancelAll() to stop the work. Destroying the client cancels pending calls.
class GptLoadClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GptLoadClient)

public:
    static constexpr int kMaxKeysPerRequest = 5000;  // gpt-load's synchronous batch limit
    static constexpr int kMaxPageSize = 1000;        // gpt-load clamps page_size here

    GptLoadClient(const InstanceConfig &instance, QNetworkAccessManager *network,
                  const GptLoadClientOptions &options = {}, QObject *parent = nullptr);
    ~GptLoadClient() override;

    const InstanceConfig &instance() const { return m_instance; }
    // New URL, token or TLS settings for later calls; a URL change forgets the capabilities.
    void setInstance(const InstanceConfig &instance);
    const GptLoadClientOptions &options() const { return m_options; }
    // New timeouts, retry and concurrency settings; requests already sent keep theirs.
    void setOptions(const GptLoadClientOptions &options);
    RequestScheduler *scheduler() const { return m_scheduler; }
    // Carries requests on the engine's network thread instead of the injected manager.
    void setWire(WireThread *wire);
    RequestCounters counters() const;
    // Ends every pending call with a Cancelled error.
    void cancelAll();

    // --- Health and capabilities -------------------------------------------------------------

    // GET /health (no auth). An answer other than 200 is an error with its status. When the
    // reported uptime goes backwards (a restart), cached capabilities are forgotten.
    QFuture<Result<HealthInfo>> health();
    // POST /api/auth/login: Auth error when gpt-load refuses the admin key.
    QFuture<Status> verifyAdminKey();
    // Capability detection of gptload-api.md §0.4, run once and cached until the instance
    // restarts. Concurrent callers share one detection.
    QFuture<Result<Capabilities>> capabilities();
    std::optional<Capabilities> cachedCapabilities() const { return m_capabilities; }
    void forgetCapabilities();

    // --- Groups ------------------------------------------------------------------------------

    QFuture<Result<QList<GroupInfo>>> listGroups();                 // GET /api/groups
    // The group with exactly this name, or std::nullopt (one GET /api/groups).
    QFuture<Result<std::optional<GroupInfo>>> findGroupByName(const QString &name);
    // POST /api/groups. Validated locally first. 409 DUPLICATE_RESOURCE → Conflict. A timeout or
    // network failure is returned with code kOutcomeUnknownCode and never retried.
    QFuture<Result<GroupInfo>> createGroup(const GroupCreate &group);
    // PUT /api/groups/:id with only the fields set in `update`.
    QFuture<Result<GroupInfo>> updateGroup(quint64 groupId, const GroupUpdate &update);
    QFuture<Status> deleteGroup(quint64 groupId);
    QFuture<Result<GroupInfo>> copyGroup(quint64 groupId, CopyKeysMode keys);
    QFuture<Result<GroupStats>> groupStats(quint64 groupId);        // both stats layouts

    // --- Aggregates (v1.3+) ------------------------------------------------------------------

    QFuture<Result<QList<SubGroupInfo>>> subGroups(quint64 aggregateId);
    QFuture<Status> addSubGroups(quint64 aggregateId, const QList<SubGroupWeight> &members);
    QFuture<Status> setSubGroupWeight(quint64 aggregateId, quint64 memberGroupId, int weight);
    QFuture<Status> removeSubGroup(quint64 aggregateId, quint64 memberGroupId);
    QFuture<Result<QList<ParentAggregate>>> parentAggregates(quint64 groupId);

    // --- Keys (all key lists are secret: never logged) ---------------------------------------

    // POST /api/keys/add-multiple: input trimmed and deduplicated, sent in sequential chunks of
    // at most 5000, counts summed. A failing chunk stops the upload (details say how far it got).
    QFuture<Result<AddKeysResult>> addKeys(quint64 groupId, const QStringList &keys);
    QFuture<Result<KeyPage>> listKeys(quint64 groupId, const KeyQuery &query = {});
    // Every page with page_size 1000.
    QFuture<Result<QList<KeyItem>>> listAllKeys(quint64 groupId, KeyStatusFilter status = KeyStatusFilter::All);
    // GET /api/keys/export: the plain-text list in one request.
    QFuture<Result<QStringList>> exportKeys(quint64 groupId, KeyStatusFilter status = KeyStatusFilter::All);
    QFuture<Result<DeleteKeysResult>> deleteKeys(quint64 groupId, const QStringList &keys);
    // Restores the listed keys that are invalid.
    QFuture<Result<RestoreKeysResult>> restoreKeys(quint64 groupId, const QStringList &keys);
    QFuture<Result<KeyCountMessage>> restoreAllInvalidKeys(quint64 groupId);
    QFuture<Result<KeyCountMessage>> clearInvalidKeys(quint64 groupId);
    QFuture<Result<KeyCountMessage>> clearAllKeys(quint64 groupId);
    // POST /api/keys/test-multiple — billable, with side effects on failure counts. Retries a 404
    // right after a create (cache lag).
    QFuture<Result<KeyTestResult>> testKeys(quint64 groupId, const QStringList &keys);

    // --- Async task slot ---------------------------------------------------------------------

    // POST /api/keys/validate-group (billable). 409 TASK_IN_PROGRESS → Conflict. Retries a 404
    // right after a create (cache lag). Returns the initial task status.
    QFuture<Result<TaskStatus>> validateGroup(quint64 groupId, KeyStatusFilter which = KeyStatusFilter::All);
    QFuture<Result<TaskStatus>> taskStatus();  // GET /api/tasks/status
    // Polls until the task `started` finished (its final status), or Timeout after `timeoutMs`.
    // Conflict if the slot now shows another task (the outcome of ours is lost).
    QFuture<Result<TaskStatus>> waitForTask(const TaskStatus &started, int timeoutMs);
    // Polls until no task runs (e.g. before starting one), or Timeout.
    QFuture<Result<TaskStatus>> waitForIdleTaskSlot(int timeoutMs);

    // --- Logs and settings -------------------------------------------------------------------

    // One page. With query.exactGroupName the items are post-filtered on the exact group name
    // (pagination still describes the server's substring match).
    QFuture<Result<LogPage>> logs(const LogQuery &query);
    // Every page of the query (page_size 1000, up to options.maxLogPages).
    QFuture<Result<LogCollection>> allLogs(const LogQuery &query);
    QFuture<Result<QList<SettingsCategory>>> settings();

    // --- Data plane --------------------------------------------------------------------------

    // GET /proxy/<group><path>[?query] with a proxy key in the channel type's auth style
    // (Bearer, x-api-key + anthropic-version, x-goog-api-key). A 2xx answer is returned as is;
    // other answers are errors (gpt-load's own codes decoded, anything else Upstream). The 500
    // "Failed to retrieve proxy group" right after a create is retried after 250 ms, 500 ms,
    // 1 s and 2 s (× retryBaseDelayMs / 1000) before it counts as NotFound.
    QFuture<Result<HttpResponse>> proxyGet(const QString &groupName, const QString &path,
                                           const SecretText &proxyKey, ChannelType authStyle,
                                           const QUrlQuery &query = {});

private:
    enum CallFlag { NoFlags = 0, SkipVersionGuard = 1, SecretRequest = 2, SecretResponse = 4 };

    QString label() const;  // "gpt-load <name>"
    QString context(HttpMethod method, const QString &route) const;
    QUrl apiUrl(const QString &path, const QUrlQuery &query = {}) const;
    HttpRequestSpec managementSpec(HttpMethod method, const QString &path, const QString &route,
                                   const QUrlQuery &query, const QByteArray &body, int flags) const;
    QFuture<Result<HttpResponse>> sendRaw(const HttpRequestSpec &spec);
    // Sends a management call and decodes the envelope.
    QFuture<Result<Envelope>> call(HttpMethod method, const QString &path, const QString &route,
                                   const QUrlQuery &query = {}, const QByteArray &body = {}, int flags = NoFlags);
    std::optional<Error> versionGuard() const;
    void applyHttpOptions();

    QFuture<Result<QList<KeyItem>>> collectKeyPages(quint64 groupId, KeyQuery query, QList<KeyItem> collected);
    QFuture<Result<LogCollection>> collectLogPages(LogQuery query, LogCollection collected);
    QFuture<Result<KeyCountMessage>> keyCountCall(quint64 groupId, const QString &path);
    template <typename Totals, typename Merge>
    QFuture<Result<Totals>> sendKeyChunks(quint64 groupId, const QString &path, QList<QStringList> chunks,
                                          int next, Totals totals, Merge merge);
    template <typename T, typename Attempt, typename IsLag>
    QFuture<Result<T>> withCacheLagRetry(Attempt attempt, IsLag isLag, int retryIndex = 0);
    QFuture<Result<TaskStatus>> pollTask(std::optional<TaskStatus> started, QDeadlineTimer deadline);
    QFuture<Result<HttpResponse>> proxyAttempt(const HttpRequestSpec &spec, const QString &groupName, const QString &where);

    QFuture<Result<Capabilities>> detectCapabilities();
    QFuture<Result<Capabilities>> detectFromGroups();
    QFuture<Result<Capabilities>> detectFromSubGroupRoute();
    void finishCapabilityDetection(const Result<Capabilities> &result, quint64 generation);

    InstanceConfig m_instance;
    GptLoadClientOptions m_options;
    RequestScheduler *m_scheduler;
    HttpClient *m_http;
    DelayPool *m_delays;  // lag-retry and task-poll waits
    std::optional<Capabilities> m_capabilities;
    QList<std::shared_ptr<QPromise<Result<Capabilities>>>> m_capabilityWaiters;
    quint64 m_capabilityGeneration = 0;
    std::optional<qint64> m_lastUptimeMs;
    quint64 m_cancelEpoch = 0;  // bumped by cancelAll(): waiting steps (lag retries, polls) stop
    bool m_closing = false;
};

} // namespace ul
