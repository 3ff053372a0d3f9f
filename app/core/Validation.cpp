#include "core/Validation.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <QUrl>

namespace {

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        // The zero-width joiner and non-joiner are format characters, but they are part of what people type: the
        // joiner glues emoji sequences together (a family, a flag of a profession), the non-joiner some scripts.
        if (c.unicode() == 0x200D || c.unicode() == 0x200C)
            continue;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

ValidationIssue issue(ValidationIssue::Field field, const QString &message)
{
    return ValidationIssue{field, message};
}

} // namespace

bool Validation::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

int Validation::characterCount(const QString &text)
{
    // Grapheme clusters: "é" typed as e + accent, a flag, or a family emoji of seven code points is one character.
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() > 0)
        ++count;
    return count;
}

std::optional<ValidationIssue> Validation::amount(const Money &amount)
{
    if (!amount.isPositive())
        return issue(ValidationIssue::Field::Amount, Money::errorMessage(Money::ParseError::NotPositive));
    if (amount.cents() > Money::kMaxCents)
        return issue(ValidationIssue::Field::Amount, Money::errorMessage(Money::ParseError::TooLarge));
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::description(const QString &text)
{
    if (text.trimmed().isEmpty())
        return issue(ValidationIssue::Field::Description,
                     tr("Enter a description: the customer sees it on the terminal."));
    if (hasControlCharacters(text))
        return issue(ValidationIssue::Field::Description, tr("The description cannot contain line breaks or tabs."));
    const int count = characterCount(text);
    if (count > kMaxDescriptionChars)
        return issue(
            ValidationIssue::Field::Description,
            tr("The description is too long: %1 characters, at most %2.").arg(count).arg(kMaxDescriptionChars));
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::deviceName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return issue(ValidationIssue::Field::DeviceName, tr("Choose the terminal that takes the payment."));
    if (hasControlCharacters(name))
        return issue(ValidationIssue::Field::DeviceName,
                     tr("The terminal name contains characters that are not allowed."));
    if (characterCount(name) > kMaxDeviceNameChars)
        return issue(ValidationIssue::Field::DeviceName,
                     tr("The terminal name is too long: at most %1 characters.").arg(kMaxDeviceNameChars));
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::externalReference(const QString &ref)
{
    if (ref.isEmpty())
        return std::nullopt;
    if (ref.trimmed().isEmpty() || hasControlCharacters(ref))
        return issue(ValidationIssue::Field::ExternalReference,
                     tr("The external reference cannot be blank or contain line breaks or tabs."));
    if (characterCount(ref) > kMaxExternalReferenceChars)
        return issue(ValidationIssue::Field::ExternalReference,
                     tr("The external reference is too long: at most %1 characters.").arg(kMaxExternalReferenceChars));
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::notificationUrl(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    if (text.size() > kMaxUrlChars)
        return issue(ValidationIssue::Field::NotificationUrl,
                     tr("The notification URL is too long: at most %1 characters.").arg(kMaxUrlChars));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() || text.contains(QLatin1Char(' ')))
        return issue(ValidationIssue::Field::NotificationUrl,
                     tr("The notification URL must be a full address, like https://shop.example/notify."));
    const QString scheme = url.scheme().toLower();
    // Mercado Pago's servers call this address: "localhost" there is Mercado Pago itself, never this shop.
    if (isLoopbackHost(url.host()))
        return issue(ValidationIssue::Field::NotificationUrl,
                     tr("The notification URL must be an address Mercado Pago can reach from the internet, not this "
                        "computer."));
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    return issue(ValidationIssue::Field::NotificationUrl, tr("The notification URL must start with https://."));
}

std::optional<ValidationIssue> Validation::payerEmail(const QString &typed)
{
    // A pasted address often brings a space or a line break with it: they are not part of the address.
    const QString email = typed.trimmed();
    if (email.isEmpty())
        return std::nullopt;
    // Practical address form: local@domain.tld, no spaces, one '@', dotted domain labels.
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}$"));
    const bool dotsOk = !email.startsWith(QLatin1Char('.')) && !email.contains(QLatin1String("..")) &&
                        !email.contains(QLatin1String(".@"));
    if (email.size() > kMaxEmailChars || !dotsOk || !pattern.match(email).hasMatch())
        return issue(ValidationIssue::Field::PayerEmail,
                     tr("The payer e-mail is not a valid address, like name@example.com."));
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::orderId(qint64 id)
{
    if (id <= 0)
        return issue(ValidationIssue::Field::OrderId, tr("The order number must be a positive whole number."));
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::userId(const QString &id)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    if (!digits.match(id).hasMatch() || !ok || value <= 0)
        return issue(ValidationIssue::Field::UserId,
                     tr("The user id is the number of your Mercado Pago account, digits only."));
    return std::nullopt;
}

QList<ValidationIssue> Validation::orderRequest(const OrderRequest &request)
{
    QList<ValidationIssue> issues;
    for (const auto &check : {amount(request.amount), description(request.description), deviceName(request.deviceName),
                              externalReference(request.externalReference), payerEmail(request.payerEmail),
                              notificationUrl(request.notificationUrl)}) {
        if (check)
            issues.append(*check);
    }
    return issues;
}

std::optional<ValidationIssue> Validation::ordersDescription(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    if (hasControlCharacters(text))
        return issue(ValidationIssue::Field::Description, tr("The description cannot contain line breaks or tabs."));
    const int count = characterCount(text);
    if (count > kMaxOrdersDescriptionChars)
        return issue(ValidationIssue::Field::Description,
                     tr("The description is too long: %1 characters, at most %2.")
                         .arg(count)
                         .arg(kMaxOrdersDescriptionChars));
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::ordersExternalReference(const QString &ref)
{
    if (ref.isEmpty())
        return std::nullopt;
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (ref.size() > kMaxExternalReferenceChars)
        return issue(ValidationIssue::Field::ExternalReference,
                     tr("The external reference is too long: at most %1 characters.").arg(kMaxExternalReferenceChars));
    if (!shape.match(ref).hasMatch())
        return issue(ValidationIssue::Field::ExternalReference,
                     tr("The external reference may only contain letters without accents, digits, '-' and '_'."));
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::expiration(std::optional<int> seconds)
{
    if (!seconds)
        return std::nullopt;
    if (*seconds < kMinExpirationSeconds || *seconds > kMaxExpirationSeconds)
        return issue(ValidationIssue::Field::Expiration,
                     tr("The order must expire between 30 seconds and 3 hours after it is sent."));
    return std::nullopt;
}

QList<ValidationIssue> Validation::orderRequestFor(const QString &apiKey, const OrderRequest &request)
{
    return apiKey == QLatin1String("orders") ? ordersOrderRequest(request) : orderRequest(request);
}

QList<ValidationIssue> Validation::ordersOrderRequest(const OrderRequest &request)
{
    QList<ValidationIssue> issues;
    for (const auto &check : {amount(request.amount), ordersDescription(request.description),
                              deviceName(request.deviceName), ordersExternalReference(request.externalReference),
                              expiration(request.expirationSeconds)}) {
        if (check)
            issues.append(*check);
    }
    return issues;
}

QString Validation::fieldKey(ValidationIssue::Field field)
{
    switch (field) {
    case ValidationIssue::Field::Amount:
        return QStringLiteral("amount");
    case ValidationIssue::Field::Description:
        return QStringLiteral("description");
    case ValidationIssue::Field::DeviceName:
        return QStringLiteral("device_name");
    case ValidationIssue::Field::CardType:
        return QStringLiteral("cc_type");
    case ValidationIssue::Field::ExternalReference:
        return QStringLiteral("external_reference");
    case ValidationIssue::Field::NotificationUrl:
        return QStringLiteral("notification_url");
    case ValidationIssue::Field::PayerEmail:
        return QStringLiteral("payer_email");
    case ValidationIssue::Field::UserId:
        return QStringLiteral("user_id");
    case ValidationIssue::Field::OrderId:
        return QStringLiteral("order_id");
    case ValidationIssue::Field::Expiration:
        return QStringLiteral("expiration_time");
    }
    return {};
}
