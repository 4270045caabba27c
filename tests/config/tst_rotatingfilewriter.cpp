#include "core/common/redactor.h"
#include "core/log/rotatingfilewriter.h"
#include "tests/support/testutil.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace ul;

namespace {

// In-memory file system with switchable failures.
struct FakeFiles
{
    QHash<QString, QByteArray> files;
    bool failOpen = false;
    bool failWrite = false;
    bool failRename = false;
};

class FakeBackend final : public LogFileBackend
{
public:
    explicit FakeBackend(FakeFiles *fs) : m_fs(fs) {}
    bool openForAppend(const QString &path) override
    {
        if (m_fs->failOpen) {
            m_error = QStringLiteral("disk on fire");
            return false;
        }
        m_path = path;
        m_fs->files[path];  // create
        return true;
    }
    bool isOpen() const override { return !m_path.isEmpty(); }
    qint64 size() const override { return m_fs->files.value(m_path).size(); }
    bool write(const QByteArray &bytes) override
    {
        if (m_fs->failWrite) {
            m_error = QStringLiteral("no space left");
            return false;
        }
        m_fs->files[m_path] += bytes;
        return true;
    }
    void close() override { m_path.clear(); }
    bool exists(const QString &path) const override { return m_fs->files.contains(path); }
    bool remove(const QString &path) override { return m_fs->files.remove(path) > 0; }
    bool rename(const QString &from, const QString &to) override
    {
        if (m_fs->failRename || !m_fs->files.contains(from))
            return false;
        m_fs->files[to] = m_fs->files.take(from);
        return true;
    }
    QString errorString() const override { return m_error; }

private:
    FakeFiles *m_fs;
    QString m_path;
    QString m_error;
};

std::atomic<int> g_loggedMessages{0};
void countingHandler(QtMsgType, const QMessageLogContext &, const QString &)
{
    ++g_loggedMessages;
}

} // namespace

class TestRotatingFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void rotatesAndKeepsMaxFiles()
    {
        FakeFiles fs;
        RotatingFileWriter writer(QStringLiteral("/l/x.log"), {12, 3}, std::make_unique<FakeBackend>(&fs));
        for (const char *line : {"aaaa", "bbbb", "cccc", "dddd", "eeee", "ffff", "gggg"})
            QVERIFY(writer.appendLine(QString::fromLatin1(line)));
        // 5 bytes a line, 12 bytes a file: two lines per file, newest in x.log.
        QCOMPARE(fs.files.value(QStringLiteral("/l/x.log")), QByteArray("gggg\n"));
        QCOMPARE(fs.files.value(QStringLiteral("/l/x.log.1")), QByteArray("eeee\nffff\n"));
        QCOMPARE(fs.files.value(QStringLiteral("/l/x.log.2")), QByteArray("cccc\ndddd\n"));
        QVERIFY(!fs.files.contains(QStringLiteral("/l/x.log.3")));
        QCOMPARE(writer.rotationCount(), 3);
        QCOMPARE(writer.failureCount(), 0);
    }

    void oversizedLineGoesIntoItsOwnFile()
    {
        FakeFiles fs;
        RotatingFileWriter writer(QStringLiteral("/x.log"), {8, 2}, std::make_unique<FakeBackend>(&fs));
        QVERIFY(writer.appendLine(QStringLiteral("a")));
        QVERIFY(writer.appendLine(QStringLiteral("a line longer than the limit")));
        QCOMPARE(fs.files.value(QStringLiteral("/x.log")), QByteArray("a line longer than the limit\n"));
        QCOMPARE(fs.files.value(QStringLiteral("/x.log.1")), QByteArray("a\n"));
    }

    void singleFilePolicyTruncates()
    {
        FakeFiles fs;
        RotatingFileWriter writer(QStringLiteral("/x.log"), {6, 1}, std::make_unique<FakeBackend>(&fs));
        QVERIFY(writer.appendLine(QStringLiteral("one")));
        QVERIFY(writer.appendLine(QStringLiteral("two")));
        QCOMPARE(fs.files.value(QStringLiteral("/x.log")), QByteArray("two\n"));
        QCOMPARE(fs.files.size(), 1);
    }

    void failuresAreRecordedRetriedAndNeverLogged()
    {
        g_loggedMessages = 0;
        const QtMessageHandler previous = qInstallMessageHandler(countingHandler);

        FakeFiles fs;
        RotatingFileWriter writer(QStringLiteral("/x.log"), {100, 2}, std::make_unique<FakeBackend>(&fs));
        fs.failOpen = true;
        QVERIFY(!writer.appendLine(QStringLiteral("lost 1")));
        QCOMPARE(writer.failureCount(), 1);
        QVERIFY(writer.lastError().contains(QStringLiteral("/x.log")));
        QVERIFY(writer.lastError().contains(QStringLiteral("disk on fire")));

        fs.failOpen = false;
        fs.failWrite = true;
        QVERIFY(!writer.appendLine(QStringLiteral("lost 2")));
        QCOMPARE(writer.failureCount(), 2);
        QVERIFY(writer.lastError().contains(QStringLiteral("no space left")));

        fs.failWrite = false;
        QVERIFY(writer.appendLine(QStringLiteral("kept")));  // reopened after the failure
        QCOMPARE(fs.files.value(QStringLiteral("/x.log")), QByteArray("kept\n"));

        qInstallMessageHandler(previous);
        QCOMPARE(g_loggedMessages.load(), 0);
    }

    void failedRenameStillBoundsTheFile()
    {
        FakeFiles fs;
        RotatingFileWriter writer(QStringLiteral("/x.log"), {10, 3}, std::make_unique<FakeBackend>(&fs));
        fs.failRename = true;
        for (int i = 0; i < 10; ++i)
            QVERIFY(writer.appendLine(QStringLiteral("line")));
        QVERIFY(fs.files.value(QStringLiteral("/x.log")).size() <= 10);
        QVERIFY(writer.failureCount() > 0);
    }

    void jsonLinesAreCompactAndRedacted()
    {
        FakeFiles fs;
        RotatingFileWriter writer(QStringLiteral("/ops.log"), {}, std::make_unique<FakeBackend>(&fs));
        QVERIFY(writer.appendJsonLine(QJsonObject{{QStringLiteral("action"), QStringLiteral("remove")},
                                                  {QStringLiteral("token"), QStringLiteral("abcdefghijklmnopqrst")}}));
        const QByteArray line = fs.files.value(QStringLiteral("/ops.log"));
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        QVERIFY(!line.contains("abcdefghijklmnopqrst"));
        QCOMPARE(QJsonDocument::fromJson(line).object().value(QStringLiteral("action")).toString(), QStringLiteral("remove"));
    }

    void diskBackendCreatesDirectoryAndOwnerOnlyFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logs/access.log"));
        {
            RotatingFileWriter writer(path, {64, 2});
            QVERIFY(writer.appendLine(QStringLiteral("GET /api/status 200")));
            for (int i = 0; i < 5; ++i)
                QVERIFY(writer.appendLine(QStringLiteral("GET /api/health 200 %1").arg(i)));
            QCOMPARE(writer.failureCount(), 0);
        }
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".1")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".2")));
        QVERIFY(!(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));

        // Reopening appends and takes the existing size into account.
        RotatingFileWriter again(path, {64, 2});
        const qint64 before = QFileInfo(path).size();
        QVERIFY(again.appendLine(QStringLiteral("x")));
        QVERIFY(QFileInfo(path).size() == before + 2 || QFileInfo(path).size() == 2);
        QCOMPARE(RotatingFileWriter::rotatedPath(path, 0), path);
        QCOMPARE(RotatingFileWriter::rotatedPath(path, 2), path + QStringLiteral(".2"));
    }
};

QTEST_GUILESS_MAIN(TestRotatingFileWriter)
#include "tst_rotatingfilewriter.moc"
