#include "core/gptload/httpclient.h"

#include "core/gptload/httpcall.h"
#include "core/gptload/logging.h"
#include "core/gptload/wirelog.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QThread>

namespace ul {

HttpClient::HttpClient(QNetworkAccessManager *network, RequestScheduler *scheduler,
                       const HttpClientOptions &options, QObject *parent)
    : QObject(parent), m_network(network), m_lanes(this, network), m_scheduler(scheduler), m_options(options)
{
}

QNetworkAccessManager *HttpClient::acquireLane(const QString &hostKey, int *lane)
{
    return m_lanes.acquire(hostKey, lane);
}

void HttpClient::releaseLane(const QString &hostKey, int lane)
{
    m_lanes.release(hostKey, lane);
}

HttpClient::~HttpClient()
{
    // Finish every pending future while this object is still whole: their continuations may
    // call back into code that owns this client.
    m_closing = true;
    cancelAll();
}

QFuture<Result<HttpResponse>> HttpClient::send(const HttpRequestSpec &spec)
{
    Q_ASSERT_X(thread() == QThread::currentThread(), "HttpClient::send", "called from a foreign thread");
    const QString what = QString::fromLatin1(httpMethodName(spec.method)) + QLatin1Char(' ') + wirelog::redactedUrl(spec.url);
    if (m_closing)
        return QtFuture::makeReadyFuture(Result<HttpResponse>(Error::cancelled(what + QStringLiteral(": client is shutting down"))));
    const QString scheme = spec.url.scheme();
    if (!spec.url.isValid() || spec.url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return QtFuture::makeReadyFuture(Result<HttpResponse>(Error::validation(QStringLiteral("url"), what + QStringLiteral(": not an http(s) URL"))));

    QList<QSslCertificate> trusted;
    if (!spec.tls.caCertificateFile.isEmpty()) {
        Result<QList<QSslCertificate>> loaded = caCertificates(spec.tls.caCertificateFile);
        if (!loaded.ok())
            return QtFuture::makeReadyFuture(Result<HttpResponse>(loaded.error().withContext(what)));
        trusted = loaded.value();
    }
    if (spec.tls.insecure)
        noteInsecureTarget(spec.url.host() + QLatin1Char(':') + QString::number(spec.url.port(443)));

    auto *call = new HttpCall(this, spec, m_options, trusted);
    m_calls.insert(call);
    QFuture<Result<HttpResponse>> future = call->future();
    call->start();
    return future;
}

void HttpClient::cancelAll()
{
    const QSet<HttpCall *> calls = m_calls;
    for (HttpCall *call : calls) {
        if (m_calls.contains(call))  // an earlier cancellation's continuation may have ended it
            call->cancel();
    }
}

Result<QList<QSslCertificate>> HttpClient::caCertificates(const QString &pemFile)
{
    const auto cached = m_caCache.constFind(pemFile);
    if (cached != m_caCache.constEnd())
        return cached.value();
    if (!QFileInfo(pemFile).isReadable())
        return Error::io(QStringLiteral("cannot read the CA certificate file %1").arg(pemFile));
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(pemFile, QSsl::Pem);
    if (certificates.isEmpty())
        return Error::validation(QStringLiteral("ca_certificate"),
                                 QStringLiteral("no PEM certificate found in %1").arg(pemFile));
    m_caCache.insert(pemFile, certificates);
    return certificates;
}

void HttpClient::noteInsecureTarget(const QString &target)
{
    if (m_insecureTargetsWarned.contains(target))
        return;
    m_insecureTargetsWarned.insert(target);
    qCWarning(lcHttp).noquote() << "TLS certificate verification is OFF for" << target
                                << "(tls_insecure); its certificate is not checked";
}

void HttpClient::forget(HttpCall *call)
{
    m_calls.remove(call);
}

} // namespace ul
