#pragma once

#include "core/common/result.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QTimer>

#include <memory>

#include <type_traits>
#include <utility>

namespace ul {

// Waits of multi-step operations (backoffs, polls) that can all be ended early.
class DelayPool final : public QObject
{
public:
    explicit DelayPool(QObject *parent = nullptr) : QObject(parent) {}
    ~DelayPool() override;  // pending waits end canceled

    // A future that finishes after `ms` milliseconds (timer in this object's thread).
    QFuture<void> delay(int ms);
    // Finishes every pending wait now; the continuations decide what that means (usually: stop).
    void finishAll();
    int pendingCount() const { return int(m_pending.size()); }

private:
    QHash<QTimer *, std::shared_ptr<QPromise<void>>> m_pending;
};

// An already finished future holding `result`.
template <typename T>
QFuture<Result<T>> readyResult(Result<T> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

template <typename T>
QFuture<Result<T>> readyError(const Error &error)
{
    return QtFuture::makeReadyFuture(Result<T>(error));
}

namespace detail {

template <typename T>
struct IsQFuture : std::false_type {};
template <typename T>
struct IsQFuture<QFuture<T>> : std::true_type
{
    using ValueType = T;
};

// The "owner is gone" value of a continuation's return type: a Cancelled Result, or a ready
// future holding one.
template <typename Out>
Out ownerGone()
{
    const Error error = Error::cancelled(QStringLiteral("the owner of this request was destroyed"));
    if constexpr (IsQFuture<Out>::value)
        return QtFuture::makeReadyFuture(typename IsQFuture<Out>::ValueType(error));
    else
        return Out(error);
}

} // namespace detail

// future.then(fn), skipped (yielding a Cancelled error) when `owner` has been destroyed.
//
// Used instead of future.then(owner, fn): in Qt 6.4 that overload asserts (Q_ASSERT(context)) when
// the context object dies before the future finishes. The continuation runs synchronously in the
// thread that finishes `future` — for everything in this module, the engine thread.
// If `fn` returns a QFuture, call .unwrap() on the result.
template <typename R, typename Fn>
auto guardedThen(QFuture<R> future, const QObject *owner, Fn &&fn)
{
    using Out = std::invoke_result_t<std::decay_t<Fn>, R>;
    return future.then([guard = QPointer<const QObject>(owner), fn = std::forward<Fn>(fn)](R value) mutable -> Out {
        if (!guard)
            return detail::ownerGone<Out>();
        return fn(std::move(value));
    });
}

} // namespace ul
