#include "tests/support/fakenetworkaccessmanager.h"

#include "tests/support/testutil.h"

#include <QBuffer>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <cstring>

namespace ul::test {

// A reply that delivers a FakeResponse asynchronously, like a real one.
class FakeReply final : public QNetworkReply
{
public:
    FakeReply(FakeNetworkAccessManager *manager, QNetworkAccessManager::Operation op, const QNetworkRequest &request,
              const QByteArray &method, const FakeResponse &response)
        : QNetworkReply(manager), m_manager(manager), m_response(response)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        if (op == QNetworkAccessManager::CustomOperation)
            setAttribute(QNetworkRequest::CustomVerbAttribute, method);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (!response.hang) {
            m_timer.setSingleShot(true);
            connect(&m_timer, &QTimer::timeout, this, &FakeReply::deliver);
            m_timer.start(std::max(0, response.delayMs));
        }
    }

    void abort() override
    {
        if (isFinished())
            return;
        m_timer.stop();
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        complete(true);
    }

    qint64 bytesAvailable() const override { return qint64(m_body.size() - m_offset) + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_offset);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        std::memcpy(data, m_body.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void deliver()
    {
        if (m_response.networkError != NoError) {
            setError(m_response.networkError, QStringLiteral("fake network error"));
            complete(true);
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        for (const auto &h : m_response.headers)
            setRawHeader(h.first, h.second);
        m_body = m_response.body;
        if (m_response.status >= 400)
            setError(m_response.status == 404 ? ContentNotFoundError : UnknownContentError,
                     QStringLiteral("HTTP %1").arg(m_response.status));
        emit metaDataChanged();
        if (isFinished())  // a slot aborted the reply (as HttpClient does with a too-long answer)
            return;
        if (!m_body.isEmpty())
            emit readyRead();
        if (isFinished())
            return;
        complete(m_response.status >= 400);
    }

    void complete(bool failed)
    {
        setFinished(true);
        if (m_manager)
            m_manager->replyFinished();
        if (failed)
            emit errorOccurred(error());
        emit finished();
    }

    QPointer<FakeNetworkAccessManager> m_manager;
    FakeResponse m_response;
    QTimer m_timer;
    QByteArray m_body;
    qint64 m_offset = 0;
};

FakeResponse FakeResponse::json(int status, const QByteArray &body)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    return r;
}

FakeResponse FakeResponse::file(int status, const QString &relativePath)
{
    const QByteArray body = readTestData(relativePath);
    if (body.isEmpty())
        qFatal("missing test data file %s", qPrintable(relativePath));
    return json(status, body);
}

FakeResponse FakeResponse::text(int status, const QByteArray &body)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8")});
    return r;
}

FakeResponse FakeResponse::error(QNetworkReply::NetworkError error)
{
    FakeResponse r;
    r.networkError = error;
    return r;
}

FakeResponse FakeResponse::hanging()
{
    FakeResponse r;
    r.hang = true;
    return r;
}

FakeResponse &FakeResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

FakeResponse &FakeResponse::withDelay(int ms)
{
    delayMs = ms;
    return *this;
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent) : QNetworkAccessManager(parent) {}

void FakeNetworkAccessManager::addResponse(const QByteArray &method, const QString &path, const FakeResponse &response)
{
    m_routes[QString::fromLatin1(method) + QLatin1Char(' ') + path].append(response);
}

QList<FakeRequest> FakeNetworkAccessManager::requests(const QByteArray &method, const QString &path) const
{
    QList<FakeRequest> matching;
    for (const FakeRequest &r : m_requests) {
        if (r.method == method && r.url.path() == path)
            matching.append(r);
    }
    return matching;
}

FakeResponse FakeNetworkAccessManager::responseFor(const FakeRequest &request)
{
    if (m_handler) {
        if (std::optional<FakeResponse> answer = m_handler(request))
            return *answer;
    }
    auto it = m_routes.find(QString::fromLatin1(request.method) + QLatin1Char(' ') + request.url.path());
    if (it == m_routes.end() || it->isEmpty())
        return FakeResponse::json(404, QByteArrayLiteral(R"({"error":"Not Found"})"));
    return it->size() > 1 ? it->takeFirst() : it->first();
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    FakeRequest recorded;
    switch (op) {
    case HeadOperation: recorded.method = QByteArrayLiteral("HEAD"); break;
    case GetOperation: recorded.method = QByteArrayLiteral("GET"); break;
    case PutOperation: recorded.method = QByteArrayLiteral("PUT"); break;
    case PostOperation: recorded.method = QByteArrayLiteral("POST"); break;
    case DeleteOperation: recorded.method = QByteArrayLiteral("DELETE"); break;
    case CustomOperation: recorded.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray(); break;
    case UnknownOperation: recorded.method = QByteArrayLiteral("UNKNOWN"); break;
    }
    recorded.url = request.url();
    recorded.request = request;
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    m_requests.append(recorded);
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    return new FakeReply(this, op, request, recorded.method, responseFor(recorded));
}

void FakeNetworkAccessManager::replyFinished()
{
    --m_inFlight;
}

} // namespace ul::test
