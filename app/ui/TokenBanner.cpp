#include "ui/TokenBanner.h"

#include "sales/TerminalMonitor.h"

#include <QPushButton>

TokenBanner::TokenBanner(TerminalMonitor *monitor, QWidget *parent)
    : Banner(QStringLiteral("tokenBanner"), tr("Mercado Pago refused the access token"), parent)
{
    // No Alt letters here: the panel's buttons and the record banner's "Try again" hold every fitting one. F5 and
    // Account > Replace the access token do the same from the keyboard, and both buttons are Tab stops.
    QPushButton *setup = addButton(tr("Set up the token again\u2026"), QStringLiteral("tokenBannerSetupButton"),
                                   tr("Set up the access token again; also in Account > Replace the access token"));
    connect(setup, &QPushButton::clicked, this, &TokenBanner::setupRequested);
    QPushButton *retry =
        addButton(tr("Try again (F5)"), QStringLiteral("tokenBannerRetryButton"), tr("Try the access token again (F5)"));
    connect(retry, &QPushButton::clicked, this, &TokenBanner::retryRequested);
    setText(tr("PointDesk cannot list the terminals or charge until the access token is set up again. "
               "A manager can do it now: press Set up the token again, enter the manager PIN and "
               "paste the shop's current access token (Mercado Pago Developers, Your integrations, "
               "Credentials)."));
    setAccessibleName(tr("Access token refused"));
    connect(monitor, &TerminalMonitor::tokenRefused, this, &QWidget::show);
    connect(monitor, &TerminalMonitor::tokenAccepted, this, &QWidget::hide);
}
