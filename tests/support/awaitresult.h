#pragma once

#include "core/common/result.h"
#include "tests/support/testutil.h"

#include <QFuture>

namespace ul::test {

// The value of a future that must succeed within `timeoutMs`; aborts the test run otherwise
// (a value is needed to go on, so QVERIFY, which only returns, cannot stop it).
template <typename T>
T awaitValue(QFuture<Result<T>> future, int timeoutMs = 5000)
{
    const auto result = await(future, timeoutMs);
    if (!result)
        qFatal("future did not finish");
    if (!result->ok())
        qFatal("unexpected error: %s", qPrintable(result->error().toString()));
    return result->value();
}

// The error of a future that must fail within `timeoutMs`; aborts the test run otherwise.
template <typename T>
Error awaitError(QFuture<Result<T>> future, int timeoutMs = 5000)
{
    const auto result = await(future, timeoutMs);
    if (!result)
        qFatal("future did not finish");
    if (result->ok())
        qFatal("expected an error");
    return result->error();
}

} // namespace ul::test
