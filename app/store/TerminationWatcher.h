#pragma once

#include <QObject>

class QSocketNotifier;

/// SIGTERM, handled in the event loop. GLib's D-Bus connection (libsecret's, behind the keychain) raises SIGTERM in
/// the process itself when the session bus goes away, which used to end PointDesk in the middle of a sale: that one is
/// logged and ignored, and the keychain reports its error on the next call. A SIGTERM sent by another process (the
/// user, the session ending, systemd) emits terminationRequested(), so the program can quit cleanly. Unix only; one
/// watcher per process.
class TerminationWatcher : public QObject
{
    Q_OBJECT

public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

    /// Installs the handler; false when it could not be (SIGTERM then keeps its default action).
    bool watch();
    /// SIGTERMs the process raised itself (the D-Bus connection closing) and ignored.
    int ignoredCount() const { return m_ignored; }

Q_SIGNALS:
    /// Another process asked this one to end.
    void terminationRequested();
    /// A SIGTERM the process raised itself was ignored.
    void selfTerminationIgnored();

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    int m_ignored = 0;
};
