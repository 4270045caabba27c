#pragma once

#include "core/common/clock.h"
#include "core/common/instanceconfig.h"
#include "core/common/result.h"
#include "core/engine/snapshot.h"
#include "core/gptload/gptloadclient.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QTimer>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace ul {

// The configured gpt-load instances, one GptLoadClient each, and ONE health record per instance
// (uni-load-behaviour.md §5.1): refreshed by a timer (default 60 s, backing off to 5 min while an
// instance stays down) and on demand. Reads (views(), isHealthy()) never trigger checks.
// Engine thread only.
class InstanceRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceRegistry)

public:
    InstanceRegistry(QNetworkAccessManager *network, GptLoadClientOptions clientOptions, Clock *clock,
                     QObject *parent = nullptr);
    ~InstanceRegistry() override;

    // Replaces the configuration: clients of removed instances are dropped, changed ones updated,
    // new ones created. Health records of unchanged instances are kept.
    void setInstances(const InstanceConfigList &instances);
    // Clients created from now on carry their requests on `wire` (set before setInstances).
    void setWire(WireThread *wire) { m_wire = wire; }
    const InstanceConfigList &instances() const { return m_instances; }  // by priority
    std::optional<InstanceConfig> instance(const QString &id) const;
    GptLoadClient *client(const QString &id) const;
    QList<GptLoadClient *> clients() const;

    bool isHealthy(const QString &id) const;
    // Healthy and manageable instances, by priority.
    InstanceConfigList healthyInstances() const;
    // Every instance has been checked at least once (until then "not healthy" means "not known").
    bool healthKnown() const;
    QList<InstanceView> views() const;

    // Checks every instance now, concurrently; yields the number of healthy instances.
    QFuture<Result<int>> checkAll();
    // Checks the instances whose backoff has expired (what the timer does).
    void checkDue();
    // A service saw `id` stop answering: check it now rather than at its next time, so its state
    // (and the instance-down event) follows at once. Nothing when a check of it is running.
    void checkSoon(const QString &id);

    void startTimer(int intervalSecs, int maxBackoffSecs);
    void stopTimer();
    ServiceView serviceView() const;
    void cancelAll();

signals:
    void changed();
    void instanceHealthChanged(const QString &id, bool healthy, const QString &error);

private:
    enum class HealthState { Up, Down };
    struct Health
    {
        bool healthy = false;
        bool checked = false;
        bool checking = false;
        int responseTimeMs = -1;
        QDateTime lastCheck;
        QDateTime nextCheck;
        QString error;
        QString profile;
        int consecutiveFailures = 0;
        // Callers that asked while the check was running: they get its result (a QFuture takes
        // one continuation only, so the running check's future cannot be handed out twice).
        std::shared_ptr<QList<std::shared_ptr<QPromise<Result<HealthState>>>>> waiters;
    };

    QFuture<Result<HealthState>> checkOne(const QString &id);
    void record(const QString &id, bool healthy, int responseMs, const QString &error, const QString &profile);
    // A check cancelled (shutdown, reload) learnt nothing: the instance keeps its state and is
    // due again at its next time.
    void abandonCheck(const QString &id);

    QNetworkAccessManager *m_network;
    QPointer<WireThread> m_wire;
    GptLoadClientOptions m_clientOptions;
    Clock *m_clock;
    InstanceConfigList m_instances;
    QHash<QString, GptLoadClient *> m_clients;
    QHash<QString, Health> m_health;
    QTimer *m_timer = nullptr;
    int m_intervalSecs = 60;
    int m_maxBackoffSecs = 300;
    QDateTime m_lastRun;
    bool m_busy = false;
};

} // namespace ul
