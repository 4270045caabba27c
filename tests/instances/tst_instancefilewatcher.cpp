// The instance file edited outside uni-load: the watcher's own behaviour (one report per save,
// files replaced by a rename, a file created where none was), and the engine acting on it
// (instances replaced; a file that does not load keeps the instances loaded before).
#include "core/engine/engine.h"
#include "core/instances/instancefilewatcher.h"
#include "core/sim/simcluster.h"
#include "tests/support/testengine.h"
#include "tests/support/testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ul;
using namespace std::chrono_literals;

namespace {

bool writeInPlace(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// As editors and configuration tools save: a new file renamed over the old one.
bool writeByRename(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

QList<EngineEvent> eventsOf(Engine &engine, const QString &kind)
{
    const std::optional<Result<QList<EngineEvent>>> all = test::await(engine.events(0), 10000);
    QList<EngineEvent> out;
    if (!all || !all->ok())
        return out;
    for (const EngineEvent &e : all->value())
        if (e.kind == kind)
            out.append(e);
    return out;
}

QStringList instanceIds(const EngineSnapshot &s)
{
    QStringList ids;
    for (const InstanceView &i : s.instances)
        ids << i.id;
    return ids;
}

} // namespace

class TestInstanceFileWatcher : public QObject
{
    Q_OBJECT

private slots:
    void severalWritesMakeOneReport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gptload-instances.json"));
        QVERIFY(writeInPlace(path, "[]"));
        InstanceFileWatcher watcher(path, 200ms);
        QVERIFY(watcher.start());
        QSignalSpy changed(&watcher, &InstanceFileWatcher::changed);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(writeInPlace(path, QByteArray("[ ]") + QByteArray(i, ' ')));
            QTest::qWait(20);
        }
        QVERIFY(changed.wait(3000));
        QTest::qWait(400);
        QCOMPARE(changed.count(), 1);
    }

    void replacedAndCreatedFilesAreSeen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gptload-instances.json"));
        InstanceFileWatcher watcher(path, 100ms);
        QVERIFY(watcher.start());  // no file yet: the directory is watched
        QSignalSpy changed(&watcher, &InstanceFileWatcher::changed);
        QVERIFY(writeByRename(path, "[]"));
        QVERIFY(changed.wait(3000));
        // The first file was replaced by a rename; writes in place to the new one still count.
        QVERIFY(writeByRename(path, "[ ]"));
        QVERIFY(changed.wait(3000));
        QVERIFY(writeInPlace(path, "[  ]"));
        QVERIFY(changed.wait(3000));
        QVERIFY(QFile::remove(path));
        QVERIFY(changed.wait(3000));
    }

    void aMissingDirectoryCannotBeWatched()
    {
        QTemporaryDir dir;
        InstanceFileWatcher watcher(dir.filePath(QStringLiteral("no/such/dir/gptload-instances.json")));
        QVERIFY(!watcher.start());
    }

    void engineFollowsEditsMadeOutsideUniLoad()
    {
        QTemporaryDir dir;
        SimClusterOptions options;
        options.instanceCount = 2;
        SimCluster cluster(options);
        QVERIFY(cluster.start());
        const EngineOptions o = test::engineOptionsIn(dir.path());
        QVERIFY(cluster.writeInstancesFile(o.instancesFilePath));
        std::unique_ptr<Engine> engine;
        QVERIFY(test::startEngineAndWait(engine, o, 2));
        const QJsonArray both = cluster.instancesJson();
        const QString firstId = both.at(0).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!firstId.isEmpty());

        // An operator removes the second instance with an editor (write and rename).
        const QByteArray onlyFirst = QJsonDocument(QJsonArray{both.at(0)}).toJson();
        QVERIFY(writeByRename(o.instancesFilePath, onlyFirst));
        QVERIFY(test::waitUntil([&] { return instanceIds(engine->snapshot()) == QStringList{firstId}; }, 10000));
        QVERIFY(test::waitUntil([&] { return eventsOf(*engine, QStringLiteral("instance-file-reloaded")).size() == 1; }, 10000));
        QVERIFY(eventsOf(*engine, QStringLiteral("instance-file-reloaded")).first().message.contains(QLatin1String("1 gpt-load instance")));

        // A save that does not load keeps the instance in use and says what is wrong.
        QVERIFY(writeInPlace(o.instancesFilePath, onlyFirst.left(onlyFirst.size() / 2)));
        QVERIFY(test::waitUntil([&] { return eventsOf(*engine, QStringLiteral("instance-file-invalid")).size() == 1; }, 10000));
        EngineSnapshot s = engine->snapshot();
        QVERIFY(test::waitUntil([&] { s = engine->snapshot(); return !s.instanceFile.warnings.isEmpty(); }, 10000));
        QCOMPARE(instanceIds(s), QStringList{firstId});
        QVERIFY(s.instanceFile.loaded);
        QVERIFY(s.instanceFile.warnings.last().contains(QLatin1String("changed outside uni-load and does not load")));
        QVERIFY(!s.instanceFile.warnings.last().contains(QLatin1String("adminKey")));
        const qsizetype warningCount = s.instanceFile.warnings.size();

        // A second broken save: its problem replaces the first one's.
        QVERIFY(writeInPlace(o.instancesFilePath, QByteArrayLiteral("[{\"id\": 7}]")));
        QVERIFY(test::waitUntil([&] { return eventsOf(*engine, QStringLiteral("instance-file-invalid")).size() == 2; }, 10000));
        QVERIFY(test::waitUntil([&] {
            s = engine->snapshot();
            return s.instanceFile.warnings.size() == warningCount && s.instanceFile.warnings.last().contains(QLatin1String("does not load"))
                   && s.instanceFile.warnings.last() != eventsOf(*engine, QStringLiteral("instance-file-invalid")).first().message;
        }, 10000));
        QCOMPARE(instanceIds(s), QStringList{firstId});

        // Fixed: both instances again, the warning gone.
        QVERIFY(writeInPlace(o.instancesFilePath, QJsonDocument(both).toJson()));
        QVERIFY(test::waitUntil([&] {
            const EngineSnapshot now = engine->snapshot();
            return now.instances.size() == 2 && now.instanceFile.warnings.isEmpty() && now.healthyInstanceCount() == 2;
        }, 10000));
        QCOMPARE(eventsOf(*engine, QStringLiteral("instance-file-reloaded")).size(), 2);

        // uni-load's own save (then its reload) is not reported as an outside edit.
        QVERIFY(writeByRename(o.instancesFilePath, onlyFirst));
        QVERIFY(test::await(engine->reloadInstanceFile(), 10000));
        QTest::qWait(1200);
        QCOMPARE(eventsOf(*engine, QStringLiteral("instance-file-reloaded")).size(), 2);
        QCOMPARE(instanceIds(engine->snapshot()), QStringList{firstId});
        engine->shutdown();
    }
};

QTEST_GUILESS_MAIN(TestInstanceFileWatcher)
#include "tst_instancefilewatcher.moc"
