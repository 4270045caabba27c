#pragma once

#include "core/engine/snapshot.h"

#include <QJsonObject>

namespace ul {

// JSON shapes of the original uni-load for snapshot data (uni-load-behaviour.md §22.2).
namespace SnapshotJson {

QJsonObject instance(const InstanceView &instance);          // {id,name,url,priority,healthy,responseTime,lastCheck,error}
QJsonObject instances(const EngineSnapshot &snapshot);       // {<id>: instance}
QJsonObject siteAssignments(const EngineSnapshot &snapshot); // {<url>: {instanceId, instanceName}}
QJsonObject status(const EngineSnapshot &snapshot);          // GET /api/status
QJsonObject modelSync(const EngineSnapshot &snapshot);       // {isRunning,hasInterval,intervalMinutes,nextSync}
QJsonObject channelHealth(const EngineSnapshot &snapshot);
QJsonObject job(const JobView &job);                         // GET /api/jobs/:id
QJsonValue time(const QDateTime &t);                         // ISO string or null

} // namespace SnapshotJson
} // namespace ul
