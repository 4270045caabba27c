#pragma once

#include "core/sim/simhttp.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace ul {

// A request as a simulator received it (copies may contain secrets; tests only).
struct SimRecordedRequest
{
    SimHttpRequest request;
    QDateTime receivedAt;   // UTC
};

// Keeps received requests for assertions and counts them per route. Bounded: past `limit`
// entries the oldest half is dropped, so a long benchmark does not grow without end.
class SimRequestRecorder
{
public:
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    void setLimit(qsizetype limit) { m_limit = limit; }

    void record(const SimHttpRequest &request);
    void clear() { m_requests.clear(); }
    QList<SimRecordedRequest> requests() const { return m_requests; }
    // Requests whose method matches (empty = any) and whose path matches the glob.
    QList<SimRecordedRequest> matching(const QByteArray &method, const QString &pathPattern) const;

private:
    bool m_enabled = true;
    qsizetype m_limit = 100000;
    QList<SimRecordedRequest> m_requests;
};

} // namespace ul
