#include "core/engine/enginecore.h"

#include "core/engine/jobqueue.h"
#include "core/log/categories.h"
#include "core/store/statestore.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QThread>

namespace ul {

EngineCore::EngineCore(EngineOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_clock(m_options.clock ? m_options.clock : Clock::system())
{
}

EngineCore::~EngineCore() = default;

void EngineCore::initialize()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_startedAt = m_clock->now();
    m_publishTimer = new QTimer(this);
    m_publishTimer->setSingleShot(true);
    m_publishTimer->setInterval(20);  // coalesce bursts of changes (onboarding) into one snapshot
    connect(m_publishTimer, &QTimer::timeout, this, &EngineCore::publish);

    m_network = new QNetworkAccessManager(this);
    m_store = std::make_unique<StateStore>();
    m_jobs = new JobQueue(m_store.get(), m_clock, this);
    connect(m_jobs, &JobQueue::jobsChanged, this, &EngineCore::schedulePublish);

    QString storePath = m_options.stateStorePath;
    if (storePath.isEmpty())
        storePath = QDir(m_options.dataDir).filePath(QStringLiteral("uni-load.db"));
    if (Status s = m_store->open(storePath); !s.ok()) {
        m_startupError = s.error().message;
        qCCritical(lcStore).noquote() << "cannot open the state store:" << s.error().message;
    } else {
        qCInfo(lcStore).noquote() << "state store" << storePath << "schema version" << m_store->schemaVersion();
    }
    m_ready = true;
    publish();
}

void EngineCore::shutdown()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_jobs)
        m_jobs->cancelAll();
    if (m_publishTimer)
        m_publishTimer->stop();
    if (m_store)
        m_store->close();
}

void EngineCore::schedulePublish()
{
    if (m_publishTimer && !m_publishTimer->isActive())
        m_publishTimer->start();
}

void EngineCore::publish()
{
    emit snapshotReady(buildSnapshot());
}

EngineSnapshot EngineCore::buildSnapshot()
{
    EngineSnapshot s;
    s.revision = ++m_revision;
    s.startedAt = m_startedAt;
    s.ready = m_ready;
    s.startupError = m_startupError;
    if (m_jobs)
        s.jobs = m_jobs->jobs();
    return s;
}

} // namespace ul
