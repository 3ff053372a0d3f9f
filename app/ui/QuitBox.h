#pragma once

#include <QCoreApplication>
#include <functional>

class QMessageBox;
class QWidget;

/// The one question that deserves a dialog: quitting while an order is open on a terminal nobody would watch.
class QuitBox
{
    Q_DECLARE_TR_FUNCTIONS(QuitBox)

public:
    enum class Choice { CancelAndQuit, KeepWaiting, QuitAnyway };

    /// Opens (window-modal, not exec'd) the question about the order of `amountText` on `deviceName`; `answered` gets
    /// the cashier's choice. The box deletes itself when closed.
    static QMessageBox *ask(QWidget *parent, const QString &amountText, const QString &deviceName,
                            std::function<void(Choice)> answered);
};
