#include "core/engine/enginecore.h"

#include "core/engine/notifier.h"
#include "core/gptload/httpclient.h"
#include "core/log/categories.h"
#include "core/uniapi/uniapireloader.h"
#include "core/uniapi/uniapiwriter.h"

namespace ul {

// After every write of api.yaml that changed it (uniapi-config.md §6.10, §6.11): the reloader
// runs in this thread, asynchronously, coalescing writes; its result is an event and part of the
// snapshot, never an error of the write.
void EngineCore::startUniApiReloader()
{
    const uniapi::ReloadSettings &settings = m_options.uniApiReload;
    HttpClientOptions http = siteHttpOptions();
    http.timeoutMs = settings.requestTimeoutMs;
    http.retryAttempts = 0;
    // Created before the reloader: children are deleted newest first, so the reloader goes
    // first and the client's cancelled calls find it gone.
    HttpClient *client = createSiteHttpClient(http, this);
    m_uniApiReloader = new uniapi::UniApiReloader(settings, client, m_clock, this);
    m_uniApiStatus.reload = m_uniApiReloader->state();
    connect(m_uniApiReloader, &uniapi::UniApiReloader::stateChanged, this, [this] {
        m_uniApiStatus.reload = m_uniApiReloader->state();
        schedulePublish();
    });
    connect(m_uniApiReloader, &uniapi::UniApiReloader::finished, this, &EngineCore::onUniApiReloaded);
    m_uniApi->setWriteObserver([this](const QByteArray &written) {
        if (m_uniApiReloader)
            m_uniApiReloader->fileWritten(written);
    });
    qCInfo(lcUniApi).noquote() << QStringLiteral("uni-api runtime %1, reload after writes: %2")
                                      .arg(uniapi::runtimeName(settings.runtime),
                                           settings.runtime == uniapi::UniApiRuntime::Rust
                                               ? QStringLiteral("not needed (the runtime reloads api.yaml by itself)")
                                               : uniapi::reloadActionName(settings.action));
}

void EngineCore::onUniApiReloaded(const uniapi::ReloadResult &result)
{
    using Outcome = uniapi::ReloadResult::Outcome;
    const QString subject = m_uniApiStatus.path;
    QJsonObject details = result.toJson();
    switch (result.outcome) {
    case Outcome::Failed:
        m_notifier->post(QStringLiteral("uniapi-reload-failed"), EngineEvent::Severity::Warning, subject,
                         QStringLiteral("api.yaml was written, but uni-api was not reloaded: %1").arg(result.message), details);
        break;
    case Outcome::Ok:
        m_notifier->post(QStringLiteral("uniapi-reloaded"), EngineEvent::Severity::Info, subject,
                         QStringLiteral("uni-api reloaded after api.yaml changed: %1").arg(result.message), details);
        break;
    case Outcome::NotNeeded:
    case Outcome::Manual:
        qCInfo(lcUniApi).noquote() << "api.yaml changed;" << result.message;
        break;
    }
    if (result.live == uniapi::ReloadResult::Live::NotLive)
        m_notifier->post(QStringLiteral("uniapi-not-live"), EngineEvent::Severity::Warning, subject,
                         QStringLiteral("api.yaml was written but is not live in uni-api %1").arg(result.liveMessage), details);
    else if (result.live == uniapi::ReloadResult::Live::Unknown)
        qCWarning(lcUniApi).noquote() << "uni-api live check:" << result.liveMessage;
}

// A failed api.yaml write (a full disk, a hand edit that broke the file) leaves uni-api on the old
// file while the store and gpt-load hold the new state. A full reconciliation writes it again —
// after uniApiWriteRetrySecs, then doubling up to 30 min — until a write succeeds; only where
// reconciliations run by themselves (ENABLE_MODEL_OPTIMIZER). A no-op reconciliation makes no
// mutating gpt-load call.
QDateTime EngineCore::scheduleUniApiWriteRetry(bool failing)
{
    constexpr int kMaxDelaySecs = 30 * 60;
    if (!m_uniApiRetryTimer)
        return {};
    if (!failing || !m_options.enableModelOptimizer) {
        m_uniApiRetryTimer->stop();
        m_uniApiRetryDelaySecs = 0;
        m_uniApiRetryAt = {};
        return {};
    }
    if (!m_uniApiRetryTimer->isActive()) {
        m_uniApiRetryDelaySecs = m_uniApiRetryDelaySecs == 0 ? std::max(1, m_options.uniApiWriteRetrySecs)
                                                             : std::min(2 * m_uniApiRetryDelaySecs, kMaxDelaySecs);
        m_uniApiRetryTimer->start(m_uniApiRetryDelaySecs * 1000);
        m_uniApiRetryAt = m_clock->now().addSecs(m_uniApiRetryDelaySecs);
    }
    return m_uniApiRetryAt;
}

} // namespace ul
