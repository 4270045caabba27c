#pragma once

#include "core/api/apiserver.h"
#include "core/common/clock.h"
#include "core/config/appconfig.h"
#include "tests/onboarding/onboardingfixture.h"
#include "tests/support/httpanswer.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

namespace ul::test {

// An answer of the API over loopback.
using LoopbackAnswer = HttpAnswer;

// The simulated cluster with a real engine (OnboardingFixture), and every route of the
// application on an ApiServer listening on 127.0.0.1, port 0, with a bearer token; requests go
// through QNetworkAccessManager, the whole transport included.
class ApiLoopback
{
public:
    static const QByteArray token;

    explicit ApiLoopback(int instanceCount = 1);
    ~ApiLoopback();

    OnboardingFixture &fixture() { return *m_fixture; }
    // A manual clock for the engine (`o.clock = &clock()` in start's tweak). Owned here so it
    // outlives the engine, whose last job continuations may still read it while it stops.
    ManualClock &clock() { return m_clock; }
    Engine &engine() { return m_fixture->engine(); }
    AppConfig &config() { return m_config; }
    ApiServer &server() { return *m_server; }

    // What GET /api/demo/sites offers (ApiContext::demoSites); set before start().
    void setDemoSites(QList<QJsonObject> sites) { m_demoSites = std::move(sites); }

    // Starts the engine (tweak as OnboardingFixture::startEngine) and the server; false on failure.
    bool start(const std::function<void(EngineOptions &)> &tweak = {});

    // `headers` are added as given; the bearer token unless `withToken` is false; JSON
    // content type when a body is given and no Content-Type header is.
    LoopbackAnswer send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                        const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool withToken = true);
    LoopbackAnswer sendJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                            const QByteArray &acceptLanguage = "en-US");

    // Polls GET /api/jobs/:id until the job has finished; the last answer.
    LoopbackAnswer waitForJob(const QString &jobId, int timeoutMs = 30000);

private:
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<OnboardingFixture> m_fixture;
    AppConfig m_config;
    QList<QJsonObject> m_demoSites;
    std::unique_ptr<ApiServer> m_server;
    QNetworkAccessManager m_nam;
};

// True when `text` contains a CJK character (the Chinese text of an answer).
bool hasChinese(const QString &text);

} // namespace ul::test
