#include "core/sim/simrecorder.h"

#include "core/sim/simfaults.h"

namespace ul {

void SimRequestRecorder::record(const SimHttpRequest &request)
{
    if (!m_enabled)
        return;
    if (m_requests.size() >= m_limit)
        m_requests.remove(0, m_requests.size() / 2);
    m_requests.append({request, QDateTime::currentDateTimeUtc()});
}

QList<SimRecordedRequest> SimRequestRecorder::matching(const QByteArray &method, const QString &pathPattern) const
{
    const QRegularExpression regex = simGlobToRegex(pathPattern);
    QList<SimRecordedRequest> out;
    for (const SimRecordedRequest &entry : m_requests) {
        if (!method.isEmpty() && entry.request.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (regex.match(entry.request.path).hasMatch())
            out.append(entry);
    }
    return out;
}

} // namespace ul
