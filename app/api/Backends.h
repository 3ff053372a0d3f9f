#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class PointBackend;
class QObject;

/// The Mercado Pago APIs PointDesk can speak, by their stable keys ("legacy", "orders"): what each is called and
/// what it is for, in words for the manager choosing one, the one place that makes a PointBackend for a key, and
/// the parsing of a key typed by a user (pointdesk-cli --api, POINTDESK_API, pointdesk --api) or read from the
/// settings. Every caller of create() handles nullptr (a key PointDesk does not know, as a damaged settings file may
/// hold) with unknownKeyText().
class Backends
{
    Q_DECLARE_TR_FUNCTIONS(Backends)

public:
    static constexpr const char *kLegacy = "legacy"; ///< "Integration via API", the Point app on phones and tablets
    static constexpr const char *kOrders = "orders"; ///< the Orders API of today's Point terminals

    /// Every known key, the default first.
    static QStringList keys();
    /// "legacy": what an account saved before the choice existed speaks.
    static QString defaultKey();
    static bool isKnown(const QString &key);

    /// Translated name for menus and the wizard ("Integration via API (Point app)", "Orders API (Point terminals)").
    static QString displayName(const QString &key);
    /// Translated, one line for a manager: which terminals use this API.
    static QString explanation(const QString &key);

    /// A new backend for `key` (exact, as keys() has it), with `parent`; nullptr when the key is unknown.
    static PointBackend *create(const QString &key, QObject *parent = nullptr);

    /// A key as a user typed it: trimmed, case-insensitive.
    struct Parsed
    {
        QString key;   ///< one of keys(), when ok()
        QString error; ///< translated, when not ok()
        bool ok() const { return error.isEmpty(); }
    };
    static Parsed parse(const QString &typed);

    /// Translated: `typed` is not an API PointDesk knows; names the known ones.
    static QString unknownKeyText(const QString &typed);
};
