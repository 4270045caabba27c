#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QPromise>

#include <memory>
#include <type_traits>
#include <utility>

namespace ul {

// Helpers for QFuture<Result<T>> chains in the engine thread.
//
// Why not future.then(context, fn): in Qt 6.4 that overload asserts (Q_ASSERT(context), compiled
// into our translation units) when the context object dies before the future finishes.
// guardedThen() runs the continuation synchronously in the thread that finishes the future
// (for the engine: the engine thread) and skips it when the owner is gone.

template <typename T>
QFuture<Result<T>> readyResult(Result<T> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

// Same for a plain value: readyResult(list) instead of readyResult<QList<X>>(list).
template <typename T>
QFuture<Result<T>> readyResult(T value)
{
    return QtFuture::makeReadyFuture(Result<T>(std::move(value)));
}

template <typename T>
QFuture<Result<T>> readyError(const Error &error)
{
    return QtFuture::makeReadyFuture(Result<T>(error));
}

namespace futuredetail {
template <typename T>
struct IsQFuture : std::false_type {};
template <typename T>
struct IsQFuture<QFuture<T>> : std::true_type
{
    using ValueType = T;  // QFuture has no value_type in Qt 6.4
};

template <typename Out>
Out ownerGone()
{
    const Error error = Error::cancelled(QStringLiteral("the owner of this operation was destroyed"));
    if constexpr (IsQFuture<Out>::value)
        return QtFuture::makeReadyFuture(typename IsQFuture<Out>::ValueType(error));
    else
        return Out(error);
}
} // namespace futuredetail

// future.then(fn), yielding a Cancelled error instead of calling fn when `owner` is gone.
// If fn returns a QFuture, call .unwrap() on the result.
template <typename R, typename Fn>
auto guardedThen(QFuture<R> future, const QObject *owner, Fn &&fn)
{
    using Out = std::invoke_result_t<std::decay_t<Fn>, R>;
    return future.then([guard = QPointer<const QObject>(owner), fn = std::forward<Fn>(fn)](R value) mutable -> Out {
        if (!guard)
            return futuredetail::ownerGone<Out>();
        return fn(std::move(value));
    });
}

// Calls `fn(result)` in the application thread once `future` finishes, skipped if `receiver`
// (an object of that thread) is gone by then. For handing engine results to the UI/API thread
// without blocking anyone.
template <typename T, typename Fn>
void deliverTo(QFuture<T> future, QObject *receiver, Fn &&fn)
{
    // The guard is checked only in the receiver's thread: checked in the thread that finishes
    // the future, it would still pass for a receiver being destroyed (~Derived runs before
    // ~QObject clears it). So the result goes to the application object, which outlives every
    // receiver, and the guard is looked at there.
    Q_ASSERT(QCoreApplication::instance() && receiver && receiver->thread() == QCoreApplication::instance()->thread());
    future.then([guard = QPointer<QObject>(receiver), fn = std::forward<Fn>(fn)](T value) mutable {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, fn = std::move(fn), value = std::move(value)]() mutable {
                if (guard)
                    fn(std::move(value));
            },
            Qt::QueuedConnection);
    });
}

// Waits (asynchronously) for every future and yields their results in order.
template <typename T>
QFuture<QList<Result<T>>> whenAllResults(const QList<QFuture<Result<T>>> &futures)
{
    auto promise = std::make_shared<QPromise<QList<Result<T>>>>();
    QFuture<QList<Result<T>>> out = promise->future();
    promise->start();
    if (futures.isEmpty()) {
        promise->addResult(QList<Result<T>>());
        promise->finish();
        return out;
    }
    struct State
    {
        QList<Result<T>> results;
        qsizetype remaining = 0;
    };
    auto state = std::make_shared<State>();
    state->results.resize(futures.size());
    state->remaining = futures.size();
    for (qsizetype i = 0; i < futures.size(); ++i) {
        QFuture<Result<T>> f = futures.at(i);
        f.then([state, promise, i](const Result<T> &r) {
             state->results[i] = r;
             if (--state->remaining == 0) {
                 promise->addResult(state->results);
                 promise->finish();
             }
         }).onCanceled([state, promise, i]() {
            state->results[i] = Result<T>(Error::cancelled());
            if (--state->remaining == 0) {
                promise->addResult(state->results);
                promise->finish();
            }
        });
    }
    return out;
}

} // namespace ul
