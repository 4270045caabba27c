#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ul {

// The engine writes its job titles, job steps, service results and journal operations in
// English (they also go to logs, the journal and the HTTP API). The console shows them in the
// interface language: a text that matches one of the engine's templates is translated with its
// arguments kept; anything else is shown as it is.
class EngineText final
{
    Q_DECLARE_TR_FUNCTIONS(ul::EngineText)

public:
    // A job title, job step or service result ("…; removed: a, b" parts are translated one by one).
    static QString translate(const QString &english);
    // A journal or plan detail: translate(), and JSON objects in it ({"blacklist":4,…}) shown
    // as "key: value" lists.
    static QString detail(const QString &english);
    // An engine event's message or a channel check's detail (core/i18n/eventtext.h); unknown
    // text unchanged.
    static QString event(const QString &english);
    // A journal or plan operation id: create-group, upload-keys, write-api-yaml, …
    static QString operation(const QString &op);
    // A job kind: process-site, reconcile, sync, channel-health, …
    static QString jobKind(const QString &kind);
    // A journal outcome: ok, failed, skipped, adopted, started, unchanged, queued, cancelled, unknown.
    static QString outcome(const QString &outcome);

    // Onboarding results: `data` is a process-site job's result `data` (ProcessSiteReport::toJson)
    // or a failed run's error details. Built from the fields and warning codes, never from the
    // engine's English sentences.
    // "Site x configured: 1 site group created or updated, 2 models." plus failed groups and an
    // api.yaml that was not updated.
    static QString onboardingSummary(const QJsonObject &data);
    // One warning ({code, args, text}); an unknown code shows its English text.
    static QString onboardingWarning(const QJsonObject &detail);
    // data.warningDetails translated; data.warnings through translate() when there are no details.
    static QStringList onboardingWarnings(const QJsonObject &data);
};

} // namespace ul
