#pragma once

#include "core/common/result.h"
#include "core/engine/snapshot.h"
#include "core/services/modelsynctypes.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

class StateStore;

// What model sync keeps in the state store's settings table, besides the tables it shares
// (site_groups, model_missing, pending_changes, sync_history). Engine thread only.
inline constexpr char kModelSyncSettingKey[] = "modelSync";                   // ModelSyncSettings
inline constexpr char kModelSyncRejectionsKey[] = "modelSyncRejections";      // {siteGroup: {model: change}}
inline constexpr char kModelSyncUnreconciledKey[] = "modelSyncUnreconciled";  // [model, …]
inline constexpr char kModelSyncLastRunKey[] = "modelSyncLastRun";            // modelSyncRunJson()

// The stored settings, defaults when absent. A stored value that no longer parses is an error.
Result<ModelSyncSettings> loadModelSyncSettings(const StateStore &store);
Status saveModelSyncSettings(StateStore &store, const ModelSyncSettings &settings);

// Proposals the operator rejected. A rejected change is not proposed (or applied) again while
// the site's list still supports it; the entry is dropped once it no longer does (the model is
// no longer listed for a rejected "add", or is listed again for a rejected "remove").
class SyncRejections final
{
public:
    static SyncRejections load(const StateStore &store);
    Status save(StateStore &store) const;

    QHash<QString, QString> forSiteGroup(const QString &siteGroup) const;  // model → "add" | "remove"
    void replace(const QString &siteGroup, const QHash<QString, QString> &models);  // empty removes
    void add(const QString &siteGroup, const QString &model, const QString &change);

private:
    QHash<QString, QHash<QString, QString>> m_bySiteGroup;
};

// Models whose reconciliation after a sync did not complete: added to the next run's scope.
QStringList loadUnreconciledModels(const StateStore &store);
Status saveUnreconciledModels(StateStore &store, const QStringList &models);

std::optional<ModelSyncRunView> loadLastModelSyncRun(const StateStore &store);
Status saveLastModelSyncRun(StateStore &store, const ModelSyncRunView &run);

} // namespace ul
