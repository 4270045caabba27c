#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QString>

class QNetworkAccessManager;
class QNetworkRequest;

namespace ul::test {

// An HTTP answer as a test reads it off the wire.
struct HttpAnswer
{
    int status = 0;  // 0 when no answer came
    QByteArray body;
    QJsonObject json;  // the body as a JSON object; empty when it is none
    QList<QNetworkReply::RawHeaderPair> headers;

    // The first header of that name (case-insensitive); empty when absent.
    QByteArray header(const QByteArray &name) const;
    QString error() const { return json.value(QStringLiteral("error")).toString(); }
    QString code() const { return json.value(QStringLiteral("code")).toString(); }
};

// Sends `request` with `method` and `body` through `nam`, waiting up to `timeoutMs` for the
// answer.
HttpAnswer sendAndWait(QNetworkAccessManager &nam, const QNetworkRequest &request, const QByteArray &method,
                       const QByteArray &body, int timeoutMs);

} // namespace ul::test
