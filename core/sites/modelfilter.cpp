#include "core/sites/modelfilter.h"

#include "core/sites/channelcompat.h"
#include "core/sites/groupnames.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace ul {

namespace {

constexpr int kMaxModelIdLength = 200;

bool isTokenChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

QString channelTypesText(const QList<ChannelType> &types)
{
    QStringList names;
    for (const ChannelType type : types)
        names.append(channelTypeName(type));
    return names.join(QLatin1Char(','));
}

// The rules shared by discovered and manual models, after the whitelist and blacklist.
std::optional<DroppedModel> checkTypeAndName(const QString &model, const QList<ChannelType> &siteTypes)
{
    if (!anyChannelTypeAcceptsModel(siteTypes, model))
        return DroppedModel{model, DropReason::ChannelType, channelTypesText(siteTypes)};
    const Status valid = validateModelId(model);
    if (!valid.ok())
        return DroppedModel{model, DropReason::InvalidName, valid.error().message};
    return std::nullopt;
}

} // namespace

std::optional<QString> matchingWhitelistPrefix(const QString &model, const FilterRules &rules)
{
    const QString base = modelBaseName(model);
    for (const RuleEntry &entry : rules.whitelist) {
        if (!entry.enabled || entry.value.isEmpty())
            continue;
        if (model.startsWith(entry.value, Qt::CaseInsensitive) || base.startsWith(entry.value, Qt::CaseInsensitive))
            return entry.value;
    }
    return std::nullopt;
}

bool blacklistTermMatches(const QString &model, const QString &term)
{
    const QString name = model.toLower();
    const QString needle = term.toLower();
    if (needle.isEmpty())
        return false;
    // A term that starts with a separator carries its own boundary.
    const bool needsBoundary = isTokenChar(needle.at(0));
    for (qsizetype at = name.indexOf(needle); at >= 0; at = name.indexOf(needle, at + 1)) {
        if (!needsBoundary || at == 0 || !isTokenChar(name.at(at - 1)))
            return true;
    }
    return false;
}

std::optional<QString> matchingBlacklistTerm(const QString &model, const FilterRules &rules)
{
    for (const RuleEntry &entry : rules.blacklist) {
        if (entry.enabled && blacklistTermMatches(model, entry.value))
            return entry.value;
    }
    return std::nullopt;
}

std::optional<QString> matchingHighCostPattern(const QString &model, const FilterRules &rules)
{
    for (const RuleEntry &entry : rules.highCost) {
        if (entry.enabled && !entry.value.isEmpty() && model.contains(entry.value, Qt::CaseInsensitive))
            return entry.value;
    }
    return std::nullopt;
}

bool isHighCostModel(const QString &model, const FilterRules &rules)
{
    return matchingHighCostPattern(model, rules).has_value();
}

Status validateModelId(const QString &model)
{
    const auto invalid = [](const QString &message) {
        Error error = Error::validation(QStringLiteral("models"), message);
        error.code = QStringLiteral("INVALID_MODEL_NAME");
        return error;
    };
    if (model.trimmed().isEmpty())
        return invalid(QStringLiteral("model name is empty"));
    if (model != model.trimmed())
        return invalid(QStringLiteral("model name \"%1\" has leading or trailing spaces").arg(model.trimmed()));
    if (model.size() > kMaxModelIdLength)
        return invalid(QStringLiteral("model name is longer than %1 characters").arg(kMaxModelIdLength));
    for (const QChar c : model) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return invalid(QStringLiteral("model name contains a control character"));
    }
    // uni-api expands ${NAME} in every string of api.yaml and has no escape: a site could make
    // it publish an environment variable's value as a model name.
    if (model.contains(QLatin1String("${")))
        return invalid(QStringLiteral("model name \"%1\" contains \"${\", which uni-api would expand as an environment variable").arg(model));
    if (safeGroupName(model).isEmpty())
        return invalid(QStringLiteral("model name \"%1\" yields no valid gpt-load group name "
                                      "(it needs at least one letter or digit)").arg(model));
    return {};
}

QString dropReasonName(DropReason reason)
{
    switch (reason) {
    case DropReason::Blacklisted: return QStringLiteral("blacklist");
    case DropReason::NotWhitelisted: return QStringLiteral("whitelist");
    case DropReason::ChannelType: return QStringLiteral("channel-type");
    case DropReason::InvalidName: return QStringLiteral("invalid-name");
    }
    return QStringLiteral("unknown");
}

int FilterReport::droppedCount(DropReason reason) const
{
    return int(std::count_if(dropped.cbegin(), dropped.cend(), [reason](const DroppedModel &d) { return d.reason == reason; }));
}

QJsonObject FilterReport::toJson() const
{
    QJsonArray droppedJson;
    for (const DroppedModel &d : dropped) {
        droppedJson.append(QJsonObject{{QStringLiteral("model"), d.model},
                                       {QStringLiteral("rule"), dropReasonName(d.reason)},
                                       {QStringLiteral("entry"), d.entry}});
    }
    QJsonObject counts;
    for (const DropReason reason : {DropReason::Blacklisted, DropReason::NotWhitelisted, DropReason::ChannelType,
                                    DropReason::InvalidName})
        counts.insert(dropReasonName(reason), droppedCount(reason));
    return QJsonObject{{QStringLiteral("kept"), QJsonArray::fromStringList(kept)},
                       {QStringLiteral("dropped"), droppedJson},
                       {QStringLiteral("counts"), counts}};
}

FilterReport filterDiscoveredModels(const QStringList &models, const FilterRules &rules,
                                    const QList<ChannelType> &siteTypes)
{
    FilterReport report;
    for (const QString &model : models) {
        if (rules.blacklistEnabled) {
            if (const std::optional<QString> term = matchingBlacklistTerm(model, rules)) {
                report.dropped.append({model, DropReason::Blacklisted, *term});
                continue;
            }
        }
        if (rules.whitelistEnabled && !matchingWhitelistPrefix(model, rules)) {
            report.dropped.append({model, DropReason::NotWhitelisted, QString()});
            continue;
        }
        if (const std::optional<DroppedModel> dropped = checkTypeAndName(model, siteTypes)) {
            report.dropped.append(*dropped);
            continue;
        }
        report.kept.append(model);
    }
    return report;
}

FilterReport filterManualModels(const QStringList &models, const QList<ChannelType> &siteTypes)
{
    FilterReport report;
    QSet<QString> seen;
    for (const QString &line : models) {
        const QString model = line.trimmed();
        if (model.isEmpty() || seen.contains(model))
            continue;
        seen.insert(model);
        if (const std::optional<DroppedModel> dropped = checkTypeAndName(model, siteTypes)) {
            report.dropped.append(*dropped);
            continue;
        }
        report.kept.append(model);
    }
    return report;
}

} // namespace ul
