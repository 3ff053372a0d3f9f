#include "ui/QuitBox.h"

#include <QMessageBox>
#include <QPushButton>

QMessageBox *QuitBox::ask(QWidget *parent, const QString &amountText, const QString &deviceName,
                          std::function<void(Choice)> answered)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("quitWithOpenOrderBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("An order is still open"));
    box->setText(tr("An order of %1 is still open on %2.").arg(amountText, deviceName));
    box->setInformativeText(tr("If PointDesk quits now, the terminal keeps showing the order and the customer can "
                               "still pay it while nobody watches. Cancel the order before quitting?"));
    QPushButton *cancelAndQuit = box->addButton(tr("&Cancel order and quit"), QMessageBox::DestructiveRole);
    cancelAndQuit->setObjectName(QStringLiteral("cancelAndQuitButton"));
    QPushButton *keepWaiting = box->addButton(tr("&Keep waiting"), QMessageBox::RejectRole);
    keepWaiting->setObjectName(QStringLiteral("keepWaitingButton"));
    QPushButton *quitAnyway = box->addButton(tr("&Quit anyway"), QMessageBox::AcceptRole);
    quitAnyway->setObjectName(QStringLiteral("quitAnywayButton"));
    cancelAndQuit->setAccessibleName(tr("Cancel the order and quit"));
    keepWaiting->setAccessibleName(tr("Keep waiting for the customer"));
    quitAnyway->setAccessibleName(tr("Quit and leave the order open"));
    box->setDefaultButton(keepWaiting);
    box->setEscapeButton(keepWaiting);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [cancelAndQuit, quitAnyway, answered = std::move(answered)](QAbstractButton *button) {
                         if (button == quitAnyway)
                             answered(Choice::QuitAnyway);
                         else if (button == cancelAndQuit)
                             answered(Choice::CancelAndQuit);
                         else
                             answered(Choice::KeepWaiting);
                     });
    box->open();
    return box;
}
