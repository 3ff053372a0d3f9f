#include "app/TerminalSide.h"

#include "ui/Theme.h"

#include <QPushButton>

QPushButton *TerminalSide::customerButton(const QString &text, const QString &objectName, const QString &accessibleName,
                                          Theme::Tone tone, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    const Theme::ToneColors c = Theme::colors(tone);
    button->setStyleSheet(QStringLiteral("QPushButton { background-color: %1; color: white; border: none;"
                                         " border-radius: 6px; padding: 6px 8px; }"
                                         "QPushButton:hover { background-color: %2; }"
                                         "QPushButton:focus { border: 2px solid #0B3D6B; }"
                                         "QPushButton:disabled { background-color: #D5D9DD; color: #6B7177; }")
                              .arg(c.accent.name(), c.accent.darker(115).name()));
    button->setProperty("customerAction", true);
    button->setAutoDefault(true);
    QFont font = button->font();
    button->setFont(Theme::scaled(font, 1.0, QFont::DemiBold));
    button->setCursor(Qt::PointingHandCursor);
    return button;
}
