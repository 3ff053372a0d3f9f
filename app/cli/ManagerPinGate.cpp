#include "cli/ManagerPinGate.h"

#include "cli/CliContext.h"
#include "store/ManagerPin.h"

#include <QLocale>
#include <utility>

ManagerPinGate::ManagerPinGate(CliContext &context, QString commandWord, QObject *parent)
    : QObject(parent), m_context(context), m_commandWord(std::move(commandWord))
{
}

void ManagerPinGate::require(std::function<void()> then)
{
    m_then = std::move(then);
    ManagerSession *session = m_context.managerSession();
    session->queryPin(this, [this, session](ManagerSession::PinState state, const TokenStore::Result &read) {
        if (m_context.isFinished())
            return;
        if (state == ManagerSession::PinState::Unavailable && read.status != TokenStore::Status::NoBackend) {
            m_context.failKeychain(read);
            return;
        }
        // No PIN set, or no keychain service that could hold one: nothing to ask for.
        if (state != ManagerSession::PinState::Set) {
            m_then();
            return;
        }
        if (session->isLockedOut()) {
            ManagerSession::Result locked;
            locked.outcome = ManagerSession::Outcome::LockedOut;
            locked.lockedUntil = session->lockedUntil();
            onPinChecked(locked);
            return;
        }
        m_context.readSecret(tr("A manager PIN is set on this computer. Type it and press Enter:"),
                             [this](const QByteArray &line, SecretLineReader::Outcome outcome, const QString &detail) {
                                 onPinLine(line, outcome, detail);
                             });
    });
}

void ManagerPinGate::onPinLine(const QByteArray &line, SecretLineReader::Outcome outcome, const QString &detail)
{
    switch (outcome) {
    case SecretLineReader::Outcome::Line:
        break;
    case SecretLineReader::Outcome::TooLong:
        m_context.failPin(tr("That is too long for a manager PIN: give only the PIN, on one line. Nothing was done."));
        return;
    case SecretLineReader::Outcome::ReadError:
        m_context.failPin(tr("Could not read the manager PIN from standard input (%1). Nothing was done.").arg(detail));
        return;
    }
    const QString pin = QString::fromUtf8(line).trimmed();
    if (pin.isEmpty()) {
        m_context.failPin(tr("A manager PIN is set on this computer, so \"%1 %2\" needs it on standard input: type it "
                             "when asked, or pass it on standard input, for example from a file. Nothing was done.")
                              .arg(CliContext::program(), m_commandWord));
        return;
    }
    if (!ManagerPin::isValidPin(pin)) {
        // Not a PIN at all: not counted as a wrong try.
        m_context.failPin(tr("The manager PIN is 4 to 8 digits. Nothing was done."));
        return;
    }
    m_context.managerSession()->unlock(pin, this,
                                       [this](const ManagerSession::Result &result) { onPinChecked(result); });
}

void ManagerPinGate::onPinChecked(const ManagerSession::Result &result)
{
    if (m_context.isFinished())
        return;
    switch (result.outcome) {
    case ManagerSession::Outcome::Ok:
        // The PIN was right: what manager mode allows is done, and manager mode ends with this run.
        m_context.managerSession()->end();
        m_then();
        return;
    case ManagerSession::Outcome::WrongPin: {
        const int left = result.remainingTries;
        const QJsonObject fields{{QStringLiteral("remaining_tries"), left}};
        // English has no plural forms of its own (it is the source language): one try is a sentence of its own.
        m_context.failPin(left == 1 ? tr("That is not the manager PIN; nothing was done. One more wrong try locks the "
                                         "manager PIN for a while, here and in the PointDesk window.")
                                    : tr("That is not the manager PIN; nothing was done. %n more wrong tries lock the "
                                         "manager PIN for a while, here and in the PointDesk window.",
                                         nullptr, left),
                          fields);
        return;
    }
    case ManagerSession::Outcome::LockedOut: {
        const QDateTime until = result.lockedUntil.toUTC();
        m_context.failPin(tr("Too many wrong manager PINs: the manager PIN is locked until %1, here and in the "
                             "PointDesk window. Try again then; nothing was done.")
                              .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)),
                          {{QStringLiteral("locked_until"), until.toString(Qt::ISODate)}});
        return;
    }
    case ManagerSession::Outcome::Keychain:
        m_context.failKeychain(result.keychain);
        return;
    case ManagerSession::Outcome::PinDamaged:
        m_context.failPin(tr("The manager PIN saved on this computer is damaged, so it cannot be checked. Reset it in "
                             "the PointDesk window (Manager, Enter manager mode) with the saved access token. Nothing "
                             "was done."));
        return;
    case ManagerSession::Outcome::NoPin:
        // Removed since it was asked for (signed out in the window meanwhile): nothing left to protect.
        m_then();
        return;
    default:
        m_context.failPin(result.message() + QLatin1Char(' ') + tr("Nothing was done."));
        return;
    }
}
