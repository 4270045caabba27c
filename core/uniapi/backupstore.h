#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"

#include <QDateTime>
#include <QFileDevice>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ul::uniapi {

struct BackupInfo
{
    QString name;    // file name inside the backup folder
    QDateTime time;  // UTC, from the name
    qint64 size = 0;
    QJsonObject toJson() const;  // {name, time (ISO 8601), size}
};

// Backups of api.yaml (uniapi-config.md §6.9):
// `<dir of api.yaml>/backup/<basename>.backup.<ISO time with ':' and '.' replaced by '-'>`,
// e.g. api.yaml.backup.2026-08-20T10-15-30-123Z — the original uni-load's naming.
class BackupStore final
{
public:
    BackupStore(const QString &configPath, const Clock *clock);

    QString directory() const;
    bool isBackupName(const QString &name) const;  // matches the pattern (and so names no path)

    // Writes a new backup with the given bytes and permissions; returns its name.
    Result<QString> create(const QByteArray &bytes, QFileDevice::Permissions permissions) const;
    // Newest first.
    Result<QList<BackupInfo>> list() const;
    // Deletes all but the newest `keep` backups (at least one is kept); returns how many went.
    Result<int> prune(int keep) const;
    // The bytes of one backup; NotFound for an unknown or malformed name.
    Result<QByteArray> read(const QString &name) const;

private:
    QString m_basename;
    QString m_directory;
    const Clock *m_clock;
};

} // namespace ul::uniapi
