#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

/// The first window while the system keychain has not answered at start-up (a frozen keyring, an unlock prompt
/// elsewhere on the screen): says that PointDesk is waiting for it, and offers a way on: demo mode or quit; once the
/// keychain is reported as not answering, also try again. The decisions are the caller's (AppController).
class KeychainWaitWindow : public QWidget
{
    Q_OBJECT

public:
    explicit KeychainWaitWindow(QWidget *parent = nullptr);

    /// Waiting: the question to the keychain is out.
    void showWaiting();
    /// The keychain did not answer in time; `message` says what to do (TokenStore::Result::message()).
    void showNotAnswering(const QString &message);
    bool isWaiting() const { return m_waiting; }
    QString text() const;

Q_SIGNALS:
    void retryRequested();
    void demoRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_demo = nullptr;
    QPushButton *m_quit = nullptr;
    bool m_waiting = true;
};
