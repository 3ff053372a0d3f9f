#pragma once

#include "sales/TerminalMonitor.h"
#include "ui/PlateLabel.h"

#include <QTimer>

class ElidedLabel;

/// The status bar's word on the connection to Mercado Pago, rendered from a TerminalMonitor: connected, connecting,
/// offline with the seconds until the next retry (counting down), or the token refused. While PointDesk retries, a
/// second line (messageLabel(), placed by the window next to this one) says what is wrong.
class ConnectionIndicator : public PlateLabel
{
    Q_OBJECT

public:
    /// `monitor` must outlive the indicator. `parent` also parents the message line.
    ConnectionIndicator(TerminalMonitor *monitor, QWidget *parent);

    /// The line saying what is wrong while retrying; hidden otherwise.
    QLabel *messageLabel() const;
    /// Demo mode: "connected" names the simulated terminals.
    void setDemo(bool demo);

private:
    void render();
    /// Coloured words on the status bar's own ground (no badge).
    void showPlain(const QColor &color);

    TerminalMonitor *m_monitor = nullptr;
    ElidedLabel *m_message = nullptr;
    QTimer m_tick;
    bool m_demo = false;
};
