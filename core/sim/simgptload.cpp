#include "core/sim/simgptload.h"

#include "core/sim/simgptload_api.h"
#include "core/sim/simgptload_proxy.h"
#include "core/sim/simgptload_settings.h"
#include "core/sim/simgptload_state.h"
#include "core/sim/simhttpserver.h"
#include "core/sim/simlog.h"

#include <QJsonDocument>
#include <QPointer>

namespace ul {

namespace {

bool isUnder(const QString &path, QLatin1String prefix)
{
    return path == prefix || path.startsWith(prefix + QLatin1Char('/'));
}

const char kWebUiPage[] =
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>GPT-Load</title></head>"
    "<body><div id=\"app\">GPT-Load (simulated)</div></body></html>";

} // namespace

QString simProfileName(SimGptLoadProfile profile)
{
    switch (profile) {
    case SimGptLoadProfile::V1_4: return QStringLiteral("v1.4");
    case SimGptLoadProfile::V1_2: return QStringLiteral("v1.2");
    case SimGptLoadProfile::V2: return QStringLiteral("v2");
    }
    return {};
}

SimGptLoad::SimGptLoad(const SimGptLoadOptions &options, QObject *parent)
    : QObject(parent),
      m_state(std::make_unique<SimGptLoadState>(options)),
      m_server(new SimHttpServer(this)),
      m_faults(options.faultSeed)
{
    m_state->settings = simDefaultSettings(QStringLiteral("http://localhost:%1").arg(options.port), options.adminKey);
    m_api = std::make_unique<SimGptLoadApi>(*m_state, this);
    m_proxy = new SimGptLoadProxy(*m_state, *m_api, this);
    m_server->setHandler([this](const SimHttpRequest &request, const SimResponder &responder) {
        onRequest(request, responder);
    });
}

SimGptLoad::~SimGptLoad()
{
    // Drop connections first so that their completion callbacks still see a whole object.
    m_server->stop();
    delete m_proxy;
    m_proxy = nullptr;
    delete m_server;
    m_server = nullptr;
}

bool SimGptLoad::start()
{
    if (m_started) {
        if (m_server->isListening())
            return true;
        if (!m_server->start())
            return false;
        m_state->uptime.restart();
        qCInfo(lcSim) << "simulated gpt-load back up on" << url();
        return true;
    }
    if (!m_server->listen(m_state->options.port))
        return false;
    m_started = true;
    m_state->uptime.restart();
    if (m_state->options.port == 0) {
        m_state->settings.insert(QStringLiteral("app_url"), QStringLiteral("http://localhost:%1").arg(m_server->port()));
    }
    qCInfo(lcSim) << "simulated gpt-load" << simProfileName(m_state->options.profile) << "on" << url();
    return true;
}

void SimGptLoad::stop()
{
    m_server->stop();
    m_proxy->abortAll();
    // What a restart without Redis loses: the task slot and the group cache.
    ++m_state->taskSequence;
    m_state->taskCompletion = nullptr;
    m_state->task = SimTaskStatus();
    m_state->visibleAtMs.clear();
    qCInfo(lcSim) << "simulated gpt-load down on port" << port();
}

bool SimGptLoad::isRunning() const
{
    return m_server->isListening();
}

QString SimGptLoad::url() const
{
    return m_server->url();
}

quint16 SimGptLoad::port() const
{
    return m_server->port();
}

QString SimGptLoad::adminKey() const
{
    return m_state->options.adminKey;
}

SimGptLoadProfile SimGptLoad::profile() const
{
    return m_state->options.profile;
}

QString SimGptLoad::errorString() const
{
    return m_server->errorString();
}

void SimGptLoad::setApiLatencyMs(int ms) { m_state->options.apiLatencyMs = ms; }
void SimGptLoad::setMaxConcurrentRequests(int limit) { m_state->options.maxConcurrentRequests = limit; }
void SimGptLoad::setCacheLagMs(int ms) { m_state->options.cacheLagMs = ms; }
void SimGptLoad::expireCacheLag() { m_state->visibleAtMs.clear(); }
void SimGptLoad::setTaskCompletionDelayMs(int ms) { m_state->options.taskCompletionDelayMs = ms; }
void SimGptLoad::finishRunningTask() { m_api->finishTaskNow(); }
void SimGptLoad::setDefaultKeyValid(bool valid) { m_state->options.defaultKeyValid = valid; }

void SimGptLoad::setKeyValidationOutcome(const QString &keyValue, bool valid, const QString &error)
{
    m_state->keyOutcomes.insert(keyValue, {valid, valid ? QString() : (error.isEmpty() ? QStringLiteral("[status 401] invalid API key") : error)});
}

int SimGptLoad::addFault(const SimFaultRule &rule) { return m_faults.add(rule); }
bool SimGptLoad::removeFault(int id) { return m_faults.remove(id); }
void SimGptLoad::clearFaults() { m_faults.clear(); }
int SimGptLoad::faultTimesFired(int id) const { return m_faults.timesFired(id); }

void SimGptLoad::onRequest(const SimHttpRequest &request, const SimResponder &responder)
{
    countRequest(request);
    m_recorder.record(request);
    if (const auto fault = m_faults.take(request.method, request.path)) {
        qCDebug(lcSim) << "fault fires for" << request.method << request.path;
        // simApplyFault calls `process` synchronously, so the request reference stays valid.
        simApplyFault(*fault, this, responder, [this, &request](const SimResponder &r) { process(request, r); });
        return;
    }
    process(request, responder);
}

void SimGptLoad::process(const SimHttpRequest &request, const SimResponder &responder)
{
    const int limit = m_state->options.maxConcurrentRequests;
    if (limit > 0 && m_inFlight >= limit) {
        responder.respond(simError(500, "INTERNAL_SERVER_ERROR", QStringLiteral("Too many concurrent requests")));
        return;
    }
    ++m_inFlight;
    responder.onFinished([self = QPointer<SimGptLoad>(this)] {
        if (self)
            --self->m_inFlight;
    });

    const QString &path = request.path;
    if (path == QLatin1String("/health")) {
        if (request.method == "GET" || request.method == "HEAD")
            responder.respond(healthResponse());
        else
            responder.respond(simRouteNotFound());
        return;
    }
    if (isUnder(path, QLatin1String("/api"))) {
        responder.delayAnswer(m_state->options.apiLatencyMs);
        responder.respond(m_api->handle(request));
        return;
    }
    if (path.startsWith(QLatin1String("/proxy/"))) {
        m_proxy->handle(request, responder);
        return;
    }
    if (path == QLatin1String("/proxy")) {
        responder.respond(simRouteNotFound());
        return;
    }
    responder.respond(SimHttpResponse::text(200, QByteArray(kWebUiPage), QByteArrayLiteral("text/html; charset=utf-8")));
}

void SimGptLoad::countRequest(const SimHttpRequest &request)
{
    ++m_counters.totalRequests;
    QString route;
    if (isUnder(request.path, QLatin1String("/api"))) {
        ++m_counters.managementCalls;
        if (request.method == "POST" || request.method == "PUT" || request.method == "DELETE")
            ++m_counters.mutatingCalls;
        route = m_api->routeName(request);
    } else if (request.path.startsWith(QLatin1String("/proxy/"))) {
        ++m_counters.proxyRequests;
        const QString group = request.path.mid(7).section(QLatin1Char('/'), 0, 0);
        route = QString::fromLatin1(request.method) + QStringLiteral(" /proxy/") + group;
    }
    if (route.isEmpty())
        route = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    ++m_counters.perRoute[route];
}

SimHttpResponse SimGptLoad::healthResponse() const
{
    return SimHttpResponse::json(200, QJsonObject{
        {QStringLiteral("status"), QStringLiteral("healthy")},
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("uptime"), simGoDuration(m_state->uptime.elapsed())},
    });
}

// --- direct state access -----------------------------------------------------------------------

QList<SimGroup> SimGptLoad::groups() const
{
    QList<SimGroup> out;
    for (const SimGroup *g : m_state->sortedGroups())
        out.append(*g);
    return out;
}

std::optional<SimGroup> SimGptLoad::group(const QString &name) const
{
    if (const SimGroup *g = m_state->groupByName(name))
        return *g;
    return std::nullopt;
}

QJsonArray SimGptLoad::groupsJson() const
{
    QJsonArray out;
    for (const SimGroup *g : m_state->sortedGroups())
        out.append(simGroupResponse(*g, *m_state));
    return out;
}

std::optional<SimGroup> SimGptLoad::createGroup(const QJsonObject &body, QString *error)
{
    const SimHttpResponse response = m_api->createGroup(body, SimLang::En);
    const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
    if (response.status != 200) {
        if (error)
            *error = answer.value(QStringLiteral("message")).toString();
        return std::nullopt;
    }
    return group(answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("name")).toString());
}

bool SimGptLoad::deleteGroup(const QString &name)
{
    const SimGroup *g = m_state->groupByName(name);
    if (!g)
        return false;
    m_state->removeGroup(g->id);
    return true;
}

bool SimGptLoad::setGroupCreatedAt(const QString &name, const QDateTime &createdAt)
{
    SimGroup *g = m_state->groupByName(name);
    if (!g)
        return false;
    g->createdAt = createdAt;
    return true;
}

QList<SimKey> SimGptLoad::keys(const QString &groupName) const
{
    QList<SimKey> out;
    const SimGroup *g = m_state->groupByName(groupName);
    if (!g)
        return out;
    const auto it = m_state->keys.constFind(g->id);
    if (it == m_state->keys.constEnd())
        return out;
    for (const auto &entry : it->byId)
        out.append(entry.second);
    return out;
}

int SimGptLoad::addKeys(const QString &groupName, const QStringList &keys)
{
    const SimGroup *g = m_state->groupByName(groupName);
    return g ? m_state->addKeys(g->id, keys).added : 0;
}

bool SimGptLoad::setKeyStatus(const QString &groupName, const QString &keyValue, const QString &status)
{
    const SimGroup *g = m_state->groupByName(groupName);
    SimKey *k = g ? m_state->findKey(g->id, keyValue) : nullptr;
    if (!k || (status != QLatin1String("active") && status != QLatin1String("invalid")))
        return false;
    k->status = status;
    if (k->isActive())
        k->failureCount = 0;
    return true;
}

QList<SimSubGroupLink> SimGptLoad::subGroupLinks() const
{
    return m_state->links;
}

bool SimGptLoad::setGroupStats(const QString &groupName, const SimGroupStats &stats)
{
    const SimGroup *g = m_state->groupByName(groupName);
    if (!g)
        return false;
    m_state->statsOverride.insert(g->id, stats);
    return true;
}

void SimGptLoad::clearGroupStats(const QString &groupName)
{
    if (const SimGroup *g = m_state->groupByName(groupName))
        m_state->statsOverride.remove(g->id);
}

void SimGptLoad::addLogItems(const QList<SimLogItem> &items)
{
    for (const SimLogItem &item : items)
        m_state->appendLog(item);
}

QList<SimLogItem> SimGptLoad::logItems() const
{
    return m_state->logs;
}

void SimGptLoad::clearLogs()
{
    m_state->logs.clear();
}

void SimGptLoad::setGlobalProxyKeys(const QString &commaSeparated)
{
    m_state->settings.insert(QStringLiteral("proxy_keys"), simSplitCommaList(commaSeparated).join(QLatin1Char(',')));
}

QString SimGptLoad::globalProxyKeys() const
{
    return m_state->settings.value(QStringLiteral("proxy_keys")).toString();
}

QJsonObject SimGptLoad::settings() const
{
    return m_state->settings;
}

SimTaskStatus SimGptLoad::taskStatus() const
{
    return m_state->task;
}

} // namespace ul
