#pragma once

#include "core/common/result.h"
#include "core/layers/plan.h"
#include "core/layers/plannerinput.h"
#include "core/uniapi/managedprovider.h"
#include "core/uniapi/uniapiwriter.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ul {

struct ExecutionReport;

// What the api.yaml step of a run did (uniapi-config.md §6).
struct PublishOutcome
{
    bool configured = false;   // a writer (api.yaml path) is set
    bool attempted = false;
    bool written = false;      // false also when nothing changed (no write, no backup)
    QString backupName;
    uniapi::WritePlan plan;
    std::optional<Error> error;  // e.g. an unparseable file: nothing was written
    QString generatedClientKey;  // set once when the file was created; never in toJson() or logs

    bool ok() const { return !error.has_value(); }
    // {configured, written, backup, added, changed, adopted, removed, conflicts, suppressedAliases,
    //  error, errorCode, errorDetails}
    QJsonObject toJson() const;
};

// The managed providers api.yaml should hold after a run: one per L3 that exists afterwards,
// named gptload-<L3>, at the uni-api-facing base URL of the L3's instance, with the gateway key
// and the model with its alias (core/sites alias rule; the writer applies the collision rules).
// With `report` null every operation is assumed to succeed (dry run).
QList<uniapi::ManagedProvider> providersAfterRun(const Plan &plan, const ExecutionReport *report,
                                                 const QList<PlanInstance> &instances, const QString &gatewayKey);

// Instance URLs (management and uni-api-facing) whose original-style entries are adopted.
QStringList knownInstanceUrls(const QList<PlanInstance> &instances);

// Writes the providers through the writer (which skips identical text, so an unchanged set
// neither writes nor backs up). A null writer gives configured = false.
PublishOutcome publishProviders(uniapi::UniApiWriter *writer, const QList<uniapi::ManagedProvider> &providers,
                                const QStringList &knownUrls);

// What publishProviders() would change now (the writer's plan with its redacted diff); writes
// nothing. uniapi::noPathError() for a null writer or one without a path.
Result<uniapi::WritePlan> previewProviders(const uniapi::UniApiWriter *writer, const QList<uniapi::ManagedProvider> &providers,
                                           const QStringList &knownUrls);

// The gptload-* entries of api.yaml as the planner compares them; nullopt (with `error` set)
// when the file cannot be read or parsed.
std::optional<QList<CurrentProvider>> readCurrentProviders(const uniapi::UniApiWriter *writer, const QStringList &knownUrls,
                                                          QString *error);

} // namespace ul
