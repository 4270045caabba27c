#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>

#include <functional>
#include <optional>

namespace ul::test {

// Runs an event loop until the future finishes or the timeout expires (tests only: the engine
// itself never waits). Returns the result, or std::nullopt on timeout. The loop sleeps between
// events: a spinning wait would take a core from the engine and simulator threads under test.
template <typename T>
std::optional<T> await(QFuture<T> future, int timeoutMs = 15000)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    // What the engine posted before its answer (a snapshot) arrives first, as it does for the
    // engine's own callers, whose results come as queued events too; without this a future that
    // had already finished returned before those events were delivered.
    QCoreApplication::sendPostedEvents();
    if (!future.isFinished() || future.isCanceled() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

// Processes events until `done` holds or `timeoutMs` pass; `done` once more at the end.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 20000);

// Reads a file from tests/data.
QByteArray readTestData(const QString &relativePath);

// Writes bytes to a file, creating parent directories.
bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

} // namespace ul::test
