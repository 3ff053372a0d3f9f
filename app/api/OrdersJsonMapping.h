#pragma once

#include "api/PointBackend.h"
#include "core/Currency.h"
#include "core/DeclineReason.h"
#include "core/Device.h"
#include "core/Money.h"
#include "core/OrderState.h"
#include "core/PaymentOrder.h"
#include "core/Refund.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

/// JSON <-> domain for Mercado Pago's Orders API for Point (../shared/contracts/orders-api.md): every Orders body
/// PointDesk writes or reads, in one place. Written from the contract, never shared with the simulator. Parsers
/// never throw or crash on any input: they return nullopt and say why in `why`. They are tolerant where the
/// contract's sources disagree (section 8): pos_id as a number or a string, amounts as "120", "5.00" or "24.00"
/// (read exactly into cents, never through a double), unknown fields and unknown status values. Ids are opaque text
/// kept exactly as sent (up to kMaxIdChars; longer is not an id).
namespace OrdersJsonMapping {

constexpr int kMaxIdChars = 256;
constexpr int kMaxRefunds = 100; ///< refunds read from one order; a hostile list stays bounded

/// Where an order stands, from its status words: the only place that knows the Orders status model (4.2, 4.3).
struct StateMapping
{
    OrderState state = OrderState::Unknown;
    DeclineReason declineReason = DeclineReason::None;
    bool cancellationRequested = false;
};
StateMapping orderState(const QString &orderStatus, const QString &orderStatusDetail, const QString &paymentStatus,
                        const QString &paymentStatusDetail);
/// A failed payment's status_detail as a reason (unknown, "failed", "in_review" ... -> Other).
DeclineReason declineReason(const QString &paymentStatusDetail);
RefundState refundState(const QString &status);

/// A decimal-string amount ("120", "5.00", "24.5") as exact cents; nullopt for anything else (signs, exponents,
/// more than two non-zero decimals, above Money::kMaxCents, a JSON number).
std::optional<Money> parseAmount(const QString &text);
/// The amount with exactly `currency`'s decimals: "24.00" (ARS, BRL, MXN ...), "2400" (CLP, COP). nullopt when the
/// amount has cents the currency cannot write.
std::optional<QString> formatAmount(Money amount, const Currency &currency);
/// "2024-09-10T14:26:42.109320977Z" or "...+03:00": 0-9 fractional digits, Z or +-hh:mm; UTC. nullopt otherwise.
std::optional<QDateTime> parseTimestamp(const QString &text);
/// An ISO-8601 duration of hours, minutes and seconds ("PT30S", "PT1H15M") in seconds; nullopt otherwise.
std::optional<int> parseDuration(const QString &text);
/// Seconds as the shortest such duration: 30 -> "PT30S", 960 -> "PT16M", 4500 -> "PT1H15M".
QString formatDuration(int seconds);

Device::OperatingMode operatingMode(const QString &text);
/// "PDV" / "STANDALONE"; "" for modes that cannot be set.
QString operatingModeText(Device::OperatingMode mode);

/// The external_reference of an order created without one: derived from the operation's idempotency key alone, so
/// that every resend of the operation carries the same body. "pd-<key>" when the key fits the reference's alphabet,
/// else "pd-" + the first 40 hex digits of the key's SHA-256.
QString derivedExternalReference(const QString &idempotencyKey);

/// POST /v1/orders (3.1). `externalReference` is the request's own or the derived one. print_on_terminal is left
/// out (the API's default, seller_ticket, prints) unless the request asks for no ticket ("no_ticket"). Compact,
/// keys in a fixed order: the same request gives the same bytes. nullopt when the amount cannot be written in
/// `currency`.
std::optional<QByteArray> createOrderBody(const OrderRequest &request, const Currency &currency,
                                          const QString &externalReference);
/// PATCH /terminals/v1/setup (2.2).
QByteArray setupBody(const QString &terminal, Device::OperatingMode mode);
/// POST /v1/orders/{id}/refund (3.4): empty for a total refund; {"transactions":[{"id","amount"}]} for a partial.
std::optional<QByteArray> refundBody(const RefundRequest &request, const Currency &currency);

/// One page of GET /terminals/v1/list (2.1).
struct TerminalPage
{
    DeviceList terminals;
    qint64 total = 0;  ///< paging.total; 0 when absent (the list ends with this page)
    qint64 offset = 0; ///< paging.offset as applied
    qint64 limit = 0;  ///< paging.limit as applied; 0 when absent
};
std::optional<TerminalPage> parseTerminalPage(const QByteArray &body, qint64 requestedOffset,
                                              QString *why = nullptr);
/// The 200 of PATCH /terminals/v1/setup: the terminal `terminal` with its new mode.
std::optional<Device> parseSetupReply(const QByteArray &body, const QString &terminal, QString *why = nullptr);
/// The 201 of POST /v1/orders: the order id and its payment transaction id.
std::optional<CreatedOrder> parseCreatedOrder(const QByteArray &body, QString *why = nullptr);
/// A full order (GET, cancel, create replies) or the partial 202 cancel reply.
std::optional<OrderInfo> parseOrder(const QByteArray &body, QString *why = nullptr);
/// The refund reply's transactions.refunds[]: the newest entry of `payment` (the newest of all when none matches
/// or `payment` is null). An object without refunds is an accepted refund not listed yet: Unknown state, the
/// requested amount (`requested`, 0 for a total refund).
std::optional<RefundInfo> parseRefund(const QByteArray &body, const PaymentRef &payment,
                                      std::optional<Money> requested, QString *why = nullptr);
} // namespace OrdersJsonMapping
