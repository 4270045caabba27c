#pragma once

#include "core/common/channeltype.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ul {

// Parsing a site's model-list answer (uni-load-behaviour.md §7.1). No filtering happens here.

enum class ModelListShape {
    Data,          // {data:[…]} (OpenAI, Anthropic): each item's id, else name (strings allowed)
    Models,        // {models:[…]} (Gemini): name, else id, else displayName
    BareArray,     // […]: strings, or objects with id, name or model
    Unrecognised,  // valid JSON of another shape: no models
};

struct ModelListPage
{
    ModelListShape shape = ModelListShape::Unrecognised;
    QStringList raw;     // ids as the site sent them, in order (duplicates, `models/` kept)
    QStringList models;  // trimmed, `models/` stripped for Gemini, deduplicated (exact, first kept), sorted
    QString nextCursor;  // Anthropic `last_id` when `has_more`; Gemini `nextPageToken`; empty on the last page

    // An empty raw list is a discovery failure for the caller, never "the site has no models".
    bool isEmpty() const { return raw.isEmpty(); }
    bool hasMore() const { return !nextCursor.isEmpty(); }
};

// Parses one page. First match wins: a `data` array, a `models` array, a bare array. A body
// that is not JSON is a Protocol error (MODEL_LIST_NOT_JSON); the message never quotes the body.
Result<ModelListPage> parseModelListPage(const QByteArray &body, ChannelType type);

// The ids of a page as stored: trimmed, empty ones dropped, `models/` stripped when
// `stripModelsPrefix`, deduplicated keeping the first, then sorted by UTF-16 code unit (the
// original's `Array.prototype.sort()`).
QStringList normalizeModelIds(const QStringList &raw, bool stripModelsPrefix);

// Several pages as one: raw lists concatenated, `models` normalised over all of them, cursor of
// the last page.
ModelListPage mergeModelListPages(const QList<ModelListPage> &pages);

} // namespace ul
