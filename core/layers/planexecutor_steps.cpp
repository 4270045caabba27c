// PlanExecutor: the gpt-load steps (create with adoption, update, delete, pool keys).
#include "core/layers/planexecutor.h"

#include "core/common/future.h"
#include "core/gptload/gptloadclient.h"
#include "core/layers/grouppayloads.h"
#include "core/layers/runlistings.h"

namespace ul {

namespace {
QList<Upstream> plain(const QList<PlannedUpstream> &upstreams)
{
    QList<Upstream> out;
    out.reserve(upstreams.size());
    for (const PlannedUpstream &u : upstreams)
        out.append(u.upstream);
    return out;
}
// A create whose outcome stays unknown keeps OUTCOME_UNKNOWN even when the look-up failed (the
// instance went away), so that finish() reserves the group's placement.
Error stillUnknown(const Error &createError, const Result<std::optional<GroupInfo>> &lookup)
{
    if (lookup.ok())
        return createError;
    Error e = createError;
    e.message += QStringLiteral("; looking it up failed: ") + lookup.error().message;
    return e;
}
} // namespace

void PlanExecutor::runCreate(const PlannedOperation &op, StepDone done)
{
    QSet<QString> dropped;
    const QList<PlannedUpstream> upstreams = survivingUpstreams(op, &dropped);
    if (!dropped.isEmpty())
        m_droppedMembers.insert(op.id, dropped);
    if (upstreams.isEmpty()) {
        done(StepResult{OpState::Failed, 0, QString(),
                        Error::make(ErrorKind::Unprocessable, QStringLiteral("none of its member groups could be created"))});
        return;
    }
    GroupCreate payload = op.create;
    payload.upstreams = plain(upstreams);
    createAttempt(op, payload, true, std::move(done));
}

void PlanExecutor::createAttempt(const PlannedOperation &op, GroupCreate payload, bool mayRetry, StepDone done)
{
    GptLoadClient *client = clientFor(op, done);
    if (!client)
        return;
    // Continuations capture the operation's id, not a copy of it (thousands may be queued).
    guardedThen(client->createGroup(payload), this, [this, opId = op.id, payload, mayRetry, done, client](const Result<GroupInfo> &created) {
        const PlannedOperation &planned = m_plan.operations.at(opId);
        if (created.ok()) {
            done(StepResult{OpState::Succeeded, created->id, QStringLiteral("created (id %1)").arg(created->id), {}});
            return Status();
        }
        const Error &error = created.error();
        if (error.kind == ErrorKind::Conflict) {
            adoptExisting(planned, payload, done);
            return Status();
        }
        if (error.code == QLatin1String(kOutcomeUnknownCode)) {
            // The POST may have landed: look before creating again (never a blind retry).
            guardedThen(client->findGroupByName(payload.name), this,
                        [this, opId, payload, mayRetry, done, error](const Result<std::optional<GroupInfo>> &found) {
                            const PlannedOperation &again = m_plan.operations.at(opId);
                            if (found.ok() && found->has_value())
                                adoptGroup(again, payload, **found, done);
                            else if (found.ok() && mayRetry)
                                createAttempt(again, payload, false, done);
                            else
                                done(StepResult{OpState::Failed, 0, QString(), stillUnknown(error, found)});
                            return Status();
                        });
            return Status();
        }
        done(StepResult{OpState::Failed, 0, QString(), error});
        return Status();
    });
}

void PlanExecutor::adoptExisting(const PlannedOperation &op, const GroupCreate &payload, StepDone done)
{
    m_listings->refreshed(op.instanceId, [this, opId = op.id, payload, done](const Result<QList<GroupInfo>> &listing) {
        const PlannedOperation &planned = m_plan.operations.at(opId);
        if (listing.ok()) {
            for (const GroupInfo &g : listing.value()) {
                if (g.name == payload.name) {
                    adoptGroup(planned, payload, g, done);
                    return;
                }
            }
        }
        // Created after this run's refresh (or the refresh failed): one direct look-up.
        StepDone doneCopy = done;
        GptLoadClient *client = clientFor(planned, doneCopy);
        if (!client)
            return;
        guardedThen(client->findGroupByName(payload.name), this, [this, opId, payload, done](const Result<std::optional<GroupInfo>> &found) {
            if (found.ok() && found->has_value()) {
                adoptGroup(m_plan.operations.at(opId), payload, **found, done);
            } else {
                const Error error = found.ok() ? Error::conflict(QStringLiteral("gpt-load reports a group named %1 but does not list it").arg(payload.name))
                                               : found.error();
                done(StepResult{OpState::Failed, 0, QString(), error});
            }
            return Status();
        });
    });
}

void PlanExecutor::adoptGroup(const PlannedOperation &op, const GroupCreate &payload, const GroupInfo &group, StepDone done)
{
    if (group.isAggregate()) {
        done(StepResult{OpState::Failed, 0, QString(),
                        Error::conflict(QStringLiteral("%1 exists as a gpt-load aggregate group; not adopted").arg(group.name))});
        return;
    }
    FieldDiff diff = diffManagedFields(group, ManagedFields::fromCreate(payload));
    // An L2 has exactly its one upstream; an L3 keeps what is there and gains what is missing.
    QList<Upstream> wanted = payload.upstreams;
    if (op.layer == Layer::Aggregate) {
        wanted = group.upstreams;
        for (const Upstream &u : payload.upstreams)
            wanted = upstreamsWith(wanted, u.url, u.weight);
    }
    if (wanted != group.upstreams) {
        diff.update.setUpstreams(wanted);
        diff.fields.prepend(QStringLiteral("upstreams"));
    }
    if (diff.isEmpty()) {
        done(StepResult{OpState::Adopted, group.id, QStringLiteral("adopted the existing group (id %1)").arg(group.id), {}});
        return;
    }
    GptLoadClient *client = clientFor(op, done);
    if (!client)
        return;
    const QString fields = diff.fields.join(QStringLiteral(", "));
    guardedThen(client->updateGroup(group.id, diff.update), this, [done, id = group.id, fields](const Result<GroupInfo> &updated) {
        if (updated.ok())
            done(StepResult{OpState::Adopted, id, QStringLiteral("adopted the existing group (id %1), set %2").arg(id).arg(fields), {}});
        else
            done(StepResult{OpState::Failed, id, QString(), updated.error()});
        return Status();
    });
}

void PlanExecutor::runUpdate(const PlannedOperation &op, StepDone done)
{
    GroupUpdate update = op.update;
    QStringList fields = op.fields;
    if (op.setsUpstreams) {
        QSet<QString> dropped;
        const QList<PlannedUpstream> upstreams = survivingUpstreams(op, &dropped);
        if (!dropped.isEmpty())
            m_droppedMembers.insert(op.id, dropped);
        const QList<Upstream> list = plain(upstreams);
        if (list.isEmpty() || list == op.currentUpstreams)
            fields.removeAll(QStringLiteral("upstreams"));
        else
            update.setUpstreams(list);
    }
    const quint64 id = groupIdOf(op);
    if (update.isEmpty()) {
        done(StepResult{OpState::NoChange, id, QStringLiteral("nothing left to change"), {}});
        return;
    }
    GptLoadClient *client = clientFor(op, done);
    if (!client)
        return;
    const QString what = fields.join(QStringLiteral(", "));
    guardedThen(client->updateGroup(id, update), this, [done, id, what](const Result<GroupInfo> &updated) {
        if (updated.ok())
            done(StepResult{OpState::Succeeded, id, QStringLiteral("set %1").arg(what), {}});
        else
            done(StepResult{OpState::Failed, id, QString(), updated.error()});
        return Status();
    });
}

void PlanExecutor::runDelete(const PlannedOperation &op, StepDone done)
{
    GptLoadClient *client = clientFor(op, done);
    if (!client)
        return;
    const quint64 id = groupIdOf(op);
    guardedThen(client->deleteGroup(id), this, [done, id](const Status &deleted) {
        if (deleted.ok())
            done(StepResult{OpState::Succeeded, id, QStringLiteral("deleted"), {}});
        else if (deleted.error().kind == ErrorKind::NotFound)
            done(StepResult{OpState::Succeeded, id, QStringLiteral("already gone"), {}});
        else
            done(StepResult{OpState::Failed, id, QString(), deleted.error()});
        return Status();
    });
}

void PlanExecutor::runKeys(const PlannedOperation &op, bool upload, int attempt, StepDone done)
{
    const quint64 id = groupIdOf(op);
    if (id == 0) {
        done(StepResult{OpState::Failed, 0, QString(), Error::internal(QStringLiteral("the group id of %1 is unknown").arg(op.group))});
        return;
    }
    GptLoadClient *client = clientFor(op, done);
    if (!client)
        return;
    QStringList keys;
    for (const SecretText &k : op.keys)
        keys.append(k.reveal());
    // add-multiple and delete-multiple are idempotent (known keys are ignored), so one more
    // attempt after a transient failure is safe even though they are POSTs.
    const auto retryOrFail = [this, opId = op.id, upload, attempt, done, id](const Error &error) {
        if (attempt == 0 && error.isTransient())
            runKeys(m_plan.operations.at(opId), upload, attempt + 1, done);
        else
            done(StepResult{OpState::Failed, id, QString(), error});
    };
    if (upload) {
        guardedThen(client->addKeys(id, keys), this, [done, id, retryOrFail](const Result<AddKeysResult> &added) {
            if (added.ok())
                done(StepResult{OpState::Succeeded, id, added->added > 0 ? QStringLiteral("key added") : QStringLiteral("key already there"), {}});
            else
                retryOrFail(added.error());
            return Status();
        });
    } else {
        guardedThen(client->deleteKeys(id, keys), this, [done, id, retryOrFail](const Result<DeleteKeysResult> &deleted) {
            if (deleted.ok())
                done(StepResult{OpState::Succeeded, id, QStringLiteral("%1 key(s) removed").arg(deleted->deleted), {}});
            else
                retryOrFail(deleted.error());
            return Status();
        });
    }
}

} // namespace ul
