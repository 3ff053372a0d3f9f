#include "sales/ApiProbe.h"

#include "api/Backends.h"
#include "api/PointBackend.h"

#include <QLoggingCategory>
#include <QMetaObject>

Q_LOGGING_CATEGORY(lcApiProbe, "pointdesk.setup.probe")

QString ApiProbe::Answer::message() const
{
    switch (outcome) {
    case Outcome::Pending:
        return ApiProbe::tr("Asking\u2026");
    case Outcome::Terminals:
        if (terminals <= 0)
            return ApiProbe::tr("Answers, but lists no terminals.");
        if (terminals == 1)
            return ApiProbe::tr("Answers: one terminal.");
        return ApiProbe::tr("Answers: %n terminals.", nullptr, terminals);
    case Outcome::Refused:
        return ApiProbe::tr("Refuses this access token (%1).").arg(error.httpStatus());
    case Outcome::Unreachable:
        return ApiProbe::tr("Not reachable: no answer.");
    case Outcome::Failed:
        return error.httpStatus() > 0 ? ApiProbe::tr("Does not answer here (HTTP %1).").arg(error.httpStatus())
                                      : ApiProbe::tr("Does not answer here.");
    case Outcome::Unavailable:
        return ApiProbe::tr("Not available in this version of PointDesk.");
    }
    return {};
}

ApiProbe::ApiProbe(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ApiProbe::Answer>();
}

ApiProbe::~ApiProbe() = default;

void ApiProbe::cancel()
{
    delete m_round; // the backends, their calls and their answers go with it
    m_running = false;
}

void ApiProbe::start(const QString &token, const QUrl &base)
{
    cancel();
    auto *round = new QObject(this);
    m_round = round;
    m_running = true;
    m_answers.clear();
    const QStringList keys = Backends::keys();
    for (const QString &key : keys) {
        Answer pending;
        pending.api = key;
        m_answers.append(pending);
    }
    for (const QString &key : keys) {
        PointBackend *backend = Backends::create(key, round);
        if (!backend) {
            Answer unavailable;
            unavailable.api = key;
            unavailable.outcome = Answer::Outcome::Unavailable;
            QMetaObject::invokeMethod(
                round, [this, unavailable]() { record(unavailable); }, Qt::QueuedConnection);
            continue;
        }
        if (m_timeoutMs > 0)
            backend->setTimeout(m_timeoutMs);
        Answer refused;
        refused.api = key;
        if (!backend->setBaseUrl(base)) {
            refused.outcome = Answer::Outcome::Failed;
            refused.error = ApiError::invalidInput(QStringLiteral("apiBase"), QString());
            QMetaObject::invokeMethod(
                round, [this, refused]() { record(refused); }, Qt::QueuedConnection);
            continue;
        }
        backend->setAccessToken(token);
        backend->listTerminals()->then(round, [this, key](const Call<DeviceList> &call) {
            Answer answer;
            answer.api = key;
            answer.error = call.error();
            switch (call.error().kind()) {
            case ApiError::Kind::None:
                answer.outcome = Answer::Outcome::Terminals;
                answer.terminals = int(call.value().size());
                break;
            case ApiError::Kind::Unauthorized:
            case ApiError::Kind::Forbidden:
                answer.outcome = Answer::Outcome::Refused;
                break;
            case ApiError::Kind::Network:
            case ApiError::Kind::Timeout:
            case ApiError::Kind::Tls:
                answer.outcome = Answer::Outcome::Unreachable;
                break;
            default:
                answer.outcome = Answer::Outcome::Failed;
                break;
            }
            record(answer);
        });
    }
    qCInfo(lcApiProbe).noquote() << "asking" << keys.join(QStringLiteral(", ")) << "at" << base.toString();
}

void ApiProbe::record(const Answer &answer)
{
    for (Answer &slot : m_answers) {
        if (slot.api == answer.api)
            slot = answer;
    }
    qCInfo(lcApiProbe).noquote() << answer.api << "answered:" << answer.message() << answer.error.detail();
    Q_EMIT answered(answer);
    for (const Answer &slot : std::as_const(m_answers)) {
        if (slot.outcome == Answer::Outcome::Pending)
            return;
    }
    m_running = false;
    if (m_round)
        m_round->deleteLater();
    Q_EMIT finished();
}

std::optional<ApiProbe::Answer> ApiProbe::answer(const QString &api) const
{
    for (const Answer &slot : m_answers) {
        if (slot.api == api)
            return slot;
    }
    return std::nullopt;
}

QString ApiProbe::suggestedApi() const
{
    QStringList listing;
    QStringList working;
    for (const Answer &slot : m_answers) {
        if (slot.listsTerminals())
            listing << slot.api;
        if (slot.outcome == Answer::Outcome::Terminals)
            working << slot.api;
    }
    if (listing.size() == 1)
        return listing.first();
    if (listing.isEmpty() && working.size() == 1)
        return working.first();
    return {};
}
