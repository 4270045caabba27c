#include "core/gptload/channelauth.h"

#include "core/gptload/httptypes.h"

namespace ul {

void setChannelAuthHeaders(HttpRequestSpec &spec, ChannelType type, const QByteArray &key)
{
    if (key.isEmpty())
        return;
    switch (type) {
    case ChannelType::OpenAI:
    case ChannelType::OpenAIResponse:
        spec.setHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key);
        break;
    case ChannelType::Anthropic:
        spec.setHeader(QByteArrayLiteral("x-api-key"), key);
        spec.setHeader(QByteArrayLiteral("anthropic-version"), QByteArrayLiteral("2023-06-01"));
        break;
    case ChannelType::Gemini:
        spec.setHeader(QByteArrayLiteral("x-goog-api-key"), key);
        break;
    }
}

} // namespace ul
