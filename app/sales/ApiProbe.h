#pragma once

#include "api/ApiError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

/// "Check which one answers": asks every API PointDesk knows (api/Backends) for the account's terminal list with one
/// token, side by side and without blocking, and says what each one answered: n terminals, the token refused, not
/// reachable, or not in this build. suggestedApi() is the one to preselect. Listing terminals changes nothing on the
/// account. A new start() or cancel() drops whatever is still under way (the setup wizard cancels when its page is
/// left).
class ApiProbe : public QObject
{
    Q_OBJECT

public:
    /// What one API answered.
    struct Answer
    {
        enum class Outcome {
            Pending,     ///< still asking
            Terminals,   ///< the terminal list came back (terminals may be 0)
            Refused,     ///< 401 / 403: this API does not take the token
            Unreachable, ///< network, timeout, TLS: no answer
            Failed,      ///< another error (a 404 from a server that does not serve this API, 5xx ...)
            Unavailable  ///< this build cannot speak the API
        };
        QString api; ///< "legacy", "orders"
        Outcome outcome = Outcome::Pending;
        int terminals = 0;
        ApiError error;

        bool listsTerminals() const { return outcome == Outcome::Terminals && terminals > 0; }
        /// Translated, one short sentence: "3 terminals.", "The token was refused (401)." ...
        QString message() const;
    };

    explicit ApiProbe(QObject *parent = nullptr);
    ~ApiProbe() override;

    /// Timeout of each request (default: PointBackend's).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /// Asks every API at `base` with `token`. answered() follows for each one, then finished(); always later, never
    /// from inside this call. Replaces a probe under way.
    void start(const QString &token, const QUrl &base);
    /// Drops the probe under way: no answered() or finished() follow for it.
    void cancel();
    bool isRunning() const { return m_running; }

    /// One per API, in Backends::keys() order; Pending until answered.
    QList<Answer> answers() const { return m_answers; }
    std::optional<Answer> answer(const QString &api) const;
    /// The API to preselect once finished: the only one that lists terminals; else the only one that takes the
    /// token; else "" (no clear answer).
    QString suggestedApi() const;

Q_SIGNALS:
    void answered(const ApiProbe::Answer &answer);
    void finished();

private:
    void record(const Answer &answer);

    QPointer<QObject> m_round; ///< owns the backends of the probe under way; deleting it drops their answers
    QList<Answer> m_answers;
    int m_timeoutMs = 0;
    bool m_running = false;
};

Q_DECLARE_METATYPE(ApiProbe::Answer)
