#pragma once

#include "core/common/channeltype.h"
#include "core/common/result.h"
#include "core/gptload/secrettext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

// gpt-load group types and the payloads that create and change groups (gptload-api.md §4, §5).

enum class GroupType { Standard, Aggregate };
QString groupTypeName(GroupType type);  // "standard", "aggregate"

struct Upstream
{
    QString url;
    int weight = 1;

    QJsonObject toJson() const;
    static Upstream fromJson(const QJsonObject &object);
    bool operator==(const Upstream &) const = default;
};

// Whether two upstream URLs name the same target (exact, ignoring one trailing '/').
bool sameUpstreamUrl(const QString &a, const QString &b);
// `upstreams` plus `url` with `weight`; unchanged (existing weight kept) when already present.
QList<Upstream> upstreamsWith(QList<Upstream> upstreams, const QString &url, int weight);
// `upstreams` without `url` (exact comparison, so "/proxy/a" never removes "/proxy/a-2").
QList<Upstream> upstreamsWithout(QList<Upstream> upstreams, const QString &url);
QJsonArray upstreamsToJson(const QList<Upstream> &upstreams);

struct HeaderRule
{
    QString key;
    QString value;
    QString action;  // "set" or "remove"

    bool operator==(const HeaderRule &) const = default;
};

// One item of GET /api/groups (every GroupResponse field of §4.2).
struct GroupInfo
{
    quint64 id = 0;
    QString name;
    QString endpoint;  // display only; build proxy URLs from the instance URL instead
    QString displayName;
    QString description;
    GroupType groupType = GroupType::Standard;
    bool groupTypeReported = false;  // false: the server predates v1.3 (no group_type field)
    QList<Upstream> upstreams;
    QString channelType;  // as reported: "openai", "openai-response", "anthropic", "gemini"
    int sort = 0;
    QString testModel;
    QString validationEndpoint;  // "" = the channel default
    QJsonObject paramOverrides;  // null → {}
    QJsonObject modelRedirectRules;
    bool modelRedirectStrict = false;
    QJsonObject config;  // only the overridden keys; null → {}
    QList<HeaderRule> headerRules;
    SecretText proxyKeys;  // comma-separated
    QDateTime lastValidatedAt;  // invalid when null
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject raw;  // the object as received — holds proxy_keys: log redactedRaw() instead

    std::optional<ChannelType> channel() const { return parseChannelType(channelType); }
    bool isAggregate() const { return groupType == GroupType::Aggregate; }
    QStringList proxyKeyList() const;   // secret values
    QJsonObject redactedRaw() const;    // `raw` with secret fields masked

    // Protocol error unless `value` is an object with a numeric id and a name.
    static Result<GroupInfo> fromJson(const QJsonValue &value);
};

Result<QList<GroupInfo>> parseGroupList(const QJsonValue &data);

// Name rule of gpt-load ≥ v1.1: ^[a-z0-9_-]{1,100}$ after trimming.
bool isValidGroupName(const QString &name);
// The 14 group config keys gpt-load accepts (§4.3).
const QStringList &groupConfigKeys();
// Client-side checks that mirror gpt-load's, so obvious mistakes fail before a request.
Status validateUpstreams(const QList<Upstream> &upstreams);
Status validateGroupConfig(const QJsonObject &config);
Status validateValidationEndpoint(const QString &endpoint);

// Body of POST /api/groups.
struct GroupCreate
{
    QString name;
    QString displayName;  // empty: not sent
    QString description;
    GroupType groupType = GroupType::Standard;
    ChannelType channelType = ChannelType::OpenAI;
    QList<Upstream> upstreams;     // standard groups; ignored by gpt-load for aggregates
    QString testModel;             // required for standard groups
    QString validationEndpoint;    // "" = channel default
    int sort = 0;
    QJsonObject config;            // empty: not sent
    QJsonObject paramOverrides;    // empty: not sent
    QJsonObject modelRedirectRules;
    bool modelRedirectStrict = false;
    QList<HeaderRule> headerRules;
    SecretText proxyKeys;          // comma-separated; empty: not sent

    Status validate() const;
    QJsonObject toJson() const;
};

// Body of PUT /api/groups/:id — a partial update: only the fields set here are sent.
// `upstreams`, `config`, `param_overrides`, `model_redirect_rules` and `header_rules` replace the
// server's value wholesale, so always pass the complete desired value.
class GroupUpdate final
{
public:
    GroupUpdate &setName(const QString &name);
    GroupUpdate &setDisplayName(const QString &displayName);
    GroupUpdate &setDescription(const QString &description);
    GroupUpdate &setChannelType(ChannelType type);
    GroupUpdate &setSort(int sort);
    GroupUpdate &setTestModel(const QString &testModel);
    GroupUpdate &setValidationEndpoint(const QString &endpoint);
    GroupUpdate &setUpstreams(const QList<Upstream> &completeList);
    GroupUpdate &setConfig(const QJsonObject &completeConfig);  // {} clears every override
    GroupUpdate &setParamOverrides(const QJsonObject &overrides);
    GroupUpdate &setModelRedirectRules(const QJsonObject &rules);
    GroupUpdate &setModelRedirectStrict(bool strict);
    GroupUpdate &setHeaderRules(const QList<HeaderRule> &rules);
    GroupUpdate &setProxyKeys(const SecretText &proxyKeys);

    bool isEmpty() const { return m_fields.isEmpty(); }
    bool has(const QString &field) const { return m_fields.contains(field); }
    QStringList fieldNames() const { return m_fields.keys(); }
    Status validate() const;
    QJsonObject toJson() const { return m_fields; }

private:
    QJsonObject m_fields;
};

// What POST /api/groups/:id/copy copies along.
enum class CopyKeysMode { None, ValidOnly, All };
QString copyKeysModeName(CopyKeysMode mode);  // "none", "valid_only", "all"

// One member of an aggregate (GET /api/groups/:id/sub-groups).
struct SubGroupInfo
{
    GroupInfo group;  // the raw database model: endpoint "" and no effective config
    int weight = 0;
    qint64 totalKeys = 0;
    qint64 activeKeys = 0;
    qint64 invalidKeys = 0;

    static Result<SubGroupInfo> fromJson(const QJsonValue &value);
};

// A member to add to an aggregate: the member's group id and its weight (0..1000).
struct SubGroupWeight
{
    quint64 groupId = 0;
    int weight = 1;
};

// An aggregate that contains a group (GET /api/groups/:id/parent-aggregate-groups).
struct ParentAggregate
{
    quint64 groupId = 0;
    QString name;
    QString displayName;
    int weight = 0;

    static ParentAggregate fromJson(const QJsonObject &object);
};

} // namespace ul
