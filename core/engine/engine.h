#pragma once

#include "core/common/future.h"
#include "core/engine/engineoptions.h"
#include "core/engine/snapshot.h"
#include "core/store/records.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QReadWriteLock>
#include <QThread>

#include <functional>
#include <memory>

namespace ul {

class EngineCore;

// The facade every front end uses (UI, HTTP API, tray, tests). It owns the engine thread and the
// EngineCore living in it. Commands are queued calls into that thread returning
// QFuture<Result<T>>; state comes back as value snapshots (snapshot(), snapshotChanged()).
// Callers never block on the engine and never touch engine objects.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    explicit Engine(EngineOptions options, QObject *parent = nullptr);
    ~Engine() override;  // shuts down if still running

    // Starts the engine thread and initialises the core there (store, instance file, loops).
    void start();
    // Cancels jobs, stops timers, aborts requests, closes the store and joins the thread.
    // Idempotent. Blocks the caller only for the core's own shutdown work.
    void shutdown();
    bool isRunning() const { return m_thread.isRunning(); }

    // Latest published snapshot (thread-safe copy).
    EngineSnapshot snapshot() const;

    // --- Commands -------------------------------------------------------------------------------

    // Checks every gpt-load instance now; yields the number of healthy ones.
    QFuture<Result<int>> checkInstances();
    // Re-reads the instance file (after the operator edited it).
    QFuture<Result<int>> reloadInstanceFile();

    // Settings saved from the console or the API (state store "settings" table, JSON values).
    QFuture<Result<QJsonObject>> storedSettings();
    // Sets the given keys; a null value removes a key.
    QFuture<Result<QJsonObject>> saveStoredSettings(const QJsonObject &values);
    // Operations journal: entries after `afterId` (oldest first), or the newest when afterId < 0.
    QFuture<Result<QList<JournalEntry>>> journal(qint64 afterId, int limit);

    // Runs fn(core) in the engine thread; the returned future finishes with fn's result.
    // If the engine stops first, the future finishes with a Cancelled error.
    template <typename T>
    QFuture<Result<T>> invoke(std::function<QFuture<Result<T>>(EngineCore &)> fn);

signals:
    void snapshotChanged(const ul::EngineSnapshot &snapshot);
    void started();

private:
    void acceptSnapshot(const EngineSnapshot &snapshot);

    QThread m_thread;
    EngineCore *m_core = nullptr;
    mutable QReadWriteLock m_snapshotLock;
    EngineSnapshot m_snapshot;
    bool m_shutDown = false;
};

template <typename T>
QFuture<Result<T>> Engine::invoke(std::function<QFuture<Result<T>>(EngineCore &)> fn)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    if (!m_core || m_shutDown || !m_thread.isRunning()) {
        promise->addResult(Result<T>(Error::make(ErrorKind::Unavailable, QStringLiteral("the engine is not running"))));
        promise->finish();
        return future;
    }
    // A promise that is never resolved (engine stopped before running fn) resolves as Cancelled.
    struct Resolver
    {
        std::shared_ptr<QPromise<Result<T>>> promise;
        bool done = false;
        ~Resolver()
        {
            if (!done) {
                promise->addResult(Result<T>(Error::cancelled(QStringLiteral("the engine stopped"))));
                promise->finish();
            }
        }
    };
    auto resolver = std::make_shared<Resolver>();  // built in place: a temporary's destructor would resolve
    resolver->promise = promise;
    EngineCore *core = m_core;
    QMetaObject::invokeMethod(
        m_core,
        [core, fn = std::move(fn), resolver]() {
            QFuture<Result<T>> inner = fn(*core);
            inner
                .then([resolver](const Result<T> &r) {
                    resolver->done = true;
                    resolver->promise->addResult(r);
                    resolver->promise->finish();
                })
                .onCanceled([resolver]() {});  // the Resolver's destructor reports it
        },
        Qt::QueuedConnection);
    return future;
}

} // namespace ul
