#pragma once

#include "core/common/future.h"  // readyResult, readyError, guardedThen
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

} // namespace ul
