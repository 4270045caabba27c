#include "core/instances/instanceregistry.h"

#include "core/common/future.h"
#include "core/common/redactor.h"
#include "core/log/categories.h"

#include <QNetworkAccessManager>

#include <algorithm>

namespace ul {

InstanceRegistry::InstanceRegistry(QNetworkAccessManager *network, GptLoadClientOptions clientOptions, Clock *clock,
                                   QObject *parent)
    : QObject(parent), m_network(network), m_clientOptions(clientOptions), m_clock(clock)
{
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &InstanceRegistry::checkDue);
}

InstanceRegistry::~InstanceRegistry()
{
    cancelAll();
}

void InstanceRegistry::setInstances(const InstanceConfigList &instances)
{
    InstanceConfigList sorted = instances;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const InstanceConfig &a, const InstanceConfig &b) { return a.priority < b.priority; });
    QSet<QString> keep;
    for (const InstanceConfig &config : std::as_const(sorted)) {
        keep.insert(config.id);
        Redactor::registerSecret(config.token);
        if (GptLoadClient *existing = m_clients.value(config.id)) {
            if (!(existing->instance() == config)) {
                if (existing->instance().url != config.url)
                    m_health.remove(config.id);
                existing->setInstance(config);
            }
        } else {
            auto *client = new GptLoadClient(config, m_network, m_clientOptions, this);
            client->setWire(m_wire);
            m_clients.insert(config.id, client);
        }
        if (!m_health.contains(config.id))
            m_health.insert(config.id, Health());
    }
    for (auto it = m_clients.begin(); it != m_clients.end();) {
        if (keep.contains(it.key())) {
            ++it;
            continue;
        }
        it.value()->cancelAll();
        it.value()->deleteLater();
        m_health.remove(it.key());
        it = m_clients.erase(it);
    }
    m_instances = sorted;
    emit changed();
}

std::optional<InstanceConfig> InstanceRegistry::instance(const QString &id) const
{
    for (const InstanceConfig &i : m_instances) {
        if (i.id == id)
            return i;
    }
    return std::nullopt;
}

GptLoadClient *InstanceRegistry::client(const QString &id) const
{
    return m_clients.value(id);
}

QList<GptLoadClient *> InstanceRegistry::clients() const
{
    QList<GptLoadClient *> out;
    for (const InstanceConfig &i : m_instances)
        out.append(m_clients.value(i.id));
    return out;
}

bool InstanceRegistry::isHealthy(const QString &id) const
{
    return m_health.value(id).healthy;
}

InstanceConfigList InstanceRegistry::healthyInstances() const
{
    InstanceConfigList out;
    for (const InstanceConfig &i : m_instances) {
        if (isHealthy(i.id))
            out.append(i);
    }
    return out;
}

bool InstanceRegistry::healthKnown() const
{
    return std::all_of(m_instances.cbegin(), m_instances.cend(), [this](const InstanceConfig &i) { return m_health.value(i.id).checked; });
}

QList<InstanceView> InstanceRegistry::views() const
{
    QList<InstanceView> out;
    for (const InstanceConfig &i : m_instances) {
        const Health h = m_health.value(i.id);
        InstanceView v;
        v.id = i.id;
        v.name = i.name;
        v.url = i.url;
        v.priority = i.priority;
        v.healthy = h.healthy;
        v.checked = h.checked;
        v.responseTimeMs = h.responseTimeMs;
        v.lastCheck = h.lastCheck;
        v.error = h.error;
        v.profile = h.profile;
        v.tlsInsecure = i.tlsInsecure;
        v.hasToken = !i.token.isEmpty();
        v.consecutiveFailures = h.consecutiveFailures;
        out.append(v);
    }
    return out;
}

void InstanceRegistry::record(const QString &id, bool healthy, int responseMs, const QString &error, const QString &profile)
{
    if (!m_health.contains(id))
        return;  // removed while the check ran
    Health &h = m_health[id];
    const bool changedState = !h.checked || h.healthy != healthy;
    h.checking = false;
    h.checked = true;
    h.healthy = healthy;
    h.responseTimeMs = responseMs;
    h.lastCheck = m_clock->now();
    h.error = Redactor::text(error);
    if (!profile.isEmpty())
        h.profile = profile;
    if (healthy) {
        h.consecutiveFailures = 0;
        h.nextCheck = h.lastCheck.addSecs(m_intervalSecs);
    } else {
        ++h.consecutiveFailures;
        // Back off while an instance stays down: interval, 2×, 4×, … capped.
        const qint64 factor = qint64(1) << std::min(h.consecutiveFailures - 1, 10);
        h.nextCheck = h.lastCheck.addSecs(std::min<qint64>(qint64(m_intervalSecs) * factor, m_maxBackoffSecs));
    }
    if (changedState) {
        if (healthy)
            qCInfo(lcHealth).noquote() << "gpt-load instance" << id << "is up" << QStringLiteral("(%1 ms)").arg(responseMs);
        else
            qCWarning(lcHealth).noquote() << "gpt-load instance" << id << "is down:" << h.error;
        emit instanceHealthChanged(id, healthy, h.error);
    }
    emit changed();
}

void InstanceRegistry::abandonCheck(const QString &id)
{
    if (m_health.contains(id))
        m_health[id].checking = false;
}

QFuture<Result<InstanceRegistry::HealthState>> InstanceRegistry::checkOne(const QString &id)
{
    GptLoadClient *client = m_clients.value(id);
    if (!client)
        return readyError<HealthState>(Error::notFound(QStringLiteral("unknown instance %1").arg(id)));
    // One check per instance at a time: a second caller (check-instances during a timer check of
    // a slow instance) shares the running one, so a failure is counted once and results never
    // land out of order.
    if (Health &h = m_health[id]; h.checking && h.waiters) {
        auto waiter = std::make_shared<QPromise<Result<HealthState>>>();
        waiter->start();
        h.waiters->append(waiter);
        return waiter->future();
    }
    m_health[id].checking = true;
    auto waiters = std::make_shared<QList<std::shared_ptr<QPromise<Result<HealthState>>>>>();
    m_health[id].waiters = waiters;
    const auto answerWaiters = [waiters](const Result<HealthState> &result) {
        for (const auto &waiter : std::as_const(*waiters)) {
            waiter->addResult(result);
            waiter->finish();
        }
        waiters->clear();
        return result;
    };
    QFuture<Result<HealthState>> check = guardedThen(client->health(), this, [this, id, client](const Result<HealthInfo> &health) -> QFuture<Result<HealthState>> {
               if (!health.ok()) {
                   // Cancelled at shutdown or on an instance-file reload: nothing was learnt.
                   if (health.error().kind == ErrorKind::Cancelled) {
                       abandonCheck(id);
                       return readyError<HealthState>(health.error());
                   }
                   record(id, false, -1, health.error().message, QString());
                   return readyResult<HealthState>(HealthState::Down);
               }
               const int ms = static_cast<int>(health->responseMs);
               if (!health->isHealthy()) {
                   record(id, false, ms, QStringLiteral("/health reports status '%1'").arg(health->status), QString());
                   return readyResult<HealthState>(HealthState::Down);
               }
               // /health does not prove the admin key; capability detection (one management call,
               // cached per instance start) does, and tells v1.x from an unsupported v2.
               return guardedThen(client->capabilities(), this, [this, id, ms](const Result<Capabilities> &caps) {
                   if (!caps.ok()) {
                       if (caps.error().kind == ErrorKind::Cancelled) {
                           abandonCheck(id);
                           return Result<HealthState>(caps.error());
                       }
                       const QString why = caps.error().kind == ErrorKind::Auth
                                               ? QStringLiteral("gpt-load rejected the admin token (HTTP %1)").arg(caps.error().httpStatus)
                                               : caps.error().message;
                       record(id, false, ms, why, QString());
                       return Result<HealthState>(HealthState::Down);
                   }
                   const QString profile = apiProfileName(caps->profile);
                   if (!caps->isManageable()) {
                       record(id, false, ms, QStringLiteral("unsupported gpt-load version (%1); uni-load manages v1.1 – v1.4").arg(profile),
                              profile);
                       return Result<HealthState>(HealthState::Down);
                   }
                   record(id, true, ms, QString(), profile);
                   return Result<HealthState>(HealthState::Up);
               });
           })
        .unwrap();
    return check.then(answerWaiters).onCanceled([answerWaiters]() { return answerWaiters(Error::cancelled()); });
}

QFuture<Result<int>> InstanceRegistry::checkAll()
{
    QList<QFuture<Result<HealthState>>> checks;
    for (const InstanceConfig &i : std::as_const(m_instances))
        checks.append(checkOne(i.id));
    m_busy = true;
    m_lastRun = m_clock->now();
    emit changed();
    return guardedThen(whenAllResults(checks), this, [this](const QList<Result<HealthState>> &results) {
        m_busy = false;
        int healthy = 0;
        for (const auto &r : results) {
            if (r.ok() && r.value() == HealthState::Up)
                ++healthy;
        }
        emit changed();
        return Result<int>(healthy);
    });
}

void InstanceRegistry::checkDue()
{
    const QDateTime now = m_clock->now();
    bool any = false;
    for (const InstanceConfig &i : std::as_const(m_instances)) {
        const Health &h = m_health[i.id];
        if (h.checking || (h.nextCheck.isValid() && h.nextCheck > now))
            continue;
        any = true;
        (void)checkOne(i.id);
    }
    if (any) {
        m_lastRun = now;
        emit changed();
    }
}

void InstanceRegistry::checkSoon(const QString &id)
{
    if (!m_clients.contains(id) || m_health.value(id).checking)
        return;
    (void)checkOne(id);
    emit changed();
}

void InstanceRegistry::startTimer(int intervalSecs, int maxBackoffSecs)
{
    m_intervalSecs = std::max(1, intervalSecs);
    m_maxBackoffSecs = std::max(m_intervalSecs, maxBackoffSecs);
    // The timer ticks at a fraction of the interval so per-instance backoff times are honoured
    // closely; each tick only checks what is due.
    m_timer->start(std::max(1000, m_intervalSecs * 1000 / 4));
    emit changed();
}

void InstanceRegistry::stopTimer()
{
    m_timer->stop();
    emit changed();
}

ServiceView InstanceRegistry::serviceView() const
{
    ServiceView v;
    v.enabled = m_timer->isActive();
    v.busy = m_busy;
    v.intervalMinutes = std::max(1, m_intervalSecs / 60);
    v.lastRun = m_lastRun;
    QDateTime next;
    for (const Health &h : m_health) {
        if (h.nextCheck.isValid() && (!next.isValid() || h.nextCheck < next))
            next = h.nextCheck;
    }
    v.nextRun = next;
    return v;
}

void InstanceRegistry::cancelAll()
{
    for (GptLoadClient *c : std::as_const(m_clients))
        c->cancelAll();
}

} // namespace ul
