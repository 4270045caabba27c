#include "core/config/directories.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ul;

class TestDirectories : public QObject
{
    Q_OBJECT

private:
    static DirectoryInputs inputs(const QString &cwd)
    {
        DirectoryInputs in;
        in.workingDirectory = cwd;
        in.standardConfigLocation = QStringLiteral("/home/op/.config/uni-load");
        in.standardDataLocation = QStringLiteral("/home/op/.local/share/uni-load");
        return in;
    }

private slots:
    void standardLocationsWithoutMarkers()
    {
        const AppDirectories dirs = resolveDirectories(inputs(QStringLiteral("/work")), [](const QString &) { return false; });
        QCOMPARE(dirs.source, ConfigDirSource::StandardLocation);
        QVERIFY(!dirs.compatibilityMode);
        QCOMPARE(dirs.configDir, QStringLiteral("/home/op/.config/uni-load"));
        QCOMPARE(dirs.dataDir, QStringLiteral("/home/op/.local/share/uni-load"));
        QCOMPARE(dirs.logsDir(), QStringLiteral("/home/op/.local/share/uni-load/logs"));
        QCOMPARE(dirs.stateStorePath(), QStringLiteral("/home/op/.local/share/uni-load/uni-load.db"));
        QCOMPARE(dirs.apiTokenPath(), QStringLiteral("/home/op/.config/uni-load/api-token"));
    }

    void everyMarkerSelectsCompatibilityMode_data()
    {
        QTest::addColumn<QString>("marker");
        for (const QString &marker : compatibilityMarkerFiles())
            QTest::newRow(qPrintable(marker)) << marker;
    }
    void everyMarkerSelectsCompatibilityMode()
    {
        QFETCH(QString, marker);
        QCOMPARE(compatibilityMarkerFiles().size(), 5);
        const AppDirectories dirs = resolveDirectories(inputs(QStringLiteral("/deploy")), [&](const QString &path) {
            return path == QStringLiteral("/deploy/") + marker;
        });
        QCOMPARE(dirs.source, ConfigDirSource::WorkingDirectory);
        QVERIFY(dirs.compatibilityMode);
        QCOMPARE(dirs.compatibilityMarker, marker);
        QCOMPARE(dirs.configDir, QStringLiteral("/deploy"));
        QCOMPARE(dirs.dataDir, QStringLiteral("/deploy"));
    }

    void configDirOptionWins()
    {
        DirectoryInputs in = inputs(QStringLiteral("/deploy"));
        in.configDirOption = QStringLiteral("../etc/uni-load/");
        const AppDirectories dirs = resolveDirectories(in, [](const QString &) { return true; });  // markers ignored
        QCOMPARE(dirs.source, ConfigDirSource::CommandLine);
        QVERIFY(!dirs.compatibilityMode);
        QCOMPARE(dirs.configDir, QStringLiteral("/etc/uni-load"));
        QCOMPARE(dirs.dataDir, QStringLiteral("/etc/uni-load"));

        in.dataDirOption = QStringLiteral("/var/lib/uni-load");
        QCOMPARE(resolveDirectories(in).dataDir, QStringLiteral("/var/lib/uni-load"));
    }

    void realFilesInTemporaryDirectories()
    {
        QTemporaryDir cwd;
        QTemporaryDir standard;
        DirectoryInputs in;
        in.workingDirectory = cwd.path();
        in.standardConfigLocation = standard.filePath(QStringLiteral("config/uni-load"));
        in.standardDataLocation = standard.filePath(QStringLiteral("data/uni-load"));

        AppDirectories dirs = resolveDirectories(in);
        QCOMPARE(dirs.source, ConfigDirSource::StandardLocation);
        QVERIFY(ensureDirectories(dirs).ok());
        QVERIFY(QFileInfo(dirs.configDir).isDir());
        QVERIFY(QFileInfo(dirs.dataDir).isDir());

        // A directory named like a marker does not count; a file does.
        QVERIFY(QDir(cwd.path()).mkdir(QStringLiteral(".env")));
        QCOMPARE(resolveDirectories(in).source, ConfigDirSource::StandardLocation);
        // A dotenv file counts only when it sets a setting that is uni-load's alone: gpt-load's
        // own .env (PORT, AUTH_KEY, LOG_LEVEL) beside it does not make the directory ours.
        QVERIFY(test::writeFile(cwd.filePath(QStringLiteral(".env.local")), "PORT=3001\nAUTH_KEY=sk-admin\nLOG_LEVEL=info\n"));
        QCOMPARE(resolveDirectories(in).source, ConfigDirSource::StandardLocation);
        QVERIFY(!dotEnvSetsUniLoadSetting(cwd.filePath(QStringLiteral(".env.local"))));
        QVERIFY(test::writeFile(cwd.filePath(QStringLiteral(".env.local")), "PORT=3002\n# uni-load\nUNI_API_YAML_PATH=../uni-api/api.yaml\n"));
        QVERIFY(dotEnvSetsUniLoadSetting(cwd.filePath(QStringLiteral(".env.local"))));
        QCOMPARE(resolveDirectories(in).source, ConfigDirSource::WorkingDirectory);
        QVERIFY(QFile::remove(cwd.filePath(QStringLiteral(".env.local"))));
        QCOMPARE(resolveDirectories(in).source, ConfigDirSource::StandardLocation);
        QVERIFY(test::writeFile(cwd.filePath(QStringLiteral("gpt-load-instances.json")), "[]"));
        dirs = resolveDirectories(in);
        QCOMPARE(dirs.source, ConfigDirSource::WorkingDirectory);
        QCOMPARE(dirs.configDir, QDir::cleanPath(cwd.path()));
    }

    void creationFailureIsAClearError()
    {
        QTemporaryDir tmp;
        QVERIFY(test::writeFile(tmp.filePath(QStringLiteral("blocker")), "x"));
        AppDirectories dirs;
        dirs.configDir = tmp.filePath(QStringLiteral("blocker"));  // a file, not a directory
        dirs.dataDir = tmp.filePath(QStringLiteral("data"));
        Status s = ensureDirectories(dirs);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Io);
        QVERIFY(s.error().message.contains(QStringLiteral("config directory")));
        QVERIFY(s.error().message.contains(dirs.configDir));

        dirs.configDir = tmp.filePath(QStringLiteral("config"));
        dirs.dataDir = tmp.filePath(QStringLiteral("blocker/data"));  // below a file: cannot be created
        s = ensureDirectories(dirs);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("data directory")));

        dirs.dataDir.clear();
        QVERIFY(!ensureDirectories(dirs).ok());
    }
};

QTEST_GUILESS_MAIN(TestDirectories)
#include "tst_directories.moc"
