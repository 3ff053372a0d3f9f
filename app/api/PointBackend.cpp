#include "api/PointBackend.h"

#include "api/HttpExchange.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

Q_LOGGING_CATEGORY(lcApi, "pointdesk.api")

QUrl PointBackend::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.mercadopago.com"));
}

bool PointBackend::isAcceptableBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("https") ||
           (scheme == QLatin1String("http") && Validation::isLoopbackHost(url.host()));
}

QString PointBackend::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray PointBackend::encodeSegment(const QString &segment)
{
    return QUrl::toPercentEncoding(segment);
}

PointBackend::PointBackend(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)), m_baseUrl(defaultBaseUrl())
{
    // No cookies and no cache: every answer must come from the API itself.
    m_nam->setCookieJar(nullptr);
    // Never follow a redirect: Qt would send the Authorization header to wherever Location points (another host,
    // plain http). A 3xx comes back as it is and becomes ApiError::Kind::Redirected. HttpExchange never follows.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

PointBackend::~PointBackend() = default;

bool PointBackend::setBaseUrl(const QUrl &url)
{
    if (!isAcceptableBaseUrl(url))
        return false;
    m_baseUrl = url;
    return true;
}

void PointBackend::dispatch(ApiCall *call, const Request &request)
{
    if (request.issue) {
        call->failLater(ApiError::invalidInput(Validation::fieldKey(request.issue->field), request.issue->message));
        return;
    }
    if (m_token.isEmpty()) {
        call->failLater(ApiError(ApiError::Kind::Unauthorized, QStringLiteral("no access token set")));
        return;
    }

    const QByteArray base = m_baseUrl.toEncoded(QUrl::StripTrailingSlash);
    QByteArray target = base + request.encodedPath;
    if (request.auth == Auth::QueryToken)
        target += "?access_token=" + QUrl::toPercentEncoding(m_token);
    const QUrl url = QUrl::fromEncoded(target, QUrl::StrictMode);

    const QByteArray userAgent = QByteArrayLiteral("PointDesk/" POINTDESK_VERSION);
    if (request.method != QLatin1String("GET")) {
        // Calls that change state are sent exactly once on their own connection (see HttpExchange).
        HttpExchange::Headers headers{
            {"Content-Type", "application/json"}, {"Accept", "application/json"}, {"User-Agent", userAgent}};
        if (request.auth == Auth::Bearer)
            headers.append({"Authorization", "Bearer " + m_token.toUtf8()});
        for (const auto &header : request.headers)
            headers.append(header);
        auto *exchange = new HttpExchange(call);
        exchange->start(request.method.toLatin1(), url, headers, request.body, kMaxBodyBytes);
        call->m_maxBodyBytes = kMaxBodyBytes;
        call->attach(exchange, m_timeoutMs);
    } else {
        QNetworkRequest get(url);
        get.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        get.setRawHeader("Accept", "application/json");
        get.setHeader(QNetworkRequest::UserAgentHeader, userAgent);
        get.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        for (const auto &header : request.headers)
            get.setRawHeader(header.first, header.second);
        get.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        get.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        get.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        // GETs change nothing, so QNetworkAccessManager's connection reuse (and its quiet resend) is harmless.
        call->attach(m_nam->get(get), m_timeoutMs, kMaxBodyBytes);
    }
    ++m_requestsSent;
    qCDebug(lcApi).noquote() << request.method << call->path();
    Q_EMIT requestSent(request.method, call->path());
}

Call<RefundInfo> *PointBackend::refund(const RefundRequest &, const QString &)
{
    Request request;
    request.method = QStringLiteral("POST");
    request.issue = ValidationIssue{ValidationIssue::Field::OrderId,
                                    tr("This account's Mercado Pago API cannot refund from PointDesk. Refund the "
                                       "payment from the Mercado Pago panel.")};
    return start<RefundInfo>(request, [](const QByteArray &, RefundInfo &) { return ApiError(); });
}

Call<Device> *PointBackend::setOperatingMode(const QString &, Device::OperatingMode)
{
    Request request;
    request.method = QStringLiteral("PATCH");
    request.issue = ValidationIssue{ValidationIssue::Field::DeviceName,
                                    tr("This account's Mercado Pago API has no terminal operating modes to switch.")};
    return start<Device>(request, [](const QByteArray &, Device &) { return ApiError(); });
}
