#pragma once

#include "core/common/result.h"
#include "core/engine/job.h"
#include "core/services/channeloptionstypes.h"

#include <QFuture>
#include <QString>

namespace ul {

class EngineCore;
struct FilterRules;
struct SiteGroupRecord;

// The site group named `channel` for an operator action: NotFound for an unknown one, 409
// CHANNEL_BEING_REMOVED while its deletion is unfinished, the store's error when it cannot be read.
Result<SiteGroupRecord> findChannel(EngineCore &core, const QString &channel);
// The effective filter rules, the defaults when the stored ones cannot be read.
FilterRules rulesOf(EngineCore &core);

// Per-channel operator options (uni-load-behaviour.md §8.5, §16.3): deep probe on or off and the
// test-model override. Engine thread.

// Deep probe of the site a channel (site group) belongs to — or of the site named `name` itself.
// NotFound when `name` is neither.
Result<DeepProbeChange> setDeepProbeFor(EngineCore &core, const QString &name, bool enabled);

// The models a channel can validate its keys with, and what it uses now. NotFound for an unknown channel.
Result<TestModelOptions> testModelOptionsOf(EngineCore &core, const QString &channel);

// Stores the operator's test model of a channel ("" = automatic selection, §8.5) and sends the
// effective one to gpt-load as the L1 group's test_model (PUT, partial update). Validation when
// the channel does not serve `model`; Unavailable when its instance is unreachable. Nothing is
// stored unless gpt-load took it. Runs inside a job (`context` journals it).
QFuture<Result<TestModelChange>> applyTestModel(EngineCore &core, const QString &channel, const QString &model,
                                                const JobContextPtr &context);

} // namespace ul
