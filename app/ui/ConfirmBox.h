#pragma once

#include "core/Ref.h"

#include <QMessageBox>
#include <QString>
#include <functional>

/// The one kind of question PointDesk asks before something that cannot be undone (free a terminal, end a sale
/// as not charged, sign out ...): window-modal, deleted when closed, the safe answer the default and Esc.
namespace ConfirmBox {

struct Spec
{
    QString objectName; ///< of the box, for tests
    QMessageBox::Icon icon = QMessageBox::Question;
    QString title;
    QString text;
    QString informativeText;
    QString confirmText; ///< with an & mnemonic
    QString confirmObjectName;
    QString confirmAccessibleName; ///< "" = the button text
    QMessageBox::ButtonRole confirmRole = QMessageBox::AcceptRole;
    QString backText; ///< the safe answer, with an & mnemonic
    QString backObjectName;
    QString backAccessibleName; ///< "" = the button text
};

/// The question before Free terminal (cancel whatever `deviceName` holds; `heldOrder` 0 when unknown), asked the same
/// way in the cashier window and the manager's Terminals dialog.
Spec freeTerminal(const QString &deviceName, const OrderRef &heldOrder);

/// The question before ending a sale whose result is unclear as not charged (`amount` as shown, on `deviceName`).
Spec nothingCharged(const QString &amount, const QString &deviceName);

/// The question before putting a damaged sales record aside and starting a new one.
Spec newJournal();

/// Opens the question on `parent` and returns it (it deletes itself when closed). `onConfirm` runs once, when the
/// confirm button is pressed; the other answer, Esc and closing do nothing.
QMessageBox *ask(QWidget *parent, const Spec &spec, std::function<void()> onConfirm);

} // namespace ConfirmBox
