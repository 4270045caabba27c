#pragma once

// Internal to SimGptLoad: the management API under /api (gptload-api.md §1–§10). Handlers are
// synchronous and return the complete answer; only the async task slot uses timers.

#include "core/sim/simgptload_json.h"
#include "core/sim/simgptload_state.h"
#include "core/sim/simhttp.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;

namespace ul {

struct SimApiContext
{
    const SimHttpRequest &request;
    SimLang lang;
    QStringList params;   // values of the ":name" segments, in order
};

class SimGptLoadApi final
{
public:
    SimGptLoadApi(SimGptLoadState &state, QObject *timerContext);

    // Route template of a request ("PUT /api/groups/:id"), or empty when no route matches.
    QString routeName(const SimHttpRequest &request) const;
    // Answers one request under /api (auth included).
    SimHttpResponse handle(const SimHttpRequest &request);

    // Finishes the running async task now instead of after its completion delay.
    void finishTaskNow();

    // Creates a group from a POST /api/groups body (also used for seeding from tests).
    SimHttpResponse createGroup(const QJsonObject &body, SimLang lang);
    // Integration info for a proxy key (§11.5); `onlyGroup` limits it to one group.
    SimHttpResponse integrationInfoFor(const QString &proxyKey, const SimGroup *onlyGroup, SimLang lang) const;

private:
    using Handler = SimHttpResponse (SimGptLoadApi::*)(const SimApiContext &);
    enum class Feature { Always, V13, V145, V131, V2Only };
    struct Route
    {
        QByteArray method;
        QStringList segments;   // ":x" = parameter
        Handler handler;
        bool isPublic = false;
        Feature feature = Feature::Always;
        QString name;
        int paramCount = 0;
    };

    void addRoute(const char *method, const char *path, Handler handler, Feature feature = Feature::Always,
                  bool isPublic = false);
    const Route *match(const SimHttpRequest &request, QStringList *params) const;
    bool featureEnabled(Feature feature) const;
    bool isAdmin(const SimHttpRequest &request) const;

    // groups (simgptload_groups.cpp)
    SimHttpResponse listGroups(const SimApiContext &ctx);
    SimHttpResponse listGroupsBare(const SimApiContext &ctx);
    SimHttpResponse postGroup(const SimApiContext &ctx);
    SimHttpResponse updateGroup(const SimApiContext &ctx);
    SimHttpResponse deleteGroup(const SimApiContext &ctx);
    SimHttpResponse copyGroup(const SimApiContext &ctx);
    SimHttpResponse reorderGroups(const SimApiContext &ctx);
    SimHttpResponse configOptions(const SimApiContext &ctx);
    SimHttpResponse channelTypes(const SimApiContext &ctx);
    // sub-groups (simgptload_subgroups.cpp)
    SimHttpResponse listSubGroups(const SimApiContext &ctx);
    SimHttpResponse addSubGroups(const SimApiContext &ctx);
    SimHttpResponse updateSubGroupWeight(const SimApiContext &ctx);
    SimHttpResponse deleteSubGroup(const SimApiContext &ctx);
    SimHttpResponse parentAggregates(const SimApiContext &ctx);
    // keys (simgptload_keys.cpp)
    SimHttpResponse listKeys(const SimApiContext &ctx);
    SimHttpResponse exportKeys(const SimApiContext &ctx);
    SimHttpResponse addKeysSync(const SimApiContext &ctx);
    SimHttpResponse deleteKeysSync(const SimApiContext &ctx);
    SimHttpResponse restoreKeys(const SimApiContext &ctx);
    SimHttpResponse restoreAllInvalid(const SimApiContext &ctx);
    SimHttpResponse clearAllInvalid(const SimApiContext &ctx);
    SimHttpResponse clearAll(const SimApiContext &ctx);
    SimHttpResponse testKeys(const SimApiContext &ctx);
    SimHttpResponse updateKeyNotes(const SimApiContext &ctx);
    // async tasks (simgptload_tasks.cpp)
    SimHttpResponse addKeysAsync(const SimApiContext &ctx);
    SimHttpResponse deleteKeysAsync(const SimApiContext &ctx);
    SimHttpResponse validateGroup(const SimApiContext &ctx);
    SimHttpResponse taskStatus(const SimApiContext &ctx);
    // stats, logs, dashboard (simgptload_stats.cpp)
    SimHttpResponse groupStats(const SimApiContext &ctx);
    SimHttpResponse listLogs(const SimApiContext &ctx);
    SimHttpResponse exportLogs(const SimApiContext &ctx);
    SimHttpResponse dashboardStats(const SimApiContext &ctx);
    SimHttpResponse dashboardChart(const SimApiContext &ctx);
    SimHttpResponse encryptionStatus(const SimApiContext &ctx);
    // settings, login, integration, v2 health (simgptload_settingsapi.cpp)
    SimHttpResponse getSettings(const SimApiContext &ctx);
    SimHttpResponse putSettings(const SimApiContext &ctx);
    SimHttpResponse login(const SimApiContext &ctx);
    SimHttpResponse integrationInfo(const SimApiContext &ctx);
    SimHttpResponse apiHealthV2(const SimApiContext &ctx);

    // shared helpers
    // A numeric ":id" path parameter (checked before the body, as gpt-load does); 400
    // BAD_REQUEST "Invalid group / sub-group / key ID format" otherwise.
    enum class IdKind { Group, SubGroup, Key };
    SimFailure idFromParam(const SimApiContext &ctx, int index, IdKind kind, qint64 *id = nullptr);
    // ":id" parameter → group; 400 BAD_REQUEST when not numeric, 404 when unknown.
    SimFailure groupFromParam(const SimApiContext &ctx, int index, SimGroup **out, bool subGroupMessages = false);
    // Binds {"group_id":N,"keys_text":"…"} (and checks group + text) for the key batch endpoints.
    SimFailure bindGroupKeys(const SimApiContext &ctx, SimGroup **group, QStringList *keys, bool needKeysText,
                             bool enforceBatchLimit);
    // ?group_id= → group (GET /keys and /keys/export).
    SimFailure groupFromQuery(const SimApiContext &ctx, SimGroup **out);
    QJsonObject keyCountsJson(qint64 groupId) const;

    // The one task slot. `work` runs at completion and returns the result (or sets *error).
    // Returns the 409 TASK_IN_PROGRESS answer when the slot is busy; *initial gets the status
    // as it was right after the start.
    using TaskWork = std::function<QJsonObject(QString *error, int *processed)>;
    SimFailure startTask(const QString &type, const QString &groupName, int total, TaskWork work,
                         QJsonObject *initial = nullptr);

    SimGptLoadState &m_state;
    QPointer<QObject> m_timerContext;
    QList<Route> m_routes;
};

} // namespace ul
