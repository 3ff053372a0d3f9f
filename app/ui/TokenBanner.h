#pragma once

#include "ui/Banner.h"

/// "Mercado Pago refused the access token": shown while the token is refused, with the way to set it up again and
/// a way to try the token again (after someone fixed it elsewhere).
class TokenBanner : public Banner
{
    Q_OBJECT

public:
    explicit TokenBanner(QWidget *parent);

Q_SIGNALS:
    /// "Set up the token again..."
    void setupRequested();
    /// "Try again"
    void retryRequested();
};
