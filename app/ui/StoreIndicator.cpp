#include "ui/StoreIndicator.h"

#include "ui/StatusBadges.h"
#include "ui/StoreSyncText.h"
#include "ui/Theme.h"

#include <QEvent>

StoreIndicator::StoreIndicator(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("storeIndicator"));
    setAccessibleName(tr("Store database"));
    setTextFormat(Qt::PlainText);
    setContentsMargins(6, 0, 6, 0);
    if (parent) {
        parent->installEventFilter(this);
        m_compact = parent->width() < StatusBadges::kRoomyWidth;
    }
    render();
}

bool StoreIndicator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setCompact(parentWidget()->width() < StatusBadges::kRoomyWidth);
    return QLabel::eventFilter(watched, event);
}

void StoreIndicator::setStatus(const StoreSyncStatus &status)
{
    m_status = status;
    render();
}

void StoreIndicator::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    render();
}

void StoreIndicator::render()
{
    const QString text = StoreSyncText::text(m_status, m_compact);
    setText(text);
    const QString tip = StoreSyncText::toolTip(m_status);
    setToolTip(tip);
    setAccessibleDescription(tip);
    Theme::Tone tone = Theme::Tone::Success;
    switch (m_status.state) {
    case StoreSyncStatus::State::Off:
    case StoreSyncStatus::State::UpToDate:
        break;
    case StoreSyncStatus::State::Waiting:
        tone = Theme::Tone::Info;
        break;
    case StoreSyncStatus::State::Offline:
        tone = Theme::Tone::Warning;
        break;
    case StoreSyncStatus::State::Failing:
        tone = Theme::Tone::Danger;
        break;
    }
    Theme::setTextColor(this, Theme::colors(tone).foreground);
    setVisible(!text.isEmpty());
}
