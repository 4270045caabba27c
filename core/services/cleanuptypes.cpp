#include "core/services/cleanuptypes.h"

#include <QJsonArray>

namespace ul {

namespace {

Result<QStringList> readPatterns(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return Error::validation(field, QStringLiteral("%1 must be a list of regular expressions").arg(field));
    const QJsonArray array = value.toArray();
    if (array.size() > CleanupOptions::kMaxPatterns)
        return Error::validation(field, QStringLiteral("%1 may hold at most %2 patterns").arg(field).arg(CleanupOptions::kMaxPatterns));
    QStringList out;
    for (const QJsonValue &v : array) {
        if (!v.isString())
            return Error::validation(field, QStringLiteral("%1 must contain strings").arg(field));
        const QString pattern = v.toString();
        if (pattern.isEmpty())
            continue;
        if (pattern.size() > CleanupOptions::kMaxPatternLength)
            return Error::validation(field, QStringLiteral("a pattern in %1 is longer than %2 characters").arg(field).arg(CleanupOptions::kMaxPatternLength));
        const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
        if (!re.isValid())
            return Error::validation(field, QStringLiteral("invalid regular expression in %1 at offset %2: %3")
                                                .arg(field)
                                                .arg(re.patternErrorOffset())
                                                .arg(re.errorString()));
        out.append(pattern);
    }
    return out;
}

Result<int> readInt(const QJsonObject &body, const QString &field, int fallback, int low, int high)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
        return Error::validation(field, QStringLiteral("%1 must be a whole number").arg(field));
    const qint64 n = qint64(value.toDouble());
    if (n < low || n > high)
        return Error::validation(field, QStringLiteral("%1 must be between %2 and %3").arg(field).arg(low).arg(high));
    return int(n);
}

QJsonArray toArray(const QList<AffectedModelGroup> &groups)
{
    QJsonArray a;
    for (const AffectedModelGroup &g : groups)
        a.append(g.toJson());
    return a;
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

} // namespace

Result<CleanupOptions> CleanupOptions::fromJson(const QJsonObject &body)
{
    CleanupOptions o;
    const QJsonValue dry = body.value(QStringLiteral("dryRun"));
    if (!dry.isUndefined() && !dry.isNull() && !dry.isBool())
        return Error::validation(QStringLiteral("dryRun"), QStringLiteral("dryRun must be true or false"));
    o.dryRun = dry.toBool(false);
    Result<int> timeout = readInt(body, QStringLiteral("timeout"), o.timeoutMs, 100, 120000);
    if (!timeout.ok())
        return timeout.error();
    o.timeoutMs = timeout.value();
    Result<int> retries = readInt(body, QStringLiteral("retryCount"), o.retryCount, 1, 10);
    if (!retries.ok())
        return retries.error();
    o.retryCount = retries.value();
    Result<QStringList> exclude = readPatterns(body, QStringLiteral("excludePatterns"));
    if (!exclude.ok())
        return exclude.error();
    o.excludePatterns = exclude.value();
    Result<QStringList> only = readPatterns(body, QStringLiteral("onlyCheckPatterns"));
    if (!only.ok())
        return only.error();
    o.onlyCheckPatterns = only.value();
    return o;
}

QStringList CleanupOptions::fieldNames()
{
    return {QStringLiteral("dryRun"), QStringLiteral("timeout"), QStringLiteral("retryCount"), QStringLiteral("excludePatterns"),
            QStringLiteral("onlyCheckPatterns")};
}

QJsonObject CleanupOptions::toJson() const
{
    return {{QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("timeout"), timeoutMs},
            {QStringLiteral("retryCount"), retryCount},
            {QStringLiteral("excludePatterns"), QJsonArray::fromStringList(excludePatterns)},
            {QStringLiteral("onlyCheckPatterns"), QJsonArray::fromStringList(onlyCheckPatterns)}};
}

Result<CleanupFilter> CleanupFilter::compile(const CleanupOptions &options)
{
    CleanupFilter f;
    const auto add = [](const QStringList &patterns, QList<QRegularExpression> *out, const QString &field) -> Status {
        for (const QString &p : patterns) {
            if (p.size() > CleanupOptions::kMaxPatternLength)
                return Error::validation(field, QStringLiteral("a pattern in %1 is longer than %2 characters").arg(field).arg(CleanupOptions::kMaxPatternLength));
            QRegularExpression re(p, QRegularExpression::CaseInsensitiveOption);
            if (!re.isValid())
                return Error::validation(field, QStringLiteral("invalid regular expression in %1: %2").arg(field, re.errorString()));
            re.optimize();
            out->append(re);
        }
        return {};
    };
    if (Status s = add(options.excludePatterns, &f.m_exclude, QStringLiteral("excludePatterns")); !s.ok())
        return s.error();
    if (Status s = add(options.onlyCheckPatterns, &f.m_only, QStringLiteral("onlyCheckPatterns")); !s.ok())
        return s.error();
    return f;
}

bool CleanupFilter::selects(const QString &groupName) const
{
    // Group names are at most 100 characters (gpt-load's rule); nothing longer is matched.
    const QString name = groupName.left(100);
    for (const QRegularExpression &re : m_exclude) {
        if (re.match(name).hasMatch())
            return false;
    }
    if (m_only.isEmpty())
        return true;
    for (const QRegularExpression &re : m_only) {
        if (re.match(name).hasMatch())
            return true;
    }
    return false;
}

QJsonObject DisconnectedChannel::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("channel_type"), channelType},
            {QStringLiteral("id"), groupId},
            {QStringLiteral("upstream"), upstream},
            {QStringLiteral("probedUrl"), probedUrl},
            {QStringLiteral("error"), error},
            {QStringLiteral("attempts"), attempts},
            {QStringLiteral("_instance"), QJsonObject{{QStringLiteral("id"), instanceId}, {QStringLiteral("name"), instanceName}}}};
}

QJsonObject AffectedModelGroup::toJson() const
{
    return {{QStringLiteral("groupName"), groupName},
            {QStringLiteral("removedUpstreams"), QJsonArray::fromStringList(removedUpstreams)},
            {QStringLiteral("remainingUpstreams"), remainingUpstreams},
            {QStringLiteral("keptLastMember"), keptLastMember}};
}

QJsonObject CleanupReport::toJson() const
{
    QJsonArray disconnected;
    for (const DisconnectedChannel &d : disconnectedChannels)
        disconnected.append(d.toJson());
    return {{QStringLiteral("totalSiteGroups"), totalSiteGroups},
            {QStringLiteral("checkedSiteGroups"), checkedSiteGroups},
            {QStringLiteral("disconnectedChannels"), disconnected},
            {QStringLiteral("affectedModelGroups"), toArray(affectedModelGroups)},
            {QStringLiteral("cleanedUpstreams"), cleanedUpstreams},
            {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
            {QStringLiteral("dryRun"), dryRun}};
}

QJsonObject CleanupReport::historyEntry() const
{
    QStringList names;
    for (const DisconnectedChannel &d : disconnectedChannels)
        names.append(d.name);
    return {{QStringLiteral("timestamp"), timeJson(time)},
            {QStringLiteral("disconnectedChannels"), QJsonArray::fromStringList(names)},
            {QStringLiteral("affectedModelGroups"), int(affectedModelGroups.size())},
            {QStringLiteral("cleanedUpstreams"), cleanedUpstreams},
            {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
            {QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("manual"), false}};
}

QJsonObject ManualCleanupReport::toJson() const
{
    return {{QStringLiteral("targetChannels"), QJsonArray::fromStringList(targetChannels)},
            {QStringLiteral("affectedModelGroups"), toArray(affectedModelGroups)},
            {QStringLiteral("cleanedUpstreams"), cleanedUpstreams},
            {QStringLiteral("unknownChannels"), QJsonArray::fromStringList(unknownChannels)},
            {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
            {QStringLiteral("dryRun"), dryRun}};
}

QJsonObject ManualCleanupReport::historyEntry() const
{
    return {{QStringLiteral("timestamp"), timeJson(time)},
            {QStringLiteral("disconnectedChannels"), QJsonArray::fromStringList(targetChannels)},
            {QStringLiteral("affectedModelGroups"), int(affectedModelGroups.size())},
            {QStringLiteral("cleanedUpstreams"), cleanedUpstreams},
            {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
            {QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("manual"), true}};
}

} // namespace ul
