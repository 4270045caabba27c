#include "core/services/modelsynctypes.h"

#include "core/common/redactor.h"

#include <QJsonArray>

#include <algorithm>

namespace ul {

namespace {

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QDateTime timeFromJson(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject pendingJson(const PendingChange &c)
{
    return {{QStringLiteral("site"), c.siteGroup},
            {QStringLiteral("model"), c.model},
            {QStringLiteral("change"), c.change},
            {QStringLiteral("detectedAt"), timeJson(c.detectedAt)}};
}

Error decisionError(const QString &field, const QString &message)
{
    Error e = Error::validation(field, message);
    e.code = QStringLiteral("INVALID_DECISION");
    return e;
}

Result<SyncDecision> decisionFromJson(const QJsonValue &value, const QString &prefix)
{
    if (!value.isObject())
        return decisionError(prefix.isEmpty() ? QStringLiteral("body") : prefix,
                             QStringLiteral("a decision must be an object {site, model, decision}"));
    const QJsonObject o = value.toObject();
    auto field = [&prefix](const char *name) {
        const QString n = QString::fromLatin1(name);
        return prefix.isEmpty() ? n : prefix + QLatin1Char('.') + n;
    };
    for (const char *name : {"site", "model", "decision"}) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return decisionError(field(name), QStringLiteral("%1 must be a string").arg(QLatin1String(name)));
    }
    SyncDecision d;
    d.siteGroup = o.value(QStringLiteral("site")).toString().trimmed();
    d.model = o.value(QStringLiteral("model")).toString();
    const QString decision = o.value(QStringLiteral("decision")).toString().trimmed().toLower();
    if (d.siteGroup.isEmpty())
        return decisionError(field("site"), QStringLiteral("site (the site group of the change) is required"));
    if (d.model.trimmed().isEmpty())
        return decisionError(field("model"), QStringLiteral("model is required"));
    if (decision == QLatin1String("approve"))
        d.kind = SyncDecision::Kind::Approve;
    else if (decision == QLatin1String("reject"))
        d.kind = SyncDecision::Kind::Reject;
    else
        return decisionError(field("decision"), QStringLiteral("decision must be \"approve\" or \"reject\""));
    return d;
}

} // namespace

QJsonObject ModelRename::toJson() const
{
    return {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
}

QJsonObject SiteSyncOutcome::toJson() const
{
    QJsonArray renames;
    for (const ModelRename &r : renamed)
        renames.append(r.toJson());
    QJsonArray proposals;
    for (const PendingChange &c : queued)
        proposals.append(pendingJson(c));
    QJsonObject missingJson;
    for (auto it = missing.cbegin(); it != missing.cend(); ++it)
        missingJson.insert(it.key(), it.value());
    return {{QStringLiteral("site"), siteGroup},
            {QStringLiteral("siteName"), site},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("source"), source},
            {QStringLiteral("discovered"), discovered},
            {QStringLiteral("added"), QJsonArray::fromStringList(added)},
            {QStringLiteral("removed"), QJsonArray::fromStringList(removed)},
            {QStringLiteral("renamed"), renames},
            {QStringLiteral("queued"), proposals},
            {QStringLiteral("missing"), missingJson},
            {QStringLiteral("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(Redactor::text(error))}};
}

int ModelSyncReport::countOutcome(const QString &outcome) const
{
    return int(std::count_if(sites.cbegin(), sites.cend(), [&outcome](const SiteSyncOutcome &s) { return s.outcome == outcome; }));
}

ModelSyncRunView ModelSyncReport::summary() const
{
    ModelSyncRunView v;
    v.startedAt = startedAt;
    v.finishedAt = finishedAt;
    v.trigger = trigger;
    v.siteGroups = int(sites.size());
    for (const SiteSyncOutcome &s : sites) {
        if (s.changed())
            ++v.changed;
        if (s.outcome == QLatin1String("failed")) {
            ++v.failed;
            v.errors.append(QStringLiteral("%1: %2").arg(s.siteGroup, Redactor::text(s.error)));
        }
        v.added += int(s.added.size());
        v.removed += int(s.removed.size());
        v.renamed += int(s.renamed.size());
        v.queued += int(s.queued.size());
    }
    if (!reconcileError.isEmpty())
        v.errors.append(QStringLiteral("reconciliation: %1").arg(Redactor::text(reconcileError)));
    if (v.errors.isEmpty())
        v.outcome = QStringLiteral("ok");
    else if (v.failed == v.siteGroups && v.siteGroups > 0)
        v.outcome = QStringLiteral("failed");
    else
        v.outcome = QStringLiteral("partial");
    return v;
}

QJsonObject ModelSyncReport::toJson() const
{
    QJsonArray siteList;
    for (const SiteSyncOutcome &s : sites)
        siteList.append(s.toJson());
    return {{QStringLiteral("trigger"), trigger},
            {QStringLiteral("startedAt"), timeJson(startedAt)},
            {QStringLiteral("finishedAt"), timeJson(finishedAt)},
            {QStringLiteral("summary"), modelSyncRunJson(summary())},
            {QStringLiteral("sites"), siteList},
            {QStringLiteral("reconcile"), reconcile ? QJsonValue(*reconcile) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("reconcileError"),
             reconcileError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(Redactor::text(reconcileError))},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

QJsonObject modelSyncRunJson(const ModelSyncRunView &run)
{
    return {{QStringLiteral("startedAt"), timeJson(run.startedAt)},
            {QStringLiteral("finishedAt"), timeJson(run.finishedAt)},
            {QStringLiteral("trigger"), run.trigger},
            {QStringLiteral("outcome"), run.outcome},
            {QStringLiteral("siteGroups"), run.siteGroups},
            {QStringLiteral("changed"), run.changed},
            {QStringLiteral("failed"), run.failed},
            {QStringLiteral("added"), run.added},
            {QStringLiteral("removed"), run.removed},
            {QStringLiteral("renamed"), run.renamed},
            {QStringLiteral("queued"), run.queued},
            {QStringLiteral("errors"), QJsonArray::fromStringList(run.errors)}};
}

ModelSyncRunView modelSyncRunFromJson(const QJsonObject &json)
{
    ModelSyncRunView v;
    v.startedAt = timeFromJson(json.value(QStringLiteral("startedAt")));
    v.finishedAt = timeFromJson(json.value(QStringLiteral("finishedAt")));
    v.trigger = json.value(QStringLiteral("trigger")).toString();
    v.outcome = json.value(QStringLiteral("outcome")).toString();
    v.siteGroups = json.value(QStringLiteral("siteGroups")).toInt();
    v.changed = json.value(QStringLiteral("changed")).toInt();
    v.failed = json.value(QStringLiteral("failed")).toInt();
    v.added = json.value(QStringLiteral("added")).toInt();
    v.removed = json.value(QStringLiteral("removed")).toInt();
    v.renamed = json.value(QStringLiteral("renamed")).toInt();
    v.queued = json.value(QStringLiteral("queued")).toInt();
    for (const QJsonValue &e : json.value(QStringLiteral("errors")).toArray())
        v.errors.append(e.toString());
    return v;
}

Result<QList<SyncDecision>> SyncDecision::listFromJson(const QJsonValue &json)
{
    QList<SyncDecision> out;
    if (json.isArray()) {
        const QJsonArray list = json.toArray();
        if (list.isEmpty())
            return decisionError(QStringLiteral("body"), QStringLiteral("the list of decisions is empty"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            Result<SyncDecision> d = decisionFromJson(list.at(i), QStringLiteral("[%1]").arg(i));
            if (!d.ok())
                return d.error();
            out.append(d.value());
        }
        return out;
    }
    Result<SyncDecision> d = decisionFromJson(json, QString());
    if (!d.ok())
        return d.error();
    out.append(d.value());
    return out;
}

QJsonObject SyncDecisionOutcome::toJson() const
{
    return {{QStringLiteral("approved"), approved},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("jobId"), jobId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(jobId)}};
}

QJsonObject ModelSyncSettings::toJson() const
{
    QJsonObject o{{QStringLiteral("reviewMode"), reviewMode}, {QStringLiteral("removalAfterMisses"), removalAfterMisses}};
    if (enabled)
        o.insert(QStringLiteral("enabled"), *enabled);
    return o;
}

Result<ModelSyncSettings> ModelSyncSettings::fromJson(const QJsonObject &json)
{
    ModelSyncSettings s;
    const QJsonValue enabled = json.value(QStringLiteral("enabled"));
    if (enabled.isBool())
        s.enabled = enabled.toBool();
    else if (!enabled.isUndefined() && !enabled.isNull())
        return Error::validation(QStringLiteral("enabled"), QStringLiteral("enabled must be true or false"));
    const QJsonValue review = json.value(QStringLiteral("reviewMode"));
    if (review.isBool())
        s.reviewMode = review.toBool();
    else if (!review.isUndefined() && !review.isNull())  // null: the default (PUT: back to it, as a null site override)
        return Error::validation(QStringLiteral("reviewMode"), QStringLiteral("reviewMode must be true or false"));
    const QJsonValue misses = json.value(QStringLiteral("removalAfterMisses"));
    if (!misses.isUndefined() && !misses.isNull()) {
        const double n = misses.toDouble(-1);
        if (!misses.isDouble() || n != double(qint64(n)) || n < 1 || n > kMaxRemovalAfterMisses)
            return Error::validation(QStringLiteral("removalAfterMisses"),
                                     QStringLiteral("removalAfterMisses must be a whole number from 1 to %1").arg(kMaxRemovalAfterMisses));
        s.removalAfterMisses = int(n);
    }
    return s;
}

QJsonObject ModelSyncSettingsView::toJson() const
{
    QJsonObject overrides;
    for (auto it = siteOverrides.cbegin(); it != siteOverrides.cend(); ++it)
        overrides.insert(it.key(), it.value());
    return {{QStringLiteral("enabled"), enabled},
            {QStringLiteral("intervalMinutes"), intervalMinutes},
            {QStringLiteral("reviewMode"), reviewMode},
            {QStringLiteral("removalAfterMisses"), removalAfterMisses},
            {QStringLiteral("siteOverrides"), overrides}};
}

} // namespace ul
