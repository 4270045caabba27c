// Model sync: history rows, events and journal entries for a finished report.
#include "core/services/modelsyncrun.h"

#include "core/common/redactor.h"
#include "core/common/textlist.h"
#include "core/engine/enginecore.h"
#include "core/engine/notifier.h"
#include "core/log/categories.h"
#include "core/store/statestore.h"

#include <QJsonArray>

namespace ul {

namespace {

QString listed(const QStringList &models)
{
    return joinSome(models, 10);
}

QStringList modelsOf(const QList<PendingChange> &changes, const char *change)
{
    QStringList out;
    for (const PendingChange &c : changes) {
        if (c.change == QLatin1String(change))
            out.append(c.model);
    }
    return out;
}

void appendHistory(StateStore &store, const SyncHistoryEntry &entry)
{
    if (Status s = store.appendSyncHistory(entry); !s.ok())
        qCWarning(lcSync).noquote() << "cannot record sync history of" << entry.site << ":" << s.error().message;
}

} // namespace

void publishModelSyncReport(EngineCore &core, const ModelSyncReport &report, const JobContextPtr &context)
{
    StateStore &store = core.store();
    Notifier &notifier = core.notifier();
    const QString reconcileNote = report.reconcileError.isEmpty()
                                      ? QString()
                                      : QStringLiteral("applied to the store; reconciliation incomplete: %1").arg(Redactor::text(report.reconcileError));
    QStringList failures;   // site groups whose models could not be listed
    QJsonObject failureReasons;
    for (const SiteSyncOutcome &s : report.sites) {
        SyncHistoryEntry row;
        row.time = report.finishedAt;
        row.site = s.siteGroup;
        if (s.outcome == QLatin1String("failed")) {
            row.outcome = QStringLiteral("failed");
            row.error = s.error;
            appendHistory(store, row);
            failures.append(s.siteGroup);
            failureReasons.insert(s.siteGroup, s.error);
            if (context)
                context->journal(QStringLiteral("sync-site"), QString(), s.siteGroup, QStringLiteral("failed"), s.error);
            continue;
        }
        if (s.changed()) {
            row.outcome = QStringLiteral("applied");
            row.added = s.added;
            row.removed = s.removed;
            row.error = reconcileNote;
            appendHistory(store, row);
            QStringList renames;
            for (const ModelRename &r : s.renamed)
                renames.append(QStringLiteral("%1 → %2").arg(r.from, r.to));
            if (context)
                context->journal(QStringLiteral("sync-site"), QString(), s.siteGroup, QStringLiteral("ok"),
                                 QStringLiteral("added [%1]; removed [%2]; case changed [%3]")
                                     .arg(s.added.join(QStringLiteral(", ")), s.removed.join(QStringLiteral(", ")),
                                          renames.join(QStringLiteral(", "))));
            if (!s.added.isEmpty())
                notifier.post(QStringLiteral("models-added"), EngineEvent::Severity::Info, s.siteGroup,
                              QStringLiteral("%1 model(s) added to %2: %3").arg(s.added.size()).arg(s.siteGroup, listed(s.added)),
                              {{QStringLiteral("models"), QJsonArray::fromStringList(s.added)}});
            if (!s.removed.isEmpty())
                notifier.post(QStringLiteral("models-removed"), EngineEvent::Severity::Warning, s.siteGroup,
                              QStringLiteral("%1 model(s) removed from %2: %3").arg(s.removed.size()).arg(s.siteGroup, listed(s.removed)),
                              {{QStringLiteral("models"), QJsonArray::fromStringList(s.removed)}});
        }
        if (!s.queued.isEmpty()) {
            SyncHistoryEntry queued = row;
            queued.outcome = QStringLiteral("queued");
            queued.added = modelsOf(s.queued, "add");
            queued.removed = modelsOf(s.queued, "remove");
            queued.error.clear();
            appendHistory(store, queued);
            if (context)
                context->journal(QStringLiteral("sync-site"), QString(), s.siteGroup, QStringLiteral("queued"),
                                 QStringLiteral("to add [%1]; to remove [%2]")
                                     .arg(queued.added.join(QStringLiteral(", ")), queued.removed.join(QStringLiteral(", "))));
            notifier.post(QStringLiteral("models-queued"), EngineEvent::Severity::Info, s.siteGroup,
                          QStringLiteral("%1 model change(s) of %2 wait for review").arg(s.queued.size()).arg(s.siteGroup),
                          {{QStringLiteral("add"), QJsonArray::fromStringList(queued.added)},
                           {QStringLiteral("remove"), QJsonArray::fromStringList(queued.removed)}});
        }
        if (!s.changed() && s.queued.isEmpty()) {
            row.outcome = QStringLiteral("unchanged");
            appendHistory(store, row);
        }
    }

    // The names only: each reason (itself several attempts joined by "; ") is in the details, the
    // sync history and the site group's "last sync", and the message stays one translatable line.
    if (!failures.isEmpty()) {
        notifier.post(QStringLiteral("sync-failed"), EngineEvent::Severity::Warning, QStringLiteral("model-sync"),
                      QStringLiteral("model sync could not update the models of %1 site group(s): %2").arg(failures.size()).arg(listed(failures)),
                      {{QStringLiteral("failed"), int(failures.size())}, {QStringLiteral("reasons"), failureReasons}});
    }
    if (!report.reconcileError.isEmpty())
        notifier.post(QStringLiteral("sync-failed"), EngineEvent::Severity::Error, QStringLiteral("model-sync"),
                      QStringLiteral("model changes are stored but the reconciliation did not complete (retried on the next sync): %1")
                          .arg(Redactor::text(report.reconcileError)));

    const ModelSyncRunView summary = report.summary();
    const QString line = QStringLiteral("%1 site group(s) checked: %2 changed, %3 model(s) added, %4 removed, %5 case change(s), "
                                        "%6 queued for review, %7 failed")
                             .arg(summary.siteGroups)
                             .arg(summary.changed)
                             .arg(summary.added)
                             .arg(summary.removed)
                             .arg(summary.renamed)
                             .arg(summary.queued)
                             .arg(summary.failed);
    if (context)
        context->journal(QStringLiteral("sync-summary"), QString(), QStringLiteral("model-sync"), summary.outcome, line);
    qCInfo(lcSync).noquote() << QStringLiteral("model sync (%1):").arg(report.trigger) << line;
}

} // namespace ul
