// ProcessSiteJob: filters, instance choice, the L1 groups, the store and the reconcile hook
// (uni-load-behaviour.md §8, §5.3, §10.2, §9.3 steps 4–9).
#include "core/onboarding/processsitejob.h"

#include "core/common/clock.h"
#include "core/engine/enginecore.h"
#include "core/instances/instanceregistry.h"
#include "core/onboarding/sitegroupwriter.h"
#include "core/sites/channelcompat.h"
#include "core/sites/groupnameclash.h"
#include "core/sites/testmodel.h"
#include "core/store/statestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace ul {

namespace {

QStringList unionOf(const QStringList &a, const QStringList &b)
{
    QStringList out = a;
    for (const QString &m : b) {
        if (!out.contains(m))
            out.append(m);
    }
    return out;
}

} // namespace

QFuture<Result<ProcessSiteReport>> ProcessSiteJob::afterDiscovery(const DiscoveredModels &discovered)
{
    m_discovered = discovered;
    if (cancelled())
        return readyError<ProcessSiteReport>(Error::cancelled(QStringLiteral("onboarding cancelled")));
    if (Status s = filterModels(); !s.ok())
        return readyError<ProcessSiteReport>(s.error());
    if (Status s = chooseInstance(); !s.ok())
        return readyError<ProcessSiteReport>(s.error());
    if (Status s = saveSite(); !s.ok())
        return readyError<ProcessSiteReport>(s.error());
    if (m_context)
        m_context->setProgress(2, 5, QStringLiteral("writing the site groups of %1").arg(m_site.name));
    return writeFrom(0);
}

Status ProcessSiteJob::filterModels()
{
    QList<ChannelType> types;
    for (const Target &t : m_targets)
        types.append(t.type);
    m_filter = m_discovered.source == QLatin1String("manual") ? filterManualModels(m_discovered.models, types)
                                                               : filterDiscoveredModels(m_discovered.models, m_rules, types);
    const QJsonObject counts = m_filter.toJson().value(QStringLiteral("counts")).toObject();
    m_steps->record(QStringLiteral("filter-models"), QString(), m_site.name, m_filter.kept.isEmpty() ? QStringLiteral("failed") : QStringLiteral("ok"),
                    QStringLiteral("%1 of %2 kept; dropped %3").arg(m_filter.kept.size()).arg(m_discovered.models.size())
                        .arg(QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact))));
    if (m_filter.kept.isEmpty()) {
        Error error = Error::make(ErrorKind::Unprocessable,
                                  QStringLiteral("no models left after filtering: %1 model(s) found, every one dropped by the rules "
                                                 "(see details.counts)").arg(m_discovered.models.size()));
        error.code = QStringLiteral("NO_MODELS_LEFT");
        QJsonObject details = m_filter.toJson();
        details.insert(QStringLiteral("step"), QStringLiteral("filter models"));
        error.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
        return error;
    }
    for (const Target &t : m_targets) {
        const QStringList models = modelsForChannelType(m_filter.kept, t.type);
        m_modelsByType.insert(t.type, models);
        if (models.isEmpty())
            m_warnings.append(OnboardingWarning::formatWithoutModels(channelTypeName(t.type), t.groupName));
    }
    return {};
}

Status ProcessSiteJob::chooseInstance()
{
    const QString discoveryInstance =
        m_discovered.source.startsWith(QLatin1String("temp-group:")) ? m_discovered.instance.id : QString();
    const QString assigned = m_services.store().siteAssignments().value(m_site.baseUrl);
    m_choice = chooseSiteInstance(m_listings.reachable(), assigned, discoveryInstance);
    if (!m_choice) {
        Error error = Error::make(ErrorKind::Unavailable, QStringLiteral("no healthy gpt-load instance available to create the site group"));
        error.code = QStringLiteral("NO_HEALTHY_INSTANCE");
        return error;
    }
    if (assigned != m_choice->instance.id) {
        if (Status s = m_services.store().setSiteAssignment(m_site.baseUrl, m_choice->instance.id); !s.ok())
            return s;
        m_steps->record(QStringLiteral("assign-instance"), m_choice->instance.id, m_site.baseUrl, QStringLiteral("ok"),
                        QStringLiteral("reason: %1").arg(m_choice->reason));
    }
    return {};
}

Status ProcessSiteJob::saveSite()
{
    // Manual models of a known site survive a re-listing (they are kept per site group), so
    // the site still has them.
    const bool manual = m_discovered.source == QLatin1String("manual");
    if (manual || m_site.id == 0 || !m_modelSync)
        m_site.manualModels = manual;
    Result<SiteRecord> saved = m_services.store().saveSite(m_site);
    if (!saved.ok())
        return saved.error();
    m_site = saved.value();
    return {};
}

QFuture<Result<ProcessSiteReport>> ProcessSiteJob::writeFrom(qsizetype index)
{
    if (cancelled())
        return readyError<ProcessSiteReport>(Error::cancelled(QStringLiteral("onboarding cancelled")));
    if (index >= m_targets.size())
        return finishWrites();
    const Target target = m_targets.at(index);
    const QStringList models = m_modelsByType.value(target.type);
    if (models.isEmpty())
        return writeFrom(index + 1);

    SiteGroupSpec spec;
    spec.name = target.groupName;
    spec.type = target.type;
    spec.upstream = m_site.baseUrl;
    spec.config = m_config;
    spec.hopKey = m_services.hopKey();
    spec.keys = m_prepared.request.apiKeys;
    spec.models = models;
    const QString override = target.record ? target.record->testModelOverride : QString();
    spec.testModel = override.isEmpty() ? selectTestModel(models, target.type, m_rules).model : override;
    if (m_prepared.request.customValidationEndpoints.contains(target.type))
        spec.validationEndpoint = m_prepared.request.customValidationEndpoints.value(target.type);
    else if (target.record)
        spec.validationEndpoint = target.record->validationEndpoint;
    else if (target.live)
        spec.validationEndpoint = target.live->group.validationEndpoint;

    // Existing groups never move (§10.2): the recorded instance, else where gpt-load has it,
    // else the chosen one.
    QString instanceId = m_choice->instance.id;
    if (target.record)
        instanceId = target.record->instanceId;
    else if (target.live)
        instanceId = target.live->instance.id;
    const std::optional<InstanceConfig> instance = m_services.instances().instance(instanceId);
    if (!instance || !m_listings.isReachable(instanceId)) {
        SiteGroupOutcome failed;
        failed.name = target.groupName;
        failed.channelType = target.type;
        failed.instance = InstanceRef{instanceId, instance ? instance->name : instanceId, instance ? instance->url : QString()};
        failed.models = models;
        Error why = Error::make(ErrorKind::Unavailable, QStringLiteral("the group is recorded on this instance, which is unreachable now; "
                                                                       "it is not created elsewhere"));
        failed.error = stepFailure(why, QStringLiteral("write site group %1").arg(target.groupName), failed.instance);
        m_steps->record(QStringLiteral("create-group"), instanceId, target.groupName, QStringLiteral("failed"), failed.error->message);
        m_outcomes.append(failed);
        return writeFrom(index + 1);
    }
    spec.instance = *instance;
    if (target.live && target.live->instance.id == instanceId)
        spec.existing = target.live->group;

    if (m_context)
        m_context->setStep(QStringLiteral("writing site group %1 on %2").arg(target.groupName, instance->name));
    auto self = shared_from_this();
    return andThen(writeSiteGroup(m_services, spec, m_steps), m_services.alive,
                   [self, target, index](SiteGroupOutcome outcome) -> QFuture<Result<ProcessSiteReport>> {
                       if (outcome.existsOnInstance) {
                           if (Status s = self->recordGroup(target, outcome); !s.ok()) {
                               outcome.error = s.error().withContext(QStringLiteral("recording site group %1").arg(target.groupName));
                               self->m_steps->record(QStringLiteral("record-group"), outcome.instance.id, target.groupName,
                                                     QStringLiteral("failed"), s.error().message);
                           }
                       }
                       self->m_outcomes.append(outcome);
                       self->m_services.core->markSitesChanged();
                       return self->writeFrom(index + 1);
                   });
}

Status ProcessSiteJob::recordGroup(const Target &target, const SiteGroupOutcome &outcome)
{
    const bool manual = m_discovered.source == QLatin1String("manual");
    const QDateTime now = m_services.clock()->now();
    const auto keptForSync = [&](const SiteGroupRecord &record) { return !manual && m_modelSync && record.id != 0; };
    const auto describe = [&](SiteGroupRecord &record) {
        record.siteId = m_site.id;
        record.name = target.groupName;
        record.channelType = target.type;
        record.instanceId = outcome.instance.id;
        record.groupId = qint64(outcome.groupId);
        record.validationEndpoint = outcome.validationEndpoint;
        record.testModel = outcome.testModel;
        if (outcome.keysInGroup >= 0) {
            record.keysCount = int(outcome.keysInGroup);
            record.keysFingerprint = keysFingerprint(m_prepared.request.apiKeys);
        }
        record.rawModels = m_discovered.raw;
        // A recorded group's list changes as a model sync would change it (after the writes);
        // a new group, or models the operator typed, are taken as they are.
        if (!keptForSync(record)) {
            record.models = outcome.models;
            if (manual)
                record.manualModels = outcome.models;
        }
        record.discoveredAt = now;
        record.discoverySource = m_discovered.source;
        record.syncedAt = now;  // a listing that succeeded, as a model sync's
        record.syncError.clear();
        if (record.state == ChannelState::Removing) {
            // Onboarded again while an earlier deletion was unfinished: the operator wants it back.
            record.state = ChannelState::Active;
            record.stateSince = now;
            record.stateCause = QStringLiteral("onboarded again");
        }
        if (record.stateSince.isNull())
            record.stateSince = now;
    };
    // An existing group is updated on its stored row: its health state and sync fields stay.
    Result<SiteGroupRecord> saved = Error::notFound(QString());
    if (target.record && target.record->id != 0)
        saved = m_services.store().modifySiteGroup(target.record->id, describe);
    const bool recorded = saved.ok();
    if (!saved.ok() && saved.error().kind == ErrorKind::NotFound) {
        SiteGroupRecord fresh;
        describe(fresh);
        saved = m_services.store().saveSiteGroup(fresh);
    }
    if (!saved.ok())
        return saved.error();
    const SiteGroupRecord &record = saved.value();
    if (recorded && keptForSync(record)) {
        m_syncLists.insert(record.id, m_discovered);
        m_syncGroupNames.append(record.name);
    }
    m_steps->record(QStringLiteral("record-group"), record.instanceId, record.name, QStringLiteral("ok"),
                    QStringLiteral("%1 model(s), %2 key(s)").arg(record.models.size()).arg(record.keysCount));
    return {};
}

QFuture<Result<ProcessSiteReport>> ProcessSiteJob::finishWrites()
{
    const auto firstFailure = std::find_if(m_outcomes.cbegin(), m_outcomes.cend(), [](const SiteGroupOutcome &o) { return !o.ok(); });
    const bool anyOk = std::any_of(m_outcomes.cbegin(), m_outcomes.cend(), [](const SiteGroupOutcome &o) { return o.ok(); });
    for (const SiteGroupOutcome &o : m_outcomes) {
        if (!o.ok() && anyOk)
            m_warnings.append(OnboardingWarning::siteGroupFailed(o.name, o.error->message));
    }
    if (!anyOk) {
        if (firstFailure == m_outcomes.cend())
            return readyError<ProcessSiteReport>(Error::internal(QStringLiteral("no site group was written")));
        Error error = *firstFailure->error;
        if (m_outcomes.size() > 1)
            error.message = QStringLiteral("every site group failed; first: ") + error.message;
        return readyError<ProcessSiteReport>(error);
    }
    return syncRecordedModels();
}

QFuture<Result<ProcessSiteReport>> ProcessSiteJob::syncRecordedModels()
{
    const auto toReconcile = [this]() {
        if (m_context)
            m_context->setProgress(4, 5, QStringLiteral("reconciling the model groups"));
        return reconcile();
    };
    if (m_syncLists.isEmpty() || !m_modelSync)
        return toReconcile();
    if (cancelled())
        return readyError<ProcessSiteReport>(Error::cancelled(QStringLiteral("onboarding cancelled")));
    if (m_context)
        m_context->setProgress(4, 5, QStringLiteral("updating the model lists of %1 recorded site group(s)").arg(m_syncLists.size()));
    auto self = shared_from_this();
    return whenDone(m_modelSync(m_syncLists, m_context), m_services.alive,
                    [self, toReconcile](Result<QJsonObject> result) -> QFuture<Result<ProcessSiteReport>> {
                        if (!result.ok()) {
                            if (result.error().kind == ErrorKind::Cancelled)
                                return readyError<ProcessSiteReport>(result.error());
                            // The groups and keys are written; their lists stay as they were.
                            for (const QString &group : std::as_const(self->m_syncGroupNames))
                                self->m_warnings.append(OnboardingWarning::modelListNotUpdated(group, result.error().message));
                            self->m_steps->record(QStringLiteral("sync-models"), QString(), self->m_site.name, QStringLiteral("failed"),
                                                  result.error().message);
                        } else {
                            self->takeSyncOutcome(result.value());
                        }
                        return toReconcile();
                    });
}

void ProcessSiteJob::takeSyncOutcome(const QJsonObject &syncReport)
{
    for (const QJsonValue &value : syncReport.value(QStringLiteral("sites")).toArray()) {
        const QJsonObject site = value.toObject();
        const QString group = site.value(QStringLiteral("site")).toString();
        const QString outcome = site.value(QStringLiteral("outcome")).toString();
        if (outcome == QLatin1String("failed")) {
            m_warnings.append(OnboardingWarning::modelListNotUpdated(group, site.value(QStringLiteral("error")).toString()));
            continue;
        }
        // Missing but still listed: not removed now, nor proposed for removal.
        QSet<QString> leaving;
        for (const QJsonValue &removed : site.value(QStringLiteral("removed")).toArray())
            leaving.insert(removed.toString());
        for (const QJsonValue &queued : site.value(QStringLiteral("queued")).toArray())
            leaving.insert(queued.toObject().value(QStringLiteral("model")).toString());
        QStringList kept;
        for (const QString &model : site.value(QStringLiteral("missing")).toObject().keys()) {
            if (!leaving.contains(model))
                kept.append(model);
        }
        if (!kept.isEmpty())
            m_warnings.append(OnboardingWarning::missingModelsKept(group, kept));
        if (const qsizetype queued = site.value(QStringLiteral("queued")).toArray().size(); queued > 0)
            m_warnings.append(OnboardingWarning::modelChangesQueued(group, int(queued)));
        m_steps->record(QStringLiteral("sync-models"), QString(), group, QStringLiteral("ok"),
                        QStringLiteral("%1: %2 added, %3 removed, %4 queued, %5 missing")
                            .arg(outcome, QString::number(site.value(QStringLiteral("added")).toArray().size()),
                                 QString::number(site.value(QStringLiteral("removed")).toArray().size()),
                                 QString::number(site.value(QStringLiteral("queued")).toArray().size()),
                                 QString::number(kept.size())));
    }
    // The report names the lists the store now holds.
    Result<QList<SiteGroupRecord>> groups = m_services.store().siteGroups();
    if (!groups.ok())
        return;
    for (const SiteGroupRecord &g : groups.value()) {
        if (m_syncLists.contains(g.id))
            m_modelsByType.insert(g.channelType, g.models);
    }
    m_syncedRecorded = true;
}

OnboardingWarnings ProcessSiteJob::formatConflictWarnings(const QJsonArray &conflicts) const
{
    OnboardingWarnings out;
    for (const Target &t : m_targets) {
        QStringList models;
        QString used;
        for (const QJsonValue &value : conflicts) {
            const QJsonObject c = value.toObject();
            if (!c.value(QStringLiteral("leftOut")).toArray().contains(t.groupName))
                continue;
            models.append(c.value(QStringLiteral("model")).toString());
            used = c.value(QStringLiteral("format")).toString();  // openai whenever a site serves the model in it
        }
        if (!models.isEmpty())
            out.append(OnboardingWarning::modelsInOtherFormat(t.groupName, channelTypeName(t.type), models, used));
    }
    return out;
}

QFuture<Result<ProcessSiteReport>> ProcessSiteJob::reconcile()
{
    QStringList current;
    for (const SiteGroupOutcome &o : m_outcomes) {
        if (o.ok())
            current = unionOf(current, o.models);
    }
    const QStringList affected = unionOf(m_previousModels, current);
    auto self = shared_from_this();
    auto countModelGroups = [self]() {
        Result<QList<L3Record>> l3 = self->m_services.store().l3Groups();
        return l3.ok() ? int(l3->size()) : 0;
    };
    if (!m_reconcile) {
        m_modelGroups = countModelGroups();
        m_services.core->markSitesChanged();
        return readyValue(report());
    }
    if (cancelled())
        return readyError<ProcessSiteReport>(Error::cancelled(QStringLiteral("onboarding cancelled")));
    m_steps->record(QStringLiteral("reconcile"), QString(), m_site.name, QStringLiteral("started"),
                    QStringLiteral("%1 affected model(s)").arg(affected.size()));
    return whenDone(m_reconcile(affected, m_context), m_services.alive,
                    [self, countModelGroups](Result<QJsonObject> result) -> QFuture<Result<ProcessSiteReport>> {
                        self->m_services.core->markSitesChanged();
                        if (!result.ok()) {
                            Error error = result.error();
                            if (error.kind != ErrorKind::Cancelled) {
                                self->m_steps->record(QStringLiteral("reconcile"), QString(), self->m_site.name,
                                                      QStringLiteral("failed"), error.message);
                                error.message = QStringLiteral("the site groups of %1 are written and recorded, but reconciling the "
                                                               "model groups failed: %2").arg(self->m_site.name, error.message);
                            }
                            return readyError<ProcessSiteReport>(error);
                        }
                        self->m_reconcileResult = result.value();
                        // The site is configured either way; what the layers or api.yaml lack must be
                        // said up front, not only deep in data.reconcile.
                        OnboardingWarnings problems;
                        const QString uniApiError =
                            result->value(QStringLiteral("uniApi")).toObject().value(QStringLiteral("error")).toString();
                        if (!uniApiError.isEmpty())
                            problems.append(OnboardingWarning::uniApiNotWritten(uniApiError));
                        if (const qsizetype failed = result->value(QStringLiteral("failed")).toArray().size(); failed > 0)
                            problems.append(OnboardingWarning::modelGroupsFailed(int(failed)));
                        self->m_warnings.append(problems);
                        // Not a failure of the run: said beside it.
                        self->m_warnings.append(self->formatConflictWarnings(result->value(QStringLiteral("formatConflicts")).toArray()));
                        self->m_steps->record(QStringLiteral("reconcile"), QString(), self->m_site.name,
                                              problems.isEmpty() ? QStringLiteral("ok") : QStringLiteral("failed"),
                                              warningTexts(problems).join(QStringLiteral("; ")));
                        const QJsonValue count = result->value(QStringLiteral("modelGroups"));
                        self->m_modelGroups = count.isDouble() ? count.toInt() : countModelGroups();
                        return readyValue(self->report());
                    });
}

ProcessSiteReport ProcessSiteJob::report()
{
    ProcessSiteReport r;
    r.siteName = m_site.name;
    r.siteNameSource = m_siteNameSource;
    r.baseUrl = m_site.baseUrl;
    r.strippedSuffix = m_site.strippedSuffix;
    for (const Target &t : m_targets)
        r.channelTypes.append(t.type);
    r.update = m_prepared.request.operation == SiteOperation::Update;
    r.models = m_filter.kept;
    if (m_syncedRecorded) {
        // Models kept by the sync (manual ones, ones missing from this listing only) are the site's too.
        for (const QStringList &models : std::as_const(m_modelsByType))
            r.models = unionOf(r.models, models);
    }
    r.modelsByChannel = m_modelsByType;
    r.siteGroups = m_outcomes;
    r.modelGroups = m_modelGroups;
    r.usingManualModels = m_discovered.source == QLatin1String("manual");
    r.discoverySource = m_discovered.source;
    if (m_discovered.source.startsWith(QLatin1String("temp-group:")))
        r.successfulInstance = m_discovered.instance;
    if (m_choice) {
        r.chosenInstance = InstanceRef::of(m_choice->instance);
        r.instanceReason = m_choice->reason;
    }
    r.filter = m_filter;
    r.reconcile = m_reconcileResult;
    r.conflicts = m_reconcileResult.value(QStringLiteral("conflicts")).toArray();
    if (!m_reconcile) {
        // Without the reconciler, report the L3 name clashes the models would meet (§6.2).
        QHash<QString, QString> owners;
        if (Result<QList<L3Record>> l3 = m_services.store().l3Groups(); l3.ok()) {
            for (const L3Record &rec : l3.value())
                owners.insert(rec.name, rec.model);
        }
        for (const GroupNameClash &clash : assignModelGroupNames(m_filter.kept, owners).clashes)
            r.conflicts.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("group-name")},
                                           {QStringLiteral("group"), clash.groupName},
                                           {QStringLiteral("model"), clash.skippedModel},
                                           {QStringLiteral("owner"), clash.ownerModel},
                                           {QStringLiteral("message"), clash.message()}});
    }
    r.warnings = m_warnings;
    r.steps = m_steps->steps();
    if (m_context)
        m_context->setProgress(5, 5, QStringLiteral("done"));
    return r;
}

} // namespace ul
