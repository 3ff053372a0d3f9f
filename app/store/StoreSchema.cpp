#include "store/StoreSchema.h"

namespace {

// Version 1: counters (one per PointDesk journal pushing here), sales, refunds and the sales' history lines. Amounts
// are integer cents with the counter's currency; times are the journal's, in UTC.
const QStringList kStoreV1 = {
    QStringLiteral("CREATE TABLE counters ("
                   " counter_id text PRIMARY KEY CHECK (counter_id <> ''),"
                   " name text NOT NULL DEFAULT '',"
                   " journal_id text NOT NULL CHECK (journal_id <> ''),"
                   " currency text NOT NULL,"
                   " pushed_up_to bigint NOT NULL DEFAULT 0 CHECK (pushed_up_to >= 0),"
                   " first_push_at timestamptz NOT NULL DEFAULT now(),"
                   " last_push_at timestamptz NOT NULL DEFAULT now())"),
    QStringLiteral("CREATE TABLE sales ("
                   " counter_id text NOT NULL REFERENCES counters (counter_id),"
                   " local_sale_id bigint NOT NULL CHECK (local_sale_id > 0),"
                   " change_no bigint NOT NULL CHECK (change_no > 0),"
                   " created_at timestamptz NOT NULL,"
                   " updated_at timestamptz NOT NULL,"
                   " amount_cents bigint NOT NULL CHECK (amount_cents > 0),"
                   " currency text NOT NULL,"
                   " description text NOT NULL DEFAULT '',"
                   " terminal text NOT NULL DEFAULT '',"
                   " card_type text NOT NULL DEFAULT '',"
                   " external_reference text NOT NULL DEFAULT '',"
                   " payer_email text NOT NULL DEFAULT '',"
                   " backend text NOT NULL DEFAULT '',"
                   " order_id text,"
                   " state text NOT NULL,"
                   " status text NOT NULL DEFAULT '',"
                   " payment_id text,"
                   " payment_status text NOT NULL DEFAULT '',"
                   " last_error text NOT NULL DEFAULT '',"
                   " create_attempts integer NOT NULL DEFAULT 0,"
                   " PRIMARY KEY (counter_id, local_sale_id))"),
    QStringLiteral("CREATE INDEX sales_by_created ON sales (created_at)"),
    QStringLiteral("CREATE INDEX sales_by_counter ON sales (counter_id, created_at)"),
    QStringLiteral("CREATE INDEX sales_by_state ON sales (state, created_at)"),
    QStringLiteral("CREATE INDEX sales_by_terminal ON sales (terminal, created_at)"),
    QStringLiteral("CREATE TABLE refunds ("
                   " counter_id text NOT NULL REFERENCES counters (counter_id),"
                   " local_refund_id bigint NOT NULL CHECK (local_refund_id > 0),"
                   " local_sale_id bigint NOT NULL,"
                   " change_no bigint NOT NULL CHECK (change_no > 0),"
                   " created_at timestamptz NOT NULL,"
                   " updated_at timestamptz NOT NULL,"
                   " amount_cents bigint NOT NULL CHECK (amount_cents > 0),"
                   " currency text NOT NULL,"
                   " whole_balance boolean NOT NULL DEFAULT false,"
                   " reason text NOT NULL DEFAULT '',"
                   " requested_by text NOT NULL DEFAULT '',"
                   " state text NOT NULL,"
                   " refund_id text,"
                   " status text NOT NULL DEFAULT '',"
                   " attempts integer NOT NULL DEFAULT 0,"
                   " last_error text NOT NULL DEFAULT '',"
                   " PRIMARY KEY (counter_id, local_refund_id))"),
    QStringLiteral("CREATE INDEX refunds_by_sale ON refunds (counter_id, local_sale_id)"),
    QStringLiteral("CREATE INDEX refunds_by_created ON refunds (created_at)"),
    QStringLiteral("CREATE TABLE sale_events ("
                   " counter_id text NOT NULL REFERENCES counters (counter_id),"
                   " local_event_id bigint NOT NULL CHECK (local_event_id > 0),"
                   " local_sale_id bigint NOT NULL,"
                   " change_no bigint NOT NULL CHECK (change_no > 0),"
                   " at timestamptz NOT NULL,"
                   " state text NOT NULL,"
                   " detail text NOT NULL DEFAULT '',"
                   " PRIMARY KEY (counter_id, local_event_id))"),
    QStringLiteral("CREATE INDEX events_by_sale ON sale_events (counter_id, local_sale_id, local_event_id)"),
};

// Version 2: the card's brand, last digits and installments of a sale (the journal's outbox sent them from the start;
// a sale pushed before keeps '' and 0 until its next change), so that the store's record reads back like the journal.
const QStringList kStoreV2 = {
    QStringLiteral("ALTER TABLE sales ADD COLUMN card_brand text NOT NULL DEFAULT '',"
                   " ADD COLUMN last_digits text NOT NULL DEFAULT '',"
                   " ADD COLUMN installments integer NOT NULL DEFAULT 0"),
};

} // namespace

QStringList StoreSchema::stepsFrom(int fromVersion)
{
    QStringList steps;
    if (fromVersion < 1)
        steps << kStoreV1;
    if (fromVersion < 2)
        steps << kStoreV2;
    return steps;
}
