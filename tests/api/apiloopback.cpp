#include "tests/api/apiloopback.h"

#include "core/api/apicontext.h"
#include "core/api/routes.h"
#include "core/api/webconsole.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>

namespace ul::test {

const QByteArray ApiLoopback::token = "api-loopback-test-token-0123456789";

ApiLoopback::ApiLoopback(int instanceCount) : m_fixture(std::make_unique<OnboardingFixture>(instanceCount)) {}

ApiLoopback::~ApiLoopback()
{
    m_server.reset();
    m_fixture.reset();
}

bool ApiLoopback::start(const std::function<void(EngineOptions &)> &tweak)
{
    if (!m_fixture->startEngine(tweak))
        return false;
    const EngineOptions o = m_fixture->options();
    m_config.setDirectories(o.configDir, o.dataDir);
    m_config.setOverride(SettingKey::GptLoadInstancesFile, o.instancesFilePath, ConfigOrigin::CommandLine);
    ApiServerOptions so;
    so.port = 0;
    so.token = QString::fromLatin1(token);
    m_server = std::make_unique<ApiServer>(so);
    if (!installWebConsole(*m_server, WebConsoleOptions()).ok())
        return false;
    registerAllRoutes(m_server->router(), ApiContext{&m_fixture->engine(), m_server.get(), &m_config, m_demoSites});
    return m_server->listen().ok();
}

LoopbackAnswer ApiLoopback::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                 const QList<QPair<QByteArray, QByteArray>> &headers, bool withToken)
{
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path)));
    if (withToken)
        req.setRawHeader("Authorization", "Bearer " + token);
    bool hasType = false;
    for (const auto &h : headers) {
        req.setRawHeader(h.first, h.second);
        hasType = hasType || h.first.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !hasType)
        req.setRawHeader("Content-Type", "application/json");
    return sendAndWait(m_nam, req, method, body, 60000);
}

LoopbackAnswer ApiLoopback::sendJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                                     const QByteArray &acceptLanguage)
{
    return send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/json"}, {"Accept-Language", acceptLanguage}});
}

LoopbackAnswer ApiLoopback::waitForJob(const QString &jobId, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    LoopbackAnswer a;
    while (!deadline.hasExpired()) {
        a = send("GET", QStringLiteral("/api/jobs/") + jobId);
        const QString state = a.json.value(QStringLiteral("state")).toString();
        if (a.status != 200 || state == QLatin1String("done") || state == QLatin1String("failed"))
            return a;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return a;
}

bool hasChinese(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

} // namespace ul::test
