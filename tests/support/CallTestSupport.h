#pragma once

#include "api/ApiCall.h"

#include <QTest>

/// What one Point API call ended with.
template <typename T>
struct Outcome
{
    bool finished = false;
    ApiError error;
    T value{};
};

/// Waits for one call without a nested event loop in product code: the test drives the loop.
template <typename T>
Outcome<T> await(Call<T> *call, int timeoutMs = 10000)
{
    Outcome<T> out;
    QObject::connect(call, &ApiCall::finished, call, [&out, call]() {
        out.finished = true;
        out.error = call->error();
        out.value = call->value();
    });
    if (!QTest::qWaitFor([&out]() { return out.finished; }, timeoutMs))
        qWarning("call did not finish in time");
    return out;
}
