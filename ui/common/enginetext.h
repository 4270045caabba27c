#pragma once

#include <QCoreApplication>
#include <QString>

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
    // A journal or plan operation id: create-group, upload-keys, write-api-yaml, …
    static QString operation(const QString &op);
    // A job kind: process-site, reconcile, sync, channel-health, …
    static QString jobKind(const QString &kind);
    // A journal outcome: ok, failed, skipped, adopted, started, unchanged, queued, cancelled, unknown.
    static QString outcome(const QString &outcome);
};

} // namespace ul
