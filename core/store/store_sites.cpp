// StateStore: sites, site groups (L1), site assignments and missing-model counters.
#include "core/store/sqlutil.h"
#include "core/store/statestore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace ul {

namespace {
SiteRecord readSite(const QSqlQuery &q)
{
    SiteRecord s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.baseUrl = q.value(2).toString();
    s.strippedSuffix = q.value(3).toString();
    s.manualModels = q.value(4).toBool();
    if (!q.value(5).isNull())
        s.reviewMode = q.value(5).toBool();
    s.deepProbe = q.value(6).toBool();
    s.createdAt = sql::parseTime(q.value(7));
    s.updatedAt = sql::parseTime(q.value(8));
    return s;
}

SiteGroupRecord readSiteGroup(const QSqlQuery &q)
{
    SiteGroupRecord g;
    g.id = q.value(0).toLongLong();
    g.siteId = q.value(1).toLongLong();
    g.name = q.value(2).toString();
    g.channelType = parseChannelType(q.value(3).toString()).value_or(ChannelType::OpenAI);
    g.instanceId = q.value(4).toString();
    g.groupId = q.value(5).toLongLong();
    g.validationEndpoint = q.value(6).toString();
    g.testModel = q.value(7).toString();
    g.testModelOverride = q.value(8).toString();
    g.keysCount = q.value(9).toInt();
    g.keysFingerprint = q.value(10).toString();
    g.rawModels = sql::parseList(q.value(11));
    g.models = sql::parseList(q.value(12));
    g.manualModels = sql::parseList(q.value(13));
    g.discoveredAt = sql::parseTime(q.value(14));
    g.discoverySource = q.value(15).toString();
    g.state = parseChannelState(q.value(16).toString());
    g.stateSince = sql::parseTime(q.value(17));
    g.stateCause = q.value(18).toString();
    g.syncedAt = sql::parseTime(q.value(19));
    g.syncError = q.value(20).toString();
    return g;
}

const char *kSiteGroupColumns =
    "id, site_id, name, channel_type, instance_id, group_id, validation_endpoint, test_model, "
    "test_model_override, keys_count, keys_fingerprint, raw_models, models, manual_models, "
    "discovered_at, discovery_source, state, state_since, state_cause, synced_at, sync_error";
} // namespace

Result<QList<SiteRecord>> StateStore::sites() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT id, name, base_url, stripped_suffix, manual_models, review_mode, deep_probe, "
                               "created_at, updated_at FROM sites ORDER BY name")))
        return sqlError(QStringLiteral("listing sites"), q);
    QList<SiteRecord> out;
    while (q.next())
        out.append(readSite(q));
    return out;
}

Result<SiteRecord> StateStore::saveSite(SiteRecord site)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!site.createdAt.isValid())
        site.createdAt = now;
    site.updatedAt = now;
    QSqlQuery q(db());
    if (site.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO sites (name, base_url, stripped_suffix, manual_models, review_mode, "
                                 "deep_probe, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE sites SET name = ?, base_url = ?, stripped_suffix = ?, manual_models = ?, "
                                 "review_mode = ?, deep_probe = ?, created_at = ?, updated_at = ? WHERE id = ?"));
    }
    q.addBindValue(site.name);
    q.addBindValue(site.baseUrl);
    q.addBindValue(site.strippedSuffix);
    q.addBindValue(site.manualModels);
    q.addBindValue(site.reviewMode ? QVariant(*site.reviewMode) : QVariant(QMetaType(QMetaType::Bool)));
    q.addBindValue(site.deepProbe);
    q.addBindValue(sql::timeText(site.createdAt));
    q.addBindValue(sql::timeText(site.updatedAt));
    if (site.id != 0)
        q.addBindValue(site.id);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("saving site ") + site.name, q);
    if (site.id == 0)
        site.id = q.lastInsertId().toLongLong();
    return site;
}

Status StateStore::deleteSite(qint64 siteId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM sites WHERE id = ?"));
    q.addBindValue(siteId);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("deleting site"), q);
    return {};
}

Result<QList<SiteGroupRecord>> StateStore::siteGroups() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT %1 FROM site_groups ORDER BY name").arg(QLatin1String(kSiteGroupColumns))))
        return sqlError(QStringLiteral("listing site groups"), q);
    QList<SiteGroupRecord> out;
    while (q.next())
        out.append(readSiteGroup(q));
    return out;
}

Result<SiteGroupRecord> StateStore::saveSiteGroup(SiteGroupRecord g)
{
    QSqlQuery q(db());
    if (g.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO site_groups (site_id, name, channel_type, instance_id, group_id, "
                                 "validation_endpoint, test_model, test_model_override, keys_count, keys_fingerprint, "
                                 "raw_models, models, manual_models, discovered_at, discovery_source, state, "
                                 "state_since, state_cause, synced_at, sync_error) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE site_groups SET site_id = ?, name = ?, channel_type = ?, instance_id = ?, "
                                 "group_id = ?, validation_endpoint = ?, test_model = ?, test_model_override = ?, "
                                 "keys_count = ?, keys_fingerprint = ?, raw_models = ?, models = ?, manual_models = ?, "
                                 "discovered_at = ?, discovery_source = ?, state = ?, state_since = ?, state_cause = ?, "
                                 "synced_at = ?, sync_error = ? WHERE id = ?"));
    }
    q.addBindValue(g.siteId);
    q.addBindValue(g.name);
    q.addBindValue(channelTypeName(g.channelType));
    q.addBindValue(g.instanceId);
    q.addBindValue(g.groupId);
    q.addBindValue(g.validationEndpoint);
    q.addBindValue(g.testModel);
    q.addBindValue(g.testModelOverride);
    q.addBindValue(g.keysCount);
    q.addBindValue(g.keysFingerprint);
    q.addBindValue(sql::listText(g.rawModels));
    q.addBindValue(sql::listText(g.models));
    q.addBindValue(sql::listText(g.manualModels));
    q.addBindValue(sql::timeValue(g.discoveredAt));
    q.addBindValue(g.discoverySource);
    q.addBindValue(channelStateName(g.state));
    q.addBindValue(sql::timeValue(g.stateSince));
    q.addBindValue(g.stateCause);
    q.addBindValue(sql::timeValue(g.syncedAt));
    q.addBindValue(g.syncError);
    if (g.id != 0)
        q.addBindValue(g.id);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("saving site group ") + g.name, q);
    if (g.id == 0)
        g.id = q.lastInsertId().toLongLong();
    return g;
}

Result<SiteGroupRecord> StateStore::modifySiteGroup(qint64 siteGroupId, const std::function<void(SiteGroupRecord &)> &change)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM site_groups WHERE id = ?").arg(QLatin1String(kSiteGroupColumns)));
    q.addBindValue(siteGroupId);
    if (!q.exec())
        return sqlError(QStringLiteral("reading site group %1").arg(siteGroupId), q);
    if (!q.next())
        return Error::notFound(QStringLiteral("site group %1 no longer exists").arg(siteGroupId));
    SiteGroupRecord group = readSiteGroup(q);
    q.finish();
    change(group);
    group.id = siteGroupId;  // the change edits fields, never which row
    return saveSiteGroup(group);
}

Status StateStore::deleteSiteGroup(qint64 siteGroupId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM site_groups WHERE id = ?"));
    q.addBindValue(siteGroupId);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("deleting site group"), q);
    return {};
}

QHash<QString, QString> StateStore::siteAssignments() const
{
    QHash<QString, QString> out;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT base_url, instance_id FROM site_assignments")))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Status StateStore::setSiteAssignment(const QString &baseUrl, const QString &instanceId)
{
    QSqlQuery q(db());
    if (instanceId.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM site_assignments WHERE base_url = ?"));
        q.addBindValue(baseUrl);
    } else {
        q.prepare(QStringLiteral("INSERT INTO site_assignments (base_url, instance_id) VALUES (?, ?) "
                                 "ON CONFLICT(base_url) DO UPDATE SET instance_id = excluded.instance_id"));
        q.addBindValue(baseUrl);
        q.addBindValue(instanceId);
    }
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("saving site assignment"), q);
    return {};
}

QHash<QString, int> StateStore::missingCounters(qint64 siteGroupId) const
{
    QHash<QString, int> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT model, missing_count FROM model_missing WHERE site_group_id = ?"));
    q.addBindValue(siteGroupId);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

Status StateStore::setMissingCounter(qint64 siteGroupId, const QString &model, int count)
{
    QSqlQuery q(db());
    if (count <= 0) {
        q.prepare(QStringLiteral("DELETE FROM model_missing WHERE site_group_id = ? AND model = ?"));
        q.addBindValue(siteGroupId);
        q.addBindValue(model);
    } else {
        q.prepare(QStringLiteral("INSERT INTO model_missing (site_group_id, model, missing_count) VALUES (?, ?, ?) "
                                 "ON CONFLICT(site_group_id, model) DO UPDATE SET missing_count = excluded.missing_count"));
        q.addBindValue(siteGroupId);
        q.addBindValue(model);
        q.addBindValue(count);
    }
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("saving a missing-model counter"), q);
    return {};
}

} // namespace ul
