#pragma once

#include "core/common/result.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ul {

// One entry of a rule list. Disabled entries are kept (known but off), so the UI can offer them.
struct RuleEntry
{
    QString value;
    bool enabled = true;

    bool operator==(const RuleEntry &) const = default;
};
using RuleList = QList<RuleEntry>;

QStringList enabledValues(const RuleList &list);

inline constexpr int kMaxRuleEntryLength = 200;
inline constexpr int kMaxRuleEntries = 1000;  // per list

// The editable model filter settings (uni-load-behaviour.md §8). All comparisons are
// case-insensitive; the matching itself is in modelfilter.h and testmodel.h.
struct FilterRules
{
    RuleList whitelist;            // prefixes (§8.1)
    RuleList blacklist;            // terms (§8.2)
    RuleList highCost;             // substrings (§8.3)
    RuleList preferredTestModels;  // in order of preference (§8.4)
    bool whitelistEnabled = true;  // ENABLE_MODEL_WHITELIST
    bool blacklistEnabled = true;  // ENABLE_MODEL_BLACKLIST

    // The union of the original's code lists and its deployment guide: whitelist adds
    // `doubao-1-6-` and carries `qwen-`, `llama-`, `mixtral-` disabled; blacklist adds
    // `gpt-3.5`, `audio`, `dall-e`, `sora`; high cost adds `o3-`, `o4-`.
    static FilterRules defaults();

    // JSON for persistence and `/api/rules`:
    //   {"whitelist":[{"value":"gpt-","enabled":true},…], "blacklist":[…], "highCost":[…],
    //    "preferredTestModels":[…], "enableWhitelist":true, "enableBlacklist":true}
    QJsonObject toJson() const;
    // Reads that shape; a list entry may also be a plain string (an enabled entry). Keys that are
    // absent keep their value from `base` (so a partial object updates only what it names);
    // unknown keys and wrong types are validation errors naming the field. Values are trimmed.
    // The result is validate()d.
    static Result<FilterRules> fromJson(const QJsonObject &json, const FilterRules &base = defaults());

    // Each entry non-empty, at most 200 characters, no control characters; at most 1000 entries
    // per list; no duplicates within a list (case-insensitive). The error's field names the list.
    Status validate() const;
    // validate(), and what a save must not store: the whitelist stage on with no enabled entry
    // (every model would be dropped; turn the stage off to keep every model). Rules stored before
    // this check still load: only saving is refused.
    Status validateForSave() const;

    bool operator==(const FilterRules &) const = default;
};

} // namespace ul

Q_DECLARE_METATYPE(ul::FilterRules)
