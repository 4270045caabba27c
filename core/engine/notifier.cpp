#include "core/engine/notifier.h"

#include "core/common/redactor.h"
#include "core/log/categories.h"

namespace ul {

QString eventSeverityName(EngineEvent::Severity severity)
{
    switch (severity) {
    case EngineEvent::Severity::Info: return QStringLiteral("info");
    case EngineEvent::Severity::Warning: return QStringLiteral("warning");
    case EngineEvent::Severity::Error: return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

QJsonObject EngineEvent::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("severity"), eventSeverityName(severity)},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("message"), message},
            {QStringLiteral("details"), details}};
}

Notifier::Notifier(Clock *clock, QObject *parent) : QObject(parent), m_clock(clock) {}

void Notifier::post(EngineEvent event)
{
    event.id = m_nextId++;
    event.time = m_clock->now();
    event.message = Redactor::text(event.message);
    event.details = Redactor::json(event.details).toObject();
    const QString line = QStringLiteral("[%1] %2").arg(event.kind, event.message);
    if (event.severity == EngineEvent::Severity::Info)
        qCInfo(lcEngine).noquote() << line;
    else
        qCWarning(lcEngine).noquote() << line;
    m_ring.push_back(event);
    while (m_ring.size() > kCapacity)
        m_ring.pop_front();
    emit posted(event);
}

void Notifier::post(const QString &kind, EngineEvent::Severity severity, const QString &subject, const QString &message,
                    const QJsonObject &details)
{
    EngineEvent e;
    e.kind = kind;
    e.severity = severity;
    e.subject = subject;
    e.message = message;
    e.details = details;
    post(std::move(e));
}

QList<EngineEvent> Notifier::events(qint64 sinceId) const
{
    QList<EngineEvent> out;
    for (const EngineEvent &e : m_ring) {
        if (e.id > sinceId)
            out.append(e);
    }
    return out;
}

QList<EngineEvent> Notifier::recent(int count) const
{
    QList<EngineEvent> out;
    const qsizetype start = std::max<qsizetype>(0, qsizetype(m_ring.size()) - count);
    for (qsizetype i = start; i < qsizetype(m_ring.size()); ++i)
        out.append(m_ring[size_t(i)]);
    return out;
}

} // namespace ul
