#pragma once

#include "cli/SecretLineReader.h"
#include "store/ManagerSession.h"

#include <QObject>
#include <functional>

class CliContext;

/// The manager-PIN gate of the commands that need the manager (logout, remove-device): with a manager PIN stored,
/// reads it from standard input (like login's token), checks it with ManagerSession::unlock under manager mode's
/// lockout (wrong PINs here and in the window add up), then lets the command go on; refuses with
/// CliExit::PinRefused otherwise. With no PIN stored, or no keychain service to store one in, lets it go on at once.
class ManagerPinGate : public QObject
{
    Q_OBJECT

public:
    /// `commandWord` is the command as typed ("logout"), for messages.
    ManagerPinGate(CliContext &context, QString commandWord, QObject *parent = nullptr);

    /// Runs `then` once the manager is confirmed (or none is needed); otherwise the run ends through the context.
    void require(std::function<void()> then);

private:
    void onPinLine(const QByteArray &line, SecretLineReader::Outcome outcome, const QString &detail);
    void onPinChecked(const ManagerSession::Result &result);

    CliContext &m_context;
    QString m_commandWord;
    std::function<void()> m_then;
};
