#pragma once

#include "core/onboarding/onboardingservices.h"
#include "core/sites/filterrules.h"

#include <QFuture>
#include <QJsonObject>

namespace ul {

// `POST /api/probe-api` (uni-load-behaviour.md §7.5): is there an OpenAI-compatible model list?
struct ProbeRequest
{
    QString baseUrl;
    QString apiKey;  // optional

    // 400 naming `baseUrl` (required, a string) or `apiKey` (a string).
    static Result<ProbeRequest> fromJson(const QJsonObject &json);
};

// Tries GET <base>/v1/models, then <base>/models (normalized base; Bearer key when given; 10 s
// per attempt). The first list that keeps at least one model after the filter rules wins;
// otherwise an Upstream error (502) "unable to detect a valid model API endpoint" whose details
// list each attempt.
QFuture<Result<ProbeReport>> probeSite(const OnboardingServices &services, const ProbeRequest &request,
                                       const FilterRules &rules);

} // namespace ul
