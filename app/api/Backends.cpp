#include "api/Backends.h"

#include "api/LegacyPointBackend.h"
#include "api/OrdersBackend.h"

#include <memory>

QStringList Backends::keys()
{
    return {QString::fromLatin1(kLegacy), QString::fromLatin1(kOrders)};
}

QString Backends::defaultKey()
{
    return QString::fromLatin1(kLegacy);
}

bool Backends::isKnown(const QString &key)
{
    return keys().contains(key);
}

QString Backends::displayName(const QString &key)
{
    if (key == QLatin1String(kLegacy))
        return tr("Integration via API (Point app)");
    if (key == QLatin1String(kOrders))
        return tr("Orders API (Point terminals)");
    return key;
}

QString Backends::explanation(const QString &key)
{
    if (key == QLatin1String(kLegacy))
        return tr("Mercado Pago's older Point API, for the Mercado Pago Point app on Android phones and tablets "
                  "paired with a card reader.");
    if (key == QLatin1String(kOrders))
        return tr("Mercado Pago's Orders API, for today's dedicated Point terminals: Point Smart and the other "
                  "Point terminals.");
    return {};
}

PointBackend *Backends::create(const QString &key, QObject *parent)
{
    if (key == QLatin1String(kLegacy))
        return new LegacyPointBackend(parent);
    if (key == QLatin1String(kOrders))
        return new OrdersBackend(parent);
    return nullptr;
}

Backends::Parsed Backends::parse(const QString &typed)
{
    const QString key = typed.trimmed().toLower();
    if (isKnown(key))
        return {key, {}};
    return {{}, unknownKeyText(typed.trimmed())};
}

QString Backends::unknownKeyText(const QString &typed)
{
    return tr("\"%1\" is not an API PointDesk knows. Use legacy (Integration via API, the Point app) or orders "
              "(the Orders API of Point terminals).")
        .arg(typed);
}
