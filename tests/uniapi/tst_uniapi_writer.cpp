// UniApiWriter: locking, concurrent edits, atomic and in-place writes, injected I/O failures,
// backups, restore, bootstrap, status (uniapi-config.md §6.6–6.9).
#include "core/common/clock.h"
#include "core/common/redactor.h"
#include "core/uniapi/uniapilog.h"
#include "core/uniapi/uniapiwriter.h"
#include "tests/support/failingdevice.h"
#include "tests/uniapi/uniapitesthelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCoreApplication>
#include <QLockFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QSysInfo>
#include <QTest>

#include <functional>

#include <sys/stat.h>

using namespace ul;
using namespace ul::uniapi;
using namespace ul::uniapi::test;

namespace {

const QString kWriteError = QStringLiteral("injected write failure");  // what an injected write failure says

class TestIo final : public ConfigFileIo
{
public:
    qint64 failAfterBytes = -1;             // >= 0: devices fail after that many bytes
    std::function<void(int)> afterRead;     // called with the 1-based read count
    int reads = 0;

    Result<FileSnapshot> read(const QString &path) override
    {
        Result<FileSnapshot> s = ConfigFileIo::read(path);
        ++reads;
        if (afterRead)
            afterRead(reads);
        return s;
    }
    std::unique_ptr<QSaveFile> atomicDevice(const QString &path) override
    {
        if (failAfterBytes < 0)
            return ConfigFileIo::atomicDevice(path);
        return std::make_unique<ul::test::FailingDevice<QSaveFile>>(path, failAfterBytes, kWriteError);
    }
    std::unique_ptr<QFile> inPlaceDevice(const QString &path) override
    {
        if (failAfterBytes < 0)
            return ConfigFileIo::inPlaceDevice(path);
        return std::make_unique<ul::test::FailingDevice<QFile>>(path, failAfterBytes, kWriteError);
    }
};

QStringList &capturedLogs()
{
    static QStringList logs;
    return logs;
}

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLogs().append(message);
}

// Turns on debug output of "uniload.uniapi" (the diff is logged at debug level) whatever
// QT_LOGGING_RULES says.
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;
void enableUniApiDebug(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "uniload.uniapi") == 0)
        category->setEnabled(QtDebugMsg, true);
}

ino_t inodeOf(const QString &path)
{
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

WriteRequest request(QList<ManagedProvider> providers, QStringList known = {})
{
    return WriteRequest{std::move(providers), std::move(known)};
}

QList<ManagedProvider> existingPlusQwen()
{
    return {deepseek(), claudeSonnet(), qwen()};
}

} // namespace

class TestUniApiWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_dir = nullptr;
    ManualClock m_clock{QDateTime(QDate(2026, 8, 20), QTime(10, 15, 30, 123), Qt::UTC)};

    QString path() const { return m_dir->filePath(QStringLiteral("api.yaml")); }
    QString backupDir() const { return m_dir->filePath(QStringLiteral("backup")); }
    QStringList backups() const
    {
        return QDir(backupDir()).entryList(QDir::Files, QDir::Name);
    }
    UniApiWriterSettings settings(WriteMode mode = WriteMode::Atomic) const
    {
        UniApiWriterSettings s;
        s.path = path();
        s.mode = mode;
        s.lockTimeoutMs = 0;
        return s;
    }
    void install(const QString &fixtureName) { QVERIFY(ul::test::writeFile(path(), fixture(fixtureName))); }

private slots:
    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        m_clock.set(QDateTime(QDate(2026, 8, 20), QTime(10, 15, 30, 123), Qt::UTC));
    }
    void cleanup()
    {
        delete m_dir;
        m_dir = nullptr;
        Redactor::forgetAllSecrets();
    }

    void writesOnceThenSecondIdenticalRunIsANoop()
    {
        install(QStringLiteral("commented.yaml"));
        UniApiWriter writer(settings(), &m_clock);
        const Result<WriteOutcome> first = writer.apply(request(existingPlusQwen()));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
        QVERIFY(first->written);
        QCOMPARE(first->plan.added, QStringList{QStringLiteral("gptload-qwen3-235b-a22b-2507")});
        QCOMPARE(ul::test::readFile(path()), ul::test::readTestData(QStringLiteral("uniapi/expected/commented-add.yaml")));
        QCOMPARE(backups(), QStringList{QStringLiteral("api.yaml.backup.2026-08-20T10-15-30-123Z")});
        QCOMPARE(ul::test::readFile(backupDir() + QStringLiteral("/") + backups().first()), fixture(QStringLiteral("commented.yaml")));
        QVERIFY(!QFileInfo::exists(path() + QStringLiteral(".lock")));

        m_clock.advanceSecs(60);
        const QDateTime modified = QFileInfo(path()).lastModified();
        const Result<WriteOutcome> second = writer.apply(request(existingPlusQwen()));
        QVERIFY(second.ok());
        QVERIFY(!second->written);
        QVERIFY(!second->plan.changesFile);
        QVERIFY(second->backupName.isEmpty());
        QCOMPARE(backups().size(), 1);
        QCOMPARE(QFileInfo(path()).lastModified(), modified);
    }

    void previewWritesNothing()
    {
        install(QStringLiteral("commented.yaml"));
        UniApiWriter writer(settings(), &m_clock);
        const Result<WritePlan> plan = writer.preview(request(existingPlusQwen()));
        QVERIFY(plan.ok());
        QVERIFY(plan->changesFile);
        QVERIFY(plan->diff.contains(QLatin1String("+  - provider: gptload-qwen3-235b-a22b-2507")));
        QCOMPARE(ul::test::readFile(path()), fixture(QStringLiteral("commented.yaml")));
        QVERIFY(!QDir(backupDir()).exists());
    }

    void brokenFileIsNeverOverwritten()
    {
        install(QStringLiteral("broken.yaml"));
        UniApiWriter writer(settings(), &m_clock);
        const Result<WriteOutcome> outcome = writer.apply(request({deepseek()}));
        QVERIFY(outcome.hasError());
        QCOMPARE(outcome.error().code, QStringLiteral("UNIAPI_PARSE"));
        QVERIFY(outcome.error().message.contains(QRegularExpression(QStringLiteral("line \\d+, column \\d+"))));
        QCOMPARE(ul::test::readFile(path()), fixture(QStringLiteral("broken.yaml")));
        QVERIFY(backups().isEmpty());
    }

    void refusedPlansLeaveTheFileAlone()
    {
        install(QStringLiteral("only-managed.yaml"));
        UniApiWriter writer(settings(), &m_clock);
        const Result<WriteOutcome> outcome = writer.apply(request({}));
        QVERIFY(outcome.hasError());
        QCOMPARE(outcome.error().code, QStringLiteral("UNIAPI_NO_PROVIDERS"));
        QCOMPARE(ul::test::readFile(path()), fixture(QStringLiteral("only-managed.yaml")));
        QVERIFY(backups().isEmpty());
    }

    void injectedWriteFailureKeepsTheOriginal_data()
    {
        QTest::addColumn<WriteMode>("mode");
        QTest::addColumn<qint64>("budget");
        QTest::newRow("atomic, nothing written") << WriteMode::Atomic << qint64(0);
        QTest::newRow("atomic, 100 bytes") << WriteMode::Atomic << qint64(100);
        QTest::newRow("in-place, 100 bytes") << WriteMode::InPlace << qint64(100);
    }
    void injectedWriteFailureKeepsTheOriginal()
    {
        QFETCH(WriteMode, mode);
        QFETCH(qint64, budget);
        install(QStringLiteral("commented.yaml"));
        auto io = std::make_shared<TestIo>();
        io->failAfterBytes = budget;
        UniApiWriter writer(settings(mode), &m_clock, io);
        const Result<WriteOutcome> outcome = writer.apply(request(existingPlusQwen()));
        QVERIFY(outcome.hasError());
        QCOMPARE(outcome.error().kind, ErrorKind::Io);
        QVERIFY2(outcome.error().message.contains(kWriteError), qPrintable(outcome.error().message));
        QCOMPARE(ul::test::readFile(path()), fixture(QStringLiteral("commented.yaml")));
        QVERIFY(backups().isEmpty());  // the backup of an unchanged file is dropped again
        // No temporary file left next to api.yaml.
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("api.yaml")});
    }

    void concurrentEditIsDetectedAndReplannedOnce()
    {
        install(QStringLiteral("commented.yaml"));
        auto io = std::make_shared<TestIo>();
        // Someone appends a comment right after our first planning read (read 1 only tells
        // whether anything is to be written at all).
        io->afterRead = [this](int count) {
            if (count == 2)
                ul::test::writeFile(path(), fixture(QStringLiteral("commented.yaml")) + "# edited meanwhile\n");
        };
        UniApiWriter writer(settings(), &m_clock, io);
        const Result<WriteOutcome> outcome = writer.apply(request(existingPlusQwen()));
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
        QCOMPARE(outcome->attempts, 2);
        const QByteArray now = ul::test::readFile(path());
        QVERIFY(now.endsWith("# edited meanwhile\n"));  // their edit survives
        QVERIFY(now.contains("provider: gptload-qwen3-235b-a22b-2507"));
        // The backup is of what was on disk when we committed.
        QCOMPARE(ul::test::readFile(backupDir() + QStringLiteral("/") + backups().first()),
                 QByteArray(fixture(QStringLiteral("commented.yaml")) + "# edited meanwhile\n"));
    }

    void repeatedConcurrentEditsAreReportedAsConflict()
    {
        install(QStringLiteral("commented.yaml"));
        auto io = std::make_shared<TestIo>();
        io->afterRead = [this](int count) {
            if (count % 2 == 0)  // after every planning read under the lock (reads 2 and 4)
                ul::test::writeFile(path(), ul::test::readFile(path()) + "# another edit\n");
        };
        UniApiWriter writer(settings(), &m_clock, io);
        const Result<WriteOutcome> outcome = writer.apply(request(existingPlusQwen()));
        QVERIFY(outcome.hasError());
        QCOMPARE(outcome.error().kind, ErrorKind::Conflict);
        QCOMPARE(outcome.error().code, QStringLiteral("UNIAPI_CONCURRENT_EDIT"));
        QVERIFY(!ul::test::readFile(path()).contains("gptload-qwen3"));
        QVERIFY(backups().isEmpty());
    }

    void lockHeldElsewhereIsAConflict()
    {
        install(QStringLiteral("commented.yaml"));
        QLockFile other(path() + QStringLiteral(".lock"));
        QVERIFY(other.tryLock(0));
        UniApiWriter writer(settings(), &m_clock);
        const Result<WriteOutcome> outcome = writer.apply(request(existingPlusQwen()));
        QVERIFY(outcome.hasError());
        QCOMPARE(outcome.error().code, QStringLiteral("UNIAPI_LOCKED"));
        // Who holds it and whether it still runs: a busy writer, not a stuck lock.
        const QJsonObject holder = QJsonDocument::fromJson(outcome.error().details.toUtf8()).object().value(QStringLiteral("lockHolder")).toObject();
        QCOMPARE(holder.value(QStringLiteral("pid")).toInteger(), QCoreApplication::applicationPid());
        QCOMPARE(holder.value(QStringLiteral("running")).toBool(), true);
        QVERIFY(holder.value(QStringLiteral("lockAgeMs")).toInteger() >= 0);
        QCOMPARE(ul::test::readFile(path()), fixture(QStringLiteral("commented.yaml")));
        other.unlock();
        QVERIFY(writer.apply(request(existingPlusQwen())).ok());

        // A run with nothing to write decides so without the lock: the other process holding
        // it (or a read-only directory) fails only runs that would write.
        QVERIFY(other.tryLock(0));
        const Result<WriteOutcome> noChange = writer.apply(request(existingPlusQwen()));
        QVERIFY2(noChange.ok(), qPrintable(noChange.hasError() ? noChange.error().toString() : QString()));
        QVERIFY(!noChange->written);
    }

    void locksLeftByKilledWritersAreBroken_data()
    {
        QTest::addColumn<bool>("lockHasOwner");
        QTest::addColumn<bool>("removalLockLeft");
        QTest::newRow("killed before writing its PID") << false << false;
        QTest::newRow("dead owner, killed while removing it") << true << true;
    }
    void locksLeftByKilledWritersAreBroken()
    {
        QFETCH(bool, lockHasOwner);
        QFETCH(bool, removalLockLeft);
        install(QStringLiteral("commented.yaml"));
        const QString lockPath = path() + QStringLiteral(".lock");
        // A PID above Linux's pid_max: no such process.
        const QByteArray deadOwner = "4194304\nuni-load\n" + QSysInfo::machineHostName().toUtf8() + "\n";
        const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-5);
        const auto writeOld = [&past](const QString &file, const QByteArray &bytes) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(bytes), bytes.size());
            QVERIFY(f.setFileTime(past, QFileDevice::FileModificationTime));
        };
        writeOld(lockPath, lockHasOwner ? deadOwner : QByteArray());
        if (removalLockLeft)
            writeOld(lockPath + QStringLiteral(".rmlock"), QByteArray());
        UniApiWriter writer(settings(), &m_clock);
        const Result<WriteOutcome> outcome = writer.apply(request(existingPlusQwen()));
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
        QVERIFY(outcome->written);
        QVERIFY(!QFileInfo::exists(lockPath));
    }

    void permissionsArePreserved_data()
    {
        QTest::addColumn<WriteMode>("mode");
        QTest::newRow("atomic") << WriteMode::Atomic;
        QTest::newRow("in-place") << WriteMode::InPlace;
    }
    void permissionsArePreserved()
    {
        QFETCH(WriteMode, mode);
        install(QStringLiteral("commented.yaml"));
        const QFileDevice::Permissions perms = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
        QVERIFY(QFile::setPermissions(path(), perms));
        const ino_t before = inodeOf(path());

        UniApiWriter writer(settings(mode), &m_clock);
        const Result<WriteOutcome> outcome = writer.apply(request(existingPlusQwen()));
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
        // Owner, group and other bits (QFileDevice's "User" bits depend on who runs the test).
        const QFileDevice::Permissions mask = QFileDevice::Permissions::fromInt(0x7077);
        QCOMPARE(QFile::permissions(path()) & mask, perms);
        QCOMPARE(QFile::permissions(backupDir() + QStringLiteral("/") + backups().first()) & mask, perms);
        // Both modes write the same content; only in-place keeps the inode (single-file bind mounts).
        QCOMPARE(ul::test::readFile(path()), ul::test::readTestData(QStringLiteral("uniapi/expected/commented-add.yaml")));
        QCOMPARE(inodeOf(path()) == before, mode == WriteMode::InPlace);
    }

    void backupsAreNamedAndPrunedToN()
    {
        install(QStringLiteral("commented.yaml"));
        QDir().mkpath(backupDir());
        // Files that do not match the pattern are never pruned.
        ul::test::writeFile(backupDir() + QStringLiteral("/notes.txt"), "mine");
        ul::test::writeFile(backupDir() + QStringLiteral("/other.yaml.backup.2020-01-01T00-00-00-000Z"), "other");

        UniApiWriterSettings s = settings();
        s.maxBackups = 3;
        UniApiWriter writer(s, &m_clock);
        for (int i = 0; i < 5; ++i) {
            ManagedProvider changing = qwen();
            changing.models.append(ManagedModel{QStringLiteral("extra-%1").arg(i), {}});
            const Result<WriteOutcome> outcome = writer.apply(request({deepseek(), claudeSonnet(), changing}));
            QVERIFY(outcome.ok());
            QVERIFY(outcome->written);
            QCOMPARE(outcome->prunedBackups, i < 3 ? 0 : 1);
            m_clock.advanceSecs(1);
        }
        QCOMPARE(backups(), (QStringList{QStringLiteral("api.yaml.backup.2026-08-20T10-15-32-123Z"),
                                         QStringLiteral("api.yaml.backup.2026-08-20T10-15-33-123Z"),
                                         QStringLiteral("api.yaml.backup.2026-08-20T10-15-34-123Z"),
                                         QStringLiteral("notes.txt"),
                                         QStringLiteral("other.yaml.backup.2020-01-01T00-00-00-000Z")}));

        const Result<QList<BackupInfo>> listed = writer.listBackups();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 3);
        QCOMPARE(listed->first().name, QStringLiteral("api.yaml.backup.2026-08-20T10-15-34-123Z"));  // newest first
        QCOMPARE(listed->first().time, QDateTime(QDate(2026, 8, 20), QTime(10, 15, 34, 123), Qt::UTC));
        QCOMPARE(listed->first().size, QFileInfo(backupDir() + QStringLiteral("/") + listed->first().name).size());
        QCOMPARE(listed->first().toJson().value(QStringLiteral("time")).toString(), QStringLiteral("2026-08-20T10:15:34.123Z"));
    }

    void backupsInTheSameMillisecondGetDistinctNames()
    {
        install(QStringLiteral("commented.yaml"));
        UniApiWriter writer(settings(), &m_clock);
        QVERIFY(writer.apply(request(existingPlusQwen())).ok());
        QVERIFY(writer.apply(request({deepseek(), claudeSonnet()})).ok());  // same clock reading
        QCOMPARE(backups(), (QStringList{QStringLiteral("api.yaml.backup.2026-08-20T10-15-30-123Z"),
                                         QStringLiteral("api.yaml.backup.2026-08-20T10-15-30-124Z")}));
    }

    void restoreIsANormalWrite()
    {
        install(QStringLiteral("commented.yaml"));
        UniApiWriter writer(settings(), &m_clock);
        QVERIFY(writer.apply(request(existingPlusQwen())).ok());
        m_clock.advanceSecs(5);
        const QByteArray afterAdd = ul::test::readFile(path());
        const QString original = QStringLiteral("api.yaml.backup.2026-08-20T10-15-30-123Z");

        const Result<WritePlan> preview = writer.previewRestore(original);
        QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().toString()));
        QVERIFY(preview->changesFile);
        QCOMPARE(preview->removed, QStringList{QStringLiteral("gptload-qwen3-235b-a22b-2507")});
        QVERIFY(preview->diff.contains(QLatin1String("-  - provider: gptload-qwen3-235b-a22b-2507")));

        const Result<WriteOutcome> restored = writer.restore(original);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().toString()));
        QVERIFY(restored->written);
        QCOMPARE(ul::test::readFile(path()), fixture(QStringLiteral("commented.yaml")));
        // The state before the restore was backed up too.
        QCOMPARE(restored->backupName, QStringLiteral("api.yaml.backup.2026-08-20T10-15-35-123Z"));
        QCOMPARE(ul::test::readFile(backupDir() + QStringLiteral("/") + restored->backupName), afterAdd);

        // Restoring the same content again writes nothing.
        const Result<WriteOutcome> again = writer.restore(original);
        QVERIFY(again.ok());
        QVERIFY(!again->written);
    }

    void restoreOfUnknownOrInvalidBackups()
    {
        install(QStringLiteral("commented.yaml"));
        UniApiWriter writer(settings(), &m_clock);
        for (const QString &name : {QStringLiteral("api.yaml.backup.2026-01-01T00-00-00-000Z"), QStringLiteral("../api.yaml"),
                                    QStringLiteral("api.yaml"), QString()}) {
            const Result<WriteOutcome> r = writer.restore(name);
            QVERIFY(r.hasError());
            QCOMPARE(r.error().kind, ErrorKind::NotFound);
        }
        // A backup that does not pass validation is refused.
        const QString bad = QStringLiteral("api.yaml.backup.2026-01-01T00-00-00-000Z");
        ul::test::writeFile(backupDir() + QStringLiteral("/") + bad, fixture(QStringLiteral("duplicate-key.yaml")));
        const Result<WriteOutcome> r = writer.restore(bad);
        QVERIFY(r.hasError());
        QCOMPARE(r.error().kind, ErrorKind::Validation);
        QCOMPARE(ul::test::readFile(path()), fixture(QStringLiteral("commented.yaml")));
    }

    void missingFileIsBootstrappedWithARandomKey()
    {
        QTemporaryDir other;
        QVERIFY(other.isValid());
        QStringList keys;
        for (const QString &file : {path(), other.filePath(QStringLiteral("sub/api.yaml"))}) {
            UniApiWriterSettings s = settings();
            s.path = file;
            UniApiWriter writer(s, &m_clock);
            const Result<WriteOutcome> outcome = writer.apply(request({deepseek()}));
            QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
            QVERIFY(outcome->written && outcome->plan.createsFile && outcome->plan.bootstraps);
            QVERIFY(outcome->backupName.isEmpty());
            QVERIFY(QRegularExpression(QStringLiteral("^sk-[A-Za-z0-9]{48}$")).match(outcome->generatedClientKey).hasMatch());
            QVERIFY(ul::test::readFile(file).contains(outcome->generatedClientKey.toUtf8()));
            // uni-api (often another user of the directory's group) can read it; others cannot.
            QCOMPARE(QFile::permissions(file) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ReadGroup);
            QVERIFY(!QJsonDocument(outcome->toJson()).toJson().contains(outcome->generatedClientKey.toUtf8()));
            keys.append(outcome->generatedClientKey);
            QCOMPARE(writer.takeCreatedClientKey(), outcome->generatedClientKey);  // the engine tells the operator, once
            QVERIFY(writer.takeCreatedClientKey().isEmpty());

            // The next run finds the file and returns no key.
            const Result<WriteOutcome> again = writer.apply(request({deepseek()}));
            QVERIFY(again.ok());
            QVERIFY(!again->written && again->generatedClientKey.isEmpty());
            QVERIFY(writer.takeCreatedClientKey().isEmpty());
        }
        QVERIFY(keys.at(0) != keys.at(1));
        QVERIFY(backups().isEmpty());
    }

    void missingFileWithNothingToWriteIsNotCreated()
    {
        UniApiWriter writer(settings(), &m_clock);
        const Result<WriteOutcome> outcome = writer.apply(request({}));
        QVERIFY(outcome.ok());
        QVERIFY(!outcome->written);
        QVERIFY(!QFileInfo::exists(path()));
        QVERIFY(!QFileInfo::exists(path() + QStringLiteral(".lock")));

        UniApiWriterSettings nested = settings();
        nested.path = m_dir->filePath(QStringLiteral("not/yet/api.yaml"));
        const Result<WriteOutcome> none = UniApiWriter(nested, &m_clock).apply(request({}));
        QVERIFY(none.ok());
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("not"))));
    }

    void secretsNeverReachTheLog()
    {
        capturedLogs().clear();
        g_previousFilter = QLoggingCategory::installFilter(enableUniApiDebug);
        QVERIFY(lcUniApiWriter().isDebugEnabled());
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

        ManagedProvider secret = gemini();
        secret.gatewayKey = QStringLiteral("gw-VERY-SECRET-0123456789");
        UniApiWriter bootstrap(settings(), &m_clock);
        const Result<WriteOutcome> created = bootstrap.apply(request({secret}));
        secret.gatewayKey = QStringLiteral("gw-OTHER-SECRET-9876543210");
        const Result<WriteOutcome> changed = bootstrap.apply(request({secret, deepseek()}));

        qInstallMessageHandler(previous);
        QLoggingCategory::installFilter(g_previousFilter);
        QVERIFY(created.ok() && changed.ok());
        QVERIFY(changed->written);
        QVERIFY(!capturedLogs().isEmpty());
        const QString all = capturedLogs().join(QLatin1Char('\n'));
        QVERIFY(all.contains(QLatin1String("api.yaml written")));
        QVERIFY(all.contains(QLatin1String("api.yaml diff:")));
        QVERIFY2(!all.contains(QLatin1String("VERY-SECRET")) && !all.contains(QLatin1String("OTHER-SECRET")), qPrintable(all));
        QVERIFY(!all.contains(created->generatedClientKey));
    }

    void statusForApiStatus()
    {
        UniApiWriter writer(settings(), &m_clock);
        // Not created yet is no error: the first onboarding creates it.
        QJsonObject s = writer.status().toJson();
        QCOMPARE(s, (QJsonObject{{QStringLiteral("exists"), false}, {QStringLiteral("path"), path()},
                                 {QStringLiteral("providersCount"), 0}, {QStringLiteral("directoryExists"), true}}));

        install(QStringLiteral("broken.yaml"));
        s = writer.status().toJson();
        QCOMPARE(s.value(QStringLiteral("exists")).toBool(), true);
        QVERIFY(s.value(QStringLiteral("error")).toString().contains(QLatin1String("line")));

        install(QStringLiteral("commented.yaml"));
        s = writer.status().toJson();
        QCOMPARE(s, (QJsonObject{{QStringLiteral("exists"), true}, {QStringLiteral("path"), path()},
                                 {QStringLiteral("providersCount"), 4}}));
    }

    // Missing api.yaml: an error only when the first write could not create it there.
    void statusOfAMissingFile()
    {
        const QString inNewDirectory = m_dir->filePath(QStringLiteral("uni-api/conf/api.yaml"));
        UniApiStatus status = describeConfig(inNewDirectory, FileSnapshot::missing());
        QVERIFY2(status.error.isEmpty(), qPrintable(status.error));
        QVERIFY(!status.exists);
        QVERIFY(!status.directoryExists);

        QFile plain(m_dir->filePath(QStringLiteral("plain-file")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        status = describeConfig(m_dir->filePath(QStringLiteral("plain-file/api.yaml")), FileSnapshot::missing());
        QCOMPARE(status.error, QStringLiteral("api.yaml cannot be created: %1 is not a directory").arg(m_dir->filePath(QStringLiteral("plain-file"))));
        QVERIFY(status.toJson().contains(QStringLiteral("error")));
    }

    void managedEntriesForThePreview()
    {
        install(QStringLiteral("original-style.yaml"));
        UniApiWriter writer(settings(), &m_clock);
        const Result<QList<ManagedEntryView>> entries = writer.managedEntries({QStringLiteral("http://localhost:3001")});
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).name, QStringLiteral("gptload-deepseek-chat"));
        QCOMPARE(entries->at(0).ownership, ProviderOwnership::Adopted);
        QCOMPARE(entries->at(0).line, 7);

        install(QStringLiteral("commented.yaml"));
        const Result<QList<ManagedEntryView>> managed = writer.managedEntries({});
        QVERIFY(managed.ok());
        QCOMPARE(managed->size(), 2);
        QCOMPARE(managed->at(1).ownership, ProviderOwnership::Managed);
        QCOMPARE(managed->at(1).engine, QStringLiteral("claude"));
        QCOMPARE(managed->at(1).models, (QList<ManagedModel>{{QStringLiteral("claude-sonnet-4-20250514"), QStringLiteral("claude-sonnet-4")}}));
        const QByteArray json = QJsonDocument(managed->at(1).toJson()).toJson();
        QVERIFY(!json.contains(kGatewayKey.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestUniApiWriter)
#include "tst_uniapi_writer.moc"
