#pragma once

// ChargeService's private parts, shared by its two source files (ChargeService.cpp: starting, creating,
// reconciling, resuming and ending a sale; ChargeServiceFollow.cpp: following its order and cancelling it).

#include "sales/ChargeService.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

class OrderWatcher;

Q_DECLARE_LOGGING_CATEGORY(lcCharge)

/// The working state of one sale; the context object of its calls and timers (deleting it stops them all).
class ChargeService::Run : public QObject
{
public:
    explicit Run(QObject *parent) : QObject(parent) {}

    Sale sale;
    QElapsedTimer createSent; ///< started when the latest create request left; invalid after a restart
    OrderRef heldBefore;      ///< the order the terminal held before the first create (null: free)
    OrderWatcher *watcher = nullptr;
    ApiError lastCreateError;
    int lookupFailures = 0;
    int rateLimitRetries = 0;
    int safeResends = 0;
    int keyedResends = 0; ///< create requests sent again with the same idempotency key
    int reconcileRounds = 0;
    bool createAnswered = false; ///< a create got a 2xx: the order exists whatever the body said; never resent
    bool cancelRequested = false;
    bool cancelInFlight = false;
    int cancelResends = 0;     ///< cancel requests sent again with the same key
    bool pastDeadline = false; ///< the order outlived its expiration and grace: the cashier checks the terminal
    bool orderIdPersisted = false;
    bool dirty = false;
    JournalResult::Kind lastJournalProblem = JournalResult::Kind::Ok;
};
