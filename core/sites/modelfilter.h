#pragma once

#include "core/common/channeltype.h"
#include "core/common/result.h"
#include "core/sites/filterrules.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

// Applying FilterRules to model lists (uni-load-behaviour.md §8). Parsing and filtering are
// separate: discovery stores the raw list, this produces the filtered list and says, for every
// dropped model, which rule dropped it.

// Whitelist (§8.1): the enabled prefix that the full name, or the part after the last '/',
// starts with (case-insensitive); nullopt when none does.
std::optional<QString> matchingWhitelistPrefix(const QString &model, const FilterRules &rules);

// Blacklist (§8.2, our rule): `term` matches when the lowercased name contains it starting at a
// token boundary (the start, or after a character outside [a-z0-9]). For a plain term this is
// "a token starts with the term" (`test` drops `gpt-4o-test`, not `chatgpt-4o-latest`); a term
// with separators (`gpt-3.5`, `dall-e`) matches where a token starts with its first part.
bool blacklistTermMatches(const QString &model, const QString &term);
std::optional<QString> matchingBlacklistTerm(const QString &model, const FilterRules &rules);

// High cost (§8.3): the first enabled pattern contained in the name (case-insensitive).
std::optional<QString> matchingHighCostPattern(const QString &model, const FilterRules &rules);
bool isHighCostModel(const QString &model, const FilterRules &rules);

// gpt-load's constraints on a model we create groups for: non-empty, no surrounding spaces, no
// control characters, at most 200 characters, and safe(model) non-empty. Field `models`.
Status validateModelId(const QString &model);

enum class DropReason {
    Blacklisted,     // entry = the blacklist term
    NotWhitelisted,  // entry empty
    ChannelType,     // entry = the site's channel types, comma-separated
    InvalidName,     // entry = why
};
QString dropReasonName(DropReason reason);  // "blacklist", "whitelist", "channel-type", "invalid-name"

struct DroppedModel
{
    QString model;
    DropReason reason = DropReason::NotWhitelisted;
    QString entry;

    bool operator==(const DroppedModel &) const = default;
};

struct FilterReport
{
    QStringList kept;             // input order
    QList<DroppedModel> dropped;  // input order

    int droppedCount(DropReason reason) const;
    // {"kept":[…], "dropped":[{"model","rule","entry"}], "counts":{"blacklist":n, …}} — counts
    // is what a 422 "no models left" carries in `details`.
    QJsonObject toJson() const;
};

// Discovered models: blacklist (when enabled), whitelist (when enabled), compatibility with at
// least one of `siteTypes`, then the name constraints. The first failing rule is reported.
FilterReport filterDiscoveredModels(const QStringList &models, const FilterRules &rules,
                                    const QList<ChannelType> &siteTypes);

// Manual models (§8.7): trimmed, empty lines ignored, duplicates dropped (first kept); only
// the compatibility check and the name constraints apply.
FilterReport filterManualModels(const QStringList &models, const QList<ChannelType> &siteTypes);

} // namespace ul
