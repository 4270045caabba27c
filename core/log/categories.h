#pragma once

#include <QLoggingCategory>
#include <QStringList>

namespace ul {

// One logging category per subsystem. Use them with qCDebug/qCInfo/qCWarning/qCCritical;
// LogHub receives every message, redacts it and fans it out to the ring and the sinks.
Q_DECLARE_LOGGING_CATEGORY(lcApp)       // uniload.app     — process shell, lifecycle
Q_DECLARE_LOGGING_CATEGORY(lcConfig)    // uniload.config  — settings, environment, instance file
Q_DECLARE_LOGGING_CATEGORY(lcStore)     // uniload.store   — SQLite state store
Q_DECLARE_LOGGING_CATEGORY(lcEngine)    // uniload.engine  — facade, job queue, snapshots
Q_DECLARE_LOGGING_CATEGORY(lcGptLoad)   // uniload.gptload — gpt-load client and scheduler
Q_DECLARE_LOGGING_CATEGORY(lcSites)     // uniload.sites   — discovery, filters, onboarding
Q_DECLARE_LOGGING_CATEGORY(lcLayers)    // uniload.layers  — planner and executor
Q_DECLARE_LOGGING_CATEGORY(lcSync)      // uniload.sync    — model sync
Q_DECLARE_LOGGING_CATEGORY(lcHealth)    // uniload.health  — instance and channel health
Q_DECLARE_LOGGING_CATEGORY(lcUniApi)    // uniload.uniapi  — api.yaml writer
Q_DECLARE_LOGGING_CATEGORY(lcApi)       // uniload.api     — HTTP API
Q_DECLARE_LOGGING_CATEGORY(lcUi)        // uniload.ui      — widgets and tray

// The names above, for filters in the log view and `GET /api/logs`.
QStringList logCategoryNames();

} // namespace ul
