#include "core/onboarding/tempgroupcleaner.h"

#include "core/common/clock.h"
#include "core/gptload/gptloadclient.h"
#include "core/instances/instanceregistry.h"
#include "core/onboarding/tempgroupledger.h"
#include "core/sites/groupnames.h"

#include <QSet>

namespace ul {

namespace {

// Which temp groups of one instance a cleanup deletes.
struct CleanupSelection
{
    enum class Mode { All, OlderThan, Recorded } mode = Mode::All;
    QDateTime cutoff;        // OlderThan
    QSet<QString> recorded;  // Recorded: ledger names
};

std::optional<QDateTime> creationTime(const GroupInfo &group)
{
    if (group.createdAt.isValid())
        return group.createdAt;
    if (const std::optional<qint64> ms = tempGroupTimestampMs(group.name))
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    return std::nullopt;
}

QString unreachableMessage(const InstanceConfig &instance)
{
    return QStringLiteral("gpt-load '%1' (%2) is unreachable (its health check fails); its temporary groups are unknown")
        .arg(instance.name, instance.id);
}

QFuture<Result<InstanceCleanupResult>> deleteFrom(const OnboardingServices &services, GptLoadClient *client,
                                                  QList<GroupInfo> groups, qsizetype index, InstanceCleanupResult result,
                                                  const StepLogPtr &steps)
{
    if (index >= groups.size())
        return readyValue(result);
    const GroupInfo group = groups.at(index);
    return whenDone(client->deleteGroup(group.id), services.alive,
                    [=](Status deleted) mutable -> QFuture<Result<InstanceCleanupResult>> {
                        const QString instanceId = result.instance.id;
                        if (deleted.ok()) {
                            ++result.cleaned;
                            result.deleted.append(group.name);
                            (void)TempGroupLedger(services.store()).remove(instanceId, group.name);
                            steps->record(QStringLiteral("delete-temp-group"), instanceId, group.name, QStringLiteral("ok"));
                        } else if (deleted.error().kind == ErrorKind::Cancelled) {
                            return readyError<InstanceCleanupResult>(deleted.error());
                        } else {
                            result.errors.append(QStringLiteral("%1: %2").arg(group.name, deleted.error().message));
                            steps->record(QStringLiteral("delete-temp-group"), instanceId, group.name, QStringLiteral("failed"),
                                          deleted.error().message);
                        }
                        return deleteFrom(services, client, groups, index + 1, result, steps);
                    });
}

QFuture<Result<InstanceCleanupResult>> cleanInstance(const OnboardingServices &services, const InstanceConfig &instance,
                                                     const CleanupSelection &selection, const StepLogPtr &steps)
{
    InstanceCleanupResult result;
    result.instance = InstanceRef::of(instance);
    GptLoadClient *client = services.instances().client(instance.id);
    if (!client || !services.instances().isHealthy(instance.id)) {
        result.unreachable = true;
        result.errors.append(unreachableMessage(instance));
        return readyValue(result);
    }
    return whenDone(client->listGroups(), services.alive,
                    [=](Result<QList<GroupInfo>> listed) mutable -> QFuture<Result<InstanceCleanupResult>> {
                        if (!listed.ok()) {
                            if (listed.error().kind == ErrorKind::Cancelled)
                                return readyError<InstanceCleanupResult>(listed.error());
                            result.unreachable = true;
                            result.errors.append(listed.error().message);
                            return readyValue(result);
                        }
                        QList<GroupInfo> doomed;
                        QSet<QString> present;
                        for (const GroupInfo &g : listed.value()) {
                            present.insert(g.name);
                            if (!isTempGroupName(g.name))
                                continue;
                            bool remove = true;
                            if (selection.mode == CleanupSelection::Mode::Recorded) {
                                remove = selection.recorded.contains(g.name);
                            } else if (selection.mode == CleanupSelection::Mode::OlderThan) {
                                const std::optional<QDateTime> created = creationTime(g);
                                remove = created && *created < selection.cutoff;
                            }
                            if (remove)
                                doomed.append(g);
                            else
                                ++result.kept;
                        }
                        if (selection.mode == CleanupSelection::Mode::Recorded) {
                            // Recorded groups that no longer exist need no delete, only their entry cleared.
                            TempGroupLedger ledger(services.store());
                            for (const QString &name : selection.recorded) {
                                if (!present.contains(name))
                                    (void)ledger.remove(instance.id, name);
                            }
                        }
                        return deleteFrom(services, client, doomed, 0, result, steps);
                    });
}

QFuture<Result<TempGroupCleanupReport>> cleanInstances(const OnboardingServices &services, const InstanceConfigList &instances,
                                                       const CleanupSelection &selection, std::optional<double> hoursOld,
                                                       const JobContextPtr &context)
{
    auto steps = std::make_shared<StepLog>(context);
    QList<QFuture<Result<InstanceCleanupResult>>> perInstance;
    for (const InstanceConfig &instance : instances)
        perInstance.append(cleanInstance(services, instance, selection, steps));
    return whenAllResults(perInstance).then(
        [alive = services.alive, hoursOld, steps](const QList<Result<InstanceCleanupResult>> &results) -> Result<TempGroupCleanupReport> {
            if (!*alive)
                return shutdownError();
            TempGroupCleanupReport report;
            report.hoursOld = hoursOld;
            for (const Result<InstanceCleanupResult> &r : results) {
                if (!r.ok())
                    return r.error();
                report.instances.append(r.value());
            }
            return report;
        });
}

} // namespace

QFuture<Result<TempGroupStats>> collectTempGroupStats(const OnboardingServices &services)
{
    const InstanceConfigList instances = services.instances().instances();
    QList<QFuture<Result<InstanceTempGroups>>> perInstance;
    for (const InstanceConfig &instance : instances) {
        InstanceTempGroups entry;
        entry.instance = InstanceRef::of(instance);
        GptLoadClient *client = services.instances().client(instance.id);
        if (!client || !services.instances().isHealthy(instance.id)) {
            entry.error = unreachableMessage(instance);
            perInstance.append(readyValue(entry));
            continue;
        }
        perInstance.append(client->listGroups().then([entry](const Result<QList<GroupInfo>> &listed) mutable -> Result<InstanceTempGroups> {
            if (!listed.ok()) {
                if (listed.error().kind == ErrorKind::Cancelled)
                    return listed.error();
                entry.error = listed.error().message;
                return entry;
            }
            for (const GroupInfo &g : listed.value()) {
                if (isTempGroupName(g.name))
                    entry.tempGroups.append({g.id, g.name, creationTime(g).value_or(QDateTime())});
            }
            return entry;
        }));
    }
    return whenAllResults(perInstance).then([alive = services.alive](const QList<Result<InstanceTempGroups>> &results) -> Result<TempGroupStats> {
        if (!*alive)
            return shutdownError();
        TempGroupStats stats;
        for (const Result<InstanceTempGroups> &r : results) {
            if (!r.ok())
                return r.error();
            stats.instances.append(r.value());
        }
        return stats;
    });
}

QFuture<Result<TempGroupCleanupReport>> cleanTempGroups(const OnboardingServices &services, std::optional<double> hoursOld,
                                                        const JobContextPtr &context)
{
    CleanupSelection selection;
    if (hoursOld) {
        selection.mode = CleanupSelection::Mode::OlderThan;
        // Fractional hours count: 1.5 h keeps a group that is 1 h 10 min old.
        selection.cutoff = services.clock()->now().addMSecs(-qRound64(*hoursOld * 3600.0 * 1000.0));
    }
    return cleanInstances(services, services.instances().instances(), selection, hoursOld, context);
}

QFuture<Result<TempGroupCleanupReport>> cleanRecordedTempGroups(const OnboardingServices &services,
                                                                const QString &instanceId, const JobContextPtr &context)
{
    CleanupSelection selection;
    selection.mode = CleanupSelection::Mode::Recorded;
    for (const PendingTempGroup &g : TempGroupLedger(services.store()).forInstance(instanceId))
        selection.recorded.insert(g.name);
    const std::optional<InstanceConfig> instance = services.instances().instance(instanceId);
    if (!instance || selection.recorded.isEmpty())
        return readyValue(TempGroupCleanupReport());
    return cleanInstances(services, {*instance}, selection, std::nullopt, context);
}

} // namespace ul
