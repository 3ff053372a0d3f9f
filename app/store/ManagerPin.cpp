#include "store/ManagerPin.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace {

const QString kScheme = QStringLiteral("pbkdf2-sha256");

} // namespace

bool ManagerPin::isValidPin(const QString &pin)
{
    if (pin.size() < kMinDigits || pin.size() > kMaxDigits)
        return false;
    for (const QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool ManagerPin::isTrivialPin(const QString &pin)
{
    if (!isValidPin(pin))
        return false;
    // The step from each digit to the next, modulo 10: all 0 is one digit repeated, all 1 a run up, all 9 a run down.
    const auto step = [&pin](qsizetype i) { return (pin.at(i).unicode() - pin.at(i - 1).unicode() + 10) % 10; };
    const int first = step(1);
    if (first != 0 && first != 1 && first != 9)
        return false;
    for (qsizetype i = 2; i < pin.size(); ++i) {
        if (step(i) != first)
            return false;
    }
    return true;
}

QString ManagerPin::trivialPinMessage()
{
    return QCoreApplication::translate("ManagerPin",
                                       "That PIN is too easy to guess. Choose one that is not the same digit repeated "
                                       "(like 0000) and not a run of digits (like 1234 or 9876).");
}

QByteArray ManagerPin::derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations, kHashBytes);
}

QString ManagerPin::hash(const QString &pin, int iterations)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    // QRandomGenerator::system() is the operating system's cryptographically secure source.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), kSaltBytes / 4);
    return hashWithSalt(pin, salt, iterations);
}

QString ManagerPin::hashWithSalt(const QString &pin, const QByteArray &salt, int iterations)
{
    const QByteArray key = derive(pin, salt, iterations);
    return kScheme % QLatin1Char('$') % QString::number(iterations) % QLatin1Char('$') %
           QString::fromLatin1(salt.toBase64()) % QLatin1Char('$') % QString::fromLatin1(key.toBase64());
}

bool ManagerPin::parse(const QString &encoded, Parsed *out)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != kScheme)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < kMinIterations || iterations > kMaxIterations)
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto hash = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !hash || salt.decoded.size() < 8 || hash.decoded.size() != kHashBytes)
        return false;
    if (out) {
        out->iterations = iterations;
        out->salt = salt.decoded;
        out->hash = hash.decoded;
    }
    return true;
}

bool ManagerPin::isWellFormed(const QString &encoded)
{
    return parse(encoded, nullptr);
}

bool ManagerPin::verify(const QString &pin, const QString &encoded)
{
    Parsed parsed;
    if (!isValidPin(pin) || !parse(encoded, &parsed))
        return false;
    return constantTimeEquals(derive(pin, parsed.salt, parsed.iterations), parsed.hash);
}

bool ManagerPin::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // The lengths are public (always kHashBytes here); the contents are not.
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    // volatile: the compiler may not turn the loop back into an early-exit comparison.
    const volatile unsigned char result = difference;
    return result == 0;
}
