#pragma once

#include "store/TokenStore.h"

#include <QTest>

// Runs one TokenStore operation to its end; the test drives the event loop.
inline TokenStore::Result runStore(TokenStore &, const std::function<void(TokenStore::Callback)> &op)
{
    TokenStore::Result out;
    bool done = false;
    op([&](const TokenStore::Result &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&done]() { return done; }, 30000))
        out.detail = QStringLiteral("timed out");
    return out;
}
