#pragma once

#include "core/common/result.h"

#include <QFuture>
#include <QList>
#include <QPromise>

#include <functional>
#include <memory>

namespace ul {

// Runs `fn(item)` for every item with at most `limit` calls pending at a time and yields the
// results in item order (a cancelled future counts as a Cancelled error). Used where a service
// works through many site groups (health checks, cleanup reachability tests): the per-instance
// request scheduler bounds gpt-load, this bounds how much work is open at once. A call whose
// future is already finished does not recurse: the loop below starts the next one.
template <typename Item, typename T>
QFuture<QList<Result<T>>> mapBounded(const QList<Item> &items, int limit,
                                     std::function<QFuture<Result<T>>(const Item &)> fn)
{
    struct State
    {
        QList<Item> items;
        std::function<QFuture<Result<T>>(const Item &)> fn;
        QList<Result<T>> results;
        QPromise<QList<Result<T>>> promise;
        qsizetype next = 0;
        qsizetype done = 0;
        int running = 0;
        int limit = 1;
        bool pumping = false;
        bool again = false;
    };
    auto state = std::make_shared<State>();
    state->items = items;
    state->fn = std::move(fn);
    state->results.resize(items.size());
    state->limit = limit > 0 ? limit : 1;
    QFuture<QList<Result<T>>> out = state->promise.future();
    state->promise.start();
    if (items.isEmpty()) {
        state->promise.addResult(QList<Result<T>>());
        state->promise.finish();
        return out;
    }

    auto pump = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weakPump = pump;
    *pump = [state, weakPump]() {
        if (state->pumping) {
            state->again = true;
            return;
        }
        state->pumping = true;
        do {
            state->again = false;
            while (state->running < state->limit && state->next < state->items.size()) {
                const qsizetype index = state->next++;
                ++state->running;
                auto pumpRef = weakPump.lock();
                const auto finishOne = [state, index, pumpRef](Result<T> result) {
                    state->results[index] = std::move(result);
                    --state->running;
                    if (++state->done == state->items.size()) {
                        state->promise.addResult(state->results);
                        state->promise.finish();
                    } else if (pumpRef) {
                        (*pumpRef)();
                    }
                };
                state->fn(state->items.at(index))
                    .then([finishOne](Result<T> r) { finishOne(std::move(r)); })
                    .onCanceled([finishOne]() { finishOne(Result<T>(Error::cancelled())); });
            }
        } while (state->again);
        state->pumping = false;
    };
    // The pending continuations hold the pump alive until the last one ran.
    (*pump)();
    return out;
}

} // namespace ul
