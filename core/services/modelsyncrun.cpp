#include "core/services/modelsyncrun.h"

#include "core/common/redactor.h"
#include "core/engine/enginecore.h"
#include "core/gptload/gptloadclient.h"
#include "core/instances/instanceregistry.h"
#include "core/log/categories.h"
#include "core/onboarding/siteonboarding.h"
#include "core/sites/channelcompat.h"
#include "core/sites/modelfilter.h"
#include "core/store/statestore.h"

namespace ul {

namespace {

Error discoveryError(const QString &message, const Error &cause)
{
    Error e = Error::make(ErrorKind::Upstream, message);
    e.code = cause.code == QLatin1String(kModelListEmptyCode) ? cause.code : QStringLiteral("DISCOVERY_FAILED");
    e.httpStatus = cause.httpStatus;
    return e;
}

} // namespace

ModelSyncRun::ModelSyncRun(const Setup &setup, JobContextPtr context) : m_setup(setup), m_context(std::move(context)) {}

QFuture<Result<ModelSyncReport>> ModelSyncRun::run(const Setup &setup, JobContextPtr context)
{
    std::shared_ptr<ModelSyncRun> self(new ModelSyncRun(setup, std::move(context)));
    if (Status s = self->prepare(); !s.ok())
        return readyError<ModelSyncReport>(s.error());
    if (!setup.listed.isEmpty()) {
        for (qsizetype i = 0; i < self->m_targets.size(); ++i)
            self->m_results[i] = Result<DiscoveredModels>(setup.listed.value(self->m_targets.at(i).group.id));
        return self->afterDiscovery();
    }
    if (self->m_context)
        self->m_context->setProgress(0, int(self->m_targets.size()),
                                     QStringLiteral("listing the models of %1 site group(s)").arg(self->m_targets.size()));
    return self->discoverAll()
        .then([self](const Status &discovered) -> QFuture<Result<ModelSyncReport>> {
            if (!*self->m_setup.alive)
                return readyError<ModelSyncReport>(shutdownError());
            if (!discovered.ok())
                return readyError<ModelSyncReport>(discovered.error());
            return self->afterDiscovery();
        })
        .unwrap();
}

Status ModelSyncRun::prepare()
{
    EngineCore &core = *m_setup.core;
    StateStore &store = core.store();
    if (!store.isOpen())
        return StateStore::notOpenError();
    Result<ModelSyncSettings> settings = loadModelSyncSettings(store);
    if (!settings.ok())
        return settings.error();
    m_settings = settings.value();
    Result<FilterRules> rules = core.onboarding().effectiveFilterRules();
    if (!rules.ok())
        return rules.error();
    m_rules = rules.value();
    Result<QList<SiteRecord>> sites = store.sites();
    if (!sites.ok())
        return sites.error();
    Result<QList<SiteGroupRecord>> groups = store.siteGroups();
    if (!groups.ok())
        return groups.error();
    Result<QList<PendingChange>> pending = store.pendingChanges();
    if (!pending.ok())
        return pending.error();
    m_pending = pending.value();
    m_rejections = SyncRejections::load(store);

    QHash<qint64, SiteRecord> siteById;
    for (const SiteRecord &s : sites.value())
        siteById.insert(s.id, s);
    for (const SiteGroupRecord &g : groups.value()) {
        if (g.state == ChannelState::Removing)
            continue;  // being deleted: its models are on their way out
        if (!m_setup.listed.isEmpty() && !m_setup.listed.contains(g.id))
            continue;
        Target t;
        t.group = g;
        t.site = siteById.value(g.siteId);
        t.reviewMode = t.site.reviewMode.value_or(m_settings.reviewMode);
        m_targets.append(t);
    }
    m_results.resize(m_targets.size());
    m_report.trigger = m_setup.trigger;
    m_report.startedAt = core.clock()->now();
    return {};
}

QFuture<Status> ModelSyncRun::discoverAll()
{
    m_discoveryDone = std::make_shared<QPromise<Status>>();
    QFuture<Status> done = m_discoveryDone->future();
    m_discoveryDone->start();
    if (m_targets.isEmpty()) {
        m_discoveryDone->addResult(Status());
        m_discoveryDone->finish();
        return done;
    }
    const int first = qMin(qMax(1, m_setup.concurrency), int(m_targets.size()));
    // Count them all in flight first: a discovery that finishes at once must not see zero.
    m_inFlight = first;
    m_next = first;
    for (int i = 0; i < first; ++i)
        launch(i);
    return done;
}

void ModelSyncRun::launch(int index)
{
    auto self = shared_from_this();
    discover(m_targets.at(index))
        .then([self, index](const Result<DiscoveredModels> &result) { self->discovered(index, result); })
        .onCanceled([self, index]() { self->discovered(index, Result<DiscoveredModels>(Error::cancelled())); });
}

void ModelSyncRun::discovered(int index, const Result<DiscoveredModels> &result)
{
    m_results[index] = result;
    if (m_context)
        m_context->addProgress(1);
    if (*m_setup.alive && !cancelled() && m_next < m_targets.size()) {
        launch(m_next++);  // this slot stays in flight
        return;
    }
    if (--m_inFlight > 0)
        return;
    if (!*m_setup.alive)
        m_discoveryDone->addResult(Status(shutdownError()));
    else if (cancelled())
        m_discoveryDone->addResult(Status(Error::cancelled(QStringLiteral("model sync cancelled"))));
    else
        m_discoveryDone->addResult(Status());
    m_discoveryDone->finish();
}

QFuture<Result<DiscoveredModels>> ModelSyncRun::discover(const Target &target)
{
    EngineCore &core = *m_setup.core;
    const SiteGroupRecord &g = target.group;
    GptLoadClient *client = core.instances().client(g.instanceId);
    const bool lost = m_lostInstances.contains(g.instanceId);
    if (g.groupId <= 0 || !client || !core.instances().isHealthy(g.instanceId) || lost) {
        const QString why = g.groupId <= 0 ? QStringLiteral("the site group does not exist in gpt-load yet")
                          : !client        ? QStringLiteral("gpt-load instance %1 is not configured").arg(g.instanceId)
                          : lost ? QStringLiteral("gpt-load instance %1 stopped answering during this sync").arg(g.instanceId)
                                 : QStringLiteral("gpt-load instance %1 is unreachable").arg(g.instanceId);
        Error e = Error::make(ErrorKind::Unavailable, QStringLiteral("cannot list the models of %1: %2").arg(g.name, why));
        e.code = QStringLiteral("DISCOVERY_FAILED");
        return readyError<DiscoveredModels>(e);
    }
    auto self = shared_from_this();
    return whenDone(listModelsViaProxy(client, m_setup.alive, g.name, g.channelType, SecretText(core.proxyKeys().hop)),
                    m_setup.alive, [self, target](Result<DiscoveredModels> listed) -> QFuture<Result<DiscoveredModels>> {
                        if (listed.ok() || listed.error().kind == ErrorKind::Cancelled)
                            return readyResult(listed);
                        // gpt-load refused the connection: a direct request needs a key from it too.
                        self->noteLost(target.group.instanceId, listed.error(), true);
                        if (self->m_lostInstances.contains(target.group.instanceId))
                            return readyError<DiscoveredModels>(discoveryError(
                                QStringLiteral("through the proxy: %1").arg(listed.error().message), listed.error()));
                        return self->discoverDirect(target, listed.error().message);
                    });
}

void ModelSyncRun::noteLost(const QString &instanceId, const Error &error, bool siteMayBeTheCause)
{
    // Through the proxy a timeout may be the site's (gpt-load waits for it); a refused or reset
    // connection is gpt-load's own. A management call involves no site.
    const bool unanswered = error.httpStatus == 0
                            && (error.kind == ErrorKind::Network || (!siteMayBeTheCause && error.kind == ErrorKind::Timeout));
    if (!unanswered || m_lostInstances.contains(instanceId))
        return;
    m_lostInstances.insert(instanceId);
    m_setup.core->instances().checkSoon(instanceId);  // its state (and the event) follow at once
}

QFuture<Result<DiscoveredModels>> ModelSyncRun::discoverDirect(const Target &target, const QString &proxyFailure)
{
    EngineCore &core = *m_setup.core;
    GptLoadClient *client = core.instances().client(target.group.instanceId);
    if (!client)
        return readyError<DiscoveredModels>(Error::make(ErrorKind::Unavailable, proxyFailure));
    KeyQuery query;
    query.status = KeyStatusFilter::Active;
    query.pageSize = 1;
    auto self = shared_from_this();
    const AliveFlag alive = m_setup.alive;
    return whenDone(client->listKeys(quint64(target.group.groupId), query), alive,
                    [self, target, proxyFailure, alive](Result<KeyPage> page) -> QFuture<Result<DiscoveredModels>> {
                        if (!page.ok() || page->items.isEmpty()) {
                            const Error cause = page.ok() ? Error::notFound(QStringLiteral("the group has no active key"))
                                                          : page.error();
                            self->noteLost(target.group.instanceId, cause, false);
                            if (cause.kind == ErrorKind::Cancelled)
                                return readyError<DiscoveredModels>(cause);
                            return readyError<DiscoveredModels>(discoveryError(
                                QStringLiteral("through the proxy: %1; no key for a direct request: %2").arg(proxyFailure, cause.message), cause));
                        }
                        // Read for this one request and never stored; registered so no log line shows it.
                        const QString key = page->items.first().keyValue.reveal();
                        Redactor::registerSecret(key);
                        return whenDone(listModelsDirect(self->m_setup.siteHttp, alive, target.site.baseUrl, target.group.channelType, key),
                                        alive, [proxyFailure](Result<DiscoveredModels> listed) -> QFuture<Result<DiscoveredModels>> {
                                            if (listed.ok() || listed.error().kind == ErrorKind::Cancelled)
                                                return readyResult(listed);
                                            return readyError<DiscoveredModels>(discoveryError(
                                                QStringLiteral("through the proxy: %1; directly: %2").arg(proxyFailure, listed.error().message),
                                                listed.error()));
                                        });
                    });
}

QFuture<Result<ModelSyncReport>> ModelSyncRun::afterDiscovery()
{
    if (cancelled())
        return readyError<ModelSyncReport>(Error::cancelled(QStringLiteral("model sync cancelled")));
    EngineCore &core = *m_setup.core;
    const QDateTime now = core.clock()->now();
    QList<SiteGroupModelChange> changes;
    // A site group that changes nothing this run: its outcome says why.
    const auto recordFailure = [this](SiteSyncOutcome outcome, const QString &error) {
        outcome.outcome = QStringLiteral("failed");
        outcome.error = error;
        m_outcomes.append(outcome);
        m_diffs.append(SiteModelDiff());
        m_decisions.append(SiteSyncDecisions());
    };
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        const Target &t = m_targets.at(i);
        SiteSyncOutcome outcome;
        outcome.siteGroup = t.group.name;
        outcome.site = t.site.name;
        const Result<DiscoveredModels> result = m_results.at(i).value_or(Result<DiscoveredModels>(Error::cancelled()));
        if (!result.ok()) {
            recordFailure(outcome, Redactor::text(result.error().message));
            continue;
        }
        outcome.source = result->source;
        const FilterReport filtered = filterDiscoveredModels(result->models, m_rules, {t.group.channelType});
        const QStringList kept = modelsForChannelType(filtered.kept, t.group.channelType);
        outcome.discovered = int(kept.size());
        if (kept.isEmpty()) {
            // As onboarding refuses a site with no models left: rules that keep nothing (an empty
            // whitelist, a blacklist word every name contains) must not empty the site group.
            // Removing a site's models for good is an explicit action (delete the site).
            recordFailure(outcome, QStringLiteral("the site listed %1 model(s) but the filter rules keep none of them; nothing changed, "
                                                  "check the filter rules")
                                       .arg(result->models.size()));
            continue;
        }

        SiteModelDiffInput input;
        input.stored = t.group.models;
        input.manual = t.group.manualModels;
        input.misses = core.store().missingCounters(t.group.id);
        input.discovered = kept;
        input.removalAfterMisses = m_settings.removalAfterMisses;
        const SiteModelDiff diff = diffSiteModels(input);

        SiteReviewInput review;
        review.reviewMode = t.reviewMode;
        review.siteGroup = t.group.name;
        review.now = now;
        review.rejections = m_rejections.forSiteGroup(t.group.name);
        for (const PendingChange &p : std::as_const(m_pending)) {
            if (p.siteGroup == t.group.name)
                review.pending.append(p);
        }
        const SiteSyncDecisions decisions = decideSiteChanges(diff, review);
        if (decisions.rejections != review.rejections) {
            m_rejections.replace(t.group.name, decisions.rejections);
            m_rejectionsChanged = true;
        }

        SiteGroupModelChange change;
        change.siteGroupId = t.group.id;
        change.siteGroup = t.group.name;
        change.added = decisions.applyAdded;
        change.removed = decisions.applyRemoved;
        change.renamed = decisions.renamed;
        if (!change.isEmpty())
            changes.append(change);

        outcome.added = decisions.applyAdded;
        outcome.removed = decisions.applyRemoved;
        outcome.renamed = decisions.renamed;
        outcome.queued = decisions.queue;
        outcome.missing = diff.missing;
        outcome.outcome = outcome.changed()           ? QStringLiteral("applied")
                          : !outcome.queued.isEmpty() ? QStringLiteral("queued")
                                                      : QStringLiteral("unchanged");
        m_outcomes.append(outcome);
        m_diffs.append(diff);
        m_decisions.append(decisions);
    }
    if (Status s = recordBookkeeping(); !s.ok())
        return readyError<ModelSyncReport>(s.error());
    if (m_context)
        m_context->setStep(changes.isEmpty() ? QStringLiteral("no model changes to apply")
                                             : QStringLiteral("applying the model changes of %1 site group(s)").arg(changes.size()));
    auto self = shared_from_this();
    return andThen(applySiteModelChanges(core, m_setup.alive, changes, m_context), m_setup.alive,
                   [self](ModelApplyOutcome applied) { return readyResult<ModelSyncReport>(self->finish(applied)); });
}

Status ModelSyncRun::recordBookkeeping()
{
    EngineCore &core = *m_setup.core;
    StateStore &store = core.store();
    const QDateTime now = core.clock()->now();
    return store.transaction([&]() -> Status {
        for (qsizetype i = 0; i < m_targets.size(); ++i) {
            const Result<DiscoveredModels> result = m_results.at(i).value_or(Result<DiscoveredModels>(Error::cancelled()));
            const SiteGroupRecord &g = m_targets.at(i).group;
            // Written onto the stored row, not onto the copy taken when the run started, so only
            // the attempt and the discovery fields change; a failed discovery changes no model.
            Result<SiteGroupRecord> saved = store.modifySiteGroup(g.id, [&](SiteGroupRecord &stored) {
                stored.syncedAt = now;
                if (!result.ok()) {
                    const QString why = m_outcomes.at(i).error;
                    stored.syncError = why.isEmpty() ? QStringLiteral("failed") : why;
                    return;
                }
                stored.rawModels = result->raw;
                stored.discoveredAt = now;
                stored.discoverySource = result->source;
                stored.syncError.clear();
            });
            if (!saved.ok() && saved.error().kind == ErrorKind::NotFound)
                continue;  // deleted meanwhile: nothing to record
            if (!saved.ok())
                return saved.error();
            if (!result.ok())
                continue;
            const SiteModelDiff &diff = m_diffs.at(i);
            const SiteSyncDecisions &decisions = m_decisions.at(i);
            for (auto it = diff.counterUpdates.cbegin(); it != diff.counterUpdates.cend(); ++it) {
                if (Status s = store.setMissingCounter(g.id, it.key(), it.value()); !s.ok())
                    return s;
            }
            for (const QString &model : decisions.unqueue) {
                if (Status s = store.removePendingChange(g.name, model); !s.ok())
                    return s;
            }
            for (const PendingChange &c : decisions.queue) {
                if (Status s = store.addPendingChange(c); !s.ok())
                    return s;
            }
        }
        if (m_rejectionsChanged)
            return m_rejections.save(store);
        return {};
    });
}

ModelSyncReport ModelSyncRun::finish(const ModelApplyOutcome &applied)
{
    EngineCore &core = *m_setup.core;
    m_report.sites = m_outcomes;
    if (applied.reconcile)
        m_report.reconcile = applied.reconcile->toJson();
    m_report.reconcileError = applied.reconcileError;
    m_report.warnings.append(applied.warnings);
    m_report.finishedAt = core.clock()->now();
    publishModelSyncReport(core, m_report, m_context);
    return m_report;
}

} // namespace ul
