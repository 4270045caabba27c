#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <functional>
#include <optional>

namespace ul::test {

// A request as the fake network saw it.
struct FakeRequest
{
    QByteArray method;
    QUrl url;
    QNetworkRequest request;  // headers, TLS configuration, attributes
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
    QString path() const { return url.path(); }
};

// A scripted answer.
struct FakeResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;  // answer after this delay (0: on the next event-loop turn)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;  // set: no HTTP answer
    bool hang = false;  // never answer (until aborted)

    static FakeResponse json(int status, const QByteArray &body);
    // Body read from tests/data/<relativePath>.
    static FakeResponse file(int status, const QString &relativePath);
    static FakeResponse text(int status, const QByteArray &body);
    static FakeResponse error(QNetworkReply::NetworkError error);
    static FakeResponse hanging();
    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value);
    FakeResponse &withDelay(int ms);
};

// A QNetworkAccessManager that answers from a script instead of the network (pure client unit
// tests; engine tests use the loopback simulator).
//
// Answers are looked up by "METHOD /path" (query ignored). Each route holds a FIFO of answers;
// the last one stays and answers every later request. A handler, when set, is asked first and
// may return std::nullopt to fall through to the routes. Unknown routes answer gpt-load's
// 404 {"error":"Not Found"}.
class FakeNetworkAccessManager final : public QNetworkAccessManager
{
public:
    using Handler = std::function<std::optional<FakeResponse>(const FakeRequest &)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void addResponse(const QByteArray &method, const QString &path, const FakeResponse &response);
    void clearResponses() { m_routes.clear(); }

    const QList<FakeRequest> &requests() const { return m_requests; }
    QList<FakeRequest> requests(const QByteArray &method, const QString &path) const;
    void clearRequests() { m_requests.clear(); }
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    friend class FakeReply;
    FakeResponse responseFor(const FakeRequest &request);
    void replyFinished();

    Handler m_handler;
    QHash<QString, QList<FakeResponse>> m_routes;
    QList<FakeRequest> m_requests;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace ul::test
