#include "store/JournalSchema.h"

namespace {

// Version 1 (PointDesk 0.1): legacy ids as 64-bit integers, no idempotency keys, no refunds.
const QStringList kSchemaV1 = {
    QStringLiteral("CREATE TABLE orders ("
                   " local_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                   " created_at INTEGER NOT NULL,"
                   " updated_at INTEGER NOT NULL,"
                   " amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),"
                   " description TEXT NOT NULL,"
                   " device_name TEXT NOT NULL,"
                   " card_type TEXT NOT NULL CHECK (card_type IN ('credit_card', 'debit_card')),"
                   " external_reference TEXT NOT NULL DEFAULT '',"
                   " payer_email TEXT NOT NULL DEFAULT '',"
                   " notification_url TEXT NOT NULL DEFAULT '',"
                   " disable_back_button INTEGER CHECK (disable_back_button IN (0, 1)),"
                   " order_id INTEGER UNIQUE CHECK (order_id > 0),"
                   " state TEXT NOT NULL,"
                   " status TEXT NOT NULL DEFAULT '',"
                   " payment_id INTEGER,"
                   " payment_status TEXT NOT NULL DEFAULT '',"
                   " last_error TEXT NOT NULL DEFAULT '',"
                   " create_attempts INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE TABLE order_events ("
                   " event_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                   " local_id INTEGER NOT NULL REFERENCES orders(local_id),"
                   " at INTEGER NOT NULL,"
                   " state TEXT NOT NULL,"
                   " detail TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX orders_by_created ON orders(created_at)"),
    QStringLiteral("CREATE INDEX orders_by_state ON orders(state, created_at)"),
    QStringLiteral("CREATE INDEX orders_by_reference ON orders(external_reference)"),
    QStringLiteral("CREATE INDEX events_by_order ON order_events(local_id, event_id)"),
};

// Version 2: ids are opaque text (the Orders API's "ORD01J..." beside legacy numbers, copied digit for digit), the
// API each sale went through, the idempotency key of every state-changing request (stored before it is sent), and
// refunds linked to their sale. SQLite cannot change a column's type, so orders is rebuilt and copied.
const QStringList kSchemaV2 = {
    QStringLiteral("CREATE TABLE orders_v2 ("
                   " local_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                   " created_at INTEGER NOT NULL,"
                   " updated_at INTEGER NOT NULL,"
                   " amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),"
                   " description TEXT NOT NULL,"
                   " device_name TEXT NOT NULL,"
                   " card_type TEXT NOT NULL CHECK (card_type IN ('credit_card', 'debit_card')),"
                   " external_reference TEXT NOT NULL DEFAULT '',"
                   " payer_email TEXT NOT NULL DEFAULT '',"
                   " notification_url TEXT NOT NULL DEFAULT '',"
                   " disable_back_button INTEGER CHECK (disable_back_button IN (0, 1)),"
                   " backend TEXT NOT NULL CHECK (backend <> ''),"
                   " order_id TEXT UNIQUE CHECK (order_id <> ''),"
                   " state TEXT NOT NULL,"
                   " status TEXT NOT NULL DEFAULT '',"
                   " payment_id TEXT CHECK (payment_id <> ''),"
                   " payment_status TEXT NOT NULL DEFAULT '',"
                   " last_error TEXT NOT NULL DEFAULT '',"
                   " create_attempts INTEGER NOT NULL DEFAULT 0,"
                   " create_key TEXT NOT NULL UNIQUE CHECK (create_key <> ''),"
                   " cancel_key TEXT NOT NULL DEFAULT '')"),
    // Integers become their exact decimal text (SQLite's CAST of an INTEGER never goes through a double). Sales of
    // version 1 went through the legacy API; each gets a create key of its own.
    QStringLiteral("INSERT INTO orders_v2 (local_id, created_at, updated_at, amount_cents, description, device_name,"
                   " card_type, external_reference, payer_email, notification_url, disable_back_button, backend,"
                   " order_id, state, status, payment_id, payment_status, last_error, create_attempts, create_key)"
                   " SELECT local_id, created_at, updated_at, amount_cents, description, device_name, card_type,"
                   " external_reference, payer_email, notification_url, disable_back_button, 'legacy',"
                   " CAST(order_id AS TEXT), state, status, CAST(payment_id AS TEXT), payment_status, last_error,"
                   " create_attempts, 'v1-' || local_id || '-' || lower(hex(randomblob(8)))"
                   " FROM orders ORDER BY local_id"),
    QStringLiteral("DROP TABLE orders"),
    QStringLiteral("ALTER TABLE orders_v2 RENAME TO orders"),
    QStringLiteral("CREATE INDEX orders_by_created ON orders(created_at)"),
    QStringLiteral("CREATE INDEX orders_by_state ON orders(state, created_at)"),
    QStringLiteral("CREATE INDEX orders_by_reference ON orders(external_reference)"),
    QStringLiteral("CREATE TABLE refunds ("
                   " refund_local_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                   " local_id INTEGER NOT NULL REFERENCES orders(local_id),"
                   " created_at INTEGER NOT NULL,"
                   " updated_at INTEGER NOT NULL,"
                   " amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),"
                   " reason TEXT NOT NULL DEFAULT '',"
                   " requested_by TEXT NOT NULL DEFAULT '',"
                   " idempotency_key TEXT NOT NULL UNIQUE CHECK (idempotency_key <> ''),"
                   " state TEXT NOT NULL,"
                   " refund_id TEXT UNIQUE CHECK (refund_id <> ''),"
                   " status TEXT NOT NULL DEFAULT '',"
                   " attempts INTEGER NOT NULL DEFAULT 0,"
                   " last_error TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX refunds_by_sale ON refunds(local_id, refund_local_id)"),
};

// Version 3: a refund remembers whether it asked for the whole remaining balance (sent without an amount) or for
// a part of it, so that a resend carries exactly the request that was recorded; sales are found by payment id; a sale
// keeps its Orders API options (print the receipt on the terminal, the order's expiration), for the same reason.
const QStringList kSchemaV3 = {
    QStringLiteral("ALTER TABLE refunds ADD COLUMN whole_balance INTEGER NOT NULL DEFAULT 0"
                   " CHECK (whole_balance IN (0, 1))"),
    QStringLiteral("CREATE INDEX refunds_by_state ON refunds(state, local_id)"),
    QStringLiteral("CREATE INDEX orders_by_payment ON orders(payment_id)"),
    QStringLiteral("ALTER TABLE orders ADD COLUMN print_on_terminal INTEGER NOT NULL DEFAULT 1"
                   " CHECK (print_on_terminal IN (0, 1))"),
    QStringLiteral("ALTER TABLE orders ADD COLUMN expiration_seconds INTEGER"
                   " CHECK (expiration_seconds IS NULL OR expiration_seconds > 0)"),
};

// Version 4: the card a sale was paid with, as far as the API said (payment_method.id such as "visa", the card's
// last digits, the installments; 0 = not known), for the receipt. Sales before it read as not known.
const QStringList kSchemaV4 = {
    QStringLiteral("ALTER TABLE orders ADD COLUMN card_brand TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE orders ADD COLUMN last_digits TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE orders ADD COLUMN installments INTEGER NOT NULL DEFAULT 0 CHECK (installments >= 0)"),
};

// Version 5 (JournalSchema::kClosingsVersion): "Close the day". One row per closed day (local date, yyyy-MM-dd):
// when and by whom, and the cash-up report as it stood then (JSON, amounts in integer cents), so that a closed day
// prints the same again whatever changes later; sales are found by their last change, for the changes after a closing.
const QStringList kSchemaClosings = {
    QStringLiteral("CREATE TABLE IF NOT EXISTS closings ("
                   " closing_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                   " day TEXT NOT NULL UNIQUE CHECK (length(day) = 10),"
                   " closed_at INTEGER NOT NULL,"
                   " closed_by TEXT NOT NULL DEFAULT '',"
                   " report_json TEXT NOT NULL CHECK (report_json <> ''))"),
    QStringLiteral("CREATE INDEX IF NOT EXISTS orders_by_updated ON orders(updated_at)"),
};

// Version 6 (JournalSchema::kOutboxVersion): the outbox. Every write to a sale, a refund or a sale's history appends, in the same transaction, one
// row holding the written row as it is after the change (JSON), numbered in order (change_no); the store pusher sends
// them to the store's PostgreSQL in that order and keeps, in outbox_state, how far the store has them, when it last
// sent some and what went wrong last ("" when nothing). An existing
// journal's rows each get an initial outbox row (sales, then refunds, then history lines), so the store receives them
// too. journal_id tells this journal apart from a later one at the same path (a damaged file moved aside).
const QStringList kSchemaOutbox = {
    QStringLiteral("CREATE TABLE outbox ("
                   " change_no INTEGER PRIMARY KEY AUTOINCREMENT,"
                   " local_sale_id INTEGER NOT NULL,"
                   " kind TEXT NOT NULL CHECK (kind IN ('sale', 'refund', 'event')),"
                   " row_id INTEGER NOT NULL,"
                   " at INTEGER NOT NULL,"
                   " payload TEXT NOT NULL CHECK (json_valid(payload)))"),
    QStringLiteral("CREATE TABLE outbox_state ("
                   " id INTEGER PRIMARY KEY CHECK (id = 1),"
                   " journal_id TEXT NOT NULL CHECK (journal_id <> ''),"
                   " pushed_up_to INTEGER NOT NULL DEFAULT 0 CHECK (pushed_up_to >= 0),"
                   " last_push_at INTEGER,"
                   " last_error TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("INSERT INTO outbox_state (id, journal_id) VALUES (1, lower(hex(randomblob(16))))"),
    QStringLiteral("INSERT INTO outbox (local_sale_id, kind, row_id, at, payload)"
                   " SELECT local_id, 'sale', local_id, updated_at, json_object("
                   "'local_id', local_id, 'created_at', created_at, 'updated_at', updated_at,"
                   " 'amount_cents', amount_cents, 'description', description, 'device_name', device_name,"
                   " 'card_type', card_type, 'external_reference', external_reference, 'payer_email', payer_email,"
                   " 'backend', backend, 'order_id', order_id, 'state', state, 'status', status,"
                   " 'payment_id', payment_id, 'payment_status', payment_status, 'last_error', last_error,"
                   " 'create_attempts', create_attempts, 'card_brand', card_brand, 'last_digits', last_digits,"
                   " 'installments', installments)"
                   " FROM orders ORDER BY local_id"),
    QStringLiteral("INSERT INTO outbox (local_sale_id, kind, row_id, at, payload)"
                   " SELECT local_id, 'refund', refund_local_id, updated_at, json_object("
                   "'refund_local_id', refund_local_id, 'local_id', local_id, 'created_at', created_at,"
                   " 'updated_at', updated_at, 'amount_cents', amount_cents, 'whole_balance', whole_balance,"
                   " 'reason', reason, 'requested_by', requested_by, 'state', state, 'refund_id', refund_id,"
                   " 'status', status, 'attempts', attempts, 'last_error', last_error)"
                   " FROM refunds ORDER BY refund_local_id"),
    QStringLiteral("INSERT INTO outbox (local_sale_id, kind, row_id, at, payload)"
                   " SELECT local_id, 'event', event_id, at, json_object("
                   "'event_id', event_id, 'local_id', local_id, 'at', at, 'state', state, 'detail', detail)"
                   " FROM order_events ORDER BY event_id"),
};

// Version 7 (JournalSchema::kUnfinishedIndexVersion): the unfinished sales in an index of their own. The window looks
// for sales other programs recorded (pointdesk-cli) every few seconds; without it, each look read every sale of the
// journal (25-30 ms with 100,000 sales, on the main thread). The condition is kUnfinishedSales word for word.
const QStringList kSchemaUnfinishedIndex = {
    QStringLiteral("CREATE INDEX IF NOT EXISTS orders_unfinished ON orders(local_id) WHERE state NOT IN"
                   " ('approved','rejected','cancelled','failed','action_required','expired','refunded',"
                   "'partly_refunded')"),
};

} // namespace

const char *const JournalSchema::kOrderColumns =
    "local_id, created_at, updated_at, amount_cents, description, device_name, card_type, external_reference, "
    "payer_email, notification_url, disable_back_button, order_id, state, status, payment_id, payment_status, "
    "last_error, create_attempts, backend, create_key, cancel_key, print_on_terminal, expiration_seconds, "
    "(SELECT COALESCE(SUM(r.amount_cents), 0) FROM refunds r WHERE r.local_id = orders.local_id "
    "AND r.state NOT IN ('failed', 'rejected')), card_brand, last_digits, installments";

const char *const JournalSchema::kRefundColumns =
    "refund_local_id, local_id, created_at, updated_at, amount_cents, whole_balance, reason, requested_by, "
    "idempotency_key, state, refund_id, status, attempts, last_error";

// What a write appends to the outbox: the row after the change, as JSON, selected by its id (bound last). The same
// fields as version 6's initial rows.
const char *const JournalSchema::kOutboxSale =
    "INSERT INTO outbox (local_sale_id, kind, row_id, at, payload)"
    " SELECT local_id, 'sale', local_id, ?, json_object("
    "'local_id', local_id, 'created_at', created_at, 'updated_at', updated_at,"
    " 'amount_cents', amount_cents, 'description', description, 'device_name', device_name,"
    " 'card_type', card_type, 'external_reference', external_reference, 'payer_email', payer_email,"
    " 'backend', backend, 'order_id', order_id, 'state', state, 'status', status,"
    " 'payment_id', payment_id, 'payment_status', payment_status, 'last_error', last_error,"
    " 'create_attempts', create_attempts, 'card_brand', card_brand, 'last_digits', last_digits,"
    " 'installments', installments)"
    " FROM orders WHERE local_id = ?";

const char *const JournalSchema::kOutboxRefund =
    "INSERT INTO outbox (local_sale_id, kind, row_id, at, payload)"
    " SELECT local_id, 'refund', refund_local_id, ?, json_object("
    "'refund_local_id', refund_local_id, 'local_id', local_id, 'created_at', created_at,"
    " 'updated_at', updated_at, 'amount_cents', amount_cents, 'whole_balance', whole_balance,"
    " 'reason', reason, 'requested_by', requested_by, 'state', state, 'refund_id', refund_id,"
    " 'status', status, 'attempts', attempts, 'last_error', last_error)"
    " FROM refunds WHERE refund_local_id = ?";

const char *const JournalSchema::kOutboxEvent =
    "INSERT INTO outbox (local_sale_id, kind, row_id, at, payload)"
    " SELECT local_id, 'event', event_id, ?, json_object("
    "'event_id', event_id, 'local_id', local_id, 'at', at, 'state', state, 'detail', detail)"
    " FROM order_events WHERE event_id = ?";

const char *const JournalSchema::kUnfinishedSales =
    "state NOT IN ('approved','rejected','cancelled','failed','action_required','expired','refunded',"
    "'partly_refunded')";

QStringList JournalSchema::stepsFrom(int fromVersion)
{
    QStringList steps;
    if (fromVersion < 1)
        steps << kSchemaV1;
    if (fromVersion < 2)
        steps << kSchemaV2;
    if (fromVersion < 3)
        steps << kSchemaV3;
    if (fromVersion < kCardDetailsVersion)
        steps << kSchemaV4;
    if (fromVersion < kClosingsVersion)
        steps << kSchemaClosings;
    if (fromVersion < kOutboxVersion)
        steps << kSchemaOutbox;
    if (fromVersion < kUnfinishedIndexVersion)
        steps << kSchemaUnfinishedIndex;
    return steps;
}

bool JournalSchema::rebuildsTables(int fromVersion)
{
    return fromVersion >= 1 && fromVersion < 2;
}
