#pragma once

#include "core/common/result.h"
#include "core/common/filesnapshot.h"
#include "core/uniapi/managedprovider.h"
#include "core/uniapi/writeplan.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ul::uniapi {

// The `uniApi` part of /api/status (uni-load-behaviour.md §22.2). Read-only, no lock.
struct UniApiStatus
{
    bool exists = false;
    bool directoryExists = false;
    QString path;
    int providersCount = 0;
    QString error;  // empty when the file was read and understood, or is missing but can be created

    // {exists, path, providersCount} | {exists:false, path, directoryExists, providersCount:0} |
    // {exists, error}
    QJsonObject toJson() const;
};

// A missing api.yaml is no error: the first write creates it (and its directory). Only a file
// that cannot be created is one: a directory that is not writable, or a path through a file.
UniApiStatus describeConfig(const QString &path, const Result<FileSnapshot> &snapshot);

// A gptload-* entry currently in the file, for the UI preview. The key is never included.
struct ManagedEntryView
{
    QString name;
    ProviderOwnership ownership = ProviderOwnership::Managed;  // Managed, Adopted or HandWritten
    QString baseUrl;
    QString engine;
    QList<ManagedModel> models;  // upstream name with its alias (if any)
    int line = 0;                // 1-based line of the entry
    QJsonObject toJson() const;
};

// Every gptload-* entry of the file with its ownership (§6.2). A missing file gives an empty list.
Result<QList<ManagedEntryView>> listManagedEntries(const FileSnapshot &snapshot, const QStringList &knownInstanceUrls);

} // namespace ul::uniapi
