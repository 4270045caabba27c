#include "core/services/modelsyncdiff.h"

#include <QSet>

#include <algorithm>

namespace ul {

QString modelSyncKey(const QString &model)
{
    return model.toCaseFolded();
}

namespace {

QSet<QString> keysOf(const QStringList &models)
{
    QSet<QString> out;
    out.reserve(models.size());
    for (const QString &m : models)
        out.insert(modelSyncKey(m));
    return out;
}

} // namespace

SiteModelDiff diffSiteModels(const SiteModelDiffInput &in)
{
    SiteModelDiff d;
    QHash<QString, QString> storedByKey;  // key → the stored spelling (the first, should there be two)
    for (const QString &s : in.stored) {
        if (!storedByKey.contains(modelSyncKey(s)))
            storedByKey.insert(modelSyncKey(s), s);
    }
    const QSet<QString> manualKeys = keysOf(in.manual);

    // One spelling per model: the stored one if listed, else the first listed.
    QStringList freshOrder;
    QHash<QString, QString> fresh;
    for (const QString &m : in.discovered) {
        const QString k = modelSyncKey(m);
        if (!fresh.contains(k)) {
            fresh.insert(k, m);
            freshOrder.append(k);
        } else if (storedByKey.value(k) == m) {
            fresh.insert(k, m);
        }
    }

    for (const QString &k : std::as_const(freshOrder)) {
        const QString listed = fresh.value(k);
        const auto stored = storedByKey.constFind(k);
        if (stored == storedByKey.constEnd()) {
            d.added.append(listed);
            continue;
        }
        if (in.misses.value(stored.value()) > 0)
            d.counterUpdates.insert(stored.value(), 0);  // back again: the streak of misses ends
        if (stored.value() != listed && !manualKeys.contains(k))  // the operator's spelling of a manual model stays
            d.renamed.append({stored.value(), listed});
    }

    const int threshold = qMax(1, in.removalAfterMisses);
    for (auto it = storedByKey.cbegin(); it != storedByKey.cend(); ++it) {
        if (fresh.contains(it.key()))
            continue;
        const QString &model = it.value();
        if (manualKeys.contains(it.key())) {
            if (in.misses.value(model) > 0)
                d.counterUpdates.insert(model, 0);  // manual models are never counted
            continue;
        }
        const int misses = in.misses.value(model) + 1;
        d.missing.insert(model, misses);
        d.counterUpdates.insert(model, misses);
        if (misses >= threshold)
            d.removable.append(model);
    }
    // Stored order, so that reports and history read in a stable order.
    std::sort(d.removable.begin(), d.removable.end(), [&in](const QString &a, const QString &b) {
        return in.stored.indexOf(a) < in.stored.indexOf(b);
    });
    return d;
}

SiteSyncDecisions decideSiteChanges(const SiteModelDiff &diff, const SiteReviewInput &input)
{
    SiteSyncDecisions out;
    out.renamed = diff.renamed;
    const QSet<QString> addKeys = keysOf(diff.added);
    const QSet<QString> removeKeys = keysOf(diff.removable);

    QSet<QString> rejectedAdds;
    QSet<QString> rejectedRemoves;
    for (auto it = input.rejections.cbegin(); it != input.rejections.cend(); ++it) {
        const QString k = modelSyncKey(it.key());
        if (it.value() == QLatin1String("add") && addKeys.contains(k)) {
            rejectedAdds.insert(k);
            out.rejections.insert(it.key(), it.value());
        } else if (it.value() == QLatin1String("remove") && removeKeys.contains(k)) {
            rejectedRemoves.insert(k);
            out.rejections.insert(it.key(), it.value());
        }
    }

    QList<PendingChange> wanted;
    for (const QString &m : diff.added) {
        if (!rejectedAdds.contains(modelSyncKey(m)))
            wanted.append({input.siteGroup, m, QStringLiteral("add"), input.now});
    }
    for (const QString &m : diff.removable) {
        if (!rejectedRemoves.contains(modelSyncKey(m)))
            wanted.append({input.siteGroup, m, QStringLiteral("remove"), input.now});
    }

    if (!input.reviewMode) {
        for (const PendingChange &c : wanted)
            (c.change == QLatin1String("add") ? out.applyAdded : out.applyRemoved).append(c.model);
        for (const PendingChange &p : input.pending)
            out.unqueue.append(p.model);
        return out;
    }

    QHash<QString, const PendingChange *> pendingByKey;
    for (const PendingChange &p : input.pending)
        pendingByKey.insert(modelSyncKey(p.model), &p);
    QSet<QString> wantedKeys;
    for (const PendingChange &c : std::as_const(wanted)) {
        const QString k = modelSyncKey(c.model);
        wantedKeys.insert(k);
        const PendingChange *queued = pendingByKey.value(k);
        if (queued && queued->model == c.model && queued->change == c.change)
            continue;  // already proposed: keep its detection time
        if (queued && queued->model != c.model)
            out.unqueue.append(queued->model);
        out.queue.append(c);
    }
    for (const PendingChange &p : input.pending) {
        if (!wantedKeys.contains(modelSyncKey(p.model)))
            out.unqueue.append(p.model);
    }
    return out;
}

QStringList withModelChanges(const QStringList &stored, const QStringList &added, const QStringList &removed,
                              const QList<ModelRename> &renamed)
{
    QStringList out = stored;
    for (const ModelRename &r : renamed) {
        const qsizetype i = out.indexOf(r.from);
        if (i >= 0)
            out[i] = r.to;
    }
    const QSet<QString> removeKeys = keysOf(removed);
    out.removeIf([&removeKeys](const QString &m) { return removeKeys.contains(modelSyncKey(m)); });
    QSet<QString> present = keysOf(out);
    for (const QString &m : added) {
        const QString k = modelSyncKey(m);
        if (!present.contains(k)) {
            out.append(m);
            present.insert(k);
        }
    }
    return out;
}

} // namespace ul
