#pragma once

#include <QWidget>

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

Q_SIGNALS:
    void virtualTerminalRequested();
    void endManagerRequested();

private:
    QPushButton *m_virtualTerminal = nullptr;
    QLabel *m_demo = nullptr;
    QLabel *m_sessionOnly = nullptr;
    QLabel *m_manager = nullptr;
    QPushButton *m_endManager = nullptr;
};
