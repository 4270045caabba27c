#include "core/sites/channelcompat.h"

namespace ul {

QString modelBaseName(const QString &model)
{
    return model.mid(model.lastIndexOf(QLatin1Char('/')) + 1);
}

bool channelTypeAcceptsModel(ChannelType type, const QString &model)
{
    switch (type) {
    case ChannelType::Anthropic:
        return modelBaseName(model).startsWith(QLatin1String("claude-"), Qt::CaseInsensitive);
    case ChannelType::Gemini:
        return modelBaseName(model).startsWith(QLatin1String("gemini-"), Qt::CaseInsensitive);
    case ChannelType::OpenAI:
    case ChannelType::OpenAIResponse:
        return true;
    }
    return false;
}

bool anyChannelTypeAcceptsModel(const QList<ChannelType> &types, const QString &model)
{
    for (const ChannelType type : types) {
        if (channelTypeAcceptsModel(type, model))
            return true;
    }
    return false;
}

QStringList modelsForChannelType(const QStringList &models, ChannelType type)
{
    QStringList accepted;
    for (const QString &model : models) {
        if (channelTypeAcceptsModel(type, model))
            accepted.append(model);
    }
    return accepted;
}

std::optional<ChannelType> nativeChannelType(const QString &model)
{
    if (channelTypeAcceptsModel(ChannelType::Anthropic, model))
        return ChannelType::Anthropic;
    if (channelTypeAcceptsModel(ChannelType::Gemini, model))
        return ChannelType::Gemini;
    return std::nullopt;
}

std::optional<ChannelType> aggregateChannelType(const QString &model, const QList<ChannelType> &candidateTypes)
{
    const auto serves = [&](ChannelType type) {
        return candidateTypes.contains(type) && channelTypeAcceptsModel(type, model);
    };
    if (serves(ChannelType::OpenAI))
        return ChannelType::OpenAI;
    const std::optional<ChannelType> native = nativeChannelType(model);
    if (native && serves(*native))
        return native;
    if (serves(ChannelType::OpenAIResponse))
        return ChannelType::OpenAIResponse;
    return std::nullopt;
}

} // namespace ul
