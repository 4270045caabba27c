#include "core/common/channeltype.h"

namespace ul {

QString channelTypeName(ChannelType type)
{
    switch (type) {
    case ChannelType::OpenAI: return QStringLiteral("openai");
    case ChannelType::Anthropic: return QStringLiteral("anthropic");
    case ChannelType::Gemini: return QStringLiteral("gemini");
    case ChannelType::OpenAIResponse: return QStringLiteral("openai-response");
    }
    return QStringLiteral("openai");
}

std::optional<ChannelType> parseChannelType(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("openai"))
        return ChannelType::OpenAI;
    if (n == QLatin1String("anthropic"))
        return ChannelType::Anthropic;
    if (n == QLatin1String("gemini"))
        return ChannelType::Gemini;
    if (n == QLatin1String("openai-response"))
        return ChannelType::OpenAIResponse;
    return std::nullopt;
}

QList<ChannelType> siteChannelTypes()
{
    return {ChannelType::OpenAI, ChannelType::Anthropic, ChannelType::Gemini};
}

QString modelListPath(ChannelType type)
{
    return type == ChannelType::Gemini ? QStringLiteral("/v1beta/models") : QStringLiteral("/v1/models");
}

QString defaultValidationEndpoint(ChannelType type)
{
    switch (type) {
    case ChannelType::OpenAI: return QStringLiteral("/v1/chat/completions");
    case ChannelType::Anthropic: return QStringLiteral("/v1/messages");
    case ChannelType::Gemini: return QStringLiteral("/v1beta/models");
    case ChannelType::OpenAIResponse: return QStringLiteral("/v1/responses");
    }
    return {};
}

QString uniApiBaseUrlSuffix(ChannelType type)
{
    switch (type) {
    case ChannelType::Anthropic: return QStringLiteral("/v1/messages");
    case ChannelType::Gemini: return QStringLiteral("/v1beta");
    case ChannelType::OpenAIResponse: return QStringLiteral("/v1/responses");
    case ChannelType::OpenAI: break;
    }
    return QStringLiteral("/v1/chat/completions");
}

QString uniApiEngine(ChannelType type)
{
    switch (type) {
    case ChannelType::Anthropic: return QStringLiteral("claude");
    case ChannelType::Gemini: return QStringLiteral("gemini");
    case ChannelType::OpenAI:
    case ChannelType::OpenAIResponse: break;
    }
    return QStringLiteral("gpt");
}

} // namespace ul
