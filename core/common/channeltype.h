#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ul {

// gpt-load channel types we manage. `openai-response` exists in gpt-load ≥ 1.4.4; sites are
// onboarded as openai, anthropic or gemini.
enum class ChannelType { OpenAI, Anthropic, Gemini, OpenAIResponse };

QString channelTypeName(ChannelType type);                 // "openai", "anthropic", …
std::optional<ChannelType> parseChannelType(const QString &name);  // case-insensitive, trimmed
QList<ChannelType> siteChannelTypes();                     // the three a site may use

// Path a model list is fetched from, relative to a normalized base URL.
QString modelListPath(ChannelType type);                   // "/v1/models" or "/v1beta/models"
// gpt-load's default validation endpoint for the type.
QString defaultValidationEndpoint(ChannelType type);
// Suffix uni-api needs after the proxy URL (uniapi-config.md §6.1).
QString uniApiBaseUrlSuffix(ChannelType type);
// uni-api `engine` value.
QString uniApiEngine(ChannelType type);

} // namespace ul
