#pragma once

#include <QByteArray>
#include <QDebug>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <optional>

/// An id that a Mercado Pago API gave an order, a payment or a refund: opaque text, compared exactly.
///
/// Each backend writes its own ids: the legacy Point API's are 64-bit numbers, kept as their exact decimal text
/// (never through a double); the Orders API's are text such as "ORD01J..." or "PAY01J...". Nothing outside the
/// backend that made an id reads meaning into it. The tag keeps an order id from being passed as a payment id.
template <typename Tag>
class Ref
{
public:
    Ref() = default;
    /// An id as the API wrote it. Surrounding white space is dropped; an empty text is the null id.
    explicit Ref(const QString &text) : m_text(text.trimmed()) {}

    /// A legacy API id (a positive 64-bit number); the null id for 0 or less.
    static Ref fromNumber(qint64 id) { return id > 0 ? Ref(QString::number(id)) : Ref(); }

    bool isNull() const { return m_text.isEmpty(); }
    explicit operator bool() const { return !isNull(); }
    /// The id as text ("" for the null id): for the journal, logs, JSON output and display.
    const QString &toString() const { return m_text; }

    /// The id as a legacy API number, exact: nullopt unless the text is a positive decimal that fits 64 bits
    /// (no sign, no leading zero, no white space).
    std::optional<qint64> toNumber() const
    {
        if (m_text.isEmpty() || m_text.size() > 19 || m_text.front() == QLatin1Char('0'))
            return std::nullopt;
        for (const QChar c : m_text) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
        }
        bool ok = false;
        const qint64 value = m_text.toLongLong(&ok);
        if (!ok || value <= 0)
            return std::nullopt;
        return value;
    }

    friend bool operator==(const Ref &a, const Ref &b) { return a.m_text == b.m_text; }
    friend bool operator!=(const Ref &a, const Ref &b) { return a.m_text != b.m_text; }
    friend bool operator<(const Ref &a, const Ref &b) { return a.m_text < b.m_text; }
    friend size_t qHash(const Ref &ref, size_t seed = 0) { return qHash(ref.m_text, seed); }
    friend QDebug operator<<(QDebug debug, const Ref &ref)
    {
        QDebugStateSaver saver(debug);
        return debug.noquote() << ref.m_text;
    }
    /// What QCOMPARE prints for a Ref (found by argument-dependent lookup; the caller frees it).
    friend char *toString(const Ref &ref) { return qstrdup(ref.m_text.toUtf8().constData()); }

private:
    QString m_text;
};

struct OrderRefTag;
struct PaymentRefTag;
struct RefundRefTag;

/// An order's id at Mercado Pago ("1234567890123456789" on the legacy API, "ORD01J..." on the Orders API).
using OrderRef = Ref<OrderRefTag>;
/// A payment's id at Mercado Pago.
using PaymentRef = Ref<PaymentRefTag>;
/// A refund's id at Mercado Pago.
using RefundRef = Ref<RefundRefTag>;

Q_DECLARE_METATYPE(OrderRef)
Q_DECLARE_METATYPE(PaymentRef)
Q_DECLARE_METATYPE(RefundRef)
