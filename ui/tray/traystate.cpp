#include "ui/tray/traystate.h"

#include "ui/common/enginetext.h"
#include "ui/common/errortext.h"
#include "ui/common/setupstate.h"
#include "ui/common/uiformat.h"
#include "ui/widgets/jobtracker.h"

#include <algorithm>

namespace ul {

namespace {
ConsoleNotification notification(ConsoleNotification::Severity severity, const QString &title, const QString &message,
                                 const QDateTime &time)
{
    return ConsoleNotification{severity, title, message, time};
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
        out << notification(ConsoleNotification::Severity::Error, tr("Instance file problem"),
                            snapshot.instanceFile.errorField.isEmpty()
                                ? ErrorText::translate(snapshot.instanceFile.errorReason)
                                : tr("%1: %2").arg(snapshot.instanceFile.errorField, ErrorText::translate(snapshot.instanceFile.errorReason)),
                            now);
    } else if (!fileError && m_fileError) {
        out << notification(ConsoleNotification::Severity::Information, tr("Instance file loaded"),
                            tr("%n gpt-load instance(s) configured", nullptr, static_cast<int>(snapshot.instances.size())), now);
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
            out << notification(ConsoleNotification::Severity::Warning, tr("Instance down: %1").arg(i.name),
                                i.error.isEmpty() ? tr("The gpt-load instance does not answer.") : ErrorText::translate(i.error), now);
        } else if (i.healthy && knownBefore && !before->healthy) {
            out << notification(ConsoleNotification::Severity::Information, tr("Instance up: %1").arg(i.name),
                                tr("The gpt-load instance answers again."), now);
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
        QString title;
        ConsoleNotification::Severity severity = ConsoleNotification::Severity::Information;
        if (e.kind == QLatin1String("channel-removed")) {
            title = tr("Channel removed: %1").arg(e.subject);
            severity = ConsoleNotification::Severity::Warning;
        } else if (e.kind == QLatin1String("channel-restored")) {
            title = tr("Channel restored: %1").arg(e.subject);
        } else if (e.kind == QLatin1String("models-added")) {
            title = tr("Models added: %1").arg(e.subject);
        } else if (e.kind == QLatin1String("models-removed")) {
            title = tr("Models removed: %1").arg(e.subject);
            severity = ConsoleNotification::Severity::Warning;
        } else if (e.kind == QLatin1String("models-queued")) {
            title = tr("Model changes waiting for review: %1").arg(e.subject);
        } else if (e.kind == QLatin1String("sync-failed")) {
            title = tr("Model sync failed");
            severity = ConsoleNotification::Severity::Error;
        } else if (e.kind == QLatin1String("weight-optimization-failed")) {
            title = tr("Weight optimization failed");
            severity = ConsoleNotification::Severity::Warning;
        } else if (e.kind == QLatin1String("uniapi-created")) {
            title = tr("api.yaml created");
            severity = ConsoleNotification::Severity::Warning;
        } else if (e.kind == QLatin1String("adoption-available")) {
            title = tr("Layout of the original uni-load found");
        } else if (e.kind == QLatin1String("uniapi-write-failed")) {
            title = tr("api.yaml not written");
            severity = ConsoleNotification::Severity::Error;
        } else if (e.kind == QLatin1String("uniapi-reload-failed")) {
            title = tr("uni-api not reloaded");
            severity = ConsoleNotification::Severity::Warning;
        } else if (e.kind == QLatin1String("uniapi-not-live")) {
            title = tr("api.yaml written but not live");
            severity = ConsoleNotification::Severity::Warning;
        } else if (e.kind == QLatin1String("instance-file-invalid")) {
            title = tr("Instance file does not load");
            severity = ConsoleNotification::Severity::Warning;
        } else {
            continue;  // instance up/down come from the instance states above
        }
        // An error message the event templates do not know still gets its kind's label.
        QString message = EngineText::event(e.message);
        if (message == e.message && severity == ConsoleNotification::Severity::Error)
            message = ErrorText::translate(e.message);
        out << notification(severity, title, message, e.time.isValid() ? e.time : QDateTime::currentDateTimeUtc());
    }
    return out;
}

} // namespace ul
