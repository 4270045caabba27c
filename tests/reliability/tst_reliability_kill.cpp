// SIGKILL at seeded random moments of a reconciliation and of api.yaml writes, done by a helper
// process (reliability_worker). After every kill api.yaml is one of the complete files the
// writes produce — never a partial one — and the next process takes over (the stale lock of the
// dead one is broken). After the killed reconciliations, further runs converge: the store and
// gpt-load agree and a last run is a no-op.
#include "core/uniapi/configvalidator.h"
#include "tests/reliability/fuzzinput.h"
#include "tests/reliability/layerchecks.h"
#include "tests/reliability/workerrequests.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ul;
using namespace ul::test;

namespace {

const QString kWorker = QStringLiteral(UNILOAD_RELIABILITY_WORKER);

// Processes events (the simulated gpt-load lives in this thread) until `done` or the deadline.
template <typename Predicate>
bool spinUntil(Predicate done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    }
    return true;
}

struct WorkerRun
{
    bool reachedReady = false;
    bool killed = false;
    int exitCode = -1;
    QByteArray stderrText;
};

// Starts the helper, waits for "ready", lets it work for `killAfterMs` (< 0: to its end) and
// kills it with SIGKILL.
WorkerRun runWorker(const QStringList &arguments, int killAfterMs)
{
    WorkerRun run;
    QProcess process;
    process.start(kWorker, arguments);
    if (!spinUntil([&] { return process.state() == QProcess::Running || process.state() == QProcess::NotRunning; }, 10000))
        return run;
    QByteArray out;
    spinUntil([&] {
        out += process.readAllStandardOutput();
        return out.contains("ready\n") || process.state() == QProcess::NotRunning;
    }, 10000);
    run.reachedReady = out.contains("ready\n");
    if (killAfterMs >= 0 && run.reachedReady) {
        spinUntil([&] { return process.state() == QProcess::NotRunning; }, killAfterMs);
        if (process.state() != QProcess::NotRunning) {
            process.kill();  // SIGKILL
            run.killed = true;
        }
    }
    spinUntil([&] { return process.state() == QProcess::NotRunning; }, 30000);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = run.killed ? -1 : process.exitCode();
    run.stderrText = process.readAllStandardError();
    return run;
}

} // namespace

class TestReliabilityKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("uniload.*.debug=false\nuniload.*.info=false\nuniload.*.warning=false"));
        QVERIFY2(QFileInfo::exists(kWorker), qPrintable(kWorker));
    }

    void apiYamlWriteKilledLeavesOldOrNew()
    {
        // Every complete file the helper's writes can produce, computed with the same writer here.
        QSet<QByteArray> complete{workerInitialYaml()};
        {
            QTemporaryDir scratch;
            uniapi::UniApiWriterSettings settings;
            settings.path = scratch.filePath(QStringLiteral("api.yaml"));
            ManualClock clock;
            uniapi::UniApiWriter writer(settings, &clock);
            QVERIFY(writeFile(settings.path, workerInitialYaml()));
            for (int i = 0; i < 4; ++i) {
                clock.advanceSecs(1);
                QVERIFY(writer.apply(workerYamlRequest(i)).ok());
                complete.insert(readFile(settings.path));
            }
        }
        QCOMPARE(complete.size(), 3);  // the initial file, the large set, the small set

        FuzzInput in("kill during api.yaml writes");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("api.yaml"));
        QVERIFY(writeFile(path, workerInitialYaml()));
        int killed = 0;
        for (int cycle = 0; cycle < 12; ++cycle) {
            const int killAfter = in.below(25);
            const WorkerRun run = runWorker({QStringLiteral("write-yaml"), path, QStringLiteral("100000")}, killAfter);
            QVERIFY2(run.reachedReady, run.stderrText.constData());
            killed += run.killed ? 1 : 0;
            QVERIFY2(complete.contains(readFile(path)),
                     qPrintable(QStringLiteral("seed %1 cycle %2 (kill after %3 ms): api.yaml is not a complete file")
                                    .arg(in.seed()).arg(cycle).arg(killAfter)));
        }
        QVERIFY(killed > 0);
        // The next process breaks the dead one's lock and writes.
        const WorkerRun last = runWorker({QStringLiteral("write-yaml"), path, QStringLiteral("2")}, -1);
        QVERIFY2(last.exitCode == 0, last.stderrText.constData());
        QVERIFY(complete.contains(readFile(path)));
        // QSaveFile's temporary files of killed writes stay behind (harmless, never read).
        const QStringList leftovers = QDir(dir.path()).entryList({QStringLiteral("api.yaml.*")}, QDir::Files | QDir::Hidden);
        qInfo("%d of 12 writers killed mid-run; %lld temporary files left behind", killed, qint64(leftovers.size()));
    }

    void reconcileKilledThenConverges()
    {
        FuzzInput in("kill during reconcile");
        QTemporaryDir dir;
        LayerFixtureOptions options;
        options.instances = 2;
        // Stretches a run to ~0.3 s (far beyond the latest kill) however fast the build and the
        // machine are: kills must land inside runs, not after them.
        options.apiLatencyMs = 8;
        options.storePath = dir.filePath(QStringLiteral("uni-load.db"));
        LayerFixture f(options);
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        const QString instancesFile = dir.filePath(QStringLiteral("gptload-instances.json"));
        QVERIFY(f.cluster->writeInstancesFile(instancesFile));
        QStringList models;
        for (int i = 0; i < 14; ++i)
            models.append(QStringLiteral("model-%1").arg(i));
        f.addSiteGroup(QStringLiteral("site-a"), ChannelType::OpenAI, 0, models);
        f.addSiteGroup(QStringLiteral("site-b"), ChannelType::OpenAI, 1, models.mid(5));

        const QStringList args{QStringLiteral("reconcile"), instancesFile, options.storePath, f.yamlPath};
        int killed = 0;
        for (int cycle = 0; cycle < 6; ++cycle) {
            // A new desired state now and then, so that kills also hit updates and deletes.
            if (cycle % 2 == 1) {
                const int from = in.below(4);
                QVERIFY(f.setModels(QStringLiteral("site-a-openai"), models.mid(from, 8 + in.below(6))).ok());
            }
            const int killAfter = in.below(120);
            const WorkerRun run = runWorker(args, killAfter);
            QVERIFY2(run.reachedReady, run.stderrText.constData());
            killed += run.killed ? 1 : 0;
            const QByteArray yaml = f.yaml();
            QVERIFY2(yaml.isEmpty() || uniapi::checkConfigText(yaml, {}).ok(),
                     qPrintable(QStringLiteral("seed %1 cycle %2: api.yaml is not valid after the kill").arg(in.seed()).arg(cycle)));
        }
        QVERIFY(killed > 0);
        // A helper run to its end, then this process: both pick up where the killed ones stopped.
        const WorkerRun finish = runWorker(args, -1);
        QVERIFY2(finish.exitCode == 0 || finish.exitCode == 1, finish.stderrText.constData());
        QString problem;
        QVERIFY2(reconcileUntilClean(f, 3, &problem) > 0, qPrintable(QStringLiteral("seed %1: %2").arg(in.seed()).arg(problem)));
        verifyConvergedAndQuiet(f);
        qInfo("%d of 6 reconciliations killed mid-run", killed);
    }
};

QTEST_GUILESS_MAIN(TestReliabilityKill)
#include "tst_reliability_kill.moc"
