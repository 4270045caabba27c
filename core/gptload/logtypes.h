#pragma once

#include "core/common/result.h"
#include "core/gptload/keytypes.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace ul {

// Request logs (GET /api/logs, gptload-api.md §8). Missing fields are tolerated.

struct LogItem
{
    QString id;
    QDateTime timestamp;
    QString groupName;
    QString parentGroupName;
    QString model;
    QString requestType;  // "final" or "retry"; empty when the server does not report it
    bool isSuccess = false;
    int statusCode = 0;
    qint64 durationMs = 0;
    QString errorMessage;  // redacted
    QString upstreamAddr;  // redacted
    QString sourceIp;

    // A final entry (not a retried attempt). Entries without request_type count as final.
    bool isFinal() const { return requestType.isEmpty() || requestType == QLatin1String("final"); }
    static LogItem fromJson(const QJsonObject &object);
};

struct LogPage
{
    QList<LogItem> items;
    Pagination pagination;

    static Result<LogPage> fromJson(const QJsonValue &data);
};

// Filters of GET /api/logs. group_name, parent_group_name and model are SUBSTRING matches on the
// server; use exactGroupName to post-filter.
struct LogQuery
{
    QString groupName;
    bool exactGroupName = true;  // drop items whose group_name is not exactly groupName
    QString parentGroupName;
    QString model;
    QString requestType;  // "final", "retry" or empty
    std::optional<bool> isSuccess;
    std::optional<int> statusCode;
    QDateTime startTime;  // invalid: no bound
    QDateTime endTime;
    int page = 1;
    int pageSize = 1000;

    QUrlQuery toUrlQuery() const;
};

// Every page of a query (GET /api/logs, page_size 1000).
struct LogCollection
{
    QList<LogItem> items;  // after the exact group-name filter when requested
    qint64 serverTotal = 0;  // total_items the server reported (before post-filtering)
    int pagesRead = 0;
    bool truncated = false;  // stopped at the page limit
};

// Items whose group_name equals `groupName` exactly.
QList<LogItem> filterLogsByExactGroup(const QList<LogItem> &items, const QString &groupName);

// Success figures over final entries only (retries would double-count failures, §8.2).
struct FinalRequestSummary
{
    qint64 total = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;
    double averageDurationMs = 0.0;

    double successRate() const { return total > 0 ? double(succeeded) / double(total) : 0.0; }
};

FinalRequestSummary summarizeFinalRequests(const QList<LogItem> &items);

} // namespace ul
