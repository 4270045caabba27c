#include "core/gptload/wirethread.h"

#include <QNetworkAccessManager>
#include <QPointer>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace ul {

QNetworkReply *sendWireRequest(QNetworkAccessManager *network, const WireRequest &r)
{
    switch (r.method) {
    case HttpMethod::Get: return network->get(r.request);
    case HttpMethod::Head: return network->head(r.request);
    case HttpMethod::Post: return network->post(r.request, r.body);
    case HttpMethod::Put: return network->put(r.request, r.body);
    case HttpMethod::Delete:
        if (r.body.isEmpty())
            return network->deleteResource(r.request);
        break;
    case HttpMethod::Patch:
    case HttpMethod::Options:
        break;
    }
    return network->sendCustomRequest(r.request, httpMethodName(r.method), r.body);
}

WireAnswer wireAnswerOf(QNetworkReply *reply)
{
    WireAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer.status > 0) {
        answer.headers = reply->rawHeaderPairs();
        answer.body = reply->readAll();
    } else {
        answer.error = reply->error();
        answer.errorString = reply->errorString();
    }
    return answer;
}

// The part that lives in the wire thread: the managers and the replies on the wire.
class WireWorker final : public QObject
{
public:
    explicit WireWorker(WireThread *front) : m_front(front) {}

    void send(WireThread::Id id, const WireRequest &request)
    {
        const QUrl &url = request.request.url();
        const QString hostKey = url.host() + QLatin1Char(':') + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
        int lane = 0;
        QNetworkAccessManager *network = acquireLane(hostKey, &lane);
        QNetworkReply *reply = sendWireRequest(network, request);
        m_flights.insert(id, Flight{reply, hostKey, lane});
        connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
#if QT_CONFIG(ssl)
        if (request.ignoreSslErrors)
            connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
#endif
    }

    void abort(WireThread::Id id)
    {
        const auto it = m_flights.find(id);
        if (it == m_flights.end())
            return;  // answered already; the front drops that answer
        const Flight flight = it.value();
        m_flights.erase(it);
        releaseLane(flight);
        flight.reply->disconnect(this);
        flight.reply->abort();
        flight.reply->deleteLater();
    }

    void shutdown()
    {
        const QList<WireThread::Id> ids = m_flights.keys();
        for (WireThread::Id id : ids)
            abort(id);
        qDeleteAll(m_lanes);
        m_lanes.clear();
    }

private:
    struct Flight
    {
        QPointer<QNetworkReply> reply;
        QString hostKey;
        int lane = 0;
    };

    void onFinished(WireThread::Id id)
    {
        const auto it = m_flights.find(id);
        if (it == m_flights.end())
            return;
        const Flight flight = it.value();
        m_flights.erase(it);
        releaseLane(flight);
        QNetworkReply *reply = flight.reply;
        if (!reply)
            return;
        const WireAnswer answer = wireAnswerOf(reply);
        reply->disconnect(this);
        reply->deleteLater();
        // The front outlives this thread (its destructor joins it), so posting to it is safe.
        WireThread *front = m_front;
        QMetaObject::invokeMethod(front, [front, id, answer] { front->deliver(id, answer); }, Qt::QueuedConnection);
    }

    QNetworkAccessManager *acquireLane(const QString &hostKey, int *lane)
    {
        QList<int> &load = m_laneLoad[hostKey];
        while (load.size() < m_lanes.size())
            load.append(0);
        int best = -1;
        for (int i = 0; i < load.size(); ++i) {
            if (load.at(i) < WireThread::kConnectionsPerLane && (best < 0 || load.at(i) < load.at(best)))
                best = i;
        }
        if (best < 0) {
            m_lanes.append(new QNetworkAccessManager(this));
            load.append(0);
            best = int(m_lanes.size()) - 1;
        }
        ++load[best];
        *lane = best;
        return m_lanes.at(best);
    }

    void releaseLane(const Flight &flight)
    {
        auto it = m_laneLoad.find(flight.hostKey);
        if (it != m_laneLoad.end() && flight.lane < it->size() && (*it)[flight.lane] > 0)
            --(*it)[flight.lane];
    }

    WireThread *m_front;
    QHash<WireThread::Id, Flight> m_flights;
    QList<QNetworkAccessManager *> m_lanes;
    QHash<QString, QList<int>> m_laneLoad;  // host:port → requests on the wire per lane
};

WireThread::WireThread(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("uniload-wire"));
    m_worker = new WireWorker(this);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

WireThread::~WireThread()
{
    WireWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] {
        worker->shutdown();
        delete worker;
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_pending.clear();
}

WireThread::Id WireThread::send(const WireRequest &request, Done done)
{
    const Id id = m_nextId++;
    m_pending.insert(id, std::move(done));
    WireWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, id, request] { worker->send(id, request); }, Qt::QueuedConnection);
    return id;
}

void WireThread::abort(Id id)
{
    if (!m_pending.remove(id))
        return;
    WireWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, id] { worker->abort(id); }, Qt::QueuedConnection);
}

void WireThread::deliver(Id id, const WireAnswer &answer)
{
    const Done done = m_pending.take(id);
    if (done)
        done(answer);
}

} // namespace ul
