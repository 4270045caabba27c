// The single async task slot and the endpoints that start tasks (gptload-api.md §9).

#include "core/sim/simgptload_api.h"

#include <QObject>
#include <QTimer>

namespace ul {

namespace {

SimHttpResponse taskConflict(const QString &message)
{
    return simError(409, "TASK_IN_PROGRESS", message);
}

struct MultipartPart
{
    QByteArray name;
    QByteArray fileName;
    bool hasFileName = false;
    QByteArray content;
};

QByteArray dispositionParam(const QByteArray &disposition, const QByteArray &param)
{
    const QList<QByteArray> parts = disposition.split(';');
    for (const QByteArray &raw : parts) {
        const QByteArray p = raw.trimmed();
        if (p.startsWith(QByteArray(param + '='))) {
            QByteArray v = p.mid(param.size() + 1).trimmed();
            if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
                v = v.mid(1, v.size() - 2);
            return v;
        }
    }
    return {};
}

// Minimal multipart/form-data reader: enough for the add-async upload form.
QList<MultipartPart> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    QList<MultipartPart> parts;
    QByteArray boundary = dispositionParam(contentType, "boundary");
    if (boundary.isEmpty())
        return parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        qsizetype start = pos + delimiter.size();
        if (body.mid(start, 2) == "--")
            break;
        if (body.mid(start, 2) == "\r\n")
            start += 2;
        const qsizetype next = body.indexOf(delimiter, start);
        if (next < 0)
            break;
        QByteArray chunk = body.mid(start, next - start);
        if (chunk.endsWith("\r\n"))
            chunk.chop(2);
        const qsizetype headEnd = chunk.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            MultipartPart part;
            const QList<QByteArray> headers = chunk.left(headEnd).split('\n');
            for (const QByteArray &h : headers) {
                const QByteArray line = h.trimmed();
                if (line.toLower().startsWith("content-disposition:")) {
                    const QByteArray value = line.mid(line.indexOf(':') + 1).trimmed();
                    part.name = dispositionParam(value, "name");
                    part.hasFileName = value.contains("filename=");
                    part.fileName = dispositionParam(value, "filename");
                }
            }
            part.content = chunk.mid(headEnd + 4);
            parts.append(part);
        }
        pos = next;
    }
    return parts;
}

} // namespace

SimFailure SimGptLoadApi::startTask(const QString &type, const QString &groupName, int total, TaskWork work,
                                    QJsonObject *initial)
{
    if (m_state.task.isRunning)
        return taskConflict(QStringLiteral("a task is already running, please wait"));
    SimTaskStatus task;
    task.taskType = type;
    task.isRunning = true;
    task.groupName = groupName;
    task.total = total;
    task.startedAt = SimGptLoadState::now();
    m_state.task = task;
    if (initial)
        *initial = simTaskJson(task);

    const quint64 sequence = ++m_state.taskSequence;
    m_state.taskCompletion = [this, work = std::move(work)] {
        QString error;
        int processed = 0;
        const QJsonObject result = work(&error, &processed);
        SimTaskStatus &t = m_state.task;
        t.isRunning = false;
        t.processed = processed;
        t.finishedAt = SimGptLoadState::now();
        t.durationSeconds = double(t.startedAt.msecsTo(t.finishedAt)) / 1000.0;
        t.error = error;
        t.result = error.isEmpty() ? result : QJsonObject();
    };
    const int delay = m_state.options.taskCompletionDelayMs;
    if (delay > 0 && m_timerContext) {
        QTimer::singleShot(delay, m_timerContext.data(), [this, sequence] {
            if (sequence == m_state.taskSequence)   // not restarted, not finished early
                finishTaskNow();
        });
    } else {
        finishTaskNow();
    }
    return std::nullopt;
}

void SimGptLoadApi::finishTaskNow()
{
    auto completion = std::move(m_state.taskCompletion);
    m_state.taskCompletion = nullptr;
    if (completion && m_state.task.isRunning)
        completion();
}

SimHttpResponse SimGptLoadApi::addKeysAsync(const SimApiContext &ctx)
{
    SimGroup *g = nullptr;
    QStringList keys;
    const QByteArray contentType = ctx.request.header("Content-Type");
    if (contentType.toLower().startsWith("multipart/form-data")) {
        const QList<MultipartPart> parts = parseMultipart(contentType, ctx.request.body);
        const MultipartPart *groupField = nullptr;
        const MultipartPart *fileField = nullptr;
        for (const MultipartPart &p : parts) {
            if (p.name == "group_id" && !p.hasFileName)
                groupField = &p;
            else if (p.name == "file" && p.hasFileName)
                fileField = &p;
        }
        bool ok = false;
        const qint64 groupId = groupField ? groupField->content.trimmed().toLongLong(&ok) : 0;
        if (!ok || groupId <= 0)
            return simError(400, "BAD_REQUEST", simText(ctx.lang, "Invalid group_id format", "无效的 group_id 格式"));
        g = m_state.group(groupId);
        if (!g)
            return simError(404, "NOT_FOUND", simText(ctx.lang, "Resource not found", "资源未找到"));
        if (!fileField)
            return simError(400, "BAD_REQUEST", simText(ctx.lang, "File is required", "文件是必需的"));
        if (!fileField->fileName.toLower().endsWith(".txt"))
            return simError(400, "VALIDATION_FAILED", simText(ctx.lang, "Only .txt files are supported", "仅支持 .txt 文件"));
        keys = simParseKeysText(QString::fromUtf8(fileField->content));
    } else if (auto f = bindGroupKeys(ctx, &g, &keys, true, false)) {
        return *f;
    }
    if (keys.isEmpty())
        return taskConflict(QStringLiteral("no valid keys found in the input text"));

    const qint64 groupId = g->id;
    QJsonObject initial;
    if (auto f = startTask(QStringLiteral("KEY_IMPORT"), g->name, int(keys.size()),
                           [this, groupId, keys](QString *error, int *processed) {
                               if (!m_state.group(groupId)) {
                                   *error = QStringLiteral("group not found");
                                   return QJsonObject();
                               }
                               const SimKeyAddResult r = m_state.addKeys(groupId, keys);
                               *processed = r.added;
                               return QJsonObject{{QStringLiteral("added_count"), r.added},
                                                  {QStringLiteral("ignored_count"), r.ignored}};
                           },
                           &initial))
        return *f;
    return simSuccess(ctx.lang, initial);
}

SimHttpResponse SimGptLoadApi::deleteKeysAsync(const SimApiContext &ctx)
{
    SimGroup *g = nullptr;
    QStringList keys;
    if (auto f = bindGroupKeys(ctx, &g, &keys, true, false))
        return *f;
    if (keys.isEmpty())
        return taskConflict(QStringLiteral("no valid keys found in the input text"));
    const qint64 groupId = g->id;
    QJsonObject initial;
    if (auto f = startTask(QStringLiteral("KEY_DELETE"), g->name, int(keys.size()),
                           [this, groupId, keys](QString *, int *processed) {
                               int deleted = 0;
                               for (const QString &k : keys)
                                   deleted += m_state.removeKey(groupId, k) ? 1 : 0;
                               *processed = int(keys.size());
                               return QJsonObject{{QStringLiteral("deleted_count"), deleted},
                                                  {QStringLiteral("ignored_count"), int(keys.size()) - deleted}};
                           },
                           &initial))
        return *f;
    return simSuccess(ctx.lang, initial);
}

SimHttpResponse SimGptLoadApi::validateGroup(const SimApiContext &ctx)
{
    QString parseError;
    const auto body = simParseBody(ctx.request.body, &parseError);
    if (!body)
        return simError(400, "INVALID_JSON", parseError);
    SimJsonBinder b(*body, "ValidateGroupKeysRequest");
    const auto groupId = b.unsignedInteger(QStringLiteral("group_id"));
    const QString status = b.string(QStringLiteral("status")).value_or(QString());
    b.require("GroupID", !groupId || *groupId == 0);
    if (b.failed())
        return simError(400, "INVALID_JSON", b.error());
    if (!status.isEmpty() && status != QLatin1String("active") && status != QLatin1String("invalid"))
        return simError(400, "VALIDATION_FAILED", simText(ctx.lang, "Invalid status value", "无效的状态值"));
    SimGroup *g = m_state.group(*groupId);
    if (!g || !m_state.isVisible(g->id))
        return simError(404, "NOT_FOUND", simText(ctx.lang, "Group not found", "分组不存在"));

    QStringList toValidate;
    const auto it = m_state.keys.constFind(g->id);
    if (it != m_state.keys.constEnd()) {
        for (const auto &entry : it->byId) {
            if (status.isEmpty() || entry.second.status == status)
                toValidate.append(entry.second.value);
        }
    }
    if (toValidate.isEmpty())
        return taskConflict(QStringLiteral("no keys to validate in group %1").arg(g->name));

    const qint64 id = g->id;
    QJsonObject initial;
    if (auto f = startTask(QStringLiteral("KEY_VALIDATION"), g->name, int(toValidate.size()),
                           [this, id, toValidate](QString *error, int *processed) {
                               SimGroup *group = m_state.group(id);
                               if (!group) {
                                   *error = QStringLiteral("group not found");
                                   return QJsonObject();
                               }
                               int valid = 0;
                               int invalid = 0;
                               for (const QString &value : toValidate) {
                                   SimKey *k = m_state.findKey(id, value);
                                   if (!k)
                                       continue;
                                   if (m_state.validationOutcome(value).first) {
                                       m_state.recordKeySuccess(*k);
                                       ++valid;
                                   } else {
                                       m_state.recordKeyFailure(*group, *k);
                                       ++invalid;
                                   }
                               }
                               group->lastValidatedAt = SimGptLoadState::now();
                               *processed = valid + invalid;
                               return QJsonObject{{QStringLiteral("total_keys"), valid + invalid},
                                                  {QStringLiteral("valid_keys"), valid},
                                                  {QStringLiteral("invalid_keys"), invalid}};
                           },
                           &initial))
        return *f;
    return simSuccess(ctx.lang, initial);
}

SimHttpResponse SimGptLoadApi::taskStatus(const SimApiContext &ctx)
{
    return simSuccess(ctx.lang, simTaskJson(m_state.task));
}

} // namespace ul
