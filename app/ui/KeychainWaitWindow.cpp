#include "ui/KeychainWaitWindow.h"

#include "ui/Theme.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

KeychainWaitWindow::KeychainWaitWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("keychainWaitWindow"));
    setWindowTitle(tr("PointDesk"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("keychainWaitTitle"));
    m_title->setFont(Theme::scaled(font(), 1.3, QFont::Bold));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("keychainWaitText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_text->setMinimumWidth(em * 30);

    m_retry = new QPushButton(tr("&Try again"), this);
    m_retry->setObjectName(QStringLiteral("keychainRetryButton"));
    m_demo = new QPushButton(tr("Use &demo mode"), this);
    m_demo->setObjectName(QStringLiteral("keychainDemoButton"));
    m_quit = new QPushButton(tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("keychainQuitButton"));
    connect(m_retry, &QPushButton::clicked, this, &KeychainWaitWindow::retryRequested);
    connect(m_demo, &QPushButton::clicked, this, &KeychainWaitWindow::demoRequested);
    connect(m_quit, &QPushButton::clicked, this, &KeychainWaitWindow::quitRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_demo);
    buttons->addWidget(m_quit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(em * 2, em * 2, em * 2, em * 2);
    layout->setSpacing(em);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addStretch();
    layout->addLayout(buttons);
    showWaiting();
}

void KeychainWaitWindow::showWaiting()
{
    m_waiting = true;
    m_title->setText(tr("Waiting for the keychain\u2026"));
    m_text->setText(tr("PointDesk keeps the access token in the system keychain and is waiting for it to answer. "
                       "If the keychain asks for a password, unlock it. Meanwhile you can try PointDesk in demo "
                       "mode (no real charges) or quit."));
    m_retry->hide();
    m_demo->setDefault(true);
    adjustSize();
}

void KeychainWaitWindow::showNotAnswering(const QString &message)
{
    m_waiting = false;
    m_title->setText(tr("The keychain is not answering"));
    m_text->setText(message);
    m_retry->show();
    m_retry->setDefault(true);
    m_retry->setFocus(Qt::OtherFocusReason);
    adjustSize();
}

QString KeychainWaitWindow::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_text->text();
}

void KeychainWaitWindow::closeEvent(QCloseEvent *event)
{
    // Closing the only window is quitting; the caller decides what that means.
    event->ignore();
    Q_EMIT quitRequested();
}
