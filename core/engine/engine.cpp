#include "core/engine/engine.h"

#include "core/engine/enginecore.h"
#include "core/engine/jobqueue.h"
#include "core/instances/instanceregistry.h"
#include "core/store/statestore.h"
#include "core/log/categories.h"

#include <QCoreApplication>
#include <QReadLocker>
#include <QWriteLocker>

namespace ul {

Engine::Engine(EngineOptions options, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ul::EngineSnapshot>();
    qRegisterMetaType<ul::JobView>();
    m_thread.setObjectName(QStringLiteral("uniload-engine"));
    m_core = new EngineCore(std::move(options));
    m_core->moveToThread(&m_thread);
    connect(m_core, &EngineCore::snapshotReady, this, &Engine::acceptSnapshot, Qt::QueuedConnection);
}

Engine::~Engine()
{
    shutdown();
}

void Engine::start()
{
    if (m_thread.isRunning() || m_shutDown)
        return;
    m_thread.start();
    QMetaObject::invokeMethod(m_core, [core = m_core]() { core->initialize(); }, Qt::QueuedConnection);
    emit started();
}

void Engine::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    if (!m_core)
        return;
    if (m_thread.isRunning()) {
        QThread *mainThread = thread();
        // The core shuts down in its own thread (its database connection and sockets belong to
        // it), then hands itself back to this thread so that it can be deleted after the join.
        QMetaObject::invokeMethod(
            m_core,
            [core = m_core, mainThread]() {
                core->shutdown();
                core->moveToThread(mainThread);
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_core;
    m_core = nullptr;
    qCInfo(lcEngine) << "engine stopped";
}

QFuture<Result<int>> Engine::checkInstances()
{
    return invoke<int>([](EngineCore &core) { return core.instances().checkAll(); });
}

QFuture<Result<int>> Engine::reloadInstanceFile()
{
    return invoke<int>([](EngineCore &core) {
        core.reloadInstanceFile();
        return readyResult<int>(static_cast<int>(core.instances().instances().size()));
    });
}

QFuture<Result<QJsonObject>> Engine::storedSettings()
{
    return invoke<QJsonObject>([](EngineCore &core) {
        if (!core.store().isOpen())
            return readyError<QJsonObject>(StateStore::notOpenError());
        QJsonObject out;
        const auto all = core.store().allSettings();
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            out.insert(it.key(), it.value());
        return readyResult<QJsonObject>(out);
    });
}

QFuture<Result<QJsonObject>> Engine::saveStoredSettings(const QJsonObject &values)
{
    return invoke<QJsonObject>([values](EngineCore &core) {
        StateStore &store = core.store();
        if (!store.isOpen())
            return readyError<QJsonObject>(StateStore::notOpenError());
        Status s = store.transaction([&]() -> Status {
            for (auto it = values.begin(); it != values.end(); ++it) {
                Status one = it.value().isNull() ? store.removeSetting(it.key()) : store.setSetting(it.key(), it.value());
                if (!one.ok())
                    return one;
            }
            return {};
        });
        if (!s.ok())
            return readyError<QJsonObject>(s.error());
        core.schedulePublish();
        QJsonObject out;
        const auto all = store.allSettings();
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            out.insert(it.key(), it.value());
        return readyResult<QJsonObject>(out);
    });
}

QFuture<Result<JobView>> Engine::job(const QString &id)
{
    return invoke<JobView>([id](EngineCore &core) {
        const std::optional<JobView> found = core.jobs().job(id);
        if (!found)
            return readyError<JobView>(Error::notFound(QStringLiteral("unknown job %1").arg(id)));
        return readyResult<JobView>(*found);
    });
}

QFuture<Result<QList<JobView>>> Engine::jobs()
{
    return invoke<QList<JobView>>([](EngineCore &core) { return readyResult(core.jobs().jobs()); });
}

QFuture<Result<QList<JournalEntry>>> Engine::journal(qint64 afterId, int limit)
{
    return invoke<QList<JournalEntry>>([afterId, limit](EngineCore &core) {
        if (!core.store().isOpen())
            return readyError<QList<JournalEntry>>(StateStore::notOpenError());
        return readyResult<QList<JournalEntry>>(afterId < 0 ? core.store().recentJournal(limit) : core.store().journal(afterId, limit));
    });
}

QFuture<Status> Engine::cancelJob(const QString &jobId)
{
    return invoke<void>([jobId](EngineCore &core) {
        if (!core.jobs().cancel(jobId))
            return readyError<void>(Error::notFound(QStringLiteral("no queued or running job %1").arg(jobId)));
        return readyResult<void>(Status());
    });
}

EngineSnapshot Engine::snapshot() const
{
    QReadLocker lock(&m_snapshotLock);
    return m_snapshot;
}

void Engine::acceptSnapshot(const EngineSnapshot &snapshot)
{
    {
        QWriteLocker lock(&m_snapshotLock);
        if (snapshot.revision < m_snapshot.revision)
            return;  // an older snapshot overtaken by a newer one
        m_snapshot = snapshot;
    }
    // Listeners get the newest snapshot once per turn of this thread's event loop: when one of
    // them takes longer than the engine's 20 ms between publications (a console with a hundred
    // sites), the snapshots queued meanwhile collapse into one instead of piling up behind it.
    if (m_announcePending)
        return;
    m_announcePending = true;
    QMetaObject::invokeMethod(
        this,
        [this]() {
            m_announcePending = false;
            emit snapshotChanged(this->snapshot());
        },
        Qt::QueuedConnection);
}

} // namespace ul
