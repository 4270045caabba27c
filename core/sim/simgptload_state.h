#pragma once

// Internal to SimGptLoad: the in-memory "database" of one simulated instance and the pure
// operations on it that several route files share.

#include "core/sim/simgptload_types.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>

namespace ul {

struct SimKeyCounts
{
    int total = 0;
    int active = 0;
    int invalid = 0;
};

struct SimGroupKeys
{
    std::map<qint64, SimKey> byId;
    QHash<QString, qint64> idByValue;
};

struct SimKeyAddResult
{
    int added = 0;
    int ignored = 0;
};

// Runtime counters the proxy keeps for default stats.
struct SimObservedStats
{
    qint64 total = 0;
    qint64 failed = 0;
};

struct SimGptLoadState
{
    explicit SimGptLoadState(const SimGptLoadOptions &options);

    SimGptLoadOptions options;
    QElapsedTimer uptime;                 // restarted by SimGptLoad::start() after stop()

    std::map<qint64, SimGroup> groups;    // by id; change only through the helpers below
    QHash<QString, qint64> groupIdByName;
    qint64 nextGroupId = 1;
    QHash<qint64, qint64> visibleAtMs;    // cache lag: group id → monotonic ms it becomes visible
    QHash<qint64, SimGroupKeys> keys;     // by group id
    qint64 nextKeyId = 1;
    QList<SimSubGroupLink> links;
    QJsonObject settings;                 // flat key → value
    QList<SimLogItem> logs;
    qint64 nextLogId = 1;
    QHash<qint64, SimGroupStats> statsOverride;
    QHash<qint64, SimObservedStats> observed;
    SimTaskStatus task;
    quint64 taskSequence = 0;             // bumped per start and on restart: stale timers do nothing
    std::function<void()> taskCompletion; // finishes the running task
    QHash<QString, QPair<bool, QString>> keyOutcomes;   // key → (valid, error)

    // --- time
    qint64 monotonicMs() const { return m_clock.elapsed(); }
    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }

    // --- groups
    SimGroup *group(qint64 id);
    const SimGroup *group(qint64 id) const;
    SimGroup *groupByName(const QString &name);
    const SimGroup *groupByName(const QString &name) const;
    // Groups as the proxy cache sees them (cache lag applied).
    const SimGroup *visibleGroupByName(const QString &name) const;
    bool isVisible(qint64 groupId) const;
    void markChanged(qint64 groupId);     // starts the cache lag window
    QList<const SimGroup *> sortedGroups() const;   // sort ASC, id DESC
    void insertGroup(const SimGroup &group);
    void replaceGroup(const SimGroup &group);   // same id, possibly renamed
    void removeGroup(qint64 id);          // with its keys and every sub-group link
    int aggregateReferenceCount(qint64 memberId) const;
    QList<SimSubGroupLink> membersOf(qint64 aggregateId) const;

    // --- effective config (group override, else system setting)
    QJsonValue effectiveConfig(const SimGroup &group, const QString &key) const;
    int effectiveInt(const SimGroup &group, const QString &key) const;
    QString effectiveString(const SimGroup &group, const QString &key) const;
    QString appUrl() const;
    QStringList globalProxyKeys() const;

    // --- keys
    SimKeyCounts keyCounts(qint64 groupId) const;
    QList<SimKey *> activeKeys(qint64 groupId);
    SimKeyAddResult addKeys(qint64 groupId, const QStringList &values);
    SimKey *findKey(qint64 groupId, const QString &value);
    SimKey *findKeyById(qint64 keyId);
    bool removeKey(qint64 groupId, const QString &value);
    // Counted failure / success of one key (§6.4); threshold from the group's config.
    void recordKeyFailure(const SimGroup &group, SimKey &key);
    void recordKeySuccess(SimKey &key);
    // Configured validation outcome (valid, error text).
    QPair<bool, QString> validationOutcome(const QString &keyValue) const;

    // --- logs
    void appendLog(SimLogItem item);

private:
    QElapsedTimer m_clock;
};

// "a, b ,c" → ["a","b","c"] (empty parts dropped).
QStringList simSplitCommaList(const QString &text);
// gpt-load's ParseKeysFromText: JSON array of strings, else split on whitespace, ',' and ';'.
QStringList simParseKeysText(const QString &text);
QString simKeyHash(const QString &value);
// Channel default validation endpoint (used for the aggregate consistency rule).
QString simDefaultValidationEndpoint(const QString &channelType);
QString simEffectiveValidationEndpoint(const SimGroup &group);
// "400-403,405-999" → matcher; std::nullopt when it does not parse.
std::optional<QList<QPair<int, int>>> simParseStatusRanges(const QString &text);
bool simStatusInRanges(int status, const QList<QPair<int, int>> &ranges);

} // namespace ul
