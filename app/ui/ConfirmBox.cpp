#include "ui/ConfirmBox.h"

#include <QCoreApplication>
#include <QPushButton>

ConfirmBox::Spec ConfirmBox::nothingCharged(const QString &amount, const QString &deviceName)
{
    Spec spec;
    spec.objectName = QStringLiteral("confirmNotChargedBox");
    spec.icon = QMessageBox::Warning;
    spec.title = QCoreApplication::translate("ConfirmBox", "Nothing was charged?");
    spec.text = QCoreApplication::translate("ConfirmBox", "End this sale of %1 as not charged?").arg(amount);
    spec.informativeText =
        QCoreApplication::translate("ConfirmBox",
                                    "Do this only when %1 shows no order for this sale and the Mercado Pago activity "
                                    "shows no payment for it. If the customer did pay, the sale would be missing from "
                                    "PointDesk.")
            .arg(deviceName);
    spec.confirmText = QCoreApplication::translate("ConfirmBox", "&Nothing was charged");
    spec.confirmObjectName = QStringLiteral("confirmNotChargedButton");
    spec.confirmRole = QMessageBox::DestructiveRole;
    spec.backText = QCoreApplication::translate("ConfirmBox", "&Go back");
    spec.backObjectName = QStringLiteral("goBackButton");
    return spec;
}

ConfirmBox::Spec ConfirmBox::newJournal()
{
    Spec spec;
    spec.objectName = QStringLiteral("confirmNewJournalBox");
    spec.icon = QMessageBox::Warning;
    spec.title = QCoreApplication::translate("ConfirmBox", "Start a new sales record?");
    spec.text = QCoreApplication::translate("ConfirmBox", "The sales record file is damaged. Start a new, empty one?");
    spec.informativeText = QCoreApplication::translate(
        "MainWindow", "The damaged file is kept beside the new one (its name ends in \".corrupt\" and the date), so "
                      "that its sales can still be recovered. The history starts empty.");
    spec.confirmText = QCoreApplication::translate("ConfirmBox", "&Start a new record");
    spec.confirmObjectName = QStringLiteral("confirmNewJournalButton");
    spec.backText = QCoreApplication::translate("ConfirmBox", "&Go back");
    spec.backObjectName = QStringLiteral("goBackButton");
    return spec;
}

QMessageBox *ConfirmBox::ask(QWidget *parent, const Spec &spec, std::function<void()> onConfirm)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(spec.objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setIcon(spec.icon);
    box->setWindowTitle(spec.title);
    box->setText(spec.text);
    box->setInformativeText(spec.informativeText);
    QPushButton *confirm = box->addButton(spec.confirmText, spec.confirmRole);
    confirm->setObjectName(spec.confirmObjectName);
    if (!spec.confirmAccessibleName.isEmpty())
        confirm->setAccessibleName(spec.confirmAccessibleName);
    QPushButton *back = box->addButton(spec.backText, QMessageBox::RejectRole);
    back->setObjectName(spec.backObjectName);
    if (!spec.backAccessibleName.isEmpty())
        back->setAccessibleName(spec.backAccessibleName);
    box->setDefaultButton(back);
    box->setEscapeButton(back);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [confirm, onConfirm = std::move(onConfirm)](QAbstractButton *button) {
                         if (button == confirm && onConfirm)
                             onConfirm();
                     });
    box->open();
    return box;
}

ConfirmBox::Spec ConfirmBox::freeTerminal(const QString &deviceName, const OrderRef &heldOrder)
{
    Spec spec;
    spec.objectName = QStringLiteral("confirmFreeBox");
    spec.title = QCoreApplication::translate("ConfirmBox", "Free the terminal?");
    spec.text = !heldOrder.isNull()
                    ? QCoreApplication::translate("ConfirmBox", "Free %1 by cancelling order %2?")
                          .arg(deviceName, heldOrder.toString())
                    : QCoreApplication::translate("ConfirmBox", "Free %1 by cancelling whatever order it holds?")
                          .arg(deviceName);
    spec.informativeText = QCoreApplication::translate(
        "ConfirmBox", "Use this when the terminal is stuck or the order on it was left behind. If a "
                      "customer is paying on it right now, that payment is stopped.");
    spec.confirmText = QCoreApplication::translate("ConfirmBox", "&Free terminal");
    spec.confirmObjectName = QStringLiteral("confirmFreeButton");
    spec.backText = QCoreApplication::translate("ConfirmBox", "&Keep the order");
    spec.backObjectName = QStringLiteral("keepOrderButton");
    return spec;
}
