// `uni-load --check`: the operator's files — the instance file and uni-api's api.yaml.
#include "app/configcheckreport.h"

#include "core/common/configfileio.h"
#include "core/config/appconfig.h"
#include "core/instances/instancefile.h"
#include "core/uniapi/uniapistatus.h"
#include "core/uniapi/writeplanner.h"

#include <QFileInfo>

namespace ul::ConfigCheck {

InstanceConfigList checkInstanceFile(const AppConfigSnapshot &cfg, Report &report)
{
    const QString area = QStringLiteral("instances");
    if (!cfg.instanceFile.exists) {
        if (cfg.instanceFile.configured)
            report.addConfigurationError(area, QStringLiteral("GPTLOAD_INSTANCES_FILE names %1, which does not exist").arg(cfg.instanceFile.path));
        else
            report.add(Finding::Warning, area,
                       QStringLiteral("no instance file (looked for %1): uni-load starts without any gpt-load instance")
                           .arg(cfg.instanceFile.candidates.join(QStringLiteral(", "))));
        return {};
    }
    const InstanceFileLoad load = loadInstanceFile(cfg.instanceFile.path);
    if (!load.ok()) {
        report.addConfigurationError(area, load.error->toString());
        return {};
    }
    for (const InstanceFileWarning &warning : load.warnings)
        report.add(Finding::Warning, area,
                   warning.field.isEmpty() ? QStringLiteral("%1: %2").arg(load.file, warning.message)
                                           : QStringLiteral("%1: %2: %3").arg(load.file, warning.field, warning.message));
    report.add(Finding::Ok, area,
               QStringLiteral("%1: %2 %3")
                   .arg(load.file, QString::number(load.instances.size()),
                        load.instances.size() == 1 ? QStringLiteral("instance") : QStringLiteral("instances")));
    return load.instances;
}

namespace {

// A provider as uni-load would add one: planning its write runs every rule a real write applies
// to the file as it is (block mapping, no duplicate keys, api_keys, providers uni-load can edit).
uniapi::ManagedProvider probeProvider(const InstanceConfigList &instances)
{
    uniapi::ManagedProvider probe;
    probe.l3GroupName = QStringLiteral("uni-load-check");
    probe.instanceBaseUrl = instances.isEmpty() ? QStringLiteral("http://127.0.0.1:3001") : instances.constFirst().effectiveUniApiBaseUrl();
    probe.gatewayKey = QStringLiteral("sk-uni-load-check-0000000000000000");
    probe.models = {uniapi::ManagedModel{QStringLiteral("uni-load-check-model"), QString()}};
    return probe;
}

} // namespace

void checkUniApiConfig(const AppConfigSnapshot &cfg, const InstanceConfigList &instances, Report &report)
{
    const QString area = QStringLiteral("api.yaml");
    const QString &path = cfg.uniApiYamlPath;
    ConfigFileIo io(QStringLiteral("UNIAPI_READ_FAILED"));
    const Result<FileSnapshot> snapshot = io.read(path);
    if (!snapshot.ok()) {
        report.addConfigurationError(area, snapshot.error().message);
        return;
    }
    if (!snapshot->exists) {
        if (const QString problem = uniapi::describeConfig(path, snapshot).error; !problem.isEmpty())
            report.addConfigurationError(area, QStringLiteral("%1: %2").arg(path, problem));
        else
            report.add(Finding::Info, area, QStringLiteral("%1 does not exist yet: the first onboarding creates it").arg(path));
        return;
    }
    uniapi::PlannerOptions options;
    options.path = path;
    options.writeEngine = cfg.uniApiEngineField;
    for (const InstanceConfig &instance : instances)
        options.knownInstanceUrls << instance.url << instance.effectiveUniApiBaseUrl();
    const Result<uniapi::PlannedWrite> planned = uniapi::planManagedWrite(snapshot.value(), {probeProvider(instances)}, options);
    if (!planned.ok()) {
        report.addConfigurationError(area, QStringLiteral("%1: uni-load's writes would be refused: %2").arg(path, planned.error().message));
        return;
    }
    // Every write takes a lock file and a backup beside api.yaml; atomic writes also rename a new
    // file over it, in place ones rewrite the file itself.
    const QFileInfo file(path);
    const QFileInfo directory(file.absolutePath());
    if (!directory.isWritable() || (cfg.uniApiWriteInPlace && !file.isWritable())) {
        report.addConfigurationError(area, QStringLiteral("%1 cannot be written: %2 is not writable for this user")
                                               .arg(path, directory.isWritable() ? file.filePath() : directory.filePath()));
        return;
    }
    const auto managed = uniapi::listManagedEntries(snapshot.value(), options.knownInstanceUrls);
    const int providers = uniapi::describeConfig(path, snapshot).providersCount;
    if (planned->plan.bootstraps)
        report.add(Finding::Info, area, QStringLiteral("%1 is empty: the first onboarding writes uni-api's template into it").arg(path));
    else
        report.add(Finding::Ok, area, QStringLiteral("%1: %2 provider(s), %3 of them uni-load's (gptload-*)")
                                          .arg(path, QString::number(providers), QString::number(managed.ok() ? managed->size() : 0)));
}

} // namespace ul::ConfigCheck
