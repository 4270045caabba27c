#include "tests/support/testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ul::test {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (done())
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return done();
}

QByteArray readTestData(const QString &relativePath)
{
#ifdef UNILOAD_TEST_DATA_DIR
    const QString base = QStringLiteral(UNILOAD_TEST_DATA_DIR);
#else
    const QString base = QStringLiteral(UNILOAD_SOURCE_DIR "/tests/data");
#endif
    return readFile(base + QLatin1Char('/') + relativePath);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace ul::test
