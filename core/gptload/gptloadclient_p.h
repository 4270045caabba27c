#pragma once

// Internal to GptLoadClient: member templates shared by its translation units.

#include "core/gptload/futureutil.h"
#include "core/gptload/jsonread.h"
#include "core/gptload/gptloadclient.h"
#include "core/gptload/logging.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ul {

inline QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Runs `attempt` again while `isLag(result)` holds: gpt-load publishes group changes to its proxy
// and validation caches asynchronously (§4.6), so a fresh group can look unknown for a moment.
// Waits 250 ms, 500 ms, 1 s, 2 s (scaled by retryBaseDelayMs / 1000), then returns the last result.
template <typename T, typename Attempt, typename IsLag>
QFuture<Result<T>> GptLoadClient::withCacheLagRetry(Attempt attempt, IsLag isLag, int retryIndex)
{
    static constexpr int kLagDelaysMs[] = {250, 500, 1000, 2000};
    static constexpr int kLagRetries = int(std::size(kLagDelaysMs));
    return guardedThen(attempt(), this,
                       [this, attempt, isLag, retryIndex](Result<T> result) -> QFuture<Result<T>> {
                           if (retryIndex >= kLagRetries || !isLag(result))
                               return readyResult(std::move(result));
                           const int delay = int(qint64(kLagDelaysMs[retryIndex]) * m_options.retryBaseDelayMs / 1000);
                           qCDebug(lcGptload).noquote() << label() << "cache lag:" << result.error().message
                                                        << "- retrying in" << delay << "ms";
                           return m_delays->delay(delay)
                               .then([guard = QPointer<GptLoadClient>(this), epoch = m_cancelEpoch, attempt, isLag,
                                      retryIndex]() -> QFuture<Result<T>> {
                                   if (!guard || guard->m_closing || guard->m_cancelEpoch != epoch)
                                       return readyError<T>(Error::cancelled(QStringLiteral("gpt-load call cancelled")));
                                   return guard->withCacheLagRetry<T>(attempt, isLag, retryIndex + 1);
                               })
                               .unwrap();
                       })
        .unwrap();
}

} // namespace ul
