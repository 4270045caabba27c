#include "core/gptload/wirethread.h"

#include "core/gptload/answerreader.h"
#include "core/gptload/managerlanes.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include <optional>

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

// The part that lives in the wire thread: the managers and the replies on the wire.
class WireWorker final : public QObject
{
public:
    explicit WireWorker(WireThread *front) : m_front(front), m_lanes(this, nullptr) {}

    void send(WireThread::Id id, const WireRequest &request)
    {
        const QString hostKey = ManagerLanes::hostKey(request.request.url());
        int lane = 0;
        QNetworkAccessManager *network = m_lanes.acquire(hostKey, &lane);
        QNetworkReply *reply = sendWireRequest(network, request);
        const std::shared_ptr<AnswerReader> reader
            = AnswerReader::watch(reply, request.maxResponseBytes, this, [this, id] { complete(id, Ending::TooLong); });
        m_flights.insert(id, Flight{reply, hostKey, lane, reader});
        connect(reply, &QNetworkReply::finished, this, [this, id] { complete(id, Ending::Finished); });
#if QT_CONFIG(ssl)
        if (request.ignoreSslErrors)
            connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
#endif
    }

    void abort(WireThread::Id id)
    {
        const std::optional<Flight> flight = take(id);
        if (!flight)
            return;  // answered already; the front drops that answer
        flight->reply->disconnect(this);
        flight->reply->abort();
        flight->reply->deleteLater();
    }

    void shutdown()
    {
        const QList<WireThread::Id> ids = m_flights.keys();
        for (WireThread::Id id : ids)
            abort(id);
    }

private:
    struct Flight
    {
        QPointer<QNetworkReply> reply;
        QString hostKey;
        int lane = 0;
        std::shared_ptr<AnswerReader> reader;
    };

    // Takes the attempt off the wire's books and frees its lane; its reply is the caller's to end.
    std::optional<Flight> take(WireThread::Id id)
    {
        const auto it = m_flights.find(id);
        if (it == m_flights.end())
            return std::nullopt;
        const Flight flight = it.value();
        m_flights.erase(it);
        m_lanes.release(flight.hostKey, flight.lane);
        return flight;
    }

    enum class Ending { Finished, TooLong };

    // Hands the answer read so far back; an answer over its size cap is aborted, so nothing
    // more is read and the connection is closed.
    void complete(WireThread::Id id, Ending ending)
    {
        const std::optional<Flight> flight = take(id);
        if (!flight || !flight->reply)
            return;
        QNetworkReply *reply = flight->reply;
        const WireAnswer answer = flight->reader->answer();
        reply->disconnect(this);
        if (ending == Ending::TooLong)
            reply->abort();
        reply->deleteLater();
        post(id, answer);
    }

    void post(WireThread::Id id, const WireAnswer &answer)
    {
        // The front outlives this thread (its destructor joins it), so posting to it is safe.
        WireThread *front = m_front;
        QMetaObject::invokeMethod(front, [front, id, answer] { front->deliver(id, answer); }, Qt::QueuedConnection);
    }

    WireThread *m_front;
    QHash<WireThread::Id, Flight> m_flights;
    ManagerLanes m_lanes;  // its managers are this worker's children
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
