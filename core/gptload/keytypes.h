#pragma once

#include "core/common/result.h"
#include "core/gptload/secrettext.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

// Keys, key batches and the async task slot (gptload-api.md §3, §6, §9).

// Page position of a paginated answer (GET /api/keys, GET /api/logs).
struct Pagination
{
    int page = 1;
    int pageSize = 0;
    qint64 totalItems = 0;
    int totalPages = 0;

    static Pagination fromJson(const QJsonValue &value);
};

enum class KeyStatus { Active, Invalid, Unknown };
// Which keys a listing or export covers.
enum class KeyStatusFilter { All, Active, Invalid };

struct KeyItem
{
    quint64 id = 0;
    SecretText keyValue;  // plaintext key
    QString keyHash;
    quint64 groupId = 0;
    KeyStatus status = KeyStatus::Unknown;
    QString statusText;
    QString notes;
    qint64 requestCount = 0;
    qint64 failureCount = 0;
    QDateTime lastUsedAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    static KeyItem fromJson(const QJsonObject &object);
};

struct KeyPage
{
    QList<KeyItem> items;
    Pagination pagination;

    static Result<KeyPage> fromJson(const QJsonValue &data);
};

// Query of GET /api/keys.
struct KeyQuery
{
    KeyStatusFilter status = KeyStatusFilter::All;
    int page = 1;
    int pageSize = 1000;  // gpt-load clamps at 1000
    SecretText keyValue;  // exact match; empty: no filter
};

// Outcome of add-multiple over every chunk.
struct AddKeysResult
{
    qint64 added = 0;
    qint64 ignored = 0;            // already in the group or repeated inside a chunk (server's count)
    qint64 totalInGroup = 0;       // after the last chunk
    qint64 duplicatesInInput = 0;  // removed locally before sending
    int chunks = 0;
};

struct DeleteKeysResult
{
    qint64 deleted = 0;
    qint64 ignored = 0;
    qint64 totalInGroup = 0;
    int chunks = 0;
};

struct RestoreKeysResult
{
    qint64 restored = 0;
    qint64 ignored = 0;
    qint64 totalInGroup = 0;
    int chunks = 0;
};

// Answer of restore-all-invalid / clear-all-invalid / clear-all: the count exists only in the
// (English) message.
struct KeyCountMessage
{
    std::optional<qint64> count;
    QString message;
};

struct KeyTestOutcome
{
    SecretText keyValue;
    bool valid = false;
    QString error;  // redacted
};

struct KeyTestResult
{
    QList<KeyTestOutcome> results;
    qint64 totalDurationMs = 0;

    static Result<KeyTestResult> fromJson(const QJsonValue &data);
};

// Result of a finished KEY_VALIDATION task.
struct ValidationSummary
{
    qint64 totalKeys = 0;
    qint64 validKeys = 0;
    qint64 invalidKeys = 0;
};

// The server's single async task slot (GET /api/tasks/status). There is no task id: a task is
// recognised by type, group name and start time.
struct TaskStatus
{
    QString taskType;  // "KEY_IMPORT", "KEY_DELETE", "KEY_VALIDATION", "" if none ever ran
    bool isRunning = false;
    QString groupName;
    qint64 processed = 0;
    qint64 total = 0;
    QJsonObject result;  // on success
    QString error;       // on failure (redacted)
    QDateTime startedAt;   // invalid for Go's zero time
    QDateTime finishedAt;
    double durationSeconds = 0.0;

    bool hasRun() const { return !taskType.isEmpty(); }
    // Same task as `other` (type, group and start time).
    bool isSameTask(const TaskStatus &other) const;
    std::optional<ValidationSummary> validationSummary() const;

    static TaskStatus fromJson(const QJsonValue &data);
};

inline constexpr char kTaskKeyImport[] = "KEY_IMPORT";
inline constexpr char kTaskKeyDelete[] = "KEY_DELETE";
inline constexpr char kTaskKeyValidation[] = "KEY_VALIDATION";

// Trims, drops empty entries and duplicates (first occurrence kept, order preserved).
QStringList normalizeKeys(const QStringList &keys, qint64 *duplicatesRemoved = nullptr);
// Splits into chunks of at most `chunkSize` (gpt-load's synchronous limit is 5000).
QList<QStringList> chunkKeys(const QStringList &keys, int chunkSize);

} // namespace ul
