#pragma once

#include <QWidget>

class PlateLabel;
class QLabel;
class QPushButton;

/// The right end of the cashier window's status bar: what this window is in (demo mode, a token kept for this session
/// only, manager mode) and the way out or in (the virtual terminal, End manager mode). Each badge shows only while it
/// holds.
class StatusBadges : public QWidget
{
    Q_OBJECT

public:
    explicit StatusBadges(QWidget *parent);

    void setDemo(bool demo);
    void setSessionOnly(bool sessionOnly);
    void setManagerMode(bool on);
    /// Short texts ("DEMO", "Virtual terminal"), the whole ones in the tooltips: the status bar's message keeps room
    /// to be read in a window narrower than kRoomyWidth (1024x768, 1280x800). Follows the status bar's width.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    static constexpr int kRoomyWidth = 1400;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void virtualTerminalRequested();
    void endManagerRequested();

private:
    QPushButton *m_virtualTerminal = nullptr;
    PlateLabel *m_demo = nullptr;
    QLabel *m_sessionOnly = nullptr;
    PlateLabel *m_manager = nullptr;
    QPushButton *m_endManager = nullptr;
    bool m_compact = false;
};
