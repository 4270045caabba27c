#include "core/onboarding/filterrulesstore.h"

#include "core/store/statestore.h"

namespace ul {

namespace {

const QString kEffectiveField = QStringLiteral("effective");
const QString kEnvironmentField = QStringLiteral("environment");

} // namespace

QJsonObject FilterRulesView::toJson() const
{
    QJsonObject o = stored.toJson();
    o.insert(kEffectiveField, QJsonObject{{QStringLiteral("enableWhitelist"), effective.whitelistEnabled},
                                          {QStringLiteral("enableBlacklist"), effective.blacklistEnabled}});
    o.insert(kEnvironmentField, QJsonObject{{QStringLiteral("ENABLE_MODEL_WHITELIST"), environment.whitelist},
                                            {QStringLiteral("ENABLE_MODEL_BLACKLIST"), environment.blacklist}});
    return o;
}

FilterRulesStore::FilterRulesStore(StateStore &store, EnvironmentFilterSwitches environment)
    : m_store(store), m_environment(environment)
{
}

Result<FilterRules> FilterRulesStore::stored() const
{
    if (!m_store.isOpen())
        return StateStore::notOpenError();
    const std::optional<QJsonValue> value = m_store.setting(QLatin1String(kFilterRulesSettingKey));
    if (!value || value->isNull())
        return FilterRules::defaults();
    if (!value->isObject())
        return Error::internal(QStringLiteral("the stored filter rules are not a JSON object; save the rules again"));
    Result<FilterRules> rules = FilterRules::fromJson(value->toObject(), FilterRules::defaults());
    if (!rules.ok())
        return Error::internal(QStringLiteral("the stored filter rules are invalid (%1); save the rules again")
                                   .arg(rules.error().message));
    return rules;
}

Result<FilterRules> FilterRulesStore::effective() const
{
    Result<FilterRules> rules = stored();
    if (!rules.ok())
        return rules;
    FilterRules out = rules.value();
    out.whitelistEnabled = out.whitelistEnabled && m_environment.whitelist;
    out.blacklistEnabled = out.blacklistEnabled && m_environment.blacklist;
    return out;
}

Result<FilterRulesView> FilterRulesStore::view() const
{
    Result<FilterRules> rules = stored();
    if (!rules.ok())
        return rules.error();
    Result<FilterRules> applied = effective();
    if (!applied.ok())
        return applied.error();
    return FilterRulesView{rules.value(), applied.value(), m_environment};
}

Result<FilterRulesView> FilterRulesStore::save(const FilterRules &rules)
{
    if (Status valid = rules.validateForSave(); !valid.ok())
        return valid.error();
    if (Status s = m_store.setSetting(QLatin1String(kFilterRulesSettingKey), rules.toJson()); !s.ok())
        return s.error();
    return view();
}

Result<FilterRulesView> FilterRulesStore::update(const QJsonObject &patch)
{
    Result<FilterRules> current = stored();
    if (!current.ok())
        current = FilterRules::defaults();  // a broken stored value is replaced by a full save
    QJsonObject writable = patch;
    writable.remove(kEffectiveField);
    writable.remove(kEnvironmentField);
    Result<FilterRules> updated = FilterRules::fromJson(writable, current.value());
    if (!updated.ok())
        return updated.error();
    return save(updated.value());
}

} // namespace ul
