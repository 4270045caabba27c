#include "core/sim/simgptload_state.h"

#include "core/sim/simgptload_settings.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace ul {

SimGptLoadState::SimGptLoadState(const SimGptLoadOptions &opts) : options(opts)
{
    m_clock.start();
    uptime.start();
}

SimGroup *SimGptLoadState::group(qint64 id)
{
    auto it = groups.find(id);
    return it == groups.end() ? nullptr : &it->second;
}

const SimGroup *SimGptLoadState::group(qint64 id) const
{
    auto it = groups.find(id);
    return it == groups.end() ? nullptr : &it->second;
}

SimGroup *SimGptLoadState::groupByName(const QString &name)
{
    const auto it = groupIdByName.constFind(name);
    return it == groupIdByName.constEnd() ? nullptr : group(*it);
}

const SimGroup *SimGptLoadState::groupByName(const QString &name) const
{
    const auto it = groupIdByName.constFind(name);
    return it == groupIdByName.constEnd() ? nullptr : group(*it);
}

void SimGptLoadState::insertGroup(const SimGroup &g)
{
    groups.emplace(g.id, g);
    groupIdByName.insert(g.name, g.id);
}

void SimGptLoadState::replaceGroup(const SimGroup &g)
{
    SimGroup *current = group(g.id);
    if (!current)
        return;
    if (current->name != g.name) {
        groupIdByName.remove(current->name);
        groupIdByName.insert(g.name, g.id);
    }
    *current = g;
}

const SimGroup *SimGptLoadState::visibleGroupByName(const QString &name) const
{
    const SimGroup *g = groupByName(name);
    return g && isVisible(g->id) ? g : nullptr;
}

bool SimGptLoadState::isVisible(qint64 groupId) const
{
    const auto it = visibleAtMs.constFind(groupId);
    return it == visibleAtMs.constEnd() || monotonicMs() >= *it;
}

void SimGptLoadState::markChanged(qint64 groupId)
{
    if (options.cacheLagMs > 0)
        visibleAtMs.insert(groupId, monotonicMs() + options.cacheLagMs);
    else
        visibleAtMs.remove(groupId);
}

QList<const SimGroup *> SimGptLoadState::sortedGroups() const
{
    QList<const SimGroup *> out;
    out.reserve(qsizetype(groups.size()));
    for (const auto &entry : groups)
        out.append(&entry.second);
    std::stable_sort(out.begin(), out.end(), [](const SimGroup *a, const SimGroup *b) {
        if (a->sort != b->sort)
            return a->sort < b->sort;
        return a->id > b->id;
    });
    return out;
}

void SimGptLoadState::removeGroup(qint64 id)
{
    if (const SimGroup *g = group(id))
        groupIdByName.remove(g->name);
    groups.erase(id);
    keys.remove(id);
    visibleAtMs.remove(id);
    statsOverride.remove(id);
    observed.remove(id);
    links.removeIf([id](const SimSubGroupLink &l) { return l.aggregateId == id || l.memberId == id; });
}

int SimGptLoadState::aggregateReferenceCount(qint64 memberId) const
{
    int n = 0;
    for (const SimSubGroupLink &l : links)
        n += l.memberId == memberId ? 1 : 0;
    return n;
}

QList<SimSubGroupLink> SimGptLoadState::membersOf(qint64 aggregateId) const
{
    QList<SimSubGroupLink> out;
    for (const SimSubGroupLink &l : links) {
        if (l.aggregateId == aggregateId)
            out.append(l);
    }
    return out;
}

QJsonValue SimGptLoadState::effectiveConfig(const SimGroup &g, const QString &key) const
{
    const QJsonValue own = g.config.value(key);
    if (!own.isUndefined() && !own.isNull())
        return own;
    return settings.value(key);
}

int SimGptLoadState::effectiveInt(const SimGroup &g, const QString &key) const
{
    return effectiveConfig(g, key).toInt();
}

QString SimGptLoadState::effectiveString(const SimGroup &g, const QString &key) const
{
    return effectiveConfig(g, key).toString();
}

QString SimGptLoadState::appUrl() const
{
    return settings.value(QStringLiteral("app_url")).toString();
}

QStringList SimGptLoadState::globalProxyKeys() const
{
    return simSplitCommaList(settings.value(QStringLiteral("proxy_keys")).toString());
}

SimKeyCounts SimGptLoadState::keyCounts(qint64 groupId) const
{
    SimKeyCounts c;
    const auto it = keys.constFind(groupId);
    if (it == keys.constEnd())
        return c;
    for (const auto &entry : it->byId) {
        ++c.total;
        if (entry.second.isActive())
            ++c.active;
        else
            ++c.invalid;
    }
    return c;
}

QList<SimKey *> SimGptLoadState::activeKeys(qint64 groupId)
{
    QList<SimKey *> out;
    auto it = keys.find(groupId);
    if (it == keys.end())
        return out;
    for (auto &entry : it->byId) {
        if (entry.second.isActive())
            out.append(&entry.second);
    }
    return out;
}

SimKeyAddResult SimGptLoadState::addKeys(qint64 groupId, const QStringList &values)
{
    SimKeyAddResult r;
    SimGroupKeys &pool = keys[groupId];
    const QDateTime t = now();
    for (const QString &value : values) {
        if (pool.idByValue.contains(value)) {
            ++r.ignored;
            continue;
        }
        SimKey key;
        key.id = nextKeyId++;
        key.groupId = groupId;
        key.value = value;
        key.hash = simKeyHash(value);
        key.createdAt = t;
        key.updatedAt = t;
        if (options.blacklistedByTraffic && options.blacklistedByTraffic(value)) {
            const SimGroup *g = group(groupId);
            key.failureCount = g ? std::max(1, effectiveInt(*g, QStringLiteral("blacklist_threshold"))) : 1;
            key.status = QStringLiteral("invalid");
        }
        pool.idByValue.insert(value, key.id);
        pool.byId.emplace(key.id, key);
        ++r.added;
    }
    return r;
}

SimKey *SimGptLoadState::findKey(qint64 groupId, const QString &value)
{
    auto it = keys.find(groupId);
    if (it == keys.end())
        return nullptr;
    const auto idIt = it->idByValue.constFind(value);
    if (idIt == it->idByValue.constEnd())
        return nullptr;
    auto keyIt = it->byId.find(*idIt);
    return keyIt == it->byId.end() ? nullptr : &keyIt->second;
}

SimKey *SimGptLoadState::findKeyById(qint64 keyId)
{
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        auto keyIt = it->byId.find(keyId);
        if (keyIt != it->byId.end())
            return &keyIt->second;
    }
    return nullptr;
}

bool SimGptLoadState::removeKey(qint64 groupId, const QString &value)
{
    auto it = keys.find(groupId);
    if (it == keys.end())
        return false;
    const auto idIt = it->idByValue.constFind(value);
    if (idIt == it->idByValue.constEnd())
        return false;
    it->byId.erase(*idIt);
    it->idByValue.erase(idIt);
    return true;
}

void SimGptLoadState::recordKeyFailure(const SimGroup &g, SimKey &key)
{
    ++key.failureCount;
    key.updatedAt = now();
    const int threshold = effectiveInt(g, QStringLiteral("blacklist_threshold"));
    if (threshold > 0 && key.failureCount >= threshold)
        key.status = QStringLiteral("invalid");
}

void SimGptLoadState::recordKeySuccess(SimKey &key)
{
    if (key.failureCount != 0 || !key.isActive()) {
        key.failureCount = 0;
        key.status = QStringLiteral("active");
        key.updatedAt = now();
    }
}

QPair<bool, QString> SimGptLoadState::validationOutcome(const QString &keyValue) const
{
    const auto it = keyOutcomes.constFind(keyValue);
    if (it != keyOutcomes.constEnd())
        return *it;
    if (options.defaultKeyValid)
        return {true, QString()};
    return {false, QStringLiteral("[status 401] invalid API key")};
}

void SimGptLoadState::appendLog(SimLogItem item)
{
    if (item.id.isEmpty())
        item.id = QString::number(nextLogId++);
    if (!item.timestamp.isValid())
        item.timestamp = now();
    logs.append(std::move(item));
    if (logs.size() > 200000)
        logs.remove(0, logs.size() / 2);
}

QStringList simSplitCommaList(const QString &text)
{
    QStringList out;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

QStringList simParseKeysText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('['))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && doc.isArray()) {
            QStringList out;
            bool allStrings = true;
            for (const QJsonValue &v : doc.array()) {
                if (!v.isString()) {
                    allStrings = false;
                    break;
                }
                const QString key = v.toString().trimmed();
                if (!key.isEmpty())
                    out.append(key);
            }
            if (allStrings)
                return out;
        }
    }
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return trimmed.split(separators, Qt::SkipEmptyParts);
}

QString simKeyHash(const QString &value)
{
    return QString::fromLatin1(QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString simDefaultValidationEndpoint(const QString &channelType)
{
    if (channelType == QLatin1String("openai"))
        return QStringLiteral("/v1/chat/completions");
    if (channelType == QLatin1String("openai-response"))
        return QStringLiteral("/v1/responses");
    if (channelType == QLatin1String("anthropic"))
        return QStringLiteral("/v1/messages");
    if (channelType == QLatin1String("gemini"))
        return QStringLiteral("/v1beta/models");
    return {};
}

QString simEffectiveValidationEndpoint(const SimGroup &g)
{
    return g.validationEndpoint.isEmpty() ? simDefaultValidationEndpoint(g.channelType) : g.validationEndpoint;
}

std::optional<QList<QPair<int, int>>> simParseStatusRanges(const QString &text)
{
    QList<QPair<int, int>> out;
    QString normalized = text;
    normalized.replace(QLatin1Char('\n'), QLatin1Char(','));
    const QStringList parts = normalized.split(QLatin1Char(','));
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype dash = part.indexOf(QLatin1Char('-'));
        bool okA = false;
        bool okB = false;
        int a = 0;
        int b = 0;
        if (dash < 0) {
            a = b = part.toInt(&okA);
            okB = okA;
        } else {
            a = part.left(dash).trimmed().toInt(&okA);
            b = part.mid(dash + 1).trimmed().toInt(&okB);
        }
        if (!okA || !okB || a < 100 || b > 999 || a > b)
            return std::nullopt;
        out.append({a, b});
    }
    return out;
}

bool simStatusInRanges(int status, const QList<QPair<int, int>> &ranges)
{
    return std::any_of(ranges.begin(), ranges.end(),
                       [status](const QPair<int, int> &r) { return status >= r.first && status <= r.second; });
}

} // namespace ul
