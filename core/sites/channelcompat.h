#pragma once

#include "core/common/channeltype.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

// Which channel types can serve which models (uni-load-behaviour.md §8.6, §9.2, §11.3).
// Checks run on the part after the last '/' (so `models/gemini-…` counts as Gemini) and
// ignore case.

// The part of a model id after its last '/' (`deepseek-ai/DeepSeek-V3` → `DeepSeek-V3`).
QString modelBaseName(const QString &model);

// openai (and openai-response) accept every model, anthropic only claude-*, gemini only gemini-*.
bool channelTypeAcceptsModel(ChannelType type, const QString &model);
bool anyChannelTypeAcceptsModel(const QList<ChannelType> &types, const QString &model);

// The models a site group of `type` stores (openai: all; anthropic: claude-*; gemini: gemini-*),
// in the given order.
QStringList modelsForChannelType(const QStringList &models, ChannelType type);

// anthropic for claude-*, gemini for gemini-*, otherwise nullopt.
std::optional<ChannelType> nativeChannelType(const QString &model);

// The L3 channel type T(M) (§11.3 step 2) from the types of the site groups that serve M:
// openai if any of those that accept M is openai, otherwise M's native type when a site group of
// that type serves it, otherwise openai-response when one serves it. nullopt when none accepts M.
// The L3's members are the candidates of exactly this type.
std::optional<ChannelType> aggregateChannelType(const QString &model, const QList<ChannelType> &candidateTypes);

} // namespace ul
