#pragma once

#include "core/gptload/grouptypes.h"
#include "core/layers/layersettings.h"
#include "core/store/proxykeys.h"
#include "core/store/records.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

// One configured gpt-load instance as the planner sees it.
struct PlanInstance
{
    QString id;
    QString name;
    QString url;            // management and proxy base URL (no trailing '/')
    QString uniApiBaseUrl;  // how uni-api reaches it (uniapi-config.md §6.1)
    int priority = 0;       // lower = preferred
    bool healthy = false;

    QString proxyUrl(const QString &group) const { return url + QStringLiteral("/proxy/") + group; }
};

// Which models a run covers. A scoped run (process-ai-site, model sync) plans only those
// models' L2/L3 groups; the api.yaml publish still covers every L3.
class ReconcileScope
{
public:
    static ReconcileScope everything() { return ReconcileScope(); }
    static ReconcileScope forModels(const QStringList &models);

    bool isEverything() const { return !m_models.has_value(); }
    bool contains(const QString &model) const { return !m_models || m_models->contains(model); }
    QStringList models() const;  // sorted; empty for everything()

private:
    std::optional<QSet<QString>> m_models;
};

// A gptload-* entry currently in api.yaml (managed, adopted or hand-written).
struct CurrentProvider
{
    QString name;       // "gptload-<l3>"
    QString baseUrl;
    QStringList models; // upstream names
    bool handWritten = false;  // a gptload-* entry we do not manage: its name is reserved
};

// Everything the planner reads. Plain values: the planner is a pure function of this.
struct PlannerInput
{
    // Desired state (state store).
    QList<SiteGroupRecord> siteGroups;
    QList<L2Record> l2Groups;
    QList<L3Record> l3Groups;
    QList<L3MemberRecord> members;

    // What exists: configured instances by priority, and one group listing per reachable
    // instance. An instance without a listing is unknown (not empty).
    QList<PlanInstance> instances;
    QHash<QString, QList<GroupInfo>> listings;
    QString placementInstanceId;  // new L2/L3 groups go here; empty = none healthy

    ProxyKeys keys;
    LayerSettingsSet settings = LayerSettingsSet::defaults();
    ReconcileScope scope;

    // Managed entries of api.yaml; nullopt when it cannot be read (no provider operations are
    // listed then; the publish reports the problem).
    std::optional<QList<CurrentProvider>> currentProviders;

    // Site groups being deleted (DELETE /api/channels/:name): treated as gone, and their L1
    // groups are deleted after their L2 groups.
    QSet<qint64> removedSiteGroups;

    // Adoption key migration (uni-load-behaviour.md §1.2): remove these admin tokens from every
    // managed L2/L3 pool once the hop key is there. Secret.
    bool migrateAdminKeys = false;
    QStringList adminTokens;
};

// The highest-priority healthy instance that has a listing, or empty.
QString choosePlacementInstance(const QList<PlanInstance> &instances, const QHash<QString, QList<GroupInfo>> &listings);

// Short, stable fingerprint of a pool key (recorded in the store, never the key itself).
QString poolKeyFingerprint(const QString &key);

} // namespace ul
