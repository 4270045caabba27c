#include "core/gptload/gptloadclient.h"

#include "core/common/redactor.h"
#include "core/gptload/gptloadclient_p.h"

// Keys and the async task slot (gptload-api.md §6, §9). Key lists travel in secret bodies:
// the wire log shows their size only.

namespace ul {

namespace {

QString statusFilterForList(KeyStatusFilter filter)
{
    switch (filter) {
    case KeyStatusFilter::Active: return QStringLiteral("active");
    case KeyStatusFilter::Invalid: return QStringLiteral("invalid");
    case KeyStatusFilter::All: break;
    }
    return {};
}

QByteArray groupBody(quint64 groupId)
{
    return compactJson(QJsonObject{{QStringLiteral("group_id"), qint64(groupId)}});
}

Result<QJsonObject> dataObject(const Envelope &envelope, const QString &what)
{
    if (!envelope.data.isObject())
        return Error::make(ErrorKind::Protocol, what + QStringLiteral(": answer without a data object"));
    return envelope.data.toObject();
}

// Cache lag (§4.6): validate-group and test-multiple answer 404 for a group created a moment ago.
template <typename T>
bool isGroupLag(const Result<T> &result)
{
    return !result.ok() && result.error().kind == ErrorKind::NotFound && result.error().httpStatus == 404;
}

} // namespace

template <typename Totals, typename Merge>
QFuture<Result<Totals>> GptLoadClient::sendKeyChunks(quint64 groupId, const QString &path, QList<QStringList> chunks,
                                                     int next, Totals totals, Merge merge)
{
    if (next >= chunks.size())
        return readyResult(Result<Totals>(std::move(totals)));
    const QByteArray body = compactJson(QJsonObject{{QStringLiteral("group_id"), qint64(groupId)},
                                                    {QStringLiteral("keys_text"), chunks.at(next).join(QLatin1Char('\n'))}});
    const QString where = context(HttpMethod::Post, path);
    return guardedThen(call(HttpMethod::Post, path, path, {}, body, SecretRequest | SecretResponse), this,
                       [this, groupId, path, where, chunks, next, totals, merge](Result<Envelope> envelope) mutable
                       -> QFuture<Result<Totals>> {
                           const auto failed = [&](Error error) {
                               if (chunks.size() > 1)
                                   error.details = QStringLiteral("chunk %1 of %2 failed; %3 earlier chunk(s) were applied")
                                                       .arg(next + 1).arg(chunks.size()).arg(next);
                               return readyError<Totals>(error);
                           };
                           if (!envelope.ok())
                               return failed(envelope.error());
                           const Result<QJsonObject> data = dataObject(envelope.value(), where);
                           if (!data.ok())
                               return failed(data.error());
                           merge(totals, data.value());
                           ++totals.chunks;
                           return sendKeyChunks(groupId, path, std::move(chunks), next + 1, std::move(totals), std::move(merge));
                       })
        .unwrap();
}

QFuture<Result<AddKeysResult>> GptLoadClient::addKeys(quint64 groupId, const QStringList &keys)
{
    AddKeysResult totals;
    const QStringList unique = normalizeKeys(keys, &totals.duplicatesInInput);
    return sendKeyChunks(groupId, QStringLiteral("/api/keys/add-multiple"), chunkKeys(unique, kMaxKeysPerRequest), 0, totals,
                         [](AddKeysResult &sum, const QJsonObject &data) {
                             sum.added += jsonread::toInt64(data.value(QLatin1String("added_count")));
                             sum.ignored += jsonread::toInt64(data.value(QLatin1String("ignored_count")));
                             sum.totalInGroup = jsonread::toInt64(data.value(QLatin1String("total_in_group")));
                         });
}

QFuture<Result<DeleteKeysResult>> GptLoadClient::deleteKeys(quint64 groupId, const QStringList &keys)
{
    return sendKeyChunks(groupId, QStringLiteral("/api/keys/delete-multiple"), chunkKeys(normalizeKeys(keys), kMaxKeysPerRequest),
                         0, DeleteKeysResult{}, [](DeleteKeysResult &sum, const QJsonObject &data) {
                             sum.deleted += jsonread::toInt64(data.value(QLatin1String("deleted_count")));
                             sum.ignored += jsonread::toInt64(data.value(QLatin1String("ignored_count")));
                             sum.totalInGroup = jsonread::toInt64(data.value(QLatin1String("total_in_group")));
                         });
}

QFuture<Result<RestoreKeysResult>> GptLoadClient::restoreKeys(quint64 groupId, const QStringList &keys)
{
    return sendKeyChunks(groupId, QStringLiteral("/api/keys/restore-multiple"), chunkKeys(normalizeKeys(keys), kMaxKeysPerRequest),
                         0, RestoreKeysResult{}, [](RestoreKeysResult &sum, const QJsonObject &data) {
                             sum.restored += jsonread::toInt64(data.value(QLatin1String("restored_count")));
                             sum.ignored += jsonread::toInt64(data.value(QLatin1String("ignored_count")));
                             sum.totalInGroup = jsonread::toInt64(data.value(QLatin1String("total_in_group")));
                         });
}

QFuture<Result<KeyPage>> GptLoadClient::listKeys(quint64 groupId, const KeyQuery &query)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("group_id"), QString::number(groupId));
    q.addQueryItem(QStringLiteral("page"), QString::number(std::max(1, query.page)));
    q.addQueryItem(QStringLiteral("page_size"), QString::number(std::clamp(query.pageSize, 1, kMaxPageSize)));
    if (const QString status = statusFilterForList(query.status); !status.isEmpty())
        q.addQueryItem(QStringLiteral("status"), status);
    if (!query.keyValue.isEmpty()) {
        // A key in a URL: make sure every log line masks it.
        Redactor::registerSecret(query.keyValue.reveal());
        q.addQueryItem(QStringLiteral("key_value"), query.keyValue.reveal());
    }
    const QString route = QStringLiteral("/api/keys");
    const QString where = context(HttpMethod::Get, route);
    return guardedThen(call(HttpMethod::Get, route, route, q, {}, SecretResponse), this,
                       [where](Result<Envelope> envelope) -> Result<KeyPage> {
                           if (!envelope.ok())
                               return envelope.error();
                           Result<KeyPage> page = KeyPage::fromJson(envelope->data);
                           if (!page.ok())
                               return page.error().withContext(where);
                           return page;
                       });
}

QFuture<Result<QList<KeyItem>>> GptLoadClient::listAllKeys(quint64 groupId, KeyStatusFilter status)
{
    KeyQuery query;
    query.status = status;
    query.page = 1;
    query.pageSize = kMaxPageSize;
    return collectKeyPages(groupId, query, {});
}

QFuture<Result<QList<KeyItem>>> GptLoadClient::collectKeyPages(quint64 groupId, KeyQuery query, QList<KeyItem> collected)
{
    return guardedThen(listKeys(groupId, query), this,
                       [this, groupId, query, collected](Result<KeyPage> page) mutable -> QFuture<Result<QList<KeyItem>>> {
                           if (!page.ok())
                               return readyError<QList<KeyItem>>(page.error());
                           collected += page->items;
                           if (page->items.isEmpty() || query.page >= page->pagination.totalPages)
                               return readyResult(Result<QList<KeyItem>>(std::move(collected)));
                           ++query.page;
                           return collectKeyPages(groupId, query, std::move(collected));
                       })
        .unwrap();
}

QFuture<Result<QStringList>> GptLoadClient::exportKeys(quint64 groupId, KeyStatusFilter status)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("group_id"), QString::number(groupId));
    const QString filter = statusFilterForList(status);
    q.addQueryItem(QStringLiteral("status"), filter.isEmpty() ? QStringLiteral("all") : filter);
    const QString route = QStringLiteral("/api/keys/export");
    if (const std::optional<Error> unsupported = versionGuard())
        return readyError<QStringList>(*unsupported);
    const QString where = context(HttpMethod::Get, route);
    HttpRequestSpec spec = managementSpec(HttpMethod::Get, route, route, q, {}, SecretResponse);
    spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/plain, application/json"));
    return guardedThen(sendRaw(spec), this, [this, where](Result<HttpResponse> response) -> Result<QStringList> {
        if (!response.ok())
            return response.error().withContext(label());
        if (!response->isSuccess()) {
            // Errors come in the usual envelope; success is plain text without one.
            Result<Envelope> envelope = decodeEnvelope(response.value(), where);
            return envelope.ok() ? Error::make(ErrorKind::Protocol, where + QStringLiteral(": unexpected answer"))
                                 : envelope.error();
        }
        QStringList keys;
        for (const QString &line : QString::fromUtf8(response->body).split(QLatin1Char('\n'))) {
            const QString key = line.trimmed();
            if (!key.isEmpty())
                keys.append(key);
        }
        return keys;
    });
}

QFuture<Result<KeyCountMessage>> GptLoadClient::keyCountCall(quint64 groupId, const QString &path)
{
    return guardedThen(call(HttpMethod::Post, path, path, {}, groupBody(groupId)), this,
                       [](Result<Envelope> envelope) -> Result<KeyCountMessage> {
                           if (!envelope.ok())
                               return envelope.error();
                           return KeyCountMessage{firstNumberIn(envelope->message), envelope->message};
                       });
}

QFuture<Result<KeyCountMessage>> GptLoadClient::restoreAllInvalidKeys(quint64 groupId)
{
    return keyCountCall(groupId, QStringLiteral("/api/keys/restore-all-invalid"));
}

QFuture<Result<KeyCountMessage>> GptLoadClient::clearInvalidKeys(quint64 groupId)
{
    return keyCountCall(groupId, QStringLiteral("/api/keys/clear-all-invalid"));
}

QFuture<Result<KeyCountMessage>> GptLoadClient::clearAllKeys(quint64 groupId)
{
    return keyCountCall(groupId, QStringLiteral("/api/keys/clear-all"));
}

QFuture<Result<KeyTestResult>> GptLoadClient::testKeys(quint64 groupId, const QStringList &keys)
{
    const QStringList unique = normalizeKeys(keys);
    if (unique.isEmpty())
        return readyError<KeyTestResult>(Error::validation(QStringLiteral("keys"), QStringLiteral("no keys to test")));
    if (unique.size() > kMaxKeysPerRequest)
        return readyError<KeyTestResult>(Error::validation(
            QStringLiteral("keys"), QStringLiteral("test at most %1 keys at a time (each test is a billable call)").arg(kMaxKeysPerRequest)));
    const QString route = QStringLiteral("/api/keys/test-multiple");
    const QString where = context(HttpMethod::Post, route);
    const QByteArray body = compactJson(QJsonObject{{QStringLiteral("group_id"), qint64(groupId)},
                                                    {QStringLiteral("keys_text"), unique.join(QLatin1Char('\n'))}});
    auto attempt = [this, route, where, body]() {
        return guardedThen(call(HttpMethod::Post, route, route, {}, body, SecretRequest | SecretResponse), this,
                           [where](Result<Envelope> envelope) -> Result<KeyTestResult> {
                               if (!envelope.ok())
                                   return envelope.error();
                               Result<KeyTestResult> result = KeyTestResult::fromJson(envelope->data);
                               if (!result.ok())
                                   return result.error().withContext(where);
                               return result;
                           });
    };
    return withCacheLagRetry<KeyTestResult>(attempt, isGroupLag<KeyTestResult>);
}

QFuture<Result<TaskStatus>> GptLoadClient::validateGroup(quint64 groupId, KeyStatusFilter which)
{
    const QString route = QStringLiteral("/api/keys/validate-group");
    const QByteArray body = compactJson(QJsonObject{{QStringLiteral("group_id"), qint64(groupId)},
                                                    {QStringLiteral("status"), statusFilterForList(which)}});
    auto attempt = [this, route, body]() {
        return guardedThen(call(HttpMethod::Post, route, route, {}, body), this,
                           [](Result<Envelope> envelope) -> Result<TaskStatus> {
                               if (!envelope.ok())
                                   return envelope.error();
                               return TaskStatus::fromJson(envelope->data);
                           });
    };
    return withCacheLagRetry<TaskStatus>(attempt, isGroupLag<TaskStatus>);
}

QFuture<Result<TaskStatus>> GptLoadClient::taskStatus()
{
    const QString route = QStringLiteral("/api/tasks/status");
    return guardedThen(call(HttpMethod::Get, route, route), this, [](Result<Envelope> envelope) -> Result<TaskStatus> {
        if (!envelope.ok())
            return envelope.error();
        return TaskStatus::fromJson(envelope->data);
    });
}

QFuture<Result<TaskStatus>> GptLoadClient::waitForTask(const TaskStatus &started, int timeoutMs)
{
    return pollTask(started, QDeadlineTimer(std::max(0, timeoutMs)));
}

QFuture<Result<TaskStatus>> GptLoadClient::waitForIdleTaskSlot(int timeoutMs)
{
    return pollTask(std::nullopt, QDeadlineTimer(std::max(0, timeoutMs)));
}

QFuture<Result<TaskStatus>> GptLoadClient::pollTask(std::optional<TaskStatus> started, QDeadlineTimer deadline)
{
    return guardedThen(taskStatus(), this,
                       [this, started, deadline](Result<TaskStatus> status) -> QFuture<Result<TaskStatus>> {
                           if (!status.ok())
                               return readyError<TaskStatus>(status.error());
                           if (started && !status->isSameTask(*started)) {
                               Error error = Error::conflict(
                                   label() + QStringLiteral(": the task slot now shows another task (%1 on '%2'); "
                                                            "the outcome of %3 on '%4' is unknown")
                                                 .arg(status->taskType, status->groupName, started->taskType, started->groupName));
                               error.code = QStringLiteral("TASK_SLOT_OVERWRITTEN");
                               return readyError<TaskStatus>(error);
                           }
                           if (!status->isRunning)
                               return readyResult(std::move(status));
                           if (deadline.hasExpired()) {
                               return readyError<TaskStatus>(Error::make(
                                   ErrorKind::Timeout, label() + QStringLiteral(": task %1 on '%2' still running (%3/%4)")
                                                           .arg(status->taskType, status->groupName, QString::number(status->processed),
                                                                QString::number(status->total))));
                           }
                           const int wait = int(std::min<qint64>(m_options.taskPollIntervalMs, std::max<qint64>(1, deadline.remainingTime())));
                           return m_delays->delay(wait)
                               .then([guard = QPointer<GptLoadClient>(this), epoch = m_cancelEpoch, started,
                                      deadline]() -> QFuture<Result<TaskStatus>> {
                                   if (!guard || guard->m_closing || guard->m_cancelEpoch != epoch)
                                       return readyError<TaskStatus>(Error::cancelled(QStringLiteral("gpt-load call cancelled")));
                                   return guard->pollTask(started, deadline);
                               })
                               .unwrap();
                       })
        .unwrap();
}

} // namespace ul
