#include "core/uniapi/backupstore.h"

#include "core/common/savefile.h"
#include "core/uniapi/uniapilog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>

namespace ul::uniapi {

namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-ddTHH-mm-ss-zzz");

QRegularExpression backupPattern(const QString &basename)
{
    return QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(basename)
                              + QStringLiteral(R"(\.backup\.(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3})Z$)"));
}

QDateTime timeOfName(const QRegularExpressionMatch &match)
{
    QDateTime t = QDateTime::fromString(match.captured(1), kTimeFormat);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

Error notFound(const QString &name)
{
    Error e = Error::notFound(QStringLiteral("no api.yaml backup named \"%1\"").arg(name.left(200)));
    e.code = QStringLiteral("UNIAPI_BACKUP_NOT_FOUND");
    return e;
}

} // namespace

QJsonObject BackupInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("size"), size}};
}

BackupStore::BackupStore(const QString &configPath, const Clock *clock)
    : m_basename(QFileInfo(configPath).fileName())
    , m_directory(QFileInfo(configPath).absoluteDir().filePath(QStringLiteral("backup")))
    , m_clock(clock ? clock : Clock::system())
{
}

QString BackupStore::directory() const
{
    return m_directory;
}

bool BackupStore::isBackupName(const QString &name) const
{
    return backupPattern(m_basename).match(name).hasMatch();
}

Result<QString> BackupStore::create(const QByteArray &bytes, QFileDevice::Permissions permissions) const
{
    if (!QDir().mkpath(m_directory))
        return Error::io(QStringLiteral("cannot create the backup folder %1").arg(m_directory));

    // Two backups in the same millisecond get consecutive timestamps, never the same name.
    QDateTime time = m_clock->now().toUTC();
    QString name;
    for (int attempt = 0; attempt < 1000; ++attempt, time = time.addMSecs(1)) {
        name = m_basename + QStringLiteral(".backup.") + time.toString(kTimeFormat) + QLatin1Char('Z');
        if (!QFileInfo::exists(QDir(m_directory).filePath(name)))
            break;
    }
    const QString path = QDir(m_directory).filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(QStringLiteral("cannot write the backup %1: %2").arg(path, file.errorString()));
    // Flushed and synced before commit(), which would keep a short-written file (savefile.h).
    if (const QString reason = writeFullyAndSync(file, bytes); !reason.isEmpty()) {
        file.cancelWriting();
        return Error::io(QStringLiteral("cannot write the backup %1: %2").arg(path, reason));
    }
    if (!file.commit())
        return Error::io(QStringLiteral("cannot write the backup %1: %2").arg(path, file.errorString()));
    // The backup holds the same keys as api.yaml: give it the same permissions.
    if (permissions)
        QFile::setPermissions(path, permissions);
    return name;
}

Result<QList<BackupInfo>> BackupStore::list() const
{
    QList<BackupInfo> out;
    const QDir dir(m_directory);
    if (!dir.exists())
        return out;
    const QRegularExpression pattern = backupPattern(m_basename);
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : files) {
        const QRegularExpressionMatch match = pattern.match(info.fileName());
        if (!match.hasMatch())
            continue;
        out.append(BackupInfo{info.fileName(), timeOfName(match), info.size()});
    }
    // ISO timestamps in the names sort chronologically.
    std::sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) { return a.name > b.name; });
    return out;
}

Result<int> BackupStore::prune(int keep) const
{
    Result<QList<BackupInfo>> backups = list();
    if (backups.hasError())
        return backups.error();
    keep = std::max(keep, 1);
    int removed = 0;
    for (qsizetype i = keep; i < backups->size(); ++i) {
        const QString path = QDir(m_directory).filePath(backups->at(i).name);
        if (QFile::remove(path))
            ++removed;
        else
            qCWarning(lcUniApiWriter) << "could not delete old backup" << path;
    }
    return removed;
}

Result<QByteArray> BackupStore::read(const QString &name) const
{
    if (!isBackupName(name))
        return notFound(name);
    QFile file(QDir(m_directory).filePath(name));
    if (!file.exists())
        return notFound(name);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("cannot read the backup %1: %2").arg(name, file.errorString()));
    return file.readAll();
}

} // namespace ul::uniapi
