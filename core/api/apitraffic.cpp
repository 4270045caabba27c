#include "core/api/apitraffic.h"

#include "core/api/apiserver.h"

namespace ul {

void ApiTrafficStats::watch(ApiServer *server)
{
    connect(server, &ApiServer::requestFinished, this,
            [this](const QString &method, const QString &, int status, qint64 elapsedMs) { record(method, status, elapsedMs); });
}

void ApiTrafficStats::record(const QString &method, int status, qint64 elapsedMs)
{
    Row &row = m_rows[qMakePair(method, status)];
    ++row.count;
    row.totalSeconds += static_cast<double>(elapsedMs) / 1000.0;
}

} // namespace ul
