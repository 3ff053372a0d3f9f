#pragma once

#include "ui/Banner.h"

class TerminalMonitor;

/// "Mercado Pago refused the access token": shown while the token is refused, with the way to set it up again and
/// a way to try the token again (after someone fixed it elsewhere).
class TokenBanner : public Banner
{
    Q_OBJECT

public:
    /// Shows itself while `monitor` (which must outlive it) says the token is refused.
    TokenBanner(TerminalMonitor *monitor, QWidget *parent);

Q_SIGNALS:
    /// "Set up the token again..."
    void setupRequested();
    /// "Try again (F5)"
    void retryRequested();
};
