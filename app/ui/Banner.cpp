#include "ui/Banner.h"

#include "ui/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

Banner::Banner(const QString &objectName, const QString &title, QWidget *parent) : QFrame(parent)
{
    setObjectName(objectName);
    const Theme::ToneColors danger = Theme::colors(Theme::Tone::Danger);
    setStyleSheet(QStringLiteral("QFrame#%4 { background-color: %1; border: 2px solid %2;"
                                 " border-radius: 8px; } QFrame#%4 QLabel { color: %3; }")
                      .arg(danger.background.name(), danger.border.name(), danger.foreground.name(), objectName));
    auto *icon = new QLabel(this);
    const int iconSize = QFontMetrics(font()).height() * 2;
    icon->setPixmap(Theme::glyph(Theme::Glyph::Warning, danger.accent, iconSize, devicePixelRatioF()));
    auto *titleLabel = new QLabel(title, this);
    titleLabel->setFont(Theme::scaled(font(), 1.15, QFont::Bold));
    m_text = new QLabel(this);
    m_text->setObjectName(objectName + QStringLiteral("Text"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(titleLabel);
    textColumn->addWidget(m_text);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(12);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(textColumn, 1);
    m_buttons = new QVBoxLayout;
    layout->addLayout(m_buttons);
    hide();
}

QPushButton *Banner::addButton(const QString &text, const QString &objectName, const QString &accessibleName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    // Enter on the focused button presses it, as Space does: the banners sit in a main window, not a dialog.
    button->setAutoDefault(true);
    m_buttons->addWidget(button);
    return button;
}

void Banner::setText(const QString &text)
{
    m_text->setText(text);
}

QString Banner::text() const
{
    return m_text->text();
}
