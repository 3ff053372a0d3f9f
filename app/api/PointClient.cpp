#include "api/PointClient.h"

#include "api/HttpExchange.h"
#include "core/Validation.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcApi, "pointdesk.api")

namespace {

const QByteArray kIntegrationsPath = QByteArrayLiteral("/point/services/integrations/v1");

ApiError parseDone(const QByteArray &, Done &)
{
    return {};
}

ApiError parseStatusOk(const QByteArray &body, Done &)
{
    QString why;
    if (!JsonMapping::parseStatusOk(body, &why))
        return ApiError::malformed(why);
    return {};
}

} // namespace

QUrl PointClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.mercadopago.com"));
}

bool PointClient::isAcceptableBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("https") ||
           (scheme == QLatin1String("http") && Validation::isLoopbackHost(url.host()));
}

PointClient::PointClient(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)), m_baseUrl(defaultBaseUrl())
{
    // No cookies and no cache: every answer must come from the API itself.
    m_nam->setCookieJar(nullptr);
}

PointClient::~PointClient() = default;

bool PointClient::setBaseUrl(const QUrl &url)
{
    if (!isAcceptableBaseUrl(url))
        return false;
    m_baseUrl = url;
    return true;
}

QByteArray PointClient::encodeSegment(const QString &segment)
{
    return QUrl::toPercentEncoding(segment);
}

template <typename T>
Call<T> *PointClient::start(const QString &method, const QByteArray &encodedPath, const QByteArray &body, Auth auth,
                            typename Call<T>::Parser parser, const std::optional<ValidationIssue> &issue)
{
    auto *call = new Call<T>(method, QString::fromUtf8(encodedPath), std::move(parser), this);
    if (issue) {
        call->failLater(ApiError::invalidInput(Validation::fieldKey(issue->field), issue->message));
        return call;
    }
    if (m_token.isEmpty()) {
        call->failLater(ApiError(ApiError::Kind::Unauthorized, QStringLiteral("no access token set")));
        return call;
    }

    QByteArray base = m_baseUrl.toEncoded(QUrl::StripTrailingSlash);
    QByteArray target = base + encodedPath;
    if (auth == Auth::QueryToken)
        target += "?access_token=" + QUrl::toPercentEncoding(m_token);
    const QUrl url = QUrl::fromEncoded(target, QUrl::StrictMode);

    const QByteArray userAgent = QByteArrayLiteral("PointDesk/" POINTDESK_VERSION);
    if (method != QLatin1String("GET")) {
        // Calls that change state are sent exactly once on their own connection (see HttpExchange).
        HttpExchange::Headers headers{
            {"Content-Type", "application/json"}, {"Accept", "application/json"}, {"User-Agent", userAgent}};
        if (auth == Auth::Bearer)
            headers.append({"Authorization", "Bearer " + m_token.toUtf8()});
        auto *exchange = new HttpExchange(call);
        exchange->start(method.toLatin1(), url, headers, body, kMaxBodyBytes);
        call->m_maxBodyBytes = kMaxBodyBytes;
        call->attach(exchange, m_timeoutMs);
    } else {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Accept", "application/json");
        request.setHeader(QNetworkRequest::UserAgentHeader, userAgent);
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        // GETs change nothing, so QNetworkAccessManager's connection reuse (and its quiet resend) is harmless.
        call->attach(m_nam->get(request), m_timeoutMs, kMaxBodyBytes);
    }
    ++m_requestsSent;
    qCDebug(lcApi).noquote() << method << call->path();
    Q_EMIT requestSent(method, call->path());
    return call;
}

Call<Done> *PointClient::enableIntegration(qint64 userId)
{
    const auto issue = Validation::userId(QString::number(userId));
    return start<Done>(QStringLiteral("POST"), QByteArrayLiteral("/point/services/user/status/integrators"),
                       JsonMapping::enableIntegrationBody(userId), Auth::QueryToken, &parseDone, issue);
}

Call<CreatedOrder> *PointClient::createOrder(const OrderRequest &request)
{
    const QList<ValidationIssue> issues = Validation::orderRequest(request);
    const std::optional<ValidationIssue> issue =
        issues.isEmpty() ? std::nullopt : std::optional<ValidationIssue>(issues.first());
    return start<CreatedOrder>(
        QStringLiteral("POST"), kIntegrationsPath, issue ? QByteArray() : JsonMapping::createOrderBody(request),
        Auth::Bearer,
        [](const QByteArray &body, CreatedOrder &out) {
            QString why;
            const auto parsed = JsonMapping::parseCreatedOrder(body, &why);
            if (!parsed)
                return ApiError::malformed(why);
            out = *parsed;
            return ApiError();
        },
        issue);
}

Call<OrderInfo> *PointClient::getOrder(qint64 orderId)
{
    return start<OrderInfo>(
        QStringLiteral("GET"), kIntegrationsPath + '/' + QByteArray::number(orderId), {}, Auth::Bearer,
        [orderId](const QByteArray &body, OrderInfo &out) {
            QString why;
            const auto parsed = JsonMapping::parseOrder(body, &why);
            if (!parsed)
                return ApiError::malformed(why);
            if (parsed->id != orderId)
                return ApiError::malformed(QStringLiteral("asked for order %1, got %2").arg(orderId).arg(parsed->id));
            out = *parsed;
            return ApiError();
        },
        Validation::orderId(orderId));
}

Call<Done> *PointClient::cancelOrderOnDevice(const QString &deviceName)
{
    return start<Done>(QStringLiteral("DELETE"), kIntegrationsPath + "/attempt/device/" + encodeSegment(deviceName), {},
                       Auth::Bearer, &parseStatusOk, Validation::deviceName(deviceName));
}

Call<Done> *PointClient::cancelOrder(qint64 orderId)
{
    return start<Done>(QStringLiteral("DELETE"), kIntegrationsPath + '/' + QByteArray::number(orderId), {},
                       Auth::Bearer, &parseDone, Validation::orderId(orderId));
}

Call<DeviceList> *PointClient::listDevices()
{
    return start<DeviceList>(QStringLiteral("GET"), kIntegrationsPath + "/devices", {}, Auth::Bearer,
                             [](const QByteArray &body, DeviceList &out) {
                                 QString why;
                                 auto parsed = JsonMapping::parseDevices(body, &why);
                                 if (!parsed)
                                     return ApiError::malformed(why);
                                 out = std::move(*parsed);
                                 return ApiError();
                             });
}

Call<Done> *PointClient::removeDevice(const QString &deviceName)
{
    return start<Done>(QStringLiteral("DELETE"), kIntegrationsPath + "/devices/" + encodeSegment(deviceName), {},
                       Auth::Bearer, &parseStatusOk, Validation::deviceName(deviceName));
}
