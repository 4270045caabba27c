#pragma once

#include "core/common/channeltype.h"
#include "core/onboarding/onboardingservices.h"
#include "core/sites/filterrules.h"

#include <QFuture>
#include <QJsonObject>

#include <optional>

namespace ul {

// `POST /api/probe-api` (uni-load-behaviour.md §7.5): is there an OpenAI-compatible model list?
struct ProbeRequest
{
    QString baseUrl;
    QString apiKey;  // optional
    // Optional `channelType` (ours): probe the way that format lists its models (Anthropic's
    // x-api-key, Gemini's ?key=) instead of the original's OpenAI-style guesses.
    std::optional<ChannelType> channelType;

    // 400 naming `baseUrl` (required, a string), `apiKey` (a string) or `channelType` (one of
    // openai, anthropic, gemini).
    static Result<ProbeRequest> fromJson(const QJsonObject &json);
};

// Tries GET <base>/v1/models, then <base>/models (normalized base; Bearer key when given; 10 s
// per attempt); with a channelType other than openai, that format's own model list instead. The first list that keeps at least one model after the filter rules wins;
// otherwise an Upstream error (502) "unable to detect a valid model API endpoint" whose details
// list each attempt.
QFuture<Result<ProbeReport>> probeSite(const OnboardingServices &services, const ProbeRequest &request,
                                       const FilterRules &rules);

} // namespace ul
