#pragma once

#include "core/common/error.h"
#include "core/onboarding/onboardingwarning.h"

#include <QJsonObject>
#include <QString>

namespace ul {

// Chinese texts of the API's error messages (uni-load-behaviour.md §22.3: `message` and `error`
// follow Accept-Language; the `code` stays untranslated). Engine errors are English; the common
// patterns (a field that is required, of the wrong type, one of two values, an unknown resource)
// are translated whole, anything else gets a translated lead before the English detail:
// "参数无效：<english>".
namespace ApiMessages {

// The Chinese text of `error`'s message.
QString chinese(const Error &error);

// The Chinese text of an English validation message for `field` (the patterns above), or an
// empty string when no pattern matches.
QString chinesePattern(const QString &message);

// The Chinese text of an onboarding warning, from its code and arguments; an unknown code gives
// the English text.
QString chineseWarning(const OnboardingWarning &warning);

// A process-ai-site result ({success, message, data}, ProcessSiteReport::toJson — the synchronous
// answer and a finished job's `result`) with `message` and `warnings` in Chinese. Built from
// data's fields (siteName, operationType, groupsCreated, modelsCount, siteGroups[].error,
// reconcile.uniApi.error, warningDetails), not from the English text.
QJsonObject chineseProcessSiteResult(QJsonObject result);

// `holder` (a result's data, or a failed onboarding's error details) with `warnings` rebuilt in
// Chinese from its `warningDetails`, and the failed `step` in Chinese; unchanged without them.
QJsonObject withChineseWarnings(QJsonObject holder);

// The Chinese text of a job title or step, or a plan or journal detail (core/i18n/enginetemplates.h;
// parts joined by "; " one by one); unknown text unchanged.
QString chineseEngineText(const QString &english);

// A plan's JSON (Plan::toJson: operations' details, skipped items' reasons, warnings) or an
// adoption preview's (AdoptionPreview::toJson: ignored groups' reasons) in Chinese.
QJsonObject withChinesePlanTexts(QJsonObject plan);

// A job's JSON (SnapshotJson::job) with its title, progress step and error in Chinese.
QJsonObject withChineseJobTexts(QJsonObject job);

// The Chinese text of an engine event's message or a channel check's detail
// (core/i18n/eventtext.h); unknown text unchanged.
QString chineseEvent(const QString &english);

// The console's Chinese translation of `source` in the catalogue context `context` (e.g. the
// settings' descriptions, "ul::Settings"); `source` itself when there is none.
QString chineseCatalogText(const char *context, const QString &source);

} // namespace ApiMessages
} // namespace ul
