#include "ui/setup/SetupLook.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace SetupLook {

QLabel *paragraph(const QString &text, QWidget *parent, const QString &name)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (!name.isEmpty())
        label->setObjectName(name);
    return label;
}

QLabel *statusLine(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

void setLine(QLabel *label, const QString &text, LineTone tone)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    QColor color;
    QString name;
    switch (tone) {
    case LineTone::Progress:
        color = Theme::colors(Theme::Tone::Info).foreground;
        name = QStringLiteral("progress");
        break;
    case LineTone::Success:
        color = Theme::colors(Theme::Tone::Success).foreground;
        name = QStringLiteral("success");
        break;
    case LineTone::Problem:
        color = Theme::errorText();
        name = QStringLiteral("problem");
        break;
    }
    label->setProperty("tone", name);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(color.name()));
}

QString frameStyle(const QString &name, Theme::Tone tone)
{
    const Theme::ToneColors c = Theme::colors(tone);
    return QStringLiteral("QFrame#%1 { background-color: %2; border: 1px solid %3; border-radius: 6px; }"
                          " QFrame#%1 QLabel { color: %4; }")
        .arg(name, c.background.name(), c.border.name(), c.foreground.name());
}

QFrame *notice(const QString &name, Theme::Tone tone, QLabel *label, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(name);
    frame->setStyleSheet(frameStyle(name, tone));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 10, 12, 10);
    label->setParent(frame);
    layout->addWidget(label);
    return frame;
}

} // namespace SetupLook
