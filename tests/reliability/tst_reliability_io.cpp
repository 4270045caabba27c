// Failing writes: a full disk or an I/O error while api.yaml (core/uniapi) or the state store
// (core/store) is saved. CI runs as root, so permission bits cannot make a write fail; failures
// are injected through the writer's I/O seam (a device that fails after N bytes) and, at the
// system-call level, with RLIMIT_FSIZE (writes beyond the limit fail with EFBIG like a full
// disk, also for root). Every failure must leave the old file intact and say what went wrong.
#include "core/common/clock.h"
#include "core/instances/instancefile.h"
#include "core/store/statestore.h"
#include "core/uniapi/uniapiwriter.h"
#include "tests/reliability/fuzzinput.h"
#include "tests/support/failingdevice.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace ul;
using namespace ul::test;
using namespace ul::uniapi;

namespace {

const QString kGatewayKey = QStringLiteral("sk-gw-io-test-gateway-key-0001");

const QString kWriteError = QStringLiteral("No space left on device");  // what an injected write failure says

// Lowers the file size limit while a scope runs: writes that would grow a file past `bytes`
// fail with EFBIG (SIGXFSZ is ignored), as on a full disk.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        m_active = ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit() { ::setrlimit(RLIMIT_FSIZE, &m_saved); }
    bool active() const { return m_active; }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved{};
    bool m_active = false;
};

class FaultyIo final : public ConfigFileIo
{
public:
    qint64 failAfterBytes = -1;      // >= 0: write devices fail after that many bytes
    qint64 fileSizeLimit = -1;       // >= 0: RLIMIT_FSIZE while the write device exists
    bool failReads = false;
    std::unique_ptr<FileSizeLimit> limit;

    Result<FileSnapshot> read(const QString &path) override
    {
        if (failReads) {
            Error e = Error::io(QStringLiteral("cannot read %1: Input/output error").arg(path));
            e.code = QStringLiteral("UNIAPI_READ_FAILED");
            return e;
        }
        return ConfigFileIo::read(path);
    }
    std::unique_ptr<QSaveFile> atomicDevice(const QString &path) override
    {
        armLimit();
        if (failAfterBytes < 0)
            return ConfigFileIo::atomicDevice(path);
        return std::make_unique<ul::test::FailingDevice<QSaveFile>>(path, failAfterBytes, kWriteError);
    }
    std::unique_ptr<QFile> inPlaceDevice(const QString &path) override
    {
        armLimit();
        if (failAfterBytes < 0)
            return ConfigFileIo::inPlaceDevice(path);
        return std::make_unique<ul::test::FailingDevice<QFile>>(path, failAfterBytes, kWriteError);
    }

private:
    // Armed when the write starts (reading and the backup happen before), lifted by the test.
    void armLimit()
    {
        if (fileSizeLimit >= 0 && !limit)
            limit = std::make_unique<FileSizeLimit>(rlim_t(fileSizeLimit));
    }
};

ManagedProvider provider(const QString &group, const QStringList &models)
{
    ManagedProvider p;
    p.l3GroupName = group;
    p.channelType = ChannelType::OpenAI;
    p.instanceBaseUrl = QStringLiteral("http://gptload:3001");
    p.gatewayKey = kGatewayKey;
    for (const QString &m : models)
        p.models.append({m, {}});
    return p;
}

WriteRequest requestWith(int providers)
{
    WriteRequest r;
    for (int i = 0; i < providers; ++i)
        r.providers.append(provider(QStringLiteral("model-%1").arg(i), {QStringLiteral("model-%1").arg(i)}));
    return r;
}

const QByteArray kHandWritten = "# operator's file\nproviders:\n  - provider: openai-direct\n    base_url: https://api.openai.com/v1/chat/completions\n"
                                "    api: ${OPENAI_KEY}\n    model:\n      - gpt-4o\napi_keys:\n  - api: sk-admin-CHANGE-ME\n    role: admin\n";

struct WriterWorld
{
    QTemporaryDir dir;
    ManualClock clock;
    std::shared_ptr<FaultyIo> io = std::make_shared<FaultyIo>();
    std::unique_ptr<UniApiWriter> writer;
    QString path;

    explicit WriterWorld(WriteMode mode)
    {
        path = dir.filePath(QStringLiteral("api.yaml"));
        UniApiWriterSettings s;
        s.path = path;
        s.mode = mode;
        writer = std::make_unique<UniApiWriter>(s, &clock, io);
    }
    Result<WriteOutcome> apply(const WriteRequest &request)
    {
        clock.advanceSecs(1);
        Result<WriteOutcome> outcome = writer->apply(request);
        io->limit.reset();
        return outcome;
    }
    int backups() const { return int(QDir(dir.filePath(QStringLiteral("backup"))).entryList(QDir::Files).size()); }
    // Files next to api.yaml other than itself, its lock and the backup folder: QSaveFile
    // leftovers would show here.
    QStringList strayFiles() const
    {
        QStringList out = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        out.removeAll(QStringLiteral("api.yaml"));
        out.removeAll(QStringLiteral("api.yaml.lock"));
        return out;
    }
};

void verifyFailedWrite(const WriterWorld &w, const Result<WriteOutcome> &outcome, const QByteArray &before, int backupsBefore,
                       const QString &context)
{
    QVERIFY2(!outcome.ok(), qPrintable(context + QStringLiteral(": the write did not fail")));
    const Error &e = outcome.error();
    QCOMPARE(e.kind, ErrorKind::Io);
    QVERIFY2(e.message.contains(w.path), qPrintable(context + QStringLiteral(": ") + e.message));
    QVERIFY2(!e.message.contains(kGatewayKey), qPrintable(context));
    QVERIFY2(readFile(w.path) == before, qPrintable(context + QStringLiteral(": api.yaml changed")));
    QVERIFY2(w.backups() == backupsBefore, qPrintable(context + QStringLiteral(": the failed write left a backup")));
    QVERIFY2(w.strayFiles().isEmpty(), qPrintable(context + QStringLiteral(": left ") + w.strayFiles().join(QLatin1Char(' '))));
}

} // namespace

class TestReliabilityIo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The writer logs every refused write as a warning; hundreds of them would bury a failure.
        QLoggingCategory::setFilterRules(QStringLiteral("uniload.*.debug=false\nuniload.*.info=false\nuniload.*.warning=false"));
    }

    // The device fails after a random number of bytes (seeded): atomic and in-place writes.
    void apiYamlWriteFailsAtAnyByte_data()
    {
        QTest::addColumn<WriteMode>("mode");
        QTest::newRow("atomic") << WriteMode::Atomic;
        QTest::newRow("in-place") << WriteMode::InPlace;
    }
    void apiYamlWriteFailsAtAnyByte()
    {
        QFETCH(WriteMode, mode);
        FuzzInput in("api.yaml failing device");
        WriterWorld w(mode);
        QVERIFY(writeFile(w.path, kHandWritten));
        QVERIFY(w.apply(requestWith(3)).ok());
        for (int round = 0; round < 40; ++round) {
            const QByteArray before = readFile(w.path);
            const int backupsBefore = w.backups();
            const WriteRequest request = requestWith(1 + in.below(8));
            const Result<WritePlan> plan = w.writer->preview(request);
            QVERIFY(plan.ok());
            if (!plan->changesFile)
                continue;
            w.io->failAfterBytes = in.below(int(before.size()) + 4096);
            const Result<WriteOutcome> failed = w.apply(request);
            w.io->failAfterBytes = -1;
            const QString context = QStringLiteral("seed %1 round %2").arg(in.seed()).arg(round);
            if (failed.ok())
                continue;  // the budget covered the whole new file
            verifyFailedWrite(w, failed, before, backupsBefore, context);
            QCOMPARE(failed.error().code, QStringLiteral("UNIAPI_WRITE_FAILED"));
            QVERIFY2(failed.error().message.contains(kWriteError), qPrintable(failed.error().message));
            if (QTest::currentTestFailed())
                return;
            // The disk has room again: the same write goes through.
            const Result<WriteOutcome> retried = w.apply(request);
            QVERIFY2(retried.ok() && retried->written, qPrintable(context));
        }
    }

    // A real EFBIG from the kernel when the bytes reach the file (QSaveFile buffers small
    // writes until commit): still a write failure, reported as such, never as a rename problem.
    void apiYamlDiskFullAtTheSystemCall_data()
    {
        apiYamlWriteFailsAtAnyByte_data();
    }
    void apiYamlDiskFullAtTheSystemCall()
    {
        QFETCH(WriteMode, mode);
        WriterWorld w(mode);
        QVERIFY(writeFile(w.path, kHandWritten));
        const QByteArray before = readFile(w.path);
        w.io->fileSizeLimit = before.size();  // the old content fits, anything larger does not
        const Result<WriteOutcome> failed = w.apply(requestWith(5));
        verifyFailedWrite(w, failed, before, 0, QStringLiteral("EFBIG"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(failed.error().code, QStringLiteral("UNIAPI_WRITE_FAILED"));
        QVERIFY2(failed.error().message.contains(QLatin1String("disk full")), qPrintable(failed.error().message));
        QVERIFY2(!failed.error().message.contains(QLatin1String("bind mount")), qPrintable(failed.error().message));

        w.io->fileSizeLimit = -1;
        const Result<WriteOutcome> written = w.apply(requestWith(5));
        QVERIFY(written.ok() && written->written);
        QCOMPARE(w.backups(), 1);
    }

    // The backup cannot be made (a file where the backup folder should be): nothing is written.
    void apiYamlBackupFailureStopsTheWrite()
    {
        WriterWorld w(WriteMode::Atomic);
        QVERIFY(writeFile(w.path, kHandWritten));
        QVERIFY(writeFile(w.dir.filePath(QStringLiteral("backup")), "not a folder"));
        const Result<WriteOutcome> failed = w.apply(requestWith(2));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, ErrorKind::Io);
        QVERIFY2(failed.error().message.contains(QLatin1String("api.yaml not written")), qPrintable(failed.error().message));
        QCOMPARE(readFile(w.path), kHandWritten);
    }

    // The instance file (tokens inside) and api.yaml backups go through the same QSaveFile path.
    void instanceFileAndBackupOnAFullDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gptload-instances.json"));
        InstanceConfig local;
        local.id = QStringLiteral("local");
        local.name = QStringLiteral("local");
        local.url = QStringLiteral("http://localhost:3001");
        local.token = QStringLiteral("tok-io-test-0123456789");
        local.priority = 1;
        QVERIFY(saveInstanceFile(path, {local}).ok());
        const QByteArray before = readFile(path);
        InstanceConfigList more{local};
        for (int i = 0; i < 5; ++i) {
            InstanceConfig c = local;
            c.id = QStringLiteral("remote-%1").arg(i);
            c.url = QStringLiteral("https://remote-%1.example").arg(i);
            c.priority = 2 + i;
            more.append(c);
        }
        {
            FileSizeLimit full{rlim_t(before.size())};
            const Status saved = saveInstanceFile(path, more);
            QVERIFY(!saved.ok());
            QCOMPARE(saved.error().kind, ErrorKind::Io);
            QVERIFY2(saved.error().message.contains(QLatin1String("disk full")), qPrintable(saved.error().message));
            QVERIFY(!saved.error().message.contains(local.token));
        }
        QCOMPARE(readFile(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("gptload-instances.json")});
        QVERIFY(loadInstanceFile(path).ok());

        ManualClock clock;
        BackupStore backups(dir.filePath(QStringLiteral("api.yaml")), &clock);
        {
            FileSizeLimit full{rlim_t(16)};
            const Result<QString> backup = backups.create(kHandWritten, {});
            QVERIFY(!backup.ok());
            QVERIFY2(backup.error().message.contains(QLatin1String("disk full")), qPrintable(backup.error().message));
        }
        QCOMPARE(backups.list().value().size(), 0);  // no truncated backup is left to restore from
    }

    void apiYamlReadFailureIsReported()
    {
        WriterWorld w(WriteMode::Atomic);
        QVERIFY(writeFile(w.path, kHandWritten));
        w.io->failReads = true;
        const Result<WriteOutcome> failed = w.apply(requestWith(2));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("UNIAPI_READ_FAILED"));
        QCOMPARE(readFile(w.path), kHandWritten);
        QCOMPARE(w.backups(), 0);
        const UniApiStatus status = w.writer->status();  // never fails; the problem is inside
        Q_UNUSED(status);
    }

    // The state store on a full disk: every write fails with a clear error, the data written
    // before stays, a multi-statement transaction is all or nothing, and once there is room
    // again the store works and the file is sound.
    void stateStoreOnAFullDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("uni-load.db"));
        {
            StateStore store;
            QVERIFY(store.open(path).ok());
            SiteRecord site;
            site.name = QStringLiteral("kept-site");
            site.baseUrl = QStringLiteral("https://kept.example");
            QVERIFY(store.saveSite(site).ok());
            QVERIFY(store.setSetting(QStringLiteral("kept"), QJsonValue(1)).ok());

            qint64 total = 0;
            for (const QString &f : QDir(dir.path()).entryList(QDir::Files))
                total = qMax(total, QFileInfo(dir.filePath(f)).size());
            int failures = 0;
            for (int i = 0; i < 20; ++i) {
                FileSizeLimit full{rlim_t(total)};
                QVERIFY(full.active());
                const QString big = QString(8192, QLatin1Char('x'));
                const Status transaction = store.transaction([&]() -> Status {
                    for (int n = 0; n < 4; ++n) {
                        SiteRecord s;
                        s.name = QStringLiteral("lost-%1-%2").arg(i).arg(n);
                        s.baseUrl = QStringLiteral("https://lost.example/") + big;
                        Result<SiteRecord> saved = store.saveSite(s);
                        if (!saved.ok())
                            return saved.error();
                    }
                    return {};
                });
                const Status setting = store.setSetting(QStringLiteral("big-%1").arg(i), QJsonValue(big));
                for (const Status *s : {&transaction, &setting}) {
                    if (s->ok())
                        continue;
                    ++failures;
                    QCOMPARE(s->error().kind, ErrorKind::Io);
                    QVERIFY2(!s->error().message.isEmpty(), "an empty error");
                }
            }
            QVERIFY2(failures > 0, "the size limit never made a write fail");

            // Nothing half-written is visible: either every site of a transaction or none.
            const Result<QList<SiteRecord>> sites = store.sites();
            QVERIFY(sites.ok());
            QHash<QString, int> perTransaction;
            bool kept = false;
            for (const SiteRecord &s : sites.value()) {
                kept = kept || s.name == QStringLiteral("kept-site");
                if (s.name.startsWith(QLatin1String("lost-")))
                    ++perTransaction[s.name.section(QLatin1Char('-'), 1, 1)];
            }
            QVERIFY(kept);
            for (auto it = perTransaction.cbegin(); it != perTransaction.cend(); ++it)
                QVERIFY2(it.value() == 4, qPrintable(QStringLiteral("transaction %1 kept %2 of 4 sites").arg(it.key()).arg(it.value())));
            QCOMPARE(store.setting(QStringLiteral("kept"))->toInt(), 1);

            // Room again.
            SiteRecord after;
            after.name = QStringLiteral("after-the-disk-was-freed");
            after.baseUrl = QStringLiteral("https://after.example");
            QVERIFY(store.saveSite(after).ok());
            store.close();
        }
        StateStore reopened;
        QVERIFY(reopened.open(path).ok());
        QVERIFY(reopened.sites().ok());
        QVERIFY(reopened.sites().value().size() >= 2);
        reopened.close();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    }
};

QTEST_GUILESS_MAIN(TestReliabilityIo)
#include "tst_reliability_io.moc"
