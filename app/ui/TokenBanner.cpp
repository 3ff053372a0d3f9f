#include "ui/TokenBanner.h"

#include "sales/TerminalMonitor.h"

#include <QPushButton>

TokenBanner::TokenBanner(TerminalMonitor *monitor, QWidget *parent)
    : Banner(QStringLiteral("tokenBanner"), tr("Mercado Pago refused the access token"), parent)
{
    QPushButton *setup = addButton(tr("Set up the token aga&in\u2026"), QStringLiteral("tokenBannerSetupButton"),
                                   tr("Set up the access token again"));
    connect(setup, &QPushButton::clicked, this, &TokenBanner::setupRequested);
    QPushButton *retry =
        addButton(tr("Tr&y again"), QStringLiteral("tokenBannerRetryButton"), tr("Try the access token again"));
    connect(retry, &QPushButton::clicked, this, &TokenBanner::retryRequested);
    setText(tr("PointDesk cannot list the terminals or charge until the access token is set up again. "
               "A manager can do it now: press Set up the token again, enter the manager PIN and "
               "paste the shop's current access token (Mercado Pago Developers, Your integrations, "
               "Credentials)."));
    setAccessibleName(tr("Access token refused"));
    connect(monitor, &TerminalMonitor::tokenRefused, this, &QWidget::show);
    connect(monitor, &TerminalMonitor::tokenAccepted, this, &QWidget::hide);
}
