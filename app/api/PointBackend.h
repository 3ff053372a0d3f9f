#pragma once

#include "api/ApiCall.h"
#include "core/Currency.h"
#include "core/Device.h"
#include "core/PaymentOrder.h"
#include "core/Ref.h"
#include "core/Refund.h"
#include "core/Validation.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

/// What the API answered to a create: the new order's id and its first status.
struct CreatedOrder
{
    OrderRef id;
    QString status;
    PaymentRef paymentId; ///< Orders API: the order's payment transaction ("PAY..."), which partial refunds name;
                          ///< null on the legacy API (its payment id comes only once paid)
};

/// A Mercado Pago API for Point terminals, as the sale flow, the window, pointdesk-cli and the setup wizard use it.
///
/// One implementation per API (LegacyPointBackend for "Integration via API"; the Orders API beside it), chosen per
/// account at start-up. Every call validates its input first (a rejected input sends nothing) and returns a call
/// handle that finishes once with the value or an ApiError. What an API cannot do is said by capabilities(), so
/// that the UI offers only what the account's API can do. The transport is shared: the token goes only to the
/// configured base URL (https, or plain http to this computer), state-changing calls are sent exactly once on their
/// own connection (HttpExchange), every reply is size-capped and timed out.
class PointBackend : public QObject
{
    Q_OBJECT

public:
    /// What this API can do.
    struct Capabilities
    {
        bool idempotentCreate = false;  ///< create, cancel (and refund) carry X-Idempotency-Key: a lost answer is
                                        ///< resent with the same key instead of being reconciled
        bool cancelOnTerminal = false;  ///< cancels whatever a terminal holds, without knowing the order
        bool removeTerminal = false;    ///< takes a terminal off the account
        bool enableIntegration = false; ///< the account must be enabled for integrations once (legacy call 1)
        bool terminalOperatingMode = false; ///< terminals have an operating mode (PDV / standalone) to switch
        bool refunds = false;           ///< refunds a paid sale from PointDesk
        bool partialRefunds = false;    ///< refunds part of a payment
        int refundWindowDays = 0;       ///< a payment older than this many days cannot be refunded; 0: the API
                                        ///< does not say (its own answer decides)
    };

    /// How an order is followed on this API (contract 5.2 for Orders): the pace of the polls, the pause after a 429
    /// that gives no Retry-After, and when to stop following an order that never becomes final.
    struct PollingPolicy
    {
        int fastIntervalMs = 1000; ///< between polls during the first fastPeriodMs
        int fastPeriodMs = 0;      ///< 0: always fastIntervalMs
        int slowIntervalMs = 1000; ///< between polls after fastPeriodMs
        int minIntervalMs = 0;     ///< never two polls of one order closer than this, even on a hint (pollNow)
        int rateLimitPauseMs = 0;  ///< a 429 without Retry-After waits this long; 0: the caller's own base delay
        bool stopsAtExpiry = false; ///< stop at the order's created + expiration + expiryGraceMs ("check the terminal")
        int expiryGraceMs = 60000;
        /// This policy with a steady `ms` poll where the pace is steady (the legacy API, the user's setting), or
        /// with `ms` as a floor where the API sets a pace of its own (Orders: 2 s, then 5 s).
        PollingPolicy withSteadyInterval(int ms) const
        {
            PollingPolicy p = *this;
            if (p.fastPeriodMs == 0) {
                p.fastIntervalMs = p.slowIntervalMs = ms;
                p.minIntervalMs = qMin(p.minIntervalMs, ms);
            } else {
                p.fastIntervalMs = qMax(p.fastIntervalMs, ms);
                p.slowIntervalMs = qMax(p.slowIntervalMs, ms);
            }
            return p;
        }
        /// The pause before the next poll, `followedMs` after following began.
        int intervalAt(qint64 followedMs) const
        {
            const int base = (fastPeriodMs > 0 && followedMs >= fastPeriodMs) ? slowIntervalMs : fastIntervalMs;
            return qMax(base, minIntervalMs);
        }
    };

    static constexpr int kDefaultTimeoutMs = 15000;
    static constexpr qint64 kMaxBodyBytes = 4 * 1024 * 1024;

    static QUrl defaultBaseUrl();
    /// https, or plain http only to this computer (the simulator).
    static bool isAcceptableBaseUrl(const QUrl &url);
    /// A fresh X-Idempotency-Key (a random UUID without braces). One per operation, never one per send.
    static QString newIdempotencyKey();
    /// A path segment percent-encoded ("Caja 1/ñ" -> "Caja%201%2F%C3%B1").
    static QByteArray encodeSegment(const QString &segment);

    ~PointBackend() override;

    /// Stable name of the API, recorded with every sale: "legacy" or "orders".
    virtual QString key() const = 0;
    virtual Capabilities capabilities() const = 0;
    /// How orders are followed on this API; the default is the legacy API's steady poll once a second.
    virtual PollingPolicy pollingPolicy() const { return PollingPolicy(); }

    /// The account's terminals with what each one holds.
    virtual Call<DeviceList> *listTerminals() = 0;
    /// Sends an order to a terminal. `idempotencyKey` is the operation's key as the journal holds it (sent where
    /// the API has idempotency; the same key on every resend of the same sale).
    virtual Call<CreatedOrder> *createOrder(const OrderRequest &request, const QString &idempotencyKey) = 0;
    virtual Call<OrderInfo> *getOrder(const OrderRef &order) = 0;
    virtual Call<Done> *cancelOrder(const OrderRef &order, const QString &idempotencyKey) = 0;
    /// Cancels whatever order the terminal holds (capabilities().cancelOnTerminal).
    virtual Call<Done> *cancelOnTerminal(const QString &terminal) = 0;
    /// Takes the terminal off the account (capabilities().removeTerminal).
    virtual Call<Done> *removeTerminal(const QString &terminal) = 0;
    /// Enables the account for integrations (capabilities().enableIntegration).
    virtual Call<Done> *enableIntegration(qint64 userId) = 0;
    /// Gives back the whole remaining balance of a paid sale, or part of it (capabilities().refunds and
    /// .partialRefunds). `idempotencyKey` is the refund's key as the journal holds it: the same on every resend of
    /// this refund, a new one only for a new refund. An API that cannot refund fails the call without sending.
    virtual Call<RefundInfo> *refund(const RefundRequest &request, const QString &idempotencyKey);
    /// Switches a terminal's operating mode (capabilities().terminalOperatingMode): Pdv to take orders from
    /// PointDesk, Standalone to charge without the integration. The terminal must be restarted afterwards. The
    /// value is the terminal as the API now reports it. An API without modes fails the call without sending.
    virtual Call<Device> *setOperatingMode(const QString &terminal, Device::OperatingMode mode);

    /// The account's currency: decides how amounts are written where the API wants decimal text (Orders: "24.00"
    /// in ARS, "2400" in CLP) or a number with the currency's decimals (legacy refunds). ARS until set.
    void setCurrency(const Currency &currency) { m_currency = currency; }
    Currency currency() const { return m_currency; }

    /// Returns false (and keeps the previous URL) when the URL is not acceptable.
    bool setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setAccessToken(const QString &token) { m_token = token; }
    bool hasAccessToken() const { return !m_token.isEmpty(); }
    void setTimeout(int milliseconds) { m_timeoutMs = qMax(1, milliseconds); }
    int timeout() const { return m_timeoutMs; }
    /// Requests that actually left for the network since construction.
    quint64 requestsSent() const { return m_requestsSent; }

Q_SIGNALS:
    /// Emitted when a request leaves; `path` never holds the token.
    void requestSent(const QString &method, const QString &path);

protected:
    explicit PointBackend(QObject *parent = nullptr);

    /// How a request carries the token: a Bearer header, or (legacy call 1 only) the documented query parameter.
    enum class Auth { Bearer, QueryToken };
    struct Request
    {
        QString method; ///< GET, POST, PUT, PATCH or DELETE
        QByteArray encodedPath;
        QByteArray body;
        Auth auth = Auth::Bearer;
        QList<QPair<QByteArray, QByteArray>> headers; ///< extra headers (X-Idempotency-Key ...)
        std::optional<ValidationIssue> issue;         ///< set: the input was rejected, nothing is sent
    };

    /// Starts `call` (made by the caller with the request's method and path): fails it on the next event loop turn
    /// when the input was rejected or no token is set, else sends the request. GETs go through the shared
    /// QNetworkAccessManager; every other method through HttpExchange, exactly once.
    template <typename T>
    Call<T> *start(const Request &request, typename Call<T>::Parser parser)
    {
        auto *call = new Call<T>(request.method, QString::fromUtf8(request.encodedPath), std::move(parser), this);
        dispatch(call, request);
        return call;
    }
    /// As start(), for a parser that needs the 2xx status too.
    template <typename T>
    Call<T> *startWithStatus(const Request &request, typename Call<T>::StatusParser parser)
    {
        auto *call =
            new Call<T>(request.method, QString::fromUtf8(request.encodedPath), std::move(parser), this, nullptr);
        dispatch(call, request);
        return call;
    }

    /// A handle for an operation made of several requests (a paged list): it sends nothing by itself and ends when
    /// finishComposite() is called, or with Cancelled when aborted.
    template <typename T>
    Call<T> *startComposite(const QString &method, const QString &path)
    {
        auto *call = new Call<T>(method, path, [](const QByteArray &, T &) { return ApiError(); }, this);
        static_cast<ApiCall *>(call)->m_elapsed.start();
        return call;
    }
    template <typename T>
    static void finishComposite(Call<T> *call, T value, const ApiError &error)
    {
        if (call->isFinished())
            return;
        call->m_value = std::move(value);
        static_cast<ApiCall *>(call)->complete(error);
    }
    /// Fails `call` on the next event loop turn without sending (a rejected input).
    static void failBeforeSending(ApiCall *call, const ApiError &error) { call->failLater(error); }

private:
    void dispatch(ApiCall *call, const Request &request);

    QNetworkAccessManager *m_nam = nullptr;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = kDefaultTimeoutMs;
    quint64 m_requestsSent = 0;
    Currency m_currency;
};
