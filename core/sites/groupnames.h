#pragma once

#include "core/common/channeltype.h"

#include <QString>

#include <optional>

namespace ul {

// gpt-load group names (uni-load-behaviour.md §6.2). gpt-load ≥ 1.1 requires ^[a-z0-9_-]{1,100}$.
inline constexpr int kMaxGroupNameLength = 100;

// Whether gpt-load accepts `name` as a group name (`maxLength` 30 for servers older than 1.1).
bool isValidGroupName(const QString &name, int maxLength = kMaxGroupNameLength);

// safe(s): '/' → '-'; lowercase; every character outside [a-z0-9_-] (including '.') → '-';
// collapse repeated '-'; trim '-'; cut to 100 and trim a trailing '-'. Empty when `s` holds no
// usable character (such a model cannot get a group).
QString safeGroupName(const QString &text);

// L1 site group: `<siteName>-<channelType>` ("api-deepseek-com-openai").
QString siteGroupName(const QString &siteName, ChannelType type);
// L2 model-channel group: `safe(model)-via-safe(siteGroup)`, cut to 100 (trailing '-' trimmed).
QString modelChannelGroupName(const QString &model, const QString &siteGroupName);
// L3 model group: `safe(model)`.
QString modelGroupName(const QString &model);
// A model's further L3 group for another format (gpt-load groups proxy one format):
// `<modelGroupName>-<channelType>` ("claude-sonnet-4-anthropic"), the model part cut so the
// suffix always fits in 100 characters.
QString formatModelGroupName(const QString &modelGroupName, ChannelType type);

// Temporary discovery groups: `temp-test-<epoch ms>`; the original's cleaner also knew
// `debug-models-…`.
QString tempGroupName(qint64 epochMs);
bool isTempGroupName(const QString &name);          // temp-test-… or debug-models-…
bool isLegacyDebugGroupName(const QString &name);   // debug-models-…
// Creation time encoded in `temp-test-<ms>` (decimal, §18.2); nullopt when the suffix is not a
// plausible epoch-millisecond value (then the group's age is unknown).
std::optional<qint64> tempGroupTimestampMs(const QString &name);

// The original's legacy two-layer model group: safe("<model>-<type>"), `mdl-` prepended when
// shorter than 3 characters. Only recognised when adopting; never created.
QString legacyTwoLayerGroupName(const QString &model, ChannelType type);

// `<prefix>-<type>` names (L1 groups, legacy two-layer groups): the part before the channel-type
// suffix and the type. Used by adoption (§11.4) only — our store links names to sites.
struct TypeSuffixedName
{
    QString prefix;
    ChannelType type = ChannelType::OpenAI;
};
std::optional<TypeSuffixedName> splitTypeSuffixedName(const QString &groupName);

// The original's reading of an L2 name, `^(.+)-via-(.+)$` (greedy: splits at the last "-via-").
// Adoption only; a cut name may hold a truncated site group.
struct ModelChannelNameParts
{
    QString modelPart;
    QString siteGroupPart;
};
std::optional<ModelChannelNameParts> splitModelChannelGroupName(const QString &groupName);

} // namespace ul
