#pragma once

#include "core/common/channeltype.h"
#include "core/sites/filterrules.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

// The model gpt-load calls when it validates a key of a site group — a real, billable
// completion — and the model of a deep probe (uni-load-behaviour.md §8.5, §16.3).

enum class TestModelSource {
    Preferred,     // an enabled preferred test model (exact, then substring match)
    CheapKeyword,  // contains mini, flash, haiku, nano, core, lite, air or lightning; not high cost
    NotHighCost,   // the first candidate that matches no high-cost pattern
    AllHighCost,   // every candidate is high cost: the first one with a cheap keyword, else the shortest
    TypeDefault,   // the type has no candidate at all
};

struct TestModelChoice
{
    QString model;
    TestModelSource source = TestModelSource::TypeDefault;
    bool highCost = false;  // isCostlyTestModel(model): warn before validating with it
};

// The keywords of small, cheap models, in order.
QStringList cheapModelKeywords();

// gpt-4o-mini (openai, openai-response), claude-3-haiku-20240307, gemini-2.5-flash.
QString defaultTestModel(ChannelType type);

// The models of `models` a site group of `type` could use: anthropic claude-*, gemini gemini-*,
// openai every model that is neither (all models if there is no other).
QStringList testModelCandidates(const QStringList &models, ChannelType type);

// Our corrected selection, applied within the type's candidates for all three types:
// 1. the preferred list in order (exact, then substring, case-insensitive) — the operator's
//    explicit choice, taken even when a broad high-cost pattern such as `gpt-4` matches it;
// 2. the cheap keywords in order, skipping high-cost models;
// 3. the first candidate that matches no high-cost pattern;
// 4. all candidates are high cost: the first with a cheap keyword, else the shortest name
//    (the first of equal length).
// No candidate: defaultTestModel(type).
TestModelChoice selectTestModel(const QStringList &models, ChannelType type, const FilterRules &rules);

// Whether validating keys with `model` deserves a cost warning: it matches a high-cost pattern
// and is not on the enabled preferred test-model list (matched as selectTestModel() does). That
// list is the operator's statement of which models are cheap enough to test with, so
// `gpt-4o-mini` is not flagged although the broad `gpt-4` pattern matches it.
bool isCostlyTestModel(const QString &model, const FilterRules &rules);

// The model of a billable deep probe (`max_tokens: 1`): the cheapest candidate that matches no
// high-cost pattern — preferred list, then cheap keywords, then the first — among the type's
// candidates. nullopt when every candidate is high cost (no billable probe then).
std::optional<QString> deepProbeModel(const QStringList &models, ChannelType type, const FilterRules &rules);

} // namespace ul
