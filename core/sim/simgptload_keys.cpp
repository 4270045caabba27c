// Synchronous key endpoints of the simulated gpt-load (gptload-api.md §6).

#include "core/sim/simgptload_api.h"

#include <QElapsedTimer>

#include <algorithm>

namespace ul {

namespace {

QJsonObject batchResult(const char *countField, int count, int ignored, int totalInGroup)
{
    return QJsonObject{{QString::fromLatin1(countField), count},
                       {QStringLiteral("ignored_count"), ignored},
                       {QStringLiteral("total_in_group"), totalInGroup}};
}

} // namespace

SimHttpResponse SimGptLoadApi::listKeys(const SimApiContext &ctx)
{
    SimGroup *g = nullptr;
    if (auto f = groupFromQuery(ctx, &g))
        return *f;
    const QString status = ctx.request.queryValue(QStringLiteral("status"));
    if (!status.isEmpty() && status != QLatin1String("active") && status != QLatin1String("invalid")) {
        return simError(400, "VALIDATION_FAILED",
                        simText(ctx.lang, "Invalid status value", "无效的状态值"));
    }
    const QString exact = ctx.request.queryValue(QStringLiteral("key_value"));
    QList<const SimKey *> matching;
    const auto it = m_state.keys.constFind(g->id);
    if (it != m_state.keys.constEnd()) {
        for (const auto &entry : it->byId) {
            const SimKey &k = entry.second;
            if (!status.isEmpty() && k.status != status)
                continue;
            if (!exact.isEmpty() && k.value != exact)
                continue;
            matching.append(&k);
        }
    }
    // last_used_at DESC (never used last), id DESC
    std::sort(matching.begin(), matching.end(), [](const SimKey *a, const SimKey *b) {
        if (a->lastUsedAt.isValid() != b->lastUsedAt.isValid())
            return a->lastUsedAt.isValid();
        if (a->lastUsedAt != b->lastUsedAt)
            return a->lastUsedAt > b->lastUsedAt;
        return a->id > b->id;
    });
    const SimPage page = simPageFromQuery(ctx.request);
    QJsonArray items;
    const qsizetype first = qsizetype(page.page - 1) * page.size;
    for (qsizetype i = first; i < matching.size() && i < first + page.size; ++i)
        items.append(simKeyJson(*matching[i]));
    return simSuccess(ctx.lang, simPaginated(items, page, matching.size()));
}

SimHttpResponse SimGptLoadApi::exportKeys(const SimApiContext &ctx)
{
    SimGroup *g = nullptr;
    if (auto f = groupFromQuery(ctx, &g))
        return *f;
    QString status = ctx.request.queryValue(QStringLiteral("status"));
    if (status.isEmpty())
        status = QStringLiteral("all");
    if (status != QLatin1String("all") && status != QLatin1String("active") && status != QLatin1String("invalid"))
        return simError(400, "VALIDATION_FAILED", simText(ctx.lang, "Invalid status value", "无效的状态值"));
    QByteArray text;
    const auto it = m_state.keys.constFind(g->id);
    if (it != m_state.keys.constEnd()) {
        for (const auto &entry : it->byId) {
            if (status == QLatin1String("all") || entry.second.status == status)
                text.append(entry.second.value.toUtf8()).append('\n');
        }
    }
    SimHttpResponse response = SimHttpResponse::text(200, text);
    response.headers.append({QByteArrayLiteral("Content-Disposition"),
                             "attachment; filename=keys-" + g->name.toUtf8() + '-' + status.toUtf8() + ".txt"});
    return response;
}

SimHttpResponse SimGptLoadApi::addKeysSync(const SimApiContext &ctx)
{
    SimGroup *g = nullptr;
    QStringList keys;
    if (auto f = bindGroupKeys(ctx, &g, &keys, true, true))
        return *f;
    const SimKeyAddResult r = m_state.addKeys(g->id, keys);
    return simSuccess(ctx.lang, batchResult("added_count", r.added, r.ignored, m_state.keyCounts(g->id).total));
}

SimHttpResponse SimGptLoadApi::deleteKeysSync(const SimApiContext &ctx)
{
    SimGroup *g = nullptr;
    QStringList keys;
    if (auto f = bindGroupKeys(ctx, &g, &keys, true, true))
        return *f;
    int deleted = 0;
    for (const QString &k : keys)
        deleted += m_state.removeKey(g->id, k) ? 1 : 0;
    return simSuccess(ctx.lang, batchResult("deleted_count", deleted, int(keys.size()) - deleted,
                                            m_state.keyCounts(g->id).total));
}

SimHttpResponse SimGptLoadApi::restoreKeys(const SimApiContext &ctx)
{
    SimGroup *g = nullptr;
    QStringList keys;
    if (auto f = bindGroupKeys(ctx, &g, &keys, true, true))
        return *f;
    int restored = 0;
    for (const QString &value : keys) {
        SimKey *k = m_state.findKey(g->id, value);
        if (k && !k->isActive()) {
            m_state.recordKeySuccess(*k);
            ++restored;
        }
    }
    return simSuccess(ctx.lang, batchResult("restored_count", restored, int(keys.size()) - restored,
                                            m_state.keyCounts(g->id).total));
}

SimHttpResponse SimGptLoadApi::restoreAllInvalid(const SimApiContext &ctx)
{
    SimGroup *g = nullptr;
    if (auto f = bindGroupKeys(ctx, &g, nullptr, false, false))
        return *f;
    int restored = 0;
    auto it = m_state.keys.find(g->id);
    if (it != m_state.keys.end()) {
        for (auto &entry : it->byId) {
            if (!entry.second.isActive()) {
                m_state.recordKeySuccess(entry.second);
                ++restored;
            }
        }
    }
    return simSuccessMessage(simText(ctx.lang, "%1 keys restored", "%1 个密钥已恢复").arg(restored));
}

SimHttpResponse SimGptLoadApi::clearAllInvalid(const SimApiContext &ctx)
{
    SimGroup *g = nullptr;
    if (auto f = bindGroupKeys(ctx, &g, nullptr, false, false))
        return *f;
    QStringList invalid;
    const auto it = m_state.keys.constFind(g->id);
    if (it != m_state.keys.constEnd()) {
        for (const auto &entry : it->byId) {
            if (!entry.second.isActive())
                invalid.append(entry.second.value);
        }
    }
    for (const QString &k : invalid)
        m_state.removeKey(g->id, k);
    return simSuccessMessage(simText(ctx.lang, "%1 invalid keys cleared", "%1 个无效密钥已清除").arg(invalid.size()));
}

SimHttpResponse SimGptLoadApi::clearAll(const SimApiContext &ctx)
{
    SimGroup *g = nullptr;
    if (auto f = bindGroupKeys(ctx, &g, nullptr, false, false))
        return *f;
    const int count = m_state.keyCounts(g->id).total;
    m_state.keys.remove(g->id);
    return simSuccessMessage(simText(ctx.lang, "%1 keys cleared", "%1 个密钥已清除").arg(count));
}

SimHttpResponse SimGptLoadApi::testKeys(const SimApiContext &ctx)
{
    QElapsedTimer timer;
    timer.start();
    SimGroup *g = nullptr;
    QStringList keys;
    if (auto f = bindGroupKeys(ctx, &g, &keys, true, true))
        return *f;
    if (!m_state.isVisible(g->id))
        return simError(404, "NOT_FOUND", simText(ctx.lang, "Group not found", "分组不存在"));
    QJsonArray results;
    for (const QString &value : keys) {
        QJsonObject r{{QStringLiteral("key_value"), value}};
        SimKey *k = m_state.findKey(g->id, value);
        if (!k) {
            r.insert(QStringLiteral("is_valid"), false);
            r.insert(QStringLiteral("error"), QStringLiteral("Key does not exist in this group or has been removed."));
            results.append(r);
            continue;
        }
        const auto outcome = m_state.validationOutcome(value);
        r.insert(QStringLiteral("is_valid"), outcome.first);
        if (outcome.first) {
            m_state.recordKeySuccess(*k);
        } else {
            r.insert(QStringLiteral("error"), outcome.second);
            m_state.recordKeyFailure(*g, *k);
        }
        results.append(r);
    }
    g->lastValidatedAt = SimGptLoadState::now();
    return simSuccess(ctx.lang, QJsonObject{{QStringLiteral("results"), results},
                                            {QStringLiteral("total_duration"), timer.elapsed()}});
}

SimHttpResponse SimGptLoadApi::updateKeyNotes(const SimApiContext &ctx)
{
    qint64 id = 0;
    if (auto f = idFromParam(ctx, 0, IdKind::Key, &id))
        return *f;
    QString parseError;
    const auto body = simParseBody(ctx.request.body, &parseError);
    if (!body)
        return simError(400, "INVALID_JSON", parseError);
    SimJsonBinder b(*body, "UpdateKeyNotesRequest");
    const QString notes = b.string(QStringLiteral("notes")).value_or(QString());
    if (b.failed())
        return simError(400, "INVALID_JSON", b.error());
    if (notes.size() > 255)
        return simError(400, "VALIDATION_FAILED", simText(ctx.lang, "Notes cannot exceed 255 characters", "备注不能超过255个字符"));
    SimKey *k = m_state.findKeyById(id);
    if (!k)
        return simError(404, "NOT_FOUND", simText(ctx.lang, "Resource not found", "资源未找到"));
    k->notes = notes;
    k->updatedAt = SimGptLoadState::now();
    return simSuccess(ctx.lang);
}

} // namespace ul
