#include "core/gptload/futureutil.h"

namespace ul {

DelayPool::~DelayPool()
{
    // Dropping the promises unfinished cancels their futures (QPromise's destructor).
    m_pending.clear();
}

QFuture<void> DelayPool::delay(int ms)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_pending.insert(timer, promise);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        const std::shared_ptr<QPromise<void>> done = m_pending.take(timer);
        timer->deleteLater();
        if (done)
            done->finish();
    });
    timer->start(std::max(0, ms));
    return promise->future();
}

void DelayPool::finishAll()
{
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        it.key()->stop();
        it.key()->deleteLater();
    }
    // After the bookkeeping: continuations run synchronously and may start new waits.
    for (const auto &promise : pending)
        promise->finish();
}

} // namespace ul
