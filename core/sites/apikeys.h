#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

namespace ul {

// API keys typed or pasted by the operator (uni-load-behaviour.md §23.1). Keys are secrets:
// nothing here puts a key into a message — errors name keys by position only.

inline constexpr int kMaxApiKeys = 50000;
inline constexpr int kMaxApiKeyLength = 512;

struct ParsedApiKeys
{
    QStringList keys;    // in first-seen order
    int duplicates = 0;  // how many repeated keys were dropped

    int count() const { return int(keys.size()); }
};

// Splits on newlines, whitespace, commas and semicolons; trims; drops empty pieces and
// duplicates (exact, first kept).
ParsedApiKeys parseApiKeysText(const QString &text);
// The same over a list (the JSON `apiKeys` array), each entry split as above.
ParsedApiKeys parseApiKeyEntries(const QStringList &entries);

enum class ApiKeyRequirement {
    Required,  // a new site needs at least one key
    Optional,  // updating a site: new keys are optional
};

// Field `apiKeys`. Rejects an empty list when keys are required, more than 50 000 keys, a key
// longer than 512 characters, and keys with characters outside printable ASCII (invisible
// characters pasted from web pages break authentication silently).
Status validateApiKeys(const QStringList &keys, ApiKeyRequirement requirement);

} // namespace ul
