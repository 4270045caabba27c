#pragma once

#include "core/engine/snapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace ul {

// Overall health shown by the tray icon and the window.
enum class OverallHealth {
    Unknown,   // starting, no instance checked yet, or a first run (nothing set up yet)
    Healthy,   // every instance healthy
    Degraded,  // some instances down
    Failing,   // none healthy, no instances, the instance file or the store has a problem
};

struct TrayState
{
    OverallHealth health = OverallHealth::Unknown;
    QString summary;  // one line: "2 of 3 gpt-load instances healthy"
    QString tooltip;  // summary plus the instances that are down

    bool operator==(const TrayState &) const = default;
};

// Something the operator should notice: shown as a tray message, or in the window's
// notification area when there is no tray.
struct ConsoleNotification
{
    enum class Severity { Information, Warning, Error };
    // Title and message in the interface language; kept so a list of notifications can follow
    // a language switch.
    using Texts = std::function<std::pair<QString, QString>()>;

    Severity severity = Severity::Information;
    QString title;
    QString message;
    QDateTime time;
    Texts texts;

    void retranslate()
    {
        if (texts)
            std::tie(title, message) = texts();
    }
};

// Maps engine snapshots to the tray's state and to notifications about what changed
// (instance down/up, instance file broken/fixed). A plain class, so it is tested without a tray.
class TrayStateMapper final
{
    Q_DECLARE_TR_FUNCTIONS(ul::TrayStateMapper)

public:
    static OverallHealth overallHealth(const EngineSnapshot &snapshot);
    static TrayState trayState(const EngineSnapshot &snapshot);

    // The notifications for the changes since the previous snapshot given to update(): an
    // instance going down (or found down by its first check), coming back up, the instance file
    // becoming invalid or valid again; and the engine's events (channel removed / restored,
    // models added / removed / queued for review, sync and api.yaml failures) not shown yet.
    // Snapshots before the engine is ready are ignored.
    QList<ConsoleNotification> update(const EngineSnapshot &snapshot);

private:
    struct InstanceMemo
    {
        QString name;
        bool checked = false;
        bool healthy = false;
    };
    QList<ConsoleNotification> eventNotifications(const EngineSnapshot &snapshot);
    // The title of an event's notification and its severity; nullopt for kinds not notified.
    static std::optional<QString> eventTitle(const EngineEvent &e, ConsoleNotification::Severity *severity);
    static QString eventMessage(const EngineEvent &e, ConsoleNotification::Severity severity);
    static QString fileProblem(const QString &field, const QString &reason);

    QHash<QString, InstanceMemo> m_instances;
    bool m_fileError = false;
    qint64 m_lastEventId = 0;
};

} // namespace ul
