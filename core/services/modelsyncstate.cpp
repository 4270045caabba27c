#include "core/services/modelsyncstate.h"

#include "core/log/categories.h"
#include "core/store/statestore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ul {

Result<ModelSyncSettings> loadModelSyncSettings(const StateStore &store)
{
    const std::optional<QJsonValue> stored = store.setting(QLatin1String(kModelSyncSettingKey));
    if (!stored)
        return ModelSyncSettings();
    if (!stored->isObject())
        return Error::validation(QLatin1String(kModelSyncSettingKey), QStringLiteral("the stored model sync settings are not an object"));
    Result<ModelSyncSettings> parsed = ModelSyncSettings::fromJson(stored->toObject());
    if (!parsed.ok())
        return parsed.error().withContext(QStringLiteral("stored setting %1").arg(QLatin1String(kModelSyncSettingKey)));
    return parsed;
}

Status saveModelSyncSettings(StateStore &store, const ModelSyncSettings &settings)
{
    return store.setSetting(QLatin1String(kModelSyncSettingKey), settings.toJson());
}

SyncRejections SyncRejections::load(const StateStore &store)
{
    SyncRejections out;
    const std::optional<QJsonValue> stored = store.setting(QLatin1String(kModelSyncRejectionsKey));
    if (!stored)
        return out;
    if (!stored->isObject()) {
        qCWarning(lcSync) << "ignoring the stored rejections of model changes: not an object";
        return out;
    }
    const QJsonObject bySiteGroup = stored->toObject();
    for (auto sg = bySiteGroup.begin(); sg != bySiteGroup.end(); ++sg) {
        const QJsonObject models = sg.value().toObject();
        for (auto m = models.begin(); m != models.end(); ++m) {
            const QString change = m.value().toString();
            if (change == QLatin1String("add") || change == QLatin1String("remove"))
                out.m_bySiteGroup[sg.key()].insert(m.key(), change);
        }
    }
    return out;
}

Status SyncRejections::save(StateStore &store) const
{
    if (m_bySiteGroup.isEmpty())
        return store.removeSetting(QLatin1String(kModelSyncRejectionsKey));
    QJsonObject bySiteGroup;
    for (auto sg = m_bySiteGroup.cbegin(); sg != m_bySiteGroup.cend(); ++sg) {
        QJsonObject models;
        for (auto m = sg.value().cbegin(); m != sg.value().cend(); ++m)
            models.insert(m.key(), m.value());
        bySiteGroup.insert(sg.key(), models);
    }
    return store.setSetting(QLatin1String(kModelSyncRejectionsKey), bySiteGroup);
}

QHash<QString, QString> SyncRejections::forSiteGroup(const QString &siteGroup) const
{
    return m_bySiteGroup.value(siteGroup);
}

void SyncRejections::replace(const QString &siteGroup, const QHash<QString, QString> &models)
{
    if (models.isEmpty())
        m_bySiteGroup.remove(siteGroup);
    else
        m_bySiteGroup.insert(siteGroup, models);
}

void SyncRejections::add(const QString &siteGroup, const QString &model, const QString &change)
{
    m_bySiteGroup[siteGroup].insert(model, change);
}

QStringList loadUnreconciledModels(const StateStore &store)
{
    const std::optional<QJsonValue> stored = store.setting(QLatin1String(kModelSyncUnreconciledKey));
    QStringList out;
    if (stored && stored->isArray()) {
        for (const QJsonValue &v : stored->toArray()) {
            if (v.isString() && !v.toString().isEmpty())
                out.append(v.toString());
        }
    }
    return out;
}

Status saveUnreconciledModels(StateStore &store, const QStringList &models)
{
    if (models.isEmpty()) {
        if (!store.setting(QLatin1String(kModelSyncUnreconciledKey)))
            return {};
        return store.removeSetting(QLatin1String(kModelSyncUnreconciledKey));
    }
    return store.setSetting(QLatin1String(kModelSyncUnreconciledKey), QJsonArray::fromStringList(models));
}

std::optional<ModelSyncRunView> loadLastModelSyncRun(const StateStore &store)
{
    const std::optional<QJsonValue> stored = store.setting(QLatin1String(kModelSyncLastRunKey));
    if (!stored || !stored->isObject())
        return std::nullopt;
    return modelSyncRunFromJson(stored->toObject());
}

Status saveLastModelSyncRun(StateStore &store, const ModelSyncRunView &run)
{
    return store.setSetting(QLatin1String(kModelSyncLastRunKey), modelSyncRunJson(run));
}

} // namespace ul
