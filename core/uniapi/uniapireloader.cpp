#include "core/uniapi/uniapireloader.h"

#include "core/common/future.h"
#include "core/common/redactor.h"
#include "core/common/textlist.h"
#include "core/gptload/httpclient.h"
#include "core/uniapi/uniapilog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace ul::uniapi {

namespace {

constexpr int kBodyExcerpt = 300;

QString bodyExcerpt(const QByteArray &body)
{
    QString text = Redactor::text(QString::fromUtf8(body.left(4 * kBodyExcerpt))).simplified();
    if (text.size() > kBodyExcerpt)
        text = text.left(kBodyExcerpt) + QChar(0x2026);
    return text;
}

QString httpProblem(const HttpResponse &response)
{
    if (response.status == 401 || response.status == 403)
        return QStringLiteral("uni-api refused the admin key (HTTP %1); check UNI_API_ADMIN_KEY").arg(response.status);
    const QString excerpt = bodyExcerpt(response.body);
    return QStringLiteral("uni-api answered HTTP %1%2").arg(response.status).arg(excerpt.isEmpty() ? QString() : QStringLiteral(": ") + excerpt);
}

QString examples(const QStringList &names)
{
    return joinSome(names, 3);
}

} // namespace

UniApiReloader::UniApiReloader(const ReloadSettings &settings, HttpClient *http, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_http(http)
    , m_clock(clock ? clock : Clock::system())
{
    Redactor::registerSecret(m_settings.adminKey);
    Redactor::registerSecrets(RestartCommand::secretArguments(m_settings.restartCommand));
}

UniApiReloader::~UniApiReloader()
{
    shutdown();
}

void UniApiReloader::fileWritten(const QByteArray &bytes)
{
    if (m_stopped)
        return;
    m_pendingBytes = bytes;
    ++m_pendingWrites;
    if (!m_running)
        queueStart();
    emit stateChanged();
}

ReloadState UniApiReloader::state() const
{
    ReloadState s;
    s.runtime = m_settings.runtime;
    s.action = m_settings.action;
    s.running = m_running;
    s.pending = m_pendingWrites > 0;
    s.last = m_last;
    return s;
}

void UniApiReloader::shutdown()
{
    m_stopped = true;
    if (m_command) {
        m_command->abort();
        delete m_command;
    }
}

QString UniApiReloader::url(const char *path) const
{
    return m_settings.baseUrl + QString::fromLatin1(path);
}

// Deferred: several writes in one turn of the event loop make one reload.
void UniApiReloader::queueStart()
{
    if (m_startQueued || m_stopped)
        return;
    m_startQueued = true;
    QTimer::singleShot(0, this, &UniApiReloader::startNext);
}

void UniApiReloader::startNext()
{
    m_startQueued = false;
    if (m_stopped || m_running || m_pendingWrites == 0)
        return;
    m_running = true;
    m_current = ReloadResult();
    m_current.writes = std::exchange(m_pendingWrites, 0);
    const QByteArray bytes = std::exchange(m_pendingBytes, QByteArray());
    Result<ReloadPayload> payload = reloadPayload(bytes);
    m_payload = payload.ok() ? std::optional<ReloadPayload>(payload.value()) : std::nullopt;
    m_payloadError = payload.ok() ? QString() : payload.error().message;
    emit stateChanged();

    switch (m_settings.effectiveAction()) {
    case ReloadAction::None:
        if (m_settings.runtime == UniApiRuntime::Rust)
            actionDone(ReloadResult::Outcome::NotNeeded,
                       QStringLiteral("not needed: the Rust runtime of uni-api reloads api.yaml by itself within a few seconds"));
        else
            actionDone(ReloadResult::Outcome::Manual,
                       QStringLiteral("the Python runtime of uni-api reads api.yaml only at startup: restart uni-api, or set "
                                      "UNI_API_RELOAD to api or command"));
        return;
    case ReloadAction::Api:
        runApi();
        return;
    case ReloadAction::Command:
        runCommand();
        return;
    }
}

void UniApiReloader::runApi()
{
    m_current.action = ReloadAction::Api;
    if (!m_payload) {
        actionDone(ReloadResult::Outcome::Failed, QStringLiteral("api.yaml could not be read back: %1").arg(m_payloadError));
        return;
    }
    if (!m_payload->placeholderProviders.isEmpty()) {
        actionDone(ReloadResult::Outcome::Failed,
                   QStringLiteral("not sent: provider(s) %1 use ${VAR} placeholders, which POST /v1/api_config/update does not "
                                  "expand; use UNI_API_RELOAD=command (a restart) instead")
                       .arg(examples(m_payload->placeholderProviders)));
        return;
    }
    if (m_settings.baseUrl.isEmpty() || m_settings.adminKey.isEmpty() || !m_http) {
        actionDone(ReloadResult::Outcome::Failed, QStringLiteral("UNI_API_RELOAD=api needs UNI_API_URL and UNI_API_ADMIN_KEY"));
        return;
    }
    const QJsonObject body{{QStringLiteral("providers"), m_payload->providers}};
    HttpRequestSpec spec = HttpRequestSpec::make(HttpMethod::Post, QUrl(url("/v1/api_config/update")),
                                                 QJsonDocument(body).toJson(QJsonDocument::Compact));
    spec.setHeader("Authorization", "Bearer " + m_settings.adminKey.toUtf8());
    spec.setHeader("Content-Type", "application/json");
    spec.timeoutMs = m_settings.requestTimeoutMs;
    spec.retryAttempts = 0;  // not idempotent for us: one reload, reported as it went
    spec.secretRequestBody = true;  // the providers' keys
    spec.route = QStringLiteral("/v1/api_config/update");
    (void)guardedThen(m_http->send(spec), this, [this](const Result<HttpResponse> &r) {
        if (m_stopped)
            return;
        if (!r.ok()) {
            actionDone(ReloadResult::Outcome::Failed, QStringLiteral("POST /v1/api_config/update failed: %1").arg(Redactor::text(r.error().message)));
            return;
        }
        m_current.httpStatus = r->status;
        if (!r->isSuccess()) {
            actionDone(ReloadResult::Outcome::Failed, QStringLiteral("POST /v1/api_config/update: %1").arg(httpProblem(r.value())));
            return;
        }
        actionDone(ReloadResult::Outcome::Ok, QStringLiteral("uni-api took the %1 provider(s) in memory (POST /v1/api_config/update)")
                                                  .arg(m_payload ? m_payload->providers.size() : 0));
    });
}

void UniApiReloader::runCommand()
{
    m_current.action = ReloadAction::Command;
    m_command = new RestartCommand(m_settings.restartCommand, m_settings.commandTimeoutMs, m_settings.stderrLimit, this);
    connect(m_command, &RestartCommand::finished, this, [this](const RestartCommand::Outcome &outcome) {
        if (m_command)
            m_command->deleteLater();
        m_current.exitCode = outcome.exitCode;
        actionDone(outcome.ok ? ReloadResult::Outcome::Ok : ReloadResult::Outcome::Failed, outcome.message);
    });
    m_command->start();
}

void UniApiReloader::actionDone(ReloadResult::Outcome outcome, const QString &message)
{
    m_current.outcome = outcome;
    m_current.message = Redactor::text(message);
    if (outcome == ReloadResult::Outcome::Failed || outcome == ReloadResult::Outcome::Manual || !m_http || !m_settings.canVerify()
        || !m_payload || m_payload->managedModels.isEmpty()) {
        finishRun();
        return;
    }
    verify();
}

// §6.11: the written managed models should show in GET /v1/models; the Rust runtime needs a few
// seconds (2 s file poll, then compiling), so the list is polled up to verifyTimeoutMs; a
// restarted uni-api (a container coming up) gets verifyAfterRestartMs.
void UniApiReloader::verify()
{
    m_verifyWindowMs = m_current.action == ReloadAction::Command ? std::max(m_settings.verifyAfterRestartMs, m_settings.verifyTimeoutMs)
                                                                 : m_settings.verifyTimeoutMs;
    m_verifyClock.start();
    m_lastPollProblem.clear();
    pollModels();
}

void UniApiReloader::pollModels()
{
    if (m_stopped)
        return;
    if (!m_http) {
        finishRun();
        return;
    }
    const qint64 left = m_verifyWindowMs - m_verifyClock.elapsed();
    HttpRequestSpec spec = HttpRequestSpec::make(HttpMethod::Get, QUrl(url("/v1/models")));
    spec.setHeader("Authorization", "Bearer " + m_settings.adminKey.toUtf8());
    spec.timeoutMs = int(std::clamp<qint64>(left, 100, m_settings.requestTimeoutMs));
    spec.retryAttempts = 0;  // polled here instead
    spec.route = QStringLiteral("/v1/models");
    (void)guardedThen(m_http->send(spec), this, [this](const Result<HttpResponse> &r) {
        if (m_stopped)
            return;
        QStringList missing;
        if (!r.ok()) {
            m_lastPollProblem = QStringLiteral("uni-api did not answer GET /v1/models: %1").arg(Redactor::text(r.error().message));
        } else if (r->status == 401 || r->status == 403) {
            verified(ReloadResult::Live::Unknown, QStringLiteral("cannot check: %1").arg(httpProblem(r.value())));
            return;
        } else if (!r->isSuccess()) {
            m_lastPollProblem = QStringLiteral("GET /v1/models: %1").arg(httpProblem(r.value()));
        } else {
            const QJsonArray data = QJsonDocument::fromJson(r->body).object().value(QStringLiteral("data")).toArray();
            QSet<QString> listed;
            for (const QJsonValue &m : data)
                listed.insert(m.toObject().value(QStringLiteral("id")).toString());
            for (const QString &name : std::as_const(m_payload->managedModels)) {
                if (!listed.contains(name))
                    missing.append(name);
            }
            if (missing.isEmpty()) {
                verified(ReloadResult::Live::Live, QStringLiteral("all %1 managed model(s) are listed by uni-api").arg(m_payload->managedModels.size()));
                return;
            }
            m_lastPollProblem = QStringLiteral("%1 of %2 managed model(s) missing from uni-api's GET /v1/models, e.g. %3")
                                    .arg(missing.size())
                                    .arg(m_payload->managedModels.size())
                                    .arg(examples(missing));
        }
        if (m_verifyClock.elapsed() + m_settings.verifyIntervalMs < m_verifyWindowMs) {
            QTimer::singleShot(m_settings.verifyIntervalMs, this, &UniApiReloader::pollModels);
            return;
        }
        verified(ReloadResult::Live::NotLive, QStringLiteral("after %1 s: %2")
                                                  .arg(m_verifyWindowMs / 1000.0, 0, 'g', 3)
                                                  .arg(m_lastPollProblem));
    });
}

void UniApiReloader::verified(ReloadResult::Live live, const QString &message)
{
    m_current.live = live;
    m_current.liveMessage = Redactor::text(message);
    finishRun();
}

void UniApiReloader::finishRun()
{
    m_current.time = m_clock->now();
    m_last = m_current;
    m_running = false;
    m_payload.reset();
    const ReloadResult result = m_current;
    if (m_pendingWrites > 0)
        queueStart();
    emit finished(result);
    emit stateChanged();
}

} // namespace ul::uniapi
