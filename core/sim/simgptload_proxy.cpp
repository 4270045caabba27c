#include "core/sim/simgptload_proxy.h"

#include "core/sim/simgptload_api.h"
#include "core/sim/simlog.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSet>
#include <QUrl>

namespace ul {

struct SimProxyCall
{
    SimHttpRequest request;
    SimResponder responder;
    qint64 groupId = 0;          // the group whose keys and upstreams serve the call
    QString groupName;
    QString parentName;          // aggregate the call came through, if any
    QByteArray restPath;         // raw path after /proxy/<group>, e.g. "/v1/models"
    SimQueryList query;          // client query without `key`
    QByteArray body;             // after param overrides and model redirect
    QString model;
    int attempt = 0;
    int maxRetries = 0;
    QElapsedTimer started;
    QElapsedTimer attemptStarted;
    QString keyValue;            // key of the current attempt
    QString upstreamUrl;         // upstream of the current attempt
    QPointer<QNetworkReply> reply;
};

namespace {

const QSet<QByteArray> &strippedRequestHeaders()
{
    static const QSet<QByteArray> names{
        "host", "content-length", "connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
        "proxy-authorization", "proxy-connection", "authorization", "x-api-key", "x-goog-api-key",
        "accept-encoding", "expect"};
    return names;
}

bool isModelListPath(const QByteArray &rest)
{
    return rest == "/v1/models" || rest == "/v1beta/models" || rest == "/v1beta/openai/v1/models"
        || rest == "/v1beta/openai/models";
}

QString modelFromPath(const QByteArray &rest)
{
    // Gemini: /v1beta/models/<model>:generateContent
    const qsizetype at = rest.indexOf("/models/");
    if (at < 0)
        return {};
    QByteArray tail = rest.mid(at + 8);
    const qsizetype colon = tail.indexOf(':');
    if (colon >= 0)
        tail.truncate(colon);
    return simhttp::percentDecode(tail);
}

// Applies the group's redirect rules to a model list answer (§11.5).
QByteArray rewriteModelList(const QByteArray &body, const SimGroup &group)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return body;
    QJsonObject root = doc.object();
    const bool gemini = root.contains(QStringLiteral("models"));
    const QString listField = gemini ? QStringLiteral("models") : QStringLiteral("data");
    const QString idField = gemini ? QStringLiteral("name") : QStringLiteral("id");
    const QString prefix = gemini ? QStringLiteral("models/") : QString();
    QJsonArray items = root.value(listField).toArray();
    QSet<QString> present;
    for (const QJsonValue &v : items)
        present.insert(v.toObject().value(idField).toString());
    QJsonArray out = group.modelRedirectStrict ? QJsonArray() : items;
    for (auto it = group.modelRedirectRules.constBegin(); it != group.modelRedirectRules.constEnd(); ++it) {
        const QString id = prefix + it.key();
        if (!group.modelRedirectStrict && present.contains(id))
            continue;
        QJsonObject entry{{idField, id}};
        if (!gemini) {
            entry.insert(QStringLiteral("object"), QStringLiteral("model"));
            entry.insert(QStringLiteral("owned_by"), QStringLiteral("system"));
        }
        out.append(entry);
    }
    root.insert(listField, out);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString substituteHeaderValue(QString value, const SimProxyCall &call, const QString &key)
{
    value.replace(QLatin1String("${CLIENT_IP}"), call.request.peerAddress.toString());
    value.replace(QLatin1String("${TIMESTAMP_MS}"), QString::number(QDateTime::currentMSecsSinceEpoch()));
    value.replace(QLatin1String("${TIMESTAMP_S}"), QString::number(QDateTime::currentSecsSinceEpoch()));
    value.replace(QLatin1String("${GROUP_NAME}"), call.groupName);
    value.replace(QLatin1String("${API_KEY}"), key);
    return value;
}

} // namespace

SimGptLoadProxy::SimGptLoadProxy(SimGptLoadState &state, const SimGptLoadApi &api, QObject *parent)
    : QObject(parent), m_state(state), m_api(api), m_nam(new QNetworkAccessManager(this))
{
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

SimGptLoadProxy::~SimGptLoadProxy()
{
    abortAll();
}

void SimGptLoadProxy::abortAll()
{
    ++m_generation;
    const auto replies = m_nam->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->abort();
        reply->deleteLater();
    }
}

void SimGptLoadProxy::handle(const SimHttpRequest &request, const SimResponder &responder)
{
    const SimLang lang = simLanguage(request);
    // rawPath = "/proxy/<group>[/rest]"
    const QByteArray afterPrefix = request.rawPath.mid(7);
    const qsizetype slash = afterPrefix.indexOf('/');
    const QString groupName = simhttp::percentDecode(slash < 0 ? afterPrefix : afterPrefix.left(slash));
    const QByteArray rest = slash < 0 ? QByteArray() : afterPrefix.mid(slash);
    if (groupName.isEmpty()) {
        responder.respond(simRouteNotFound());
        return;
    }
    const QString clientKey = simExtractAuthKey(request);
    if (clientKey.isEmpty()) {
        responder.respond(simError(401, "UNAUTHORIZED", QStringLiteral("Authentication failed")));
        return;
    }
    const SimGroup *group = m_state.visibleGroupByName(groupName);
    if (!group) {
        responder.respond(simError(500, "INTERNAL_SERVER_ERROR", QStringLiteral("Failed to retrieve proxy group")));
        return;
    }
    if (!simSplitCommaList(group->proxyKeys).contains(clientKey) && !m_state.globalProxyKeys().contains(clientKey)) {
        responder.respond(simError(401, "UNAUTHORIZED", QStringLiteral("Authentication failed")));
        return;
    }
    if (rest == "/api/integration/info" && simProfileHasAggregates(m_state.options.profile)) {
        responder.respond(m_api.integrationInfoFor(clientKey, group, lang));
        return;
    }

    auto call = std::make_shared<SimProxyCall>();
    call->request = request;
    call->responder = responder;
    call->restPath = rest;
    call->started.start();
    if (group->isAggregate()) {
        const SimGroup *member = pickAggregateMember(*group);
        if (!member) {
            responder.respond(simError(503, "NO_KEYS_AVAILABLE", simText(lang, "No available sub-groups", "没有可用的子分组")));
            return;
        }
        call->parentName = group->name;
        group = member;
    }
    call->groupId = group->id;
    call->groupName = group->name;
    if (m_state.activeKeys(group->id).isEmpty()) {
        responder.respond(simError(503, "NO_KEYS_AVAILABLE",
                                   simText(lang, "No active API keys available for this group", "此分组没有可用的活跃密钥")));
        return;
    }
    for (const auto &q : request.query) {
        if (q.first != QLatin1String("key"))
            call->query.append(q);
    }

    call->body = request.body;
    call->model = modelFromPath(rest);
    QJsonParseError parseError;
    QJsonDocument bodyDoc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error == QJsonParseError::NoError && bodyDoc.isObject()) {
        QJsonObject json = bodyDoc.object();
        bool changed = false;
        if (group->paramOverrides.isObject()) {
            const QJsonObject overrides = group->paramOverrides.toObject();
            for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
                json.insert(it.key(), it.value());
            changed = !overrides.isEmpty();
        }
        const QString model = json.value(QStringLiteral("model")).toString();
        if (!model.isEmpty() && !group->modelRedirectRules.isEmpty()) {
            if (group->modelRedirectRules.contains(model)) {
                json.insert(QStringLiteral("model"), group->modelRedirectRules.value(model));
                changed = true;
            } else if (group->modelRedirectStrict) {
                responder.respond(simError(400, "BAD_REQUEST",
                                           simText(lang, "Model '%1' is not allowed in this group", "此分组不允许使用模型 '%1'").arg(model)));
                return;
            }
        }
        call->model = json.value(QStringLiteral("model")).toString();
        if (changed)
            call->body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    }
    call->maxRetries = std::max(0, m_state.effectiveInt(*group, QStringLiteral("max_retries")));

    // A client that goes away stops the upstream work too.
    responder.onFinished([weak = std::weak_ptr<SimProxyCall>(call)] {
        if (auto c = weak.lock(); c && c->reply && c->reply->isRunning())
            c->reply->abort();
    });
    sendAttempt(call);
}

int SimGptLoadProxy::pickWeighted(const QList<int> &weights, QList<int> &current)
{
    if (current.size() != weights.size())
        current = QList<int>(weights.size(), 0);
    int total = 0;
    int best = -1;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        if (weights[i] <= 0)
            continue;
        total += weights[i];
        current[i] += weights[i];
        if (best < 0 || current[i] > current[best])
            best = int(i);
    }
    if (best >= 0)
        current[best] -= total;
    return best;
}

const SimGroup *SimGptLoadProxy::pickAggregateMember(const SimGroup &aggregate)
{
    QList<const SimGroup *> members;
    QList<int> weights;
    for (const SimSubGroupLink &link : m_state.membersOf(aggregate.id)) {
        const SimGroup *member = m_state.group(link.memberId);
        if (!member || link.weight <= 0 || m_state.keyCounts(member->id).active == 0)
            continue;
        members.append(member);
        weights.append(link.weight);
    }
    QHash<qint64, int> &state = m_memberCurrent[aggregate.id];
    QList<int> current;
    for (const SimGroup *m : members)
        current.append(state.value(m->id));
    const int picked = pickWeighted(weights, current);
    for (qsizetype i = 0; i < members.size(); ++i)
        state.insert(members[i]->id, current[i]);
    return picked < 0 ? nullptr : members[picked];
}

void SimGptLoadProxy::sendAttempt(const std::shared_ptr<SimProxyCall> &call)
{
    const SimGroup *group = m_state.group(call->groupId);
    const QList<SimKey *> keys = group ? m_state.activeKeys(group->id) : QList<SimKey *>();
    if (!group || keys.isEmpty()) {
        finish(call, simError(503, "NO_KEYS_AVAILABLE", QStringLiteral("No active API keys available for this group")),
               false, QStringLiteral("no active keys"));
        return;
    }
    QList<int> weights;
    for (const SimUpstream &u : group->upstreams)
        weights.append(u.weight);
    const int upstreamIndex = pickWeighted(weights, m_upstreamCurrent[group->id]);
    if (upstreamIndex < 0) {
        finish(call, simError(503, "NO_KEYS_AVAILABLE", QStringLiteral("No available upstream")), false,
               QStringLiteral("no upstream"));
        return;
    }
    SimKey *key = keys[int(m_keyCursor[group->id]++ % quint64(keys.size()))];
    key->requestCount += 1;
    key->lastUsedAt = SimGptLoadState::now();
    call->keyValue = key->value;
    call->upstreamUrl = group->upstreams[upstreamIndex].url;

    SimQueryList query = call->query;
    QNetworkRequest upstream;
    for (const auto &h : call->request.headers) {
        if (!strippedRequestHeaders().contains(h.first.toLower()))
            upstream.setRawHeader(h.first, h.second);
    }
    const QString &type = group->channelType;
    if (type == QLatin1String("anthropic")) {
        upstream.setRawHeader("x-api-key", key->value.toUtf8());
        upstream.setRawHeader("anthropic-version", "2023-06-01");
    } else if (type == QLatin1String("gemini") && !call->restPath.contains("v1beta/openai")) {
        query.append({QStringLiteral("key"), key->value});
    } else {
        upstream.setRawHeader("Authorization", "Bearer " + key->value.toUtf8());
    }
    for (const SimHeaderRule &rule : group->headerRules) {
        if (rule.action == QLatin1String("remove"))
            upstream.setRawHeader(rule.key.toUtf8(), QByteArray());
        else
            upstream.setRawHeader(rule.key.toUtf8(), substituteHeaderValue(rule.value, *call, key->value).toUtf8());
    }

    QByteArray url = call->upstreamUrl.toUtf8();
    while (url.endsWith('/'))
        url.chop(1);
    url += call->restPath;
    if (!query.isEmpty())
        url += '?' + simhttp::buildQuery(query);
    upstream.setUrl(QUrl::fromEncoded(url, QUrl::TolerantMode));
    upstream.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    upstream.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    upstream.setTransferTimeout(std::max(1, m_state.effectiveInt(*group, QStringLiteral("request_timeout"))) * 1000);

    call->attemptStarted.start();
    QNetworkReply *reply = m_nam->sendCustomRequest(upstream, call->request.method, call->body);
    call->reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, call, reply, generation] {
        onAttemptFinished(call, reply, generation);
    });
}

void SimGptLoadProxy::onAttemptFinished(const std::shared_ptr<SimProxyCall> &call, QNetworkReply *reply,
                                        quint64 generation)
{
    reply->deleteLater();
    if (generation != m_generation || !call->responder.isConnected())
        return;   // instance restarted or client gone
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray body = reply->readAll();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const SimGroup *group = m_state.group(call->groupId);
    if (!group) {
        finish(call, simError(500, "INTERNAL_SERVER_ERROR", QStringLiteral("Failed to retrieve proxy group")), false,
               QStringLiteral("group deleted"));
        return;
    }
    const auto ranges = simParseStatusRanges(m_state.effectiveString(*group, QStringLiteral("failover_status_codes")))
                            .value_or(QList<QPair<int, int>>{{400, 403}, {405, 999}});
    const bool transportError = status == 0;
    const bool retryable = transportError || simStatusInRanges(status, ranges);
    SimKey *key = m_state.findKey(group->id, call->keyValue);

    if (retryable) {
        const QString error = transportError ? reply->errorString()
                                             : QString::fromUtf8(body.left(512));
        if (key)
            m_state.recordKeyFailure(*group, *key);
        if (call->attempt < call->maxRetries && !m_state.activeKeys(group->id).isEmpty()) {
            logAttempt(*call, false, false, status, error);
            ++call->attempt;
            sendAttempt(call);
            return;
        }
        if (transportError) {
            finish(call, simError(502, "UPSTREAM_ERROR", error), false, error);
        } else {
            SimHttpResponse response{status, contentType, body, {}};
            finish(call, response, false, error);
        }
        return;
    }
    const bool success = status >= 200 && status < 300;
    if (success && key)
        m_state.recordKeySuccess(*key);
    if (success && !group->modelRedirectRules.isEmpty() && call->request.method == "GET"
        && isModelListPath(call->restPath))
        body = rewriteModelList(body, *group);
    finish(call, SimHttpResponse{status, contentType, body, {}}, success,
           success ? QString() : QString::fromUtf8(body.left(512)));
}

void SimGptLoadProxy::finish(const std::shared_ptr<SimProxyCall> &call, const SimHttpResponse &response, bool success,
                             const QString &error)
{
    logAttempt(*call, true, success, response.status, error);
    if (m_state.options.logProxyRequests) {
        SimObservedStats &seen = m_state.observed[call->groupId];
        ++seen.total;
        seen.failed += success ? 0 : 1;
    }
    call->responder.respond(response);
}

void SimGptLoadProxy::logAttempt(const SimProxyCall &call, bool final, bool success, int status, const QString &error)
{
    if (!m_state.options.logProxyRequests)
        return;
    SimLogItem item;
    item.groupName = call.groupName;
    item.parentGroupName = call.parentName;
    item.model = call.model;
    item.keyValue = call.keyValue;
    item.isSuccess = success;
    item.statusCode = status;
    item.durationMs = final ? call.started.elapsed() : call.attemptStarted.elapsed();
    item.errorMessage = error;
    item.requestType = final ? QStringLiteral("final") : QStringLiteral("retry");
    item.sourceIp = call.request.peerAddress.toString();
    item.upstreamAddr = call.upstreamUrl;
    item.requestPath = QString::fromUtf8(call.restPath);
    m_state.appendLog(std::move(item));
}

} // namespace ul
