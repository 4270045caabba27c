#include "core/gptload/keytypes.h"

#include "core/common/redactor.h"
#include "core/gptload/jsonread.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace ul {

Pagination Pagination::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    Pagination p;
    p.page = int(jsonread::toInt64(o.value(QLatin1String("page")), 1));
    p.pageSize = int(jsonread::toInt64(o.value(QLatin1String("page_size"))));
    p.totalItems = jsonread::toInt64(o.value(QLatin1String("total_items")));
    p.totalPages = int(jsonread::toInt64(o.value(QLatin1String("total_pages"))));
    return p;
}

KeyItem KeyItem::fromJson(const QJsonObject &o)
{
    KeyItem k;
    k.id = quint64(jsonread::toInt64(o.value(QLatin1String("id"))));
    k.keyValue = SecretText(jsonread::toString(o.value(QLatin1String("key_value"))));
    k.keyHash = jsonread::toString(o.value(QLatin1String("key_hash")));
    k.groupId = quint64(jsonread::toInt64(o.value(QLatin1String("group_id"))));
    k.statusText = jsonread::toString(o.value(QLatin1String("status")));
    k.status = k.statusText == QLatin1String("active")    ? KeyStatus::Active
               : k.statusText == QLatin1String("invalid") ? KeyStatus::Invalid
                                                          : KeyStatus::Unknown;
    k.notes = jsonread::toString(o.value(QLatin1String("notes")));
    k.requestCount = jsonread::toInt64(o.value(QLatin1String("request_count")));
    k.failureCount = jsonread::toInt64(o.value(QLatin1String("failure_count")));
    k.lastUsedAt = jsonread::toDateTime(o.value(QLatin1String("last_used_at")));
    k.createdAt = jsonread::toDateTime(o.value(QLatin1String("created_at")));
    k.updatedAt = jsonread::toDateTime(o.value(QLatin1String("updated_at")));
    return k;
}

Result<KeyPage> KeyPage::fromJson(const QJsonValue &data)
{
    const QJsonObject o = data.toObject();
    if (!o.value(QLatin1String("items")).isArray())
        return Error::make(ErrorKind::Protocol, QStringLiteral("key page without an items array"));
    KeyPage page;
    for (const QJsonValue &item : o.value(QLatin1String("items")).toArray())
        page.items.append(KeyItem::fromJson(item.toObject()));
    page.pagination = Pagination::fromJson(o.value(QLatin1String("pagination")));
    return page;
}

Result<KeyTestResult> KeyTestResult::fromJson(const QJsonValue &data)
{
    const QJsonObject o = data.toObject();
    if (!o.value(QLatin1String("results")).isArray())
        return Error::make(ErrorKind::Protocol, QStringLiteral("key test answer without a results array"));
    KeyTestResult result;
    for (const QJsonValue &item : o.value(QLatin1String("results")).toArray()) {
        const QJsonObject r = item.toObject();
        result.results.append(KeyTestOutcome{SecretText(jsonread::toString(r.value(QLatin1String("key_value")))),
                                             jsonread::toBool(r.value(QLatin1String("is_valid"))),
                                             Redactor::text(jsonread::toString(r.value(QLatin1String("error"))))});
    }
    result.totalDurationMs = jsonread::toInt64(o.value(QLatin1String("total_duration")));
    return result;
}

bool TaskStatus::isSameTask(const TaskStatus &other) const
{
    return taskType == other.taskType && groupName == other.groupName && startedAt == other.startedAt;
}

std::optional<ValidationSummary> TaskStatus::validationSummary() const
{
    if (taskType != QLatin1String(kTaskKeyValidation) || !result.contains(QLatin1String("total_keys")))
        return std::nullopt;
    return ValidationSummary{jsonread::toInt64(result.value(QLatin1String("total_keys"))),
                             jsonread::toInt64(result.value(QLatin1String("valid_keys"))),
                             jsonread::toInt64(result.value(QLatin1String("invalid_keys")))};
}

TaskStatus TaskStatus::fromJson(const QJsonValue &data)
{
    const QJsonObject o = data.toObject();
    TaskStatus t;
    t.taskType = jsonread::toString(o.value(QLatin1String("task_type")));
    t.isRunning = jsonread::toBool(o.value(QLatin1String("is_running")));
    t.groupName = jsonread::toString(o.value(QLatin1String("group_name")));
    t.processed = jsonread::toInt64(o.value(QLatin1String("processed")));
    t.total = jsonread::toInt64(o.value(QLatin1String("total")));
    t.result = jsonread::toObject(o.value(QLatin1String("result")));
    t.error = Redactor::text(jsonread::toString(o.value(QLatin1String("error"))));
    t.startedAt = jsonread::toDateTime(o.value(QLatin1String("started_at")));
    t.finishedAt = jsonread::toDateTime(o.value(QLatin1String("finished_at")));
    t.durationSeconds = jsonread::toDouble(o.value(QLatin1String("duration_seconds")));
    return t;
}

QStringList normalizeKeys(const QStringList &keys, qint64 *duplicatesRemoved)
{
    QStringList unique;
    QSet<QString> seen;
    qint64 duplicates = 0;
    for (const QString &raw : keys) {
        const QString key = raw.trimmed();
        if (key.isEmpty())
            continue;
        if (seen.contains(key)) {
            ++duplicates;
            continue;
        }
        seen.insert(key);
        unique.append(key);
    }
    if (duplicatesRemoved)
        *duplicatesRemoved = duplicates;
    return unique;
}

QList<QStringList> chunkKeys(const QStringList &keys, int chunkSize)
{
    QList<QStringList> chunks;
    const int size = std::max(1, chunkSize);
    for (qsizetype i = 0; i < keys.size(); i += size)
        chunks.append(keys.mid(i, size));
    return chunks;
}

} // namespace ul
