#pragma once

#include "core/PaymentOrder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// One problem with one input field, worded for the cashier.
struct ValidationIssue
{
    enum class Field {
        Amount,
        Description,
        DeviceName,
        CardType,
        ExternalReference,
        NotificationUrl,
        PayerEmail,
        UserId,
        OrderId,
        Expiration ///< Orders API: the order's expiration time
    };
    Field field;
    QString message;
};

/// The rules every input obeys before any request is sent. Shared by the window, the CLI and the client.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    static constexpr int kMaxDescriptionChars = 20;
    static constexpr int kMaxDeviceNameChars = 100;
    static constexpr int kMaxExternalReferenceChars = 64;
    static constexpr int kMaxEmailChars = 254;
    static constexpr int kMaxUrlChars = 2000;
    // Orders API (contract 3.1)
    static constexpr int kMaxOrdersDescriptionChars = 150;
    static constexpr int kMinExpirationSeconds = 30;
    static constexpr int kMaxExpirationSeconds = 3 * 3600;

    /// "localhost", 127.0.0.0/8 or ::1: the only hosts plain http may address.
    static bool isLoopbackHost(const QString &host);

    /// Characters as a person counts them (grapheme clusters: an emoji sequence is one), not UTF-16 units or bytes.
    static int characterCount(const QString &text);

    static std::optional<ValidationIssue> amount(const Money &amount);
    static std::optional<ValidationIssue> description(const QString &text);
    static std::optional<ValidationIssue> deviceName(const QString &name);
    static std::optional<ValidationIssue> externalReference(const QString &ref);
    static std::optional<ValidationIssue> notificationUrl(const QString &url);
    /// Spaces and line breaks around the address (a paste) are not part of it: the caller sends it trimmed.
    static std::optional<ValidationIssue> payerEmail(const QString &email);
    static std::optional<ValidationIssue> orderId(qint64 id);
    static std::optional<ValidationIssue> userId(const QString &id);

    /// Every issue of a whole order request, in form order; empty when it may be sent.
    static QList<ValidationIssue> orderRequest(const OrderRequest &request);

    // The Orders API's rules (contract 3.1), which differ from the legacy ones above.
    /// Optional (empty: not sent); at most 150 characters, no line breaks or tabs.
    static std::optional<ValidationIssue> ordersDescription(const QString &text);
    /// Optional (empty: PointDesk derives one); at most 64 of letters, digits, '-' and '_'.
    static std::optional<ValidationIssue> ordersExternalReference(const QString &ref);
    /// nullopt is fine (the API's default of 15 minutes); else 30 seconds to 3 hours.
    static std::optional<ValidationIssue> expiration(std::optional<int> seconds);
    /// Every issue of an order request for the Orders API, in form order; empty when it may be sent. The payer
    /// e-mail, notification URL and back-button fields are not part of an Orders order and are not checked.
    static QList<ValidationIssue> ordersOrderRequest(const OrderRequest &request);
    /// The rules of the API a sale goes through: ordersOrderRequest() for "orders", orderRequest() otherwise.
    static QList<ValidationIssue> orderRequestFor(const QString &apiKey, const OrderRequest &request);

    /// Stable field key ("amount", "description" ...) for JSON output and tests.
    static QString fieldKey(ValidationIssue::Field field);
};
