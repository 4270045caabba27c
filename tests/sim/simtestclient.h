#pragma once

// Test-side HTTP helpers for the simulator tests: a QNetworkAccessManager client that waits
// for each answer (tests only; engine code never waits), and a raw-socket exchange for cases a
// QNAM cannot express (no Accept-Language, pipelining, chunked uploads).

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>

namespace ul::test {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpResult
{
    int status = 0;                                   // 0 = no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    HeaderList headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
    QJsonArray jsonArray() const;
    QJsonValue data() const { return json().value(QStringLiteral("data")); }
    QString code() const { return json().value(QStringLiteral("code")).toString(); }
    QString message() const { return json().value(QStringLiteral("message")).toString(); }
};

class SimTestClient
{
public:
    SimTestClient();

    HttpResult send(const QByteArray &method, const QString &url, const QByteArray &body = {},
                    const HeaderList &headers = {}, int timeoutMs = 5000);
    HttpResult get(const QString &url, const HeaderList &headers = {}, int timeoutMs = 5000)
    {
        return send("GET", url, {}, headers, timeoutMs);
    }

    // Management calls as our client makes them: Bearer admin key, Accept-Language en-US.
    void setAdmin(const QString &baseUrl, const QString &adminKey);
    HttpResult api(const QByteArray &method, const QString &path, const QJsonValue &body = QJsonValue(QJsonValue::Undefined),
                   const HeaderList &extraHeaders = {});
    // Same with a raw body (for malformed JSON).
    HttpResult apiRaw(const QByteArray &method, const QString &path, const QByteArray &body,
                      const HeaderList &extraHeaders = {});

    static HeaderList bearer(const QString &key);
    static HeaderList english();

private:
    QNetworkAccessManager m_nam;
    QString m_base;
    QString m_adminKey;
};

// Writes `request` to 127.0.0.1:port and returns everything read until the server closes the
// connection or the timeout passes.
QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs = 3000);
// Body of the first HTTP response in raw bytes.
QByteArray rawBody(const QByteArray &rawResponse);

} // namespace ul::test
