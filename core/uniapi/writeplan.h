#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ul::uniapi {

// Who owns a `providers` entry in api.yaml (uniapi-config.md §6.2).
enum class ProviderOwnership {
    Managed,      // gptload-* with notes: managed-by=uni-load
    Adopted,      // gptload-* written by the original uni-load (no notes, base_url on a known instance)
    HandWritten,  // any other gptload-* entry: never touched, its name is reserved
    Foreign,      // everything else: never touched
};
QString ownershipName(ProviderOwnership ownership);

// Why an alias was not written (§6.3).
enum class AliasSuppression {
    EqualsUpstream,          // alias == upstream name
    MagicSuffix,             // ends in -think, -search or -think-<N>
    SharedAlias,             // two different upstream models asked for the same alias
    EqualsManagedModel,      // alias == another managed model's upstream name
    EqualsHandWrittenModel,  // alias == a model name exposed by a hand-written provider
};
QString aliasSuppressionName(AliasSuppression reason);

struct ProviderConflict
{
    QString provider;
    QString reason;
    int line = 0;  // 1-based line of the entry that holds the name, 0 if none
};

struct SuppressedAlias
{
    QString provider;
    QString upstreamName;
    QString alias;
    AliasSuppression reason = AliasSuppression::EqualsUpstream;
};

// What a write would do. Safe to show and log: `diff` has every key masked.
struct WritePlan
{
    QString path;
    bool fileExists = false;
    bool createsFile = false;   // the file is missing and will be created (§6.7)
    bool changesFile = false;   // false: the new text equals the current text (no write, no backup)
    bool bootstraps = false;    // the §6.7 template (with a generated client key) is written
    QStringList added;
    QStringList changed;
    QStringList adopted;        // original-style entries that get our shape and marker
    QStringList removed;
    QStringList unchanged;
    QList<ProviderConflict> conflicts;
    QList<SuppressedAlias> suppressedAliases;
    int providersCount = 0;     // providers in the resulting file
    QString diff;               // unified diff current → new, secrets masked

    bool hasConflicts() const { return !conflicts.isEmpty(); }
    QJsonObject toJson() const;
};

} // namespace ul::uniapi
