// `uni-load --check`: the peers — every gpt-load instance, and uni-api with its reload settings.
#include "app/configcheckreport.h"

#include "core/common/clock.h"
#include "core/config/appconfig.h"
#include "core/gptload/httpclient.h"
#include "core/instances/instanceregistry.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStandardPaths>

namespace ul::ConfigCheck {

void checkInstances(const AppConfigSnapshot &cfg, const InstanceConfigList &instances, Report &report)
{
    if (instances.isEmpty())
        return;
    QNetworkAccessManager network;
    GptLoadClientOptions options;
    options.timeoutMs = qMin(cfg.requestTimeoutMs, kPeerTimeoutCapMs);
    options.retryAttempts = 0;
    InstanceRegistry registry(&network, options, Clock::system());
    registry.setInstances(instances);
    (void)waitFor(registry.checkAll());  // the views below hold what each check found
    const QString area = QStringLiteral("gpt-load");
    for (const InstanceView &view : registry.views()) {
        const QString who = QStringLiteral("%1 (%2)").arg(view.name, view.url);
        if (view.healthy) {
            report.add(view.tlsInsecure ? Finding::Warning : Finding::Ok, area,
                       QStringLiteral("%1: gpt-load %2, admin token accepted, answered in %3 ms%4")
                           .arg(who, view.profile, QString::number(view.responseTimeMs),
                                view.tlsInsecure ? QStringLiteral(" (TLS verification off)") : QString()));
            continue;
        }
        // The client's errors start with "gpt-load <name>: ", which the line has said already.
        QString error = view.error;
        if (const QString prefix = QStringLiteral("gpt-load %1: ").arg(view.name); error.startsWith(prefix))
            error = error.mid(prefix.size());
        if (error.contains(QLatin1String("rejected the admin token")))
            report.addConfigurationError(area, QStringLiteral("%1: %2; its token in the instance file must be that gpt-load's AUTH_KEY").arg(who, error));
        else
            report.add(Finding::Error, area, QStringLiteral("%1: %2").arg(who, error));
    }
}

namespace {

// UNI_API_RELOAD=command: the program exists and may be run (it is not run).
void checkRestartCommand(const AppConfigSnapshot &cfg, Report &report)
{
    if (cfg.uniApiRestartCommand.isEmpty())
        return;
    const QString program = cfg.uniApiRestartCommand.constFirst();
    const QString found = program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program);
    const QFileInfo info(found);
    if (found.isEmpty() || !info.isFile() || !info.isExecutable())
        report.addConfigurationError(QStringLiteral("uni-api"),
                                     QStringLiteral("UNI_API_RESTART_COMMAND names %1, which is no program this user can run").arg(program));
    else
        report.add(Finding::Ok, QStringLiteral("uni-api"), QStringLiteral("restart command %1 found").arg(info.absoluteFilePath()));
}

} // namespace

// UNI_API_URL: uni-api answers GET /v1/models with the admin key, as the check after each
// write (and, for the Python runtime with UNI_API_RELOAD=api, each reload) will ask it.
void checkUniApiService(const AppConfigSnapshot &cfg, Report &report)
{
    const QString area = QStringLiteral("uni-api");
    const bool python = cfg.uniApiRuntime == QLatin1String("python");
    const bool reloadByApi = python && cfg.uniApiReload == QLatin1String("api");
    if (python && cfg.uniApiReload == QLatin1String("command"))
        checkRestartCommand(cfg, report);
    // Without the URL or the key a reload by API is already a warning of the settings.
    if (cfg.uniApiUrl.isEmpty())
        return;
    if (cfg.uniApiAdminKey.isEmpty()) {
        if (!reloadByApi)
            report.add(Finding::Warning, area,
                       QStringLiteral("UNI_API_URL is set but UNI_API_ADMIN_KEY is not: uni-api cannot be asked which models it serves"));
        return;
    }
    QNetworkAccessManager network;
    HttpClient http(&network, nullptr);
    HttpRequestSpec spec = HttpRequestSpec::make(HttpMethod::Get, QUrl(cfg.uniApiUrl + QStringLiteral("/v1/models")));
    spec.setHeader("Authorization", "Bearer " + cfg.uniApiAdminKey.toUtf8());
    spec.timeoutMs = qMin(cfg.requestTimeoutMs, kPeerTimeoutCapMs);
    spec.retryAttempts = 0;
    const Result<HttpResponse> answer = waitFor(http.send(spec));
    const QJsonValue models = answer.ok() ? QJsonDocument::fromJson(answer->body).object().value(QStringLiteral("data")) : QJsonValue();
    if (!answer.ok()) {
        report.add(Finding::Error, area, QStringLiteral("%1 does not answer: %2").arg(cfg.uniApiUrl, answer.error().message));
    } else if (answer->status == 401 || answer->status == 403) {
        // The live check after a write only reports; an API reload cannot be done at all.
        const QString text = QStringLiteral("%1 refuses UNI_API_ADMIN_KEY (HTTP %2)").arg(cfg.uniApiUrl, QString::number(answer->status));
        if (reloadByApi)
            report.addConfigurationError(area, text + QStringLiteral(": every reload (UNI_API_RELOAD=api) would fail"));
        else
            report.add(Finding::Warning, area, text + QStringLiteral(": written models cannot be checked"));
    } else if (!answer->isSuccess()) {
        report.add(Finding::Error, area, QStringLiteral("%1: GET /v1/models answered HTTP %2").arg(cfg.uniApiUrl, QString::number(answer->status)));
    } else if (!models.isArray()) {
        report.add(Finding::Warning, area,
                   QStringLiteral("%1 answers GET /v1/models without a model list: is UNI_API_URL uni-api's address?").arg(cfg.uniApiUrl));
    } else {
        report.add(Finding::Ok, area, QStringLiteral("%1 answers with %2 model(s)").arg(cfg.uniApiUrl, QString::number(models.toArray().size())));
    }
}

} // namespace ul::ConfigCheck
