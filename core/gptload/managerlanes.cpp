#include "core/gptload/managerlanes.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QUrl>

namespace ul {

ManagerLanes::ManagerLanes(QObject *owner, QNetworkAccessManager *first) : m_owner(owner), m_first(first) {}

QString ManagerLanes::hostKey(const QUrl &url)
{
    return url.host() + QLatin1Char(':') + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

QNetworkAccessManager *ManagerLanes::acquire(const QString &hostKey, int *lane)
{
    if (m_lanes.isEmpty() && m_first)
        m_lanes.append(m_first);
    QList<int> &load = m_load[hostKey];
    while (load.size() < m_lanes.size())
        load.append(0);
    int best = 0;
    for (int i = 1; i < load.size(); ++i) {
        if (load.at(i) < load.at(best))
            best = i;
    }
    if (load.isEmpty() || load.at(best) >= kConnectionsPerLane) {
        // Every lane is full for this host: open another one (same proxy as the first).
        auto *extra = new QNetworkAccessManager(m_owner);
        if (m_first)
            extra->setProxy(m_first->proxy());
        m_lanes.append(extra);
        load.append(0);
        best = int(m_lanes.size()) - 1;
    }
    ++load[best];
    *lane = best;
    QNetworkAccessManager *network = m_lanes.at(best);
    return network ? network : m_first.data();
}

void ManagerLanes::release(const QString &hostKey, int lane)
{
    auto it = m_load.find(hostKey);
    if (it == m_load.end() || lane < 0 || lane >= it->size())
        return;
    if ((*it)[lane] > 0)
        --(*it)[lane];
}

} // namespace ul
