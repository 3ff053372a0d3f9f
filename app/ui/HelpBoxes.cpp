#include "ui/HelpBoxes.h"

#include "ui/Theme.h"

#include <QMessageBox>
#include <QPushButton>

QMessageBox *HelpBoxes::openShortcuts(QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("shortcutsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Information);
    box->setWindowTitle(tr("Keyboard shortcuts"));
    box->setText(tr("Keyboard shortcuts"));
    box->setInformativeText(tr("Enter: charge\nEsc: cancel the open order\nF2: new sale, the same description\n"
                               "Ctrl+N: new sale, all cleared\nF3: charge the same again\nF5: refresh the terminals\n"
                               "Ctrl+H: sales history\nCtrl+Shift+Z: close the day\nCtrl+,: preferences\nCtrl+M: enter manager mode\n"
                               "Ctrl+T: terminals (manager)\nCtrl+Shift+M: end manager mode\nF10: the menu bar\n"
                               "F1: this list"));
    box->addButton(QMessageBox::Ok)->setObjectName(QStringLiteral("shortcutsOkButton"));
    box->button(QMessageBox::Ok)->setAccessibleName(tr("Close"));
    box->open();
    return box;
}

QMessageBox *HelpBoxes::openAbout(QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIconPixmap(Theme::appIcon().pixmap(64, 64));
    box->setWindowTitle(tr("About PointDesk"));
    box->setText(tr("PointDesk %1").arg(QStringLiteral(POINTDESK_VERSION)));
    box->setInformativeText(tr("A desktop cashier for Mercado Pago Point card terminals. The access token is kept "
                               "in the system keychain, never in a file."));
    box->addButton(QMessageBox::Ok)->setObjectName(QStringLiteral("aboutOkButton"));
    box->button(QMessageBox::Ok)->setAccessibleName(tr("Close"));
    box->open();
    return box;
}
