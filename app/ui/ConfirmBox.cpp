#include "ConfirmBox.h"

#include <QPushButton>

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
