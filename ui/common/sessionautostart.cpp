#include "ui/common/sessionautostart.h"

#include "core/common/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace ul {

bool SessionAutostart::isSupported()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD) || defined(Q_OS_OPENBSD) || defined(Q_OS_NETBSD)
    return true;
#else
    return false;
#endif
}

QString SessionAutostart::entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart/uni-load.desktop");
}

bool SessionAutostart::isEnabled()
{
    return isSupported() && QFileInfo::exists(entryPath());
}

namespace {

// Exec quoting (Desktop Entry spec): an argument with spaces or quotes goes in double quotes
// with '"', '`', '$' and '\' escaped.
QString execQuoted(QString argument)
{
    if (argument.contains(QRegularExpression(QStringLiteral("[\\s\"'`$\\\\]")))) {
        argument.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        for (const char c : {'"', '`', '$'})
            argument.replace(QLatin1Char(c), QStringLiteral("\\") + QLatin1Char(c));
        argument = QLatin1Char('"') + argument + QLatin1Char('"');
    }
    return argument;
}

} // namespace

QStringList SessionAutostart::directoryArguments(const QString &configDir, const QString &dataDir)
{
    QStringList out;
    const auto differs = [](const QString &dir, QStandardPaths::StandardLocation standard) {
        return !dir.isEmpty() && QDir::cleanPath(dir) != QDir::cleanPath(QStandardPaths::writableLocation(standard));
    };
    if (differs(configDir, QStandardPaths::AppConfigLocation))
        out << QStringLiteral("--config-dir") << QDir::cleanPath(configDir);
    if (differs(dataDir, QStandardPaths::AppDataLocation))
        out << QStringLiteral("--data-dir") << QDir::cleanPath(dataDir);
    return out;
}

QByteArray SessionAutostart::entryText(const QString &executable, const QStringList &arguments)
{
    QString exec = execQuoted(executable) + QStringLiteral(" --minimized");
    for (const QString &argument : arguments)
        exec += QLatin1Char(' ') + execQuoted(argument);
    return QStringLiteral("[Desktop Entry]\n"
                          "# Written by uni-load (Settings → start with the desktop session); delete it to stop.\n"
                          "Type=Application\n"
                          "Name=uni-load tray monitor\n"
                          "Name[zh_CN]=uni-load 托盘监视器\n"
                          "Comment=Watch gpt-load channel health from the system tray\n"
                          "Comment[zh_CN]=在系统托盘中监视 gpt-load 渠道健康状况\n"
                          "Exec=%1\n"
                          "Icon=uni-load\n"
                          "Terminal=false\n"
                          "NoDisplay=true\n"
                          "X-GNOME-Autostart-Delay=5\n"
                          "X-GNOME-Autostart-enabled=true\n"
                          "X-KDE-autostart-after=panel\n")
        .arg(exec)
        .toUtf8();
}

Status SessionAutostart::setEnabled(bool enabled, const QStringList &arguments)
{
    if (!isSupported())
        return Error::make(ErrorKind::Unprocessable, QStringLiteral("this desktop has no session autostart entries"));
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Error::io(QStringLiteral("cannot remove %1").arg(path));
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::io(QStringLiteral("cannot create the directory of %1").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (const QString failed = writeFullyAndSync(file, entryText(QCoreApplication::applicationFilePath(), arguments)); !failed.isEmpty()) {
        file.cancelWriting();
        return Error::io(QStringLiteral("cannot write %1: %2").arg(path, failed));
    }
    if (!file.commit())
        return Error::io(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace ul
