#pragma once

#include "core/common/clock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <deque>

namespace ul {

// Something the operator should hear about (style-guide.md §11): the tray, the window's
// notification area, the headless log and GET /api/events all consume the same events.
struct EngineEvent
{
    enum class Severity { Info, Warning, Error };

    qint64 id = 0;
    QDateTime time;
    QString kind;      // instance-down | instance-up | channel-removed | channel-restored | models-added |
                       // models-removed | models-queued | sync-failed | uniapi-write-failed | uniapi-created |
                       // uniapi-reloaded | uniapi-reload-failed | uniapi-not-live | instance-file-reloaded |
                       // instance-file-invalid | …
    Severity severity = Severity::Info;
    QString subject;   // instance id, site group, file …
    QString message;   // English, redacted
    QJsonObject details;

    QJsonObject toJson() const;
};

QString eventSeverityName(EngineEvent::Severity severity);

// Collects engine events in a bounded ring and logs each one. Engine thread only.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    explicit Notifier(Clock *clock, QObject *parent = nullptr);

    // Assigns id and time, logs it (warning/error events at warning level), stores, emits.
    void post(EngineEvent event);
    void post(const QString &kind, EngineEvent::Severity severity, const QString &subject, const QString &message,
              const QJsonObject &details = {});

    QList<EngineEvent> events(qint64 sinceId = 0) const;  // oldest first
    QList<EngineEvent> recent(int count) const;           // newest last
    qint64 lastId() const { return m_nextId - 1; }

signals:
    void posted(const ul::EngineEvent &event);

private:
    Clock *m_clock;
    std::deque<EngineEvent> m_ring;
    qint64 m_nextId = 1;
    static constexpr size_t kCapacity = 500;
};

} // namespace ul

Q_DECLARE_METATYPE(ul::EngineEvent)
