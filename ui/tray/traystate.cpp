#include "ui/tray/traystate.h"

#include "ui/common/enginetext.h"
#include "ui/common/errortext.h"
#include "ui/common/setupstate.h"
#include "ui/common/uiformat.h"
#include "ui/widgets/jobtracker.h"

#include <algorithm>

namespace ul {

namespace {
ConsoleNotification notification(ConsoleNotification::Severity severity, ConsoleNotification::Texts texts, const QDateTime &time)
{
    ConsoleNotification n{severity, {}, {}, time, std::move(texts)};
    n.retranslate();
    return n;
}
// Channels (L1 site groups) the health monitor sees failing, and those it or the cleanup took
// out of rotation; one the operator disabled is their choice, not a problem.
struct ChannelTrouble
{
    QStringList failing;
    QStringList removed;
    bool any() const { return !failing.isEmpty() || !removed.isEmpty(); }
};

ChannelTrouble channelTrouble(const EngineSnapshot &snapshot)
{
    ChannelTrouble out;
    for (const SiteView &site : snapshot.sites) {
        for (const SiteGroupView &g : site.groups) {
            if (g.health == QLatin1String("failing") || g.health == QLatin1String("recovering"))
                out.failing << g.name;
            else if (g.health == QLatin1String("disabled-by-health") || g.health == QLatin1String("disabled-by-cleanup"))
                out.removed << g.name;
        }
    }
    return out;
}

// A tooltip is a glance, not a list: a few names, then how many more.
constexpr int kNamesShown = 3;

} // namespace

OverallHealth TrayStateMapper::overallHealth(const EngineSnapshot &snapshot)
{
    if (!snapshot.ready)
        return OverallHealth::Unknown;
    if (SetupState::isFirstRun(snapshot))
        return OverallHealth::Unknown;  // nothing is set up yet, so nothing can be failing
    if (!snapshot.startupError.isEmpty() || snapshot.instanceFile.hasError() || snapshot.instances.isEmpty())
        return OverallHealth::Failing;
    int checked = 0;
    int healthy = 0;
    for (const InstanceView &i : snapshot.instances) {
        checked += i.checked ? 1 : 0;
        healthy += i.checked && i.healthy ? 1 : 0;
    }
    if (checked == 0)
        return OverallHealth::Unknown;
    if (healthy == 0)
        return OverallHealth::Failing;
    // Every instance up but uni-api serving an api.yaml that lacks the last change, or channels
    // failing or out of rotation: not healthy.
    if (healthy == snapshot.instances.size() && snapshot.uniApi.writeError.isEmpty() && !channelTrouble(snapshot).any())
        return OverallHealth::Healthy;
    return OverallHealth::Degraded;
}

TrayState TrayStateMapper::trayState(const EngineSnapshot &snapshot)
{
    TrayState state;
    state.health = overallHealth(snapshot);
    QStringList lines;
    if (!snapshot.ready) {
        state.summary = tr("Starting…");
    } else if (!snapshot.startupError.isEmpty()) {
        state.summary = tr("The state store cannot be used");
        lines << ErrorText::translate(snapshot.startupError);
    } else if (SetupState::isFirstRun(snapshot)) {
        state.summary = tr("Not set up yet: add a gpt-load instance");
    } else if (snapshot.instanceFile.hasError()) {
        state.summary = tr("Instance file problem");
        lines << ErrorText::translate(snapshot.instanceFile.errorReason);
    } else if (snapshot.instances.isEmpty()) {
        state.summary = tr("No gpt-load instances configured");
    } else {
        state.summary = tr("%1 of %2 gpt-load instances healthy").arg(snapshot.healthyInstanceCount()).arg(snapshot.instances.size());
        for (const InstanceView &i : snapshot.instances) {
            if (i.checked && !i.healthy)
                lines << tr("Down: %1").arg(i.error.isEmpty() ? i.name : tr("%1 (%2)").arg(i.name, ErrorText::translate(i.error)));
        }
    }
    if (snapshot.ready && snapshot.startupError.isEmpty()) {
        // What a glance at the tray should also tell: uni-api serving an outdated api.yaml, and
        // the work in progress.
        if (!snapshot.uniApi.writeError.isEmpty())
            lines << tr("api.yaml not written: %1").arg(ErrorText::translate(snapshot.uniApi.writeError));
        const ChannelTrouble channels = channelTrouble(snapshot);
        if (!channels.failing.isEmpty())
            lines << tr("%n channel(s) failing: %1", nullptr, int(channels.failing.size())).arg(ui::someNames(channels.failing, kNamesShown));
        if (!channels.removed.isEmpty())
            lines << tr("%n channel(s) out of rotation: %1", nullptr, int(channels.removed.size())).arg(ui::someNames(channels.removed, kNamesShown));
        const auto running = std::find_if(snapshot.jobs.cbegin(), snapshot.jobs.cend(),
                                          [](const JobView &j) { return j.state == QLatin1String("running"); });
        if (running != snapshot.jobs.cend()) {
            lines << JobTracker::progressText(running->progressDone, running->progressTotal, EngineText::translate(running->title));
        }
    }
    state.tooltip = QStringList{QStringLiteral("uni-load"), state.summary}.join(QStringLiteral(" — "));
    if (!lines.isEmpty())
        state.tooltip += QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    return state;
}

QList<ConsoleNotification> TrayStateMapper::update(const EngineSnapshot &snapshot)
{
    QList<ConsoleNotification> out;
    if (!snapshot.ready)
        return out;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // No instance file on a first run is the start of setting up: no alarm for it.
    const bool fileError = snapshot.instanceFile.hasError() && !SetupState::isFirstRun(snapshot);
    if (fileError && !m_fileError) {
        out << notification(ConsoleNotification::Severity::Error,
                            [field = snapshot.instanceFile.errorField, reason = snapshot.instanceFile.errorReason] {
                                return std::pair{tr("Instance file problem"), fileProblem(field, reason)};
                            },
                            now);
    } else if (!fileError && m_fileError) {
        out << notification(ConsoleNotification::Severity::Information,
                            [count = static_cast<int>(snapshot.instances.size())] {
                                return std::pair{tr("Instance file loaded"), tr("%n gpt-load instance(s) configured", nullptr, count)};
                            },
                            now);
    }
    m_fileError = fileError;

    QHash<QString, InstanceMemo> next;
    for (const InstanceView &i : snapshot.instances) {
        next.insert(i.id, InstanceMemo{i.name, i.checked, i.healthy});
        if (!i.checked)
            continue;
        const auto before = m_instances.constFind(i.id);
        const bool knownBefore = before != m_instances.constEnd() && before->checked;
        if (!i.healthy && (!knownBefore || before->healthy)) {
            out << notification(ConsoleNotification::Severity::Warning,
                                [name = i.name, error = i.error] {
                                    return std::pair{tr("Instance down: %1").arg(name),
                                                     error.isEmpty() ? tr("The gpt-load instance does not answer.") : ErrorText::translate(error)};
                                },
                                now);
        } else if (i.healthy && knownBefore && !before->healthy) {
            out << notification(ConsoleNotification::Severity::Information,
                                [name = i.name] { return std::pair{tr("Instance up: %1").arg(name), tr("The gpt-load instance answers again.")}; },
                                now);
        }
    }
    m_instances = next;
    out << eventNotifications(snapshot);
    return out;
}

QList<ConsoleNotification> TrayStateMapper::eventNotifications(const EngineSnapshot &snapshot)
{
    QList<ConsoleNotification> out;
    for (const EngineEvent &e : snapshot.events) {
        if (e.id <= m_lastEventId)
            continue;
        m_lastEventId = e.id;
        ConsoleNotification::Severity severity = ConsoleNotification::Severity::Information;
        if (!eventTitle(e, &severity))
            continue;
        out << notification(severity, [e, severity] { return std::pair{eventTitle(e, nullptr).value_or(QString()), eventMessage(e, severity)}; },
                            e.time.isValid() ? e.time : QDateTime::currentDateTimeUtc());
    }
    return out;
}

std::optional<QString> TrayStateMapper::eventTitle(const EngineEvent &e, ConsoleNotification::Severity *severity)
{
    using Severity = ConsoleNotification::Severity;
    struct Notice
    {
        const char *title;  // %1 = the event's subject where it has one
        Severity severity;
    };
    // Instance up/down are not here: they come from the instance states (update()).
    static const QHash<QString, Notice> notices{
        {QStringLiteral("channel-removed"), {QT_TR_NOOP("Channel removed: %1"), Severity::Warning}},
        {QStringLiteral("channel-restored"), {QT_TR_NOOP("Channel restored: %1"), Severity::Information}},
        {QStringLiteral("models-added"), {QT_TR_NOOP("Models added: %1"), Severity::Information}},
        {QStringLiteral("models-removed"), {QT_TR_NOOP("Models removed: %1"), Severity::Warning}},
        {QStringLiteral("models-queued"), {QT_TR_NOOP("Model changes waiting for review: %1"), Severity::Information}},
        {QStringLiteral("sync-failed"), {QT_TR_NOOP("Model sync failed"), Severity::Error}},
        {QStringLiteral("weight-optimization-failed"), {QT_TR_NOOP("Weight optimization failed"), Severity::Warning}},
        {QStringLiteral("uniapi-created"), {QT_TR_NOOP("api.yaml created"), Severity::Warning}},
        {QStringLiteral("adoption-available"), {QT_TR_NOOP("Layout of the original uni-load found"), Severity::Information}},
        {QStringLiteral("uniapi-write-failed"), {QT_TR_NOOP("api.yaml not written"), Severity::Error}},
        {QStringLiteral("uniapi-reload-failed"), {QT_TR_NOOP("uni-api not reloaded"), Severity::Warning}},
        {QStringLiteral("uniapi-not-live"), {QT_TR_NOOP("api.yaml written but not live"), Severity::Warning}},
        {QStringLiteral("instance-file-invalid"), {QT_TR_NOOP("Instance file does not load"), Severity::Warning}},
    };
    const auto notice = notices.constFind(e.kind);
    if (notice == notices.constEnd())
        return std::nullopt;
    if (severity)
        *severity = notice->severity;
    const QString title = tr(notice->title);
    return title.contains(QLatin1String("%1")) ? title.arg(e.subject) : title;
}

QString TrayStateMapper::fileProblem(const QString &field, const QString &reason)
{
    if (field.isEmpty())
        return ErrorText::translate(reason);
    return tr("%1: %2").arg(field, ErrorText::translate(reason));
}

QString TrayStateMapper::eventMessage(const EngineEvent &e, ConsoleNotification::Severity severity)
{
    // An error message the event templates do not know still gets its kind's label.
    const QString message = EngineText::event(e.message);
    return message == e.message && severity == ConsoleNotification::Severity::Error ? ErrorText::translate(e.message) : message;
}

} // namespace ul
