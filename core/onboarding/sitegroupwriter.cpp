#include "core/onboarding/sitegroupwriter.h"

#include "core/gptload/gptloadclient.h"
#include "core/instances/instanceregistry.h"
#include "core/sites/baseurl.h"

namespace ul {

namespace {

struct WriteState
{
    SiteGroupSpec spec;
    SiteGroupOutcome outcome;
    bool recreated = false;  // a create with an unknown outcome was repeated once
};
using WriteStatePtr = std::shared_ptr<WriteState>;

struct Writer
{
    OnboardingServices services;
    GptLoadClient *client = nullptr;
    WriteStatePtr state;
    StepLogPtr steps;

    QString instanceId() const { return state->spec.instance.id; }
    const QString &name() const { return state->spec.name; }

    QFuture<Result<SiteGroupOutcome>> done() const { return readyValue(state->outcome); }

    QFuture<Result<SiteGroupOutcome>> fail(const Error &cause, const QString &step, const QString &op) const
    {
        if (cause.kind == ErrorKind::Cancelled)
            return readyError<SiteGroupOutcome>(cause);
        state->outcome.error = stepFailure(cause, step, state->outcome.instance);
        steps->record(op, instanceId(), name(), QStringLiteral("failed"), state->outcome.error->message);
        return done();
    }

    QFuture<Result<SiteGroupOutcome>> uploadKeys() const
    {
        const QStringList keys = state->spec.keys;
        if (keys.isEmpty())
            return done();
        const Writer self = *this;
        return whenDone(client->addKeys(state->outcome.groupId, keys), services.alive,
                        [self, submitted = qint64(keys.size())](Result<AddKeysResult> added) {
                            if (!added.ok())
                                return self.fail(added.error(), QStringLiteral("upload keys to site group %1").arg(self.name()),
                                                 QStringLiteral("upload-keys"));
                            SiteGroupOutcome &o = self.state->outcome;
                            o.keysSubmitted = submitted;
                            o.keysAdded = added->added;
                            o.keysIgnored = added->ignored + added->duplicatesInInput;
                            o.keysInGroup = added->totalInGroup;
                            self.steps->record(QStringLiteral("upload-keys"), self.instanceId(), self.name(), QStringLiteral("ok"),
                                               QStringLiteral("%1 key(s) submitted in %2 chunk(s): %3 added, %4 already present; %5 in the group")
                                                   .arg(submitted).arg(added->chunks).arg(added->added).arg(o.keysIgnored).arg(added->totalInGroup));
                            return self.done();
                        });
    }

    QFuture<Result<SiteGroupOutcome>> update(const GroupInfo &live) const
    {
        SiteGroupOutcome &o = state->outcome;
        o.groupId = live.id;
        o.existsOnInstance = true;
        const GroupUpdate changes = siteGroupUpdate(live, state->spec);
        if (changes.isEmpty()) {
            if (o.action != SiteGroupAction::Created && o.action != SiteGroupAction::Adopted)
                o.action = SiteGroupAction::Unchanged;
            steps->record(QStringLiteral("update-group"), instanceId(), name(), QStringLiteral("unchanged"));
            return uploadKeys();
        }
        const Writer self = *this;
        return whenDone(client->updateGroup(live.id, changes), services.alive, [self, changes](Result<GroupInfo> updated) {
            if (!updated.ok())
                return self.fail(updated.error(), QStringLiteral("update site group %1").arg(self.name()), QStringLiteral("update-group"));
            SiteGroupOutcome &out = self.state->outcome;
            out.changedFields = changes.fieldNames();
            if (out.action != SiteGroupAction::Created && out.action != SiteGroupAction::Adopted)
                out.action = SiteGroupAction::Updated;
            self.steps->record(QStringLiteral("update-group"), self.instanceId(), self.name(), QStringLiteral("ok"),
                               QStringLiteral("fields: ") + out.changedFields.join(QStringLiteral(", ")));
            return self.uploadKeys();
        });
    }

    // After a 409 or an unknown outcome: the group with our name decides.
    QFuture<Result<SiteGroupOutcome>> adoptByName(bool outcomeUnknown) const
    {
        const Writer self = *this;
        return whenDone(client->findGroupByName(name()), services.alive, [self, outcomeUnknown](Result<std::optional<GroupInfo>> found) {
            if (!found.ok())
                return self.fail(found.error(), QStringLiteral("look up site group %1").arg(self.name()), QStringLiteral("find-group"));
            if (!found->has_value()) {
                if (outcomeUnknown && !self.state->recreated) {
                    self.state->recreated = true;  // the create did not land: one more, never blindly
                    return self.create();
                }
                Error vanished = Error::conflict(QStringLiteral("gpt-load reported the name as taken, but no group of that name is listed"));
                return self.fail(vanished, QStringLiteral("create site group %1").arg(self.name()), QStringLiteral("create-group"));
            }
            const GroupInfo group = found->value();
            if (!self.servesSite(group)) {
                Error clash = Error::conflict(QStringLiteral("a group named %1 already exists with another upstream (%2); "
                                                             "it belongs to a different site and was left alone")
                                                  .arg(self.name(), group.upstreams.isEmpty() ? QStringLiteral("none") : group.upstreams.first().url));
                clash.code = QStringLiteral("GROUP_NAME_TAKEN");
                return self.fail(clash, QStringLiteral("create site group %1").arg(self.name()), QStringLiteral("create-group"));
            }
            self.state->outcome.action = SiteGroupAction::Adopted;
            self.steps->record(QStringLiteral("create-group"), self.instanceId(), self.name(), QStringLiteral("adopted"),
                               outcomeUnknown ? QStringLiteral("the create's outcome was unknown; the group exists")
                                              : QStringLiteral("the group already existed (409)"));
            return self.update(group);
        });
    }

    QFuture<Result<SiteGroupOutcome>> create() const
    {
        const Writer self = *this;
        return whenDone(client->createGroup(siteGroupCreatePayload(state->spec)), services.alive, [self](Result<GroupInfo> created) {
            if (created.ok()) {
                SiteGroupOutcome &o = self.state->outcome;
                o.action = SiteGroupAction::Created;
                o.groupId = created->id;
                o.existsOnInstance = true;
                self.steps->record(QStringLiteral("create-group"), self.instanceId(), self.name(), QStringLiteral("ok"),
                                   QStringLiteral("id %1, upstream %2").arg(created->id).arg(self.state->spec.upstream));
                return self.uploadKeys();
            }
            const Error &error = created.error();
            if (error.kind == ErrorKind::Conflict)
                return self.adoptByName(false);
            if (error.code == QLatin1String(kOutcomeUnknownCode)) {
                self.steps->record(QStringLiteral("create-group"), self.instanceId(), self.name(), QStringLiteral("unknown"),
                                   error.message);
                return self.adoptByName(true);
            }
            return self.fail(error, QStringLiteral("create site group %1").arg(self.name()), QStringLiteral("create-group"));
        });
    }

    bool servesSite(const GroupInfo &group) const
    {
        for (const Upstream &u : group.upstreams) {
            if (sameUpstreamUrl(u.url, state->spec.upstream))
                return true;
            const Result<NormalizedBaseUrl> normalized = normalizeBaseUrl(u.url, VersionSegmentPolicy::Warn);
            if (normalized.ok() && sameUpstreamUrl(normalized->url, state->spec.upstream))
                return true;
        }
        return false;
    }
};

QString proxyKeysWithHop(const GroupInfo &live, const QString &hop)
{
    QStringList keys;
    for (const QString &k : live.proxyKeyList()) {
        if (!k.trimmed().isEmpty())
            keys.append(k.trimmed());
    }
    if (!keys.contains(hop))
        keys.append(hop);
    return keys.join(QLatin1Char(','));
}

} // namespace

GroupCreate siteGroupCreatePayload(const SiteGroupSpec &spec)
{
    GroupCreate body;
    body.name = spec.name;
    body.displayName = spec.name + QStringLiteral(" 渠道");
    body.description = QStringLiteral("%1 通过 %2 格式提供API服务").arg(spec.name, channelTypeName(spec.type));
    body.channelType = spec.type;
    body.upstreams = {Upstream{spec.upstream, 1}};
    body.testModel = spec.testModel;
    body.validationEndpoint = spec.validationEndpoint;
    body.sort = 20;
    body.config = spec.config.config();
    body.proxyKeys = SecretText(spec.hopKey);
    return body;
}

GroupUpdate siteGroupUpdate(const GroupInfo &live, const SiteGroupSpec &spec)
{
    GroupUpdate update;
    const bool upstreamOk = live.upstreams.size() == 1 && sameUpstreamUrl(live.upstreams.first().url, spec.upstream)
                            && live.upstreams.first().weight > 0;
    if (!upstreamOk)
        update.setUpstreams({Upstream{spec.upstream, 1}});
    if (live.channelType != channelTypeName(spec.type))
        update.setChannelType(spec.type);
    if (!spec.testModel.isEmpty() && live.testModel != spec.testModel)
        update.setTestModel(spec.testModel);
    if (live.validationEndpoint != spec.validationEndpoint)
        update.setValidationEndpoint(spec.validationEndpoint);
    if (live.sort != 20)
        update.setSort(20);
    const QJsonObject config = spec.config.mergedInto(live.config);
    if (config != live.config)
        update.setConfig(config);
    if (!live.proxyKeyList().contains(spec.hopKey))
        update.setProxyKeys(SecretText(proxyKeysWithHop(live, spec.hopKey)));
    return update;
}

QFuture<Result<SiteGroupOutcome>> writeSiteGroup(const OnboardingServices &services, const SiteGroupSpec &spec,
                                                 const StepLogPtr &steps)
{
    auto state = std::make_shared<WriteState>();
    state->spec = spec;
    SiteGroupOutcome &o = state->outcome;
    o.name = spec.name;
    o.channelType = spec.type;
    o.instance = InstanceRef::of(spec.instance);
    o.models = spec.models;
    o.testModel = spec.testModel;
    o.validationEndpoint = spec.validationEndpoint;
    o.upstream = spec.upstream;

    Writer writer{services, services.instances().client(spec.instance.id), state, steps};
    if (!writer.client)
        return writer.fail(Error::make(ErrorKind::Unavailable, QStringLiteral("instance %1 is not configured").arg(spec.instance.id)),
                           QStringLiteral("write site group %1").arg(spec.name), QStringLiteral("create-group"));
    if (spec.existing)
        return writer.update(*spec.existing);
    return writer.create();
}

} // namespace ul
