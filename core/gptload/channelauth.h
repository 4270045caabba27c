#pragma once

#include "core/common/channeltype.h"

#include <QByteArray>

namespace ul {

struct HttpRequestSpec;

// Sets the authentication headers an API of this format expects (Bearer, x-api-key with
// anthropic-version, x-goog-api-key). gpt-load's proxy accepts the same forms, so this serves
// direct site calls and calls through a group alike. Gemini gets the header form rather than
// `?key=` so the key never lands in a URL, a log line or a proxy's access log. An empty key
// sets nothing.
void setChannelAuthHeaders(HttpRequestSpec &spec, ChannelType type, const QByteArray &key);

} // namespace ul
