#pragma once

#include <QProxyStyle>

/// The platform's own style with PointDesk's icon for the menu bar's overflow button. The platform styles load that
/// icon from image files whose format Qt finds by loading every image format plugin, before the window's first
/// frame, for a button that shows only when the menus do not fit; this one is painted, at the size asked for. And the
/// palette's placeholder colour, readable on an input.
class CashierStyle : public QProxyStyle
{
    Q_OBJECT

public:
    CashierStyle();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    /// Placeholder text in Theme::placeholderText(): Qt's default, the text colour at half opacity, is about 3:1.
    void polish(QPalette &palette) override;
    using QProxyStyle::polish;
};
