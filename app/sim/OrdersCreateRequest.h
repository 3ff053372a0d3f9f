#pragma once

#include "sim/OrdersWire.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

// Internal to the Orders simulator: a POST /v1/orders body checked against orders-api.md 3.1. Problems are
// reported by class, in this order, with every offending field in `details`: json_syntax_error,
// minimum_properties ({}), unsupported_properties, required_properties, property_type, minimum_items /
// maximum_items, property_value.
struct OrdersCreateRequest
{
    QString externalReference;
    QString expirationTime; // as received; "PT15M" when absent
    qint64 expirationMs = 0;
    OrdersWire::Amount amount;
    QString amountText;
    QString terminalId;
    std::optional<QString> description;
    QJsonObject config;
    QJsonObject integrationData;

    // `currencyDecimals` 0 refuses decimals (CLP, COP); `minimumCents` 0 = no minimum.
    static std::optional<OrdersCreateRequest> parse(const QByteArray &body, int currencyDecimals, qint64 minimumCents,
                                                    SimHttpResponse *error);
};
