#pragma once

#include <QString>

namespace ul {

// Alias normalisation for uni-api model names (uni-load-behaviour.md §6.4).
//
// Steps 1–5 are the original's `normalizeModelName`: the part after the last '/'; lowercase;
// `openai-gpt-` → `gpt-`; strip the suffixes -latest, -preview, -alpha, -beta, -rc<digits>,
// -instruct (in that order, each once); replace date-like chunks (-YYYYMMDD, -YYYY-MM-DD,
// -YYMMDD, -NNNN, -NN-NN) with '-'; strip the suffixes again; collapse "--".
QString aliasBase(const QString &model);

// The original's alias (`normalizeForUniApi`): aliasBase() then safe(), which turns dots into
// dashes. Used to recognise aliases the original wrote (adoption, comparison).
QString originalUniApiAlias(const QString &model);

// Our alias: aliasBase() then every character outside [a-z0-9._-] → '-', collapse "--", trim
// '-' and '.' at both ends (dots are kept: `deepseek-ai/DeepSeek-V3.1` → `deepseek-v3.1`).
// Whether it is written at all is decided by resolveAliases() (aliasresolver.h).
QString uniApiAlias(const QString &model);

// uni-api gives `-think`, `-search` and `-think-<N>` endings a meaning (uniapi-config.md §2.3).
bool hasMagicAliasSuffix(const QString &alias);

} // namespace ul
