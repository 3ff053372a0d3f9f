#pragma once

#include "core/Ref.h"

// The simulators name orders, payments and terminals' orders with their own numbers; the client carries every id as
// opaque text (OrderRef / PaymentRef). These convert at the test's edge, exactly: a Ref that is not a positive
// decimal number becomes 0, which no simulator order has, so a comparison with it fails instead of passing by luck.
template <typename Tag>
qint64 simId(const Ref<Tag> &ref)
{
    return ref.toNumber().value_or(0);
}

inline OrderRef orderRef(qint64 id)
{
    return OrderRef::fromNumber(id);
}

inline PaymentRef paymentRef(qint64 id)
{
    return PaymentRef::fromNumber(id);
}
