#pragma once

#include "core/common/channeltype.h"
#include "core/common/result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ul {

enum class SiteOperation {
    Create,  // onboard a site (or complete a site whose earlier run failed)
    Update,  // re-discover an existing site group, optionally add keys (`targetChannelName`)
};

// The most manual models one request may list (each makes an L2 and an L3 group).
inline constexpr int kMaxManualModels = 2000;

// A `POST /api/process-ai-site` request (uni-load-behaviour.md §9.4) after shape validation.
// Keys are secrets: summary() and every error name them by count or position only.
struct SiteRequest
{
    SiteOperation operation = SiteOperation::Create;
    QString baseUrl;                      // as typed; normalised by the job
    QStringList apiKeys;                  // split, trimmed, deduplicated (first kept)
    int duplicateKeys = 0;                // repeated keys dropped from the request
    QList<ChannelType> channelTypes;      // without duplicates; empty = default [openai]
    QMap<ChannelType, QString> customValidationEndpoints;  // trimmed, non-empty values only
    QStringList models;                   // manual models (trimmed, empty entries dropped)
    QString targetChannelName;            // update mode: the site group to update
    QString siteName;                     // optional requested name (used only to disambiguate)

    // Reads the original request shape. Unknown fields are ignored (front ends send extras).
    // Errors are validation errors naming the field: `baseUrl` (missing when creating),
    // `apiKeys` (not strings, bad characters, too many), `channelTypes` (not a list of
    // openai / anthropic / gemini), `customValidationEndpoints`, `models`, `operationType`,
    // `targetChannelName` (missing in update mode), `siteName`.
    static Result<SiteRequest> fromJson(const QJsonObject &json);

    QList<ChannelType> effectiveChannelTypes() const;  // channelTypes, or [openai]
    bool usesManualModels() const { return !models.isEmpty(); }
    // One log line: operation, URL, types, key count, model count. Never a key.
    QString summary() const;
};

} // namespace ul
