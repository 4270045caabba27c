// LayerReconciler: gathering a run's inputs, reconcile, dry run, status.
#include "core/layers/layerreconciler.h"
#include "core/layers/layerreconciler_p.h"

#include "core/common/future.h"
#include "core/instances/instanceregistry.h"
#include "core/layers/apiyamlpublisher.h"
#include "core/layers/planexecutor.h"
#include "core/layers/planner.h"
#include "core/layers/runlistings.h"
#include "core/log/categories.h"
#include "core/store/proxykeys.h"
#include "core/store/statestore.h"
#include "core/uniapi/uniapiwriter.h"

#include <QJsonArray>

namespace ul {

Error unreachableError()
{
    return Error::make(ErrorKind::Unavailable, QStringLiteral("no gpt-load instance is reachable"));
}

QJsonObject AdoptionResult::toJson() const
{
    return QJsonObject{{QStringLiteral("imported"), imported.toJson()}, {QStringLiteral("result"), reconcile.toJson()}};
}

QJsonObject LegacyDeletionResult::toJson() const
{
    return QJsonObject{{QStringLiteral("deleted"), QJsonArray::fromStringList(deleted)},
                       {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
                       {QStringLiteral("uniApi"), uniApi.toJson()}};
}

LayerReconciler::LayerReconciler(StateStore *store, InstanceRegistry *instances, uniapi::UniApiWriter *uniApi, QObject *parent)
    : QObject(parent), m_store(store), m_instances(instances), m_uniApi(uniApi)
{
}

LayerReconciler::~LayerReconciler() = default;

Status LayerReconciler::loadRecords(PlannerInput &input) const
{
    Result<QList<SiteGroupRecord>> siteGroups = m_store->siteGroups();
    if (!siteGroups.ok())
        return siteGroups.error();
    Result<QList<L2Record>> l2 = m_store->l2Groups();
    if (!l2.ok())
        return l2.error();
    Result<QList<L3Record>> l3 = m_store->l3Groups();
    if (!l3.ok())
        return l3.error();
    Result<QList<L3MemberRecord>> members = m_store->l3Members();
    if (!members.ok())
        return members.error();
    input.siteGroups = siteGroups.value();
    for (const SiteGroupRecord &g : std::as_const(input.siteGroups)) {
        if (g.state == ChannelState::Removing)
            input.removedSiteGroups.insert(g.id);  // a deletion left unfinished goes on
    }
    input.l2Groups = l2.value();
    input.l3Groups = l3.value();
    input.members = members.value();
    return {};
}

QFuture<Result<std::shared_ptr<LayerReconciler::RunInputs>>> LayerReconciler::gather(const ReconcileScope &scope, JobContextPtr context)
{
    using Out = Result<std::shared_ptr<RunInputs>>;
    if (!m_store || !m_store->isOpen())
        return readyError<std::shared_ptr<RunInputs>>(StateStore::notOpenError());
    auto inputs = std::make_shared<RunInputs>();
    PlannerInput &input = inputs->input;
    input.scope = scope;
    Result<ProxyKeys> keys = ensureProxyKeys(*m_store);
    if (!keys.ok())
        return readyError<std::shared_ptr<RunInputs>>(keys.error());
    input.keys = keys.value();
    Result<LayerSettingsSet> settings = loadLayerSettings(*m_store);
    if (!settings.ok())
        return readyError<std::shared_ptr<RunInputs>>(settings.error());
    input.settings = settings.value();
    if (Status s = loadRecords(input); !s.ok())
        return readyError<std::shared_ptr<RunInputs>>(s.error());

    QHash<QString, GptLoadClient *> clients;
    QStringList healthy;
    if (m_instances) {
        for (const InstanceConfig &config : m_instances->instances()) {
            PlanInstance i;
            i.id = config.id;
            i.name = config.name;
            i.url = config.url;
            i.uniApiBaseUrl = config.effectiveUniApiBaseUrl();
            i.priority = config.priority;
            i.healthy = m_instances->isHealthy(config.id);
            input.instances.append(i);
            inputs->adminTokens.append(config.token);
            clients.insert(config.id, m_instances->client(config.id));
            // Unhealthy instances are not listed: they stay unknown (never "empty").
            if (i.healthy)
                healthy.append(config.id);
        }
    }
    inputs->knownUrls = knownInstanceUrls(input.instances);
    inputs->listings = new RunListings(this);
    inputs->listings->setClients(clients);
    if (context)
        context->setStep(QStringLiteral("reading groups"));
    return guardedThen(inputs->listings->load(healthy), this, [this, inputs](const Result<int> &) -> Out {
        PlannerInput &in = inputs->input;
        in.listings = inputs->listings->listings();
        in.placementInstanceId = choosePlacementInstance(in.instances, in.listings);
        QString providersError;
        in.currentProviders = readCurrentProviders(m_uniApi, inputs->knownUrls, &providersError);
        if (!in.currentProviders && m_uniApi && !m_uniApi->settings().path.isEmpty())
            inputs->providersError = providersError;
        return inputs;
    });
}

QFuture<Result<LayerReconciler::RunOutput>> LayerReconciler::run(std::shared_ptr<RunInputs> inputs, const Planner &planner,
                                                                  JobContextPtr context, bool publish)
{
    auto output = std::make_shared<RunOutput>();
    output->plan = planner(inputs->input);
    if (!inputs->providersError.isEmpty())
        output->plan.warnings.append(QStringLiteral("api.yaml cannot be read: %1").arg(inputs->providersError));
    auto *executor = new PlanExecutor(m_store, inputs->listings, this);
    return guardedThen(executor->execute(output->plan, context), this,
                       [this, inputs, output, executor, context, publish](const ExecutionReport &report) -> Result<RunOutput> {
                           executor->deleteLater();
                           inputs->listings->deleteLater();
                           if (report.cancelled)
                               return Error::cancelled(QStringLiteral("the layer reconciliation was cancelled"));
                           output->report = report;
                           if (!publish)
                               return *output;
                           if (context)
                               context->setStep(QStringLiteral("writing api.yaml"));
                           const QList<uniapi::ManagedProvider> providers =
                               providersAfterRun(output->plan, &report, inputs->input.instances, inputs->input.keys.gateway);
                           output->uniApi = publishProviders(m_uniApi, providers, inputs->knownUrls);
                           journalPublish(context, output->uniApi);
                           return *output;
                       });
}

void LayerReconciler::journalPublish(const JobContextPtr &context, const PublishOutcome &outcome) const
{
    if (!context || !outcome.attempted)
        return;
    QString detail;
    QString result = QStringLiteral("ok");
    if (outcome.error) {
        result = QStringLiteral("failed");
        detail = outcome.error->toString();
        if (!outcome.error->details.isEmpty())
            detail += QStringLiteral(" (%1)").arg(outcome.error->details);
    } else if (!outcome.written) {
        result = QStringLiteral("skipped");
        detail = QStringLiteral("unchanged");
    } else {
        detail = QStringLiteral("added %1, changed %2, removed %3; backup %4")
                     .arg(outcome.plan.added.size())
                     .arg(outcome.plan.changed.size() + outcome.plan.adopted.size())
                     .arg(outcome.plan.removed.size())
                     .arg(outcome.backupName.isEmpty() ? QStringLiteral("none") : outcome.backupName);
        if (!outcome.plan.diff.isEmpty())
            detail += QLatin1Char('\n') + outcome.plan.diff;  // masked by the writer
    }
    context->journal(QStringLiteral("write-api-yaml"), QString(), outcome.plan.path, result, detail);
}

Result<ReconcileResult> LayerReconciler::toResult(const RunOutput &output) const
{
    Result<LayerTotals> totals = LayerTotals::fromStore(*m_store);
    if (!totals.ok())
        return totals.error();
    return ReconcileResult::from(output.plan, output.report, output.uniApi, totals.value());
}

QFuture<Result<ReconcileResult>> LayerReconciler::reconcile(const ReconcileScope &scope, JobContextPtr context)
{
    return guardedThen(gather(scope, context), this,
                       [this, context](const Result<std::shared_ptr<RunInputs>> &inputs) -> QFuture<Result<ReconcileResult>> {
                           if (!inputs.ok())
                               return readyError<ReconcileResult>(inputs.error());
                           if (inputs.value()->input.listings.isEmpty()) {
                               inputs.value()->listings->deleteLater();
                               return readyError<ReconcileResult>(unreachableError());
                           }
                           return guardedThen(run(inputs.value(), planReconcile, context), this,
                                              [this](const Result<RunOutput> &output) -> Result<ReconcileResult> {
                                                  if (!output.ok())
                                                      return output.error();
                                                  return toResult(output.value());
                                              });
                       })
        .unwrap();
}

QFuture<Result<Plan>> LayerReconciler::plan(const ReconcileScope &scope)
{
    return guardedThen(gather(scope, nullptr), this, [](const Result<std::shared_ptr<RunInputs>> &inputs) -> Result<Plan> {
        if (!inputs.ok())
            return inputs.error();
        inputs.value()->listings->deleteLater();
        Plan plan = planReconcile(inputs.value()->input);
        if (!inputs.value()->providersError.isEmpty())
            plan.warnings.append(QStringLiteral("api.yaml cannot be read: %1").arg(inputs.value()->providersError));
        return plan;
    });
}

QFuture<Result<uniapi::WritePlan>> LayerReconciler::previewApiYaml()
{
    if (!m_uniApi || m_uniApi->settings().path.isEmpty())
        return readyResult(previewProviders(m_uniApi, {}, {}));  // not configured: no listing needed
    return guardedThen(gather(ReconcileScope::everything(), nullptr), this,
                       [this](const Result<std::shared_ptr<RunInputs>> &inputs) -> Result<uniapi::WritePlan> {
                           if (!inputs.ok())
                               return inputs.error();
                           const RunInputs &in = *inputs.value();
                           in.listings->deleteLater();
                           if (in.input.listings.isEmpty())
                               return unreachableError();  // reconcile() would not write either
                           const Plan plan = planReconcile(in.input);
                           return previewProviders(m_uniApi, providersAfterRun(plan, nullptr, in.input.instances, in.input.keys.gateway),
                                                   in.knownUrls);
                       });
}

QFuture<Result<ArchitectureStatus>> LayerReconciler::architectureStatus()
{
    return guardedThen(gather(ReconcileScope::everything(), nullptr), this,
                       [this](const Result<std::shared_ptr<RunInputs>> &inputs) -> Result<ArchitectureStatus> {
                           if (!inputs.ok())
                               return inputs.error();
                           inputs.value()->listings->deleteLater();
                           Result<QList<ChannelHealthRecord>> health = m_store->channelHealth();
                           if (!health.ok())
                               return health.error();
                           const PlannerInput &in = inputs.value()->input;
                           return buildArchitectureStatus(in.siteGroups, in.l2Groups, in.l3Groups, health.value(), in.listings);
                       });
}

} // namespace ul
