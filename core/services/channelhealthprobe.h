#pragma once

#include "core/common/channeltype.h"
#include "core/common/instanceconfig.h"
#include "core/gptload/httptypes.h"
#include "core/services/channelhealthverdict.h"

#include <QFuture>
#include <QString>

namespace ul {

class GptLoadClient;
class HttpClient;

// Probes of a site group through its own L1 group in gpt-load, with the hop key
// (uni-load-behaviour.md §16.3 step 4, §16.4): they check that the instance reaches the site
// with a working pool key.

// The free probe: GET /proxy/<L1><model-list path> (the format's first page). Costs no tokens.
QFuture<Result<FigureVerdict>> freeModelListProbe(GptLoadClient *client, const QString &siteGroup, ChannelType type,
                                                  const QString &hopKey);

// The request of a billable probe: a completion of `model` with an output cap of one token
// (`max_tokens: 1`; Gemini `maxOutputTokens: 1`; the Responses API's minimum of 16 for
// openai-response groups), sent to <instance>/proxy/<L1>/… with the hop key in the channel's
// auth style. Never retried (a POST): one probe costs one completion at most.
HttpRequestSpec completionProbeRequest(const InstanceConfig &instance, const QString &siteGroup, ChannelType type,
                                       const QString &model, const QString &hopKey, int timeoutMs);

// Sends it and judges the answer (judgeCompletionProbe).
QFuture<Result<FigureVerdict>> completionProbe(HttpClient *http, const InstanceConfig &instance, const QString &siteGroup,
                                               ChannelType type, const QString &model, const QString &hopKey, int timeoutMs);

} // namespace ul
