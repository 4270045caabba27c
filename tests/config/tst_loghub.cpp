#include "core/common/clock.h"
#include "core/common/redactor.h"
#include "core/log/categories.h"
#include "core/log/loghub.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace ul;

namespace {

LogHubOptions quietOptions(LogLevel level = LogLevel::Debug)
{
    LogHubOptions options;
    options.minimumLevel = level;
    options.consoleOutput = false;
    return options;
}

QList<QByteArray> fileLines(const QString &path)
{
    QList<QByteArray> lines = test::readFile(path).split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestLogHub : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Redactor::forgetAllSecrets(); }

    void levelFiltering()
    {
        LogHub hub(quietOptions(LogLevel::Warn));
        hub.append(LogLevel::Debug, QStringLiteral("uniload.app"), QStringLiteral("d"));
        hub.append(LogLevel::Info, QStringLiteral("uniload.app"), QStringLiteral("i"));
        hub.append(LogLevel::Warn, QStringLiteral("uniload.app"), QStringLiteral("w"));
        hub.append(LogLevel::Error, QStringLiteral("uniload.app"), QStringLiteral("e"));
        QList<LogEntry> entries = hub.messages();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).text, QStringLiteral("w"));
        QCOMPARE(entries.at(1).level, LogLevel::Error);

        hub.setMinimumLevel(LogLevel::Debug);
        QCOMPARE(hub.minimumLevel(), LogLevel::Debug);
        hub.append(LogLevel::Debug, QStringLiteral("uniload.app"), QStringLiteral("d2"));
        QCOMPARE(hub.messages().size(), 3);
    }

    void ringIsBoundedAndReadsSinceAnId()
    {
        LogHubOptions options = quietOptions();
        options.ringCapacity = 5;
        LogHub hub(options);
        QCOMPARE(hub.lastId(), 0);
        QVERIFY(hub.messages().isEmpty());
        for (int i = 1; i <= 8; ++i)
            hub.append(LogLevel::Info, QStringLiteral("uniload.sync"), QStringLiteral("m%1").arg(i));
        QCOMPARE(hub.lastId(), 8);
        QList<LogEntry> all = hub.messages();
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.first().id, 4);
        QCOMPARE(all.last().id, 8);
        QCOMPARE(all.last().text, QStringLiteral("m8"));
        const QList<LogEntry> recent = hub.messages(6);
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.first().id, 7);
        QCOMPARE(hub.messages(2).size(), 5);   // older than the ring: everything retained
        QVERIFY(hub.messages(8).isEmpty());
        QVERIFY(hub.messages(100).isEmpty());
        QCOMPARE(hub.ringCapacity(), 5);
    }

    void defaultCapacityIs2000()
    {
        LogHub hub(quietOptions());
        QCOMPARE(hub.ringCapacity(), 2000);
    }

    void installedHandlerReceivesCategorisedMessages()
    {
        ManualClock clock(QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 678), Qt::UTC));
        LogHubOptions options = quietOptions(LogLevel::Info);
        options.clock = &clock;
        LogHub hub(options);
        QByteArray console;
        hub.setConsoleWriter([&](const QByteArray &bytes) { console += bytes; });
        hub.installMessageHandler();
        QCOMPARE(LogHub::installed(), &hub);
        qCWarning(lcConfig) << "instance file missing";
        qCInfo(lcGptLoad, "instance %s healthy", "local");
        qInfo("uncategorised");
        hub.uninstallMessageHandler();
        QCOMPARE(LogHub::installed(), nullptr);
        qInfo("after uninstall goes elsewhere");

        const QList<LogEntry> entries = hub.messages();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).category, QStringLiteral("uniload.config"));
        QCOMPARE(entries.at(0).level, LogLevel::Warn);
        QCOMPARE(entries.at(0).text, QStringLiteral("instance file missing"));
        QCOMPARE(entries.at(1).category, QStringLiteral("uniload.gptload"));
        QCOMPARE(entries.at(1).text, QStringLiteral("instance local healthy"));
        QCOMPARE(entries.at(2).category, QStringLiteral("default"));
        QCOMPARE(entries.at(0).timestamp, clock.now());
        // Console sink is off in the options: nothing written even with a writer set.
        QVERIFY(console.isEmpty());
    }

    void consoleLineFormat()
    {
        ManualClock clock(QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 678), Qt::UTC));
        LogHubOptions options;
        options.clock = &clock;
        LogHub hub(options);
        QByteArray console;
        hub.setConsoleWriter([&](const QByteArray &bytes) { console += bytes; });
        hub.append(LogLevel::Warn, QStringLiteral("uniload.health"), QStringLiteral("first\nsecond"));
        QCOMPARE(console, QByteArray("2025-01-02T03:04:05.678Z warn  uniload.health: first\n    second\n"));

        // Control characters and bidi overrides from requests or upstream answers are escaped,
        // so that the file stays text (grep would call it binary) and reads in its order.
        console.clear();
        hub.append(LogLevel::Warn, QStringLiteral("uniload.api"),
                   QStringLiteral("site ") + QChar(0) + QChar(0x202E) + QStringLiteral("x\r\tend \u6a21\u578b"));
        QCOMPARE(console, QStringLiteral("2025-01-02T03:04:05.678Z warn  uniload.api: site \\u{0}\\u{202e}x\\u{d}\tend \u6a21\u578b\n").toUtf8());
    }

    void secretsAreRedactedBeforeEverySink()
    {
        QTemporaryDir dir;
        const QString secret = QStringLiteral("SECRET-ADMIN-TOKEN-42");
        Redactor::registerSecret(secret);
        LogHubOptions options = quietOptions();
        options.consoleOutput = true;
        LogHub hub(options);
        QByteArray console;
        hub.setConsoleWriter([&](const QByteArray &bytes) { console += bytes; });
        QVERIFY(hub.openFileSinks(dir.filePath(QStringLiteral("logs"))).ok());
        QList<LogEntry> emitted;
        connect(&hub, &LogHub::messageAdded, this, [&](const LogEntry &e) { emitted.append(e); });

        hub.append(LogLevel::Error, QStringLiteral("uniload.gptload"), QStringLiteral("auth failed with ") + secret);
        hub.append(LogLevel::Info, QStringLiteral("uniload.api"), QStringLiteral("Authorization: Bearer abcdefghijklmnopqrst"));

        const QByteArray combined = test::readFile(dir.filePath(QStringLiteral("logs/combined.log")));
        const QByteArray errors = test::readFile(dir.filePath(QStringLiteral("logs/error.log")));
        QVERIFY(combined.contains("auth failed with"));
        for (const QByteArray &text : {combined, errors, console}) {
            QVERIFY2(!text.contains(secret.toUtf8()), text.constData());
            QVERIFY2(!text.contains("abcdefghijklmnopqrst"), text.constData());
        }
        for (const LogEntry &e : hub.messages())
            QVERIFY(!e.text.contains(secret));
        QCOMPARE(emitted.size(), 2);
        QVERIFY(!emitted.first().text.contains(secret));
    }

    void errorLogGetsOnlyWarningsAndErrors()
    {
        QTemporaryDir dir;
        LogHub hub(quietOptions(LogLevel::Debug));
        const QString logs = dir.filePath(QStringLiteral("data/logs"));
        QVERIFY(hub.openFileSinks(logs).ok());  // creates the directory
        QCOMPARE(hub.logDirectory(), logs);
        hub.append(LogLevel::Debug, QStringLiteral("uniload.app"), QStringLiteral("debug line"));
        hub.append(LogLevel::Info, QStringLiteral("uniload.app"), QStringLiteral("info line"));
        hub.append(LogLevel::Warn, QStringLiteral("uniload.app"), QStringLiteral("warn line"));
        hub.append(LogLevel::Error, QStringLiteral("uniload.app"), QStringLiteral("error line"));
        const QList<QByteArray> combined = fileLines(logs + QStringLiteral("/combined.log"));
        const QList<QByteArray> errors = fileLines(logs + QStringLiteral("/error.log"));
        QCOMPARE(combined.size(), 4);
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.at(0).endsWith("warn line"));
        QVERIFY(errors.at(1).endsWith("error line"));
        QVERIFY(hub.fileSinkError().isEmpty());

        // Below the level: not in any file.
        hub.setMinimumLevel(LogLevel::Error);
        hub.append(LogLevel::Warn, QStringLiteral("uniload.app"), QStringLiteral("dropped"));
        QCOMPARE(fileLines(logs + QStringLiteral("/combined.log")).size(), 4);
        QCOMPARE(fileLines(logs + QStringLiteral("/error.log")).size(), 2);
    }

    void fileSinksRotate()
    {
        QTemporaryDir dir;
        LogHubOptions options = quietOptions();
        options.fileRotation.maxBytes = 300;
        options.fileRotation.maxFiles = 3;
        LogHub hub(options);
        QVERIFY(hub.openFileSinks(dir.path()).ok());
        for (int i = 0; i < 40; ++i)
            hub.append(LogLevel::Info, QStringLiteral("uniload.sync"), QStringLiteral("line number %1").arg(i));
        const QString combined = dir.filePath(QStringLiteral("combined.log"));
        QVERIFY(QFileInfo::exists(combined));
        QVERIFY(QFileInfo::exists(combined + QStringLiteral(".1")));
        QVERIFY(QFileInfo::exists(combined + QStringLiteral(".2")));
        QVERIFY(!QFileInfo::exists(combined + QStringLiteral(".3")));
        for (const QString &suffix : {QString(), QStringLiteral(".1"), QStringLiteral(".2")})
            QVERIFY(QFileInfo(combined + suffix).size() <= 300);
        QVERIFY(fileLines(combined).last().endsWith("line number 39"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("error.log"))));  // opened lazily, no warnings logged
    }

    void fullDiskIsSaidOnceOnStderr()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full here");
        QTemporaryDir dir;
        const QString combined = dir.filePath(QStringLiteral("combined.log"));
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), combined));  // every write: ENOSPC
        LogHub hub(quietOptions());  // console output off: the notice comes anyway
        QByteArray stderrText;
        hub.setConsoleWriter([&](const QByteArray &bytes) { stderrText += bytes; });
        QVERIFY(hub.openFileSinks(dir.path()).ok());
        for (int i = 0; i < 5; ++i)
            hub.append(LogLevel::Info, QStringLiteral("uniload.app"), QStringLiteral("line %1").arg(i));
        QCOMPARE(stderrText.count("cannot be written"), 1);
        QVERIFY2(stderrText.contains("error uniload.log: the log files in"), stderrText.constData());
        QVERIFY(!hub.fileSinkError().isEmpty());
        QCOMPARE(hub.messages().size(), 5);  // the in-memory log has everything

        // Space again: the files take lines and that is said too.
        QVERIFY(QFile::remove(combined));
        hub.append(LogLevel::Info, QStringLiteral("uniload.app"), QStringLiteral("after"));
        QCOMPARE(stderrText.count("are written again"), 1);
        QVERIFY(fileLines(combined).last().endsWith("after"));
    }

    void cannotCreateLogDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("file")), "x"));
        LogHub hub(quietOptions());
        const Status s = hub.openFileSinks(dir.filePath(QStringLiteral("file/logs")));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Io);
        hub.append(LogLevel::Info, QStringLiteral("uniload.app"), QStringLiteral("still in the ring"));
        QCOMPARE(hub.messages().size(), 1);
    }

    void messagesFromOtherThreads()
    {
        LogHub hub(quietOptions());
        hub.installMessageHandler();
        int received = 0;
        QObject receiver;  // lives in this thread: signals from workers arrive queued
        connect(&hub, &LogHub::messageAdded, &receiver, [&](const LogEntry &) { ++received; });

        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back(QThread::create([t] {
                for (int i = 0; i < 50; ++i)
                    qCWarning(lcEngine, "thread %d message %d", t, i);
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(10000));
        hub.uninstallMessageHandler();

        const QList<LogEntry> entries = hub.messages();
        QCOMPARE(entries.size(), 200);
        for (int i = 0; i < entries.size(); ++i)
            QCOMPARE(entries.at(i).id, qint64(i + 1));
        QTRY_COMPARE(received, 200);
    }

    void categoryNames()
    {
        const QStringList names = logCategoryNames();
        QCOMPARE(names.size(), 12);
        QVERIFY(names.contains(QString::fromLatin1(lcUi().categoryName())));
        QVERIFY(names.contains(QString::fromLatin1(lcStore().categoryName())));
        QCOMPARE(parseLogLevel(QStringLiteral(" WARNING ")), std::optional<LogLevel>(LogLevel::Warn));
        QVERIFY(!parseLogLevel(QStringLiteral("trace")));
        QCOMPARE(logLevelForMessageType(QtCriticalMsg), LogLevel::Error);
    }
};

QTEST_GUILESS_MAIN(TestLogHub)
#include "tst_loghub.moc"
