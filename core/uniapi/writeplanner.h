#pragma once

#include "core/common/result.h"
#include "core/common/filesnapshot.h"
#include "core/uniapi/managedprovider.h"
#include "core/uniapi/writeplan.h"

#include <QByteArray>
#include <QString>

namespace ul::uniapi {

struct PlannerOptions
{
    QString path;                   // for messages and the diff labels
    bool writeEngine = true;        // write `engine:` (uniapi-config.md §6.1)
    QStringList knownInstanceUrls;  // for adoption (§6.2)
};

// A plan plus the text that carries it out.
struct PlannedWrite
{
    WritePlan plan;
    QByteArray newBytes;         // the complete new file: contains keys, never log it
    QString generatedClientKey;  // set when the §6.7 template is written; shown to the user once
};

// Plans the managed entries of api.yaml as text edits (§6.4), then validates the result (§6.5).
// Pure: reads nothing from disk. Errors leave nothing to write: an unparseable file (with its
// line and column), an unsupported layout, a failed check, or a result without providers.
Result<PlannedWrite> planManagedWrite(const FileSnapshot &current, const QList<ManagedProvider> &desired,
                                      const PlannerOptions &options);

// Plans restoring a backup: the backup must pass the checks of §6.5 (1–6, managed entries
// recognised by their marker); the plan lists the providers that would appear, change or go.
Result<PlannedWrite> planRestore(const FileSnapshot &current, const QByteArray &backupBytes, const QString &path,
                                 const QString &backupName);

} // namespace ul::uniapi
