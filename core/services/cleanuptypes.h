#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace ul {

// Channel cleanup by connectivity (uni-load-behaviour.md §17): options, results, history.

// The original's options, with our limits on the patterns (§17.2).
struct CleanupOptions
{
    static constexpr int kMaxPatternLength = 200;
    static constexpr int kMaxPatterns = 50;

    bool dryRun = false;
    int timeoutMs = 10000;          // per reachability attempt
    int retryCount = 2;             // attempts per site before it counts as disconnected
    QStringList excludePatterns;    // case-insensitive regular expressions on site-group names
    QStringList onlyCheckPatterns;

    // Reads {dryRun, timeout, retryCount, excludePatterns, onlyCheckPatterns}; Validation errors
    // (400) name the field: a pattern longer than 200 characters, an invalid regular expression,
    // a timeout outside 100 ms … 120 s, a retry count outside 1 … 10.
    static Result<CleanupOptions> fromJson(const QJsonObject &body);
    static QStringList fieldNames();  // the body fields fromJson() reads
    QJsonObject toJson() const;
};

// Compiled patterns; matched only against site-group names (at most 100 characters).
class CleanupFilter final
{
public:
    static Result<CleanupFilter> compile(const CleanupOptions &options);
    bool selects(const QString &groupName) const;

private:
    QList<QRegularExpression> m_exclude;
    QList<QRegularExpression> m_only;
};

// A site group whose site gave no HTTP answer on any attempt.
struct DisconnectedChannel
{
    QString name;
    QString channelType;
    QString instanceId;
    QString instanceName;
    qint64 groupId = 0;
    QString upstream;               // the site's base URL
    QString probedUrl;              // the model-list URL that was tried
    QString error;                  // the last transport error (redacted)
    int attempts = 0;

    QJsonObject toJson() const;
};

// What removing the disconnected channels does to one L3 group.
struct AffectedModelGroup
{
    QString groupName;
    QStringList removedUpstreams;   // URLs of the L2 proxies that leave the list
    int remainingUpstreams = 0;     // our upstreams left in the list: the active ones, or the one kept member
    bool keptLastMember = false;    // gpt-load needs one upstream: one removed member stays (flagged)

    QJsonObject toJson() const;     // {groupName, removedUpstreams, remainingUpstreams, keptLastMember}
};

// POST /api/cleanup-channels[/preview] `results`.
struct CleanupReport
{
    bool dryRun = true;
    int totalSiteGroups = 0;        // site groups in the store
    int checkedSiteGroups = 0;      // active ones the patterns selected
    QList<DisconnectedChannel> disconnectedChannels;
    QList<AffectedModelGroup> affectedModelGroups;
    int cleanedUpstreams = 0;
    QStringList errors;
    QDateTime time;

    QJsonObject toJson() const;     // {totalSiteGroups, checkedSiteGroups, disconnectedChannels, affectedModelGroups, cleanedUpstreams, errors, dryRun}
    QJsonObject historyEntry() const;  // {timestamp, disconnectedChannels:[names], affectedModelGroups:n, cleanedUpstreams, errors, dryRun}
};

// POST /api/cleanup-channels/manual `results`.
struct ManualCleanupReport
{
    bool dryRun = false;
    QStringList targetChannels;     // known site groups among the names
    QStringList unknownChannels;    // names that are no site group (reported, not fatal)
    QList<AffectedModelGroup> affectedModelGroups;
    int cleanedUpstreams = 0;
    QStringList errors;
    QDateTime time;

    QJsonObject toJson() const;     // {targetChannels, affectedModelGroups, cleanedUpstreams, unknownChannels, errors, dryRun}
    QJsonObject historyEntry() const;
};

} // namespace ul
