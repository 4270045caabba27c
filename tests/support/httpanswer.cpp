#include "tests/support/httpanswer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>

namespace ul::test {

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpAnswer sendAndWait(QNetworkAccessManager &nam, const QNetworkRequest &request, const QByteArray &method,
                       const QByteArray &body, int timeoutMs)
{
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        spy.wait(timeoutMs);
    HttpAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.json = QJsonDocument::fromJson(a.body).object();
    a.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return a;
}

} // namespace ul::test
