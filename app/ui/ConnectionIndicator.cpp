#include "ui/ConnectionIndicator.h"

#include "ui/ElidedLabel.h"
#include "ui/Theme.h"

ConnectionIndicator::ConnectionIndicator(TerminalMonitor *monitor, QWidget *parent) : PlateLabel(parent), m_monitor(monitor)
{
    setObjectName(QStringLiteral("connectionIndicator"));
    setAccessibleName(tr("Connection to Mercado Pago"));
    setFont(Theme::scaled(font(), 1.0, QFont::DemiBold));
    // The status bar's own message area would hide the indicator, so the message gets a label of its own.
    m_message = new ElidedLabel(parent);
    m_message->setObjectName(QStringLiteral("connectionMessage"));
    m_message->hide();
    // The countdown to the next retry moves once a second while retrying.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ConnectionIndicator::render);
    connect(m_monitor, &TerminalMonitor::connectionChanged, this, &ConnectionIndicator::render);
    render();
}

QLabel *ConnectionIndicator::messageLabel() const
{
    return m_message;
}

void ConnectionIndicator::setDemo(bool demo)
{
    m_demo = demo;
    render();
}

void ConnectionIndicator::render()
{
    switch (m_monitor->connection()) {
    case TerminalMonitor::Connection::TokenRefused:
        // Mercado Pago answers, but refuses the token: not "connected" in any sense that matters to a cashier.
        m_tick.stop();
        setText(tr("\u25CF Access token refused"));
        setToolTip(tr("Mercado Pago answers but refuses the access token."));
        showPlain(Theme::colors(Theme::Tone::Danger).foreground);
        m_message->setText(QString());
        m_message->hide();
        return;
    case TerminalMonitor::Connection::Connecting:
    case TerminalMonitor::Connection::Online:
        m_tick.stop();
        setText(m_monitor->hasLoaded() ? tr("\u25CF Connected") : tr("\u25CB Connecting\u2026"));
        setToolTip(m_demo ? tr("Connected to the simulated Point terminals.") : tr("Connected to Mercado Pago."));
        showPlain(Theme::colors(Theme::Tone::Success).foreground);
        m_message->setText(QString());
        m_message->hide();
        return;
    case TerminalMonitor::Connection::Offline:
    case TerminalMonitor::Connection::ServiceUnavailable:
        break;
    }
    const int seconds = qMax(1, (m_monitor->retryInMs() + 999) / 1000);
    const ApiError problem = m_monitor->lastProblem();
    setText(m_monitor->connection() == TerminalMonitor::Connection::Offline
                ? tr("\u25CF Offline \u2014 retrying in %n s", nullptr, seconds)
                : tr("\u25CF Connection problem \u2014 retrying in %n s", nullptr, seconds));
    setToolTip(problem.userMessage());
    // White on red, as a badge: the one state that needs the cashier's eye.
    setPlate({Theme::colors(Theme::Tone::Danger).accent, QColor(), 0.0, 4.0});
    setTextColor(Qt::white);
    setContentsMargins(8, 2, 8, 2);
    m_message->setText(problem.userMessage());
    m_message->show();
    if (!m_tick.isActive())
        m_tick.start();
}

void ConnectionIndicator::showPlain(const QColor &color)
{
    setPlate({});
    setTextColor(color);
    setContentsMargins(0, 0, 0, 0);
}
