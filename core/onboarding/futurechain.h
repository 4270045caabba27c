#pragma once

#include "core/common/future.h"
#include "core/common/result.h"

#include <QFuture>
#include <QPromise>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace ul {

// Continuation helpers for the onboarding chains. Every continuation first checks a shared
// "alive" flag owned by SiteOnboarding: it turns false when the engine shuts down, and from then
// on no continuation touches the store or starts a request (requests are being cancelled and the
// event loop is about to stop). Continuations run in the thread that finishes the future — the
// engine thread.
using AliveFlag = std::shared_ptr<const bool>;

// A finished future holding `value`.
template <typename T>
QFuture<Result<T>> readyValue(T value)
{
    return QtFuture::makeReadyFuture(Result<T>(std::move(value)));
}

inline Error shutdownError()
{
    return Error::cancelled(QStringLiteral("uni-load is shutting down"));
}

namespace chaindetail {
template <typename T>
struct ResultValue;
template <typename T>
struct ResultValue<QFuture<Result<T>>>
{
    using Type = T;
};
} // namespace chaindetail

// fn(Result<T>) → QFuture<Result<U>>, run only while alive (else a Cancelled error).
template <typename T, typename Fn>
auto whenDone(QFuture<Result<T>> future, AliveFlag alive, Fn &&fn)
{
    using Out = std::invoke_result_t<std::decay_t<Fn>, Result<T>>;
    using U = typename chaindetail::ResultValue<Out>::Type;
    return future
        .then([alive = std::move(alive), fn = std::forward<Fn>(fn)](Result<T> result) mutable -> Out {
            if (!*alive)
                return readyError<U>(shutdownError());
            return fn(std::move(result));
        })
        .unwrap();
}

// fn(T) → QFuture<Result<U>> on success; errors pass through unchanged.
template <typename T, typename Fn>
auto andThen(QFuture<Result<T>> future, AliveFlag alive, Fn &&fn)
{
    using Out = std::invoke_result_t<std::decay_t<Fn>, T>;
    using U = typename chaindetail::ResultValue<Out>::Type;
    return whenDone(std::move(future), std::move(alive), [fn = std::forward<Fn>(fn)](Result<T> result) mutable -> Out {
        if (!result.ok())
            return readyError<U>(result.error());
        return fn(std::move(result).value());
    });
}

// Runs `cleanup` after `future` finishes — with a value, an error or cancelled — and then yields
// the original outcome (a cancelled future yields a Cancelled error). The cleanup's own failure
// does not change the outcome; it reports itself. When the engine is shutting down the cleanup is
// skipped: whatever it would have removed is recorded and removed at the next start.
template <typename T>
QFuture<Result<T>> finallyRun(QFuture<Result<T>> future, AliveFlag alive, std::function<QFuture<Status>()> cleanup)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> out = promise->future();
    promise->start();
    auto finish = [promise, alive, cleanup](Result<T> outcome) {
        if (!*alive || !cleanup) {
            promise->addResult(*alive ? std::move(outcome) : Result<T>(shutdownError()));
            promise->finish();
            return;
        }
        cleanup()
            .then([promise, outcome](const Status &) {
                promise->addResult(outcome);
                promise->finish();
            })
            .onCanceled([promise, outcome]() {
                promise->addResult(outcome);
                promise->finish();
            });
    };
    future.then([finish](Result<T> outcome) mutable { finish(std::move(outcome)); })
        .onCanceled([finish]() mutable { finish(Result<T>(Error::cancelled(QStringLiteral("operation cancelled")))); });
    return out;
}

} // namespace ul
