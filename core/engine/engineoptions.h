#pragma once

#include "core/common/clock.h"
#include "core/uniapi/reloadtypes.h"

#include <QString>

namespace ul {

// Everything the engine needs from configuration, resolved by the caller (app or test) from
// AppConfig. A plain value so it can cross into the engine thread.
struct EngineOptions
{
    QString configDir;
    QString dataDir;
    QString instancesFilePath;        // resolved path; may not exist (reported, never created)
    QString uniApiYamlPath;
    bool uniApiWriteInPlace = false;  // UNI_API_WRITE_MODE=in-place
    int uniApiBackups = 20;           // UNI_API_BACKUPS: api.yaml backups kept (§6.9)
    bool uniApiEngineField = true;    // UNI_API_ENGINE_FIELD: `engine:` in managed entries (§6.1)
    // UNI_API_RUNTIME, UNI_API_RELOAD, UNI_API_URL, UNI_API_ADMIN_KEY, UNI_API_RESTART_COMMAND:
    // what is done after each write of api.yaml (uniapi-config.md §6.10, §6.11).
    uniapi::ReloadSettings uniApiReload;
    // A failed api.yaml write is retried by a full reconciliation after this long, doubling up to
    // 30 min, until one succeeds (with ENABLE_MODEL_OPTIMIZER). Tests shrink it.
    int uniApiWriteRetrySecs = 60;
    QString stateStorePath;           // default <dataDir>/uni-load.db; ":memory:" in tests

    int maxConcurrentRequests = 10;   // MAX_CONCURRENT_REQUESTS, per gpt-load instance
    int requestTimeoutMs = 30000;     // REQUEST_TIMEOUT_MS
    int retryAttempts = 3;            // RETRY_ATTEMPTS
    int retryBaseDelayMs = 1000;      // 1 s, 2 s, 4 s; tests shrink it
    bool wireLogging = false;         // ENABLE_DEBUG_LOGS

    int instanceHealthIntervalSecs = 60;
    int instanceHealthMaxBackoffSecs = 300;

    // ENABLE_MODEL_SYNC / ENABLE_CHANNEL_HEALTH give the state until the operator starts or stops
    // the loop (a stored choice); set in .env, the environment or on the command line
    // (`…Forced`), they win over that choice for this run — the configuration precedence.
    bool enableModelSync = true;
    bool modelSyncForced = false;
    int modelSyncIntervalMinutes = 360;
    bool enableChannelHealth = true;
    bool channelHealthForced = false;
    int channelCheckIntervalMinutes = 10;
    int channelFirstCheckSecs = 60;  // the monitor's first cycle after start (tests push it out)
    int channelFailureThreshold = 3;
    bool reassignCopyInvalidKeys = false;  // REASSIGN_COPY_INVALID_KEYS: promote/demote copies every key
    bool enableModelOptimizer = true; // ENABLE_MODEL_OPTIMIZER: reconcile at startup
    bool enableWeightOptimization = false;    // ENABLE_WEIGHT_OPTIMIZATION
    int weightOptimizationIntervalHours = 24; // WEIGHT_OPTIMIZATION_INTERVAL
    bool enableModelWhitelist = true;
    bool enableModelBlacklist = true;

    Clock *clock = nullptr;           // nullptr = Clock::system(); tests pass a ManualClock
};

} // namespace ul
