#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

/// Reads one line, a secret, from a file descriptor (standard input) inside the event loop, so that Ctrl+C keeps
/// working while it waits. When the descriptor is a terminal its echo is off from start() until the line is read,
/// stop() is called or the reader is destroyed; on Unix a SIGTERM, SIGHUP or SIGQUIT meanwhile puts the terminal
/// back before the process dies.
class SecretLineReader : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Line,     ///< the first line (or all of the input when it has no line end)
        TooLong,  ///< more than kMaxLineBytes before the line end: refused rather than read without limit
        ReadError ///< the descriptor could not be read (closed, not readable ...)
    };

    /// Far longer than any access token.
    static constexpr qsizetype kMaxLineBytes = 4096;

    explicit SecretLineReader(int fd, QObject *parent = nullptr);
    ~SecretLineReader() override;

    static bool isTerminal(int fd);
    /// Whether the terminal still shows the line end the user types while echo is off (a prompt then needs no
    /// line end of its own after the secret).
    static bool terminalEchoesLineEnd();

    /// Starts reading; on a terminal echo is off when this returns. finished() follows once, unless stop() comes
    /// first.
    void start();
    /// Stops reading and restores the terminal. Safe to call more than once.
    void stop();

Q_SIGNALS:
    /// `line` has no line end; it is empty unless `outcome` is Line. `detail` says why reading failed.
    void finished(const QByteArray &line, SecretLineReader::Outcome outcome, const QString &detail);

private:
    void readAvailable();
    void readBlocking();
    void complete(Outcome outcome, const QString &detail = {});
    void setEcho(bool on);

    int m_fd;
    QByteArray m_buffer;
    QSocketNotifier *m_notifier = nullptr;
    bool m_started = false;
    bool m_done = false;
    bool m_echoOff = false;
    unsigned long m_savedConsoleMode = 0; // Windows only
};
