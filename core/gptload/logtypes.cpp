#include "core/gptload/logtypes.h"

#include "core/common/redactor.h"
#include "core/gptload/jsonread.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ul {

LogItem LogItem::fromJson(const QJsonObject &o)
{
    LogItem item;
    item.id = jsonread::toString(o.value(QLatin1String("id")));
    item.timestamp = jsonread::toDateTime(o.value(QLatin1String("timestamp")));
    item.groupName = jsonread::toString(o.value(QLatin1String("group_name")));
    item.parentGroupName = jsonread::toString(o.value(QLatin1String("parent_group_name")));
    item.model = jsonread::toString(o.value(QLatin1String("model")));
    item.requestType = jsonread::toString(o.value(QLatin1String("request_type")));
    item.isSuccess = jsonread::toBool(o.value(QLatin1String("is_success")));
    item.statusCode = int(jsonread::toInt64(o.value(QLatin1String("status_code"))));
    item.durationMs = jsonread::toInt64(o.value(QLatin1String("duration_ms")));
    item.errorMessage = Redactor::text(jsonread::toString(o.value(QLatin1String("error_message"))));
    item.upstreamAddr = Redactor::text(jsonread::toString(o.value(QLatin1String("upstream_addr"))));
    item.sourceIp = jsonread::toString(o.value(QLatin1String("source_ip")));
    return item;
}

Result<LogPage> LogPage::fromJson(const QJsonValue &data)
{
    const QJsonObject o = data.toObject();
    if (!o.value(QLatin1String("items")).isArray())
        return Error::make(ErrorKind::Protocol, QStringLiteral("log page without an items array"));
    LogPage page;
    for (const QJsonValue &item : o.value(QLatin1String("items")).toArray())
        page.items.append(LogItem::fromJson(item.toObject()));
    page.pagination = Pagination::fromJson(o.value(QLatin1String("pagination")));
    return page;
}

QUrlQuery LogQuery::toUrlQuery() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    if (!groupName.isEmpty())
        q.addQueryItem(QStringLiteral("group_name"), groupName);
    if (!parentGroupName.isEmpty())
        q.addQueryItem(QStringLiteral("parent_group_name"), parentGroupName);
    if (!model.isEmpty())
        q.addQueryItem(QStringLiteral("model"), model);
    if (!requestType.isEmpty())
        q.addQueryItem(QStringLiteral("request_type"), requestType);
    if (isSuccess)
        q.addQueryItem(QStringLiteral("is_success"), *isSuccess ? QStringLiteral("true") : QStringLiteral("false"));
    if (statusCode)
        q.addQueryItem(QStringLiteral("status_code"), QString::number(*statusCode));
    if (startTime.isValid())
        q.addQueryItem(QStringLiteral("start_time"), jsonread::toRfc3339(startTime));
    if (endTime.isValid())
        q.addQueryItem(QStringLiteral("end_time"), jsonread::toRfc3339(endTime));
    return q;
}

QList<LogItem> filterLogsByExactGroup(const QList<LogItem> &items, const QString &groupName)
{
    QList<LogItem> exact;
    for (const LogItem &item : items) {
        if (item.groupName == groupName)
            exact.append(item);
    }
    return exact;
}

FinalRequestSummary summarizeFinalRequests(const QList<LogItem> &items)
{
    FinalRequestSummary summary;
    qint64 durationSum = 0;
    for (const LogItem &item : items) {
        if (!item.isFinal())
            continue;
        ++summary.total;
        if (item.isSuccess)
            ++summary.succeeded;
        else
            ++summary.failed;
        durationSum += item.durationMs;
    }
    if (summary.total > 0)
        summary.averageDurationMs = double(durationSum) / double(summary.total);
    return summary;
}

} // namespace ul
