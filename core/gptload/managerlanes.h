#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;
class QObject;
class QUrl;

namespace ul {

// Qt 6.4's QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host and queues the
// rest, which would cap MAX_CONCURRENT_REQUESTS at 6. Requests are therefore spread over
// "lanes": the least loaded manager for that host, and a new one (owned by `owner`, with the
// first lane's proxy) when every lane already carries 6 requests to it.
// Used from the thread that owns the managers only.
class ManagerLanes
{
public:
    static constexpr int kConnectionsPerLane = 6;

    // `first` (may be null) is lane 0; the others are created on demand.
    ManagerLanes(QObject *owner, QNetworkAccessManager *first);

    static QString hostKey(const QUrl &url);  // "host:port"
    // The manager for one more request to `hostKey`; *lane is what release() wants back.
    QNetworkAccessManager *acquire(const QString &hostKey, int *lane);
    void release(const QString &hostKey, int lane);
    int count() const { return int(m_lanes.size()); }

private:
    QObject *m_owner;
    QPointer<QNetworkAccessManager> m_first;
    QList<QPointer<QNetworkAccessManager>> m_lanes;  // [0] = m_first, then our own managers
    QHash<QString, QList<int>> m_load;              // host:port → requests on the wire per lane
};

} // namespace ul
