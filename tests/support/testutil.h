#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFuture>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace ul::test {

// Processes events until the future finishes or the timeout expires (tests only: the engine
// itself never waits). Returns the result, or std::nullopt on timeout.
template <typename T>
std::optional<T> await(QFuture<T> future, int timeoutMs = 15000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (!future.isFinished() || future.isCanceled() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

// Reads a file from tests/data.
QByteArray readTestData(const QString &relativePath);

// Writes bytes to a file, creating parent directories.
bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

} // namespace ul::test
