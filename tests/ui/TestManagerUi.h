#pragma once

// The fixture of the manager-mode tests (tst_managerui.cpp and tst_managerui_more.cpp, one executable): the cashier
// window with real widgets against a real PointSimulator and the real Secret Service (run inside .ci/with-keyring).
#include "api/LegacyPointBackend.h"
#include "sim/PointSimulator.h"
#include "store/ManagerLockout.h"
#include "store/ManagerPin.h"
#include "store/ManagerSession.h"
#include "store/OrderJournal.h"
#include "store/Settings.h"
#include "store/TokenStore.h"
#include "support/AccountTestSupport.h"
#include "support/RefTestSupport.h"
#include "support/SimTestSupport.h"
#include "ui/DevicePicker.h"
#include "ui/MainWindow.h"
#include "ui/ManagerDialog.h"
#include "ui/PinDialog.h"
#include "ui/SetupWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace AccountTest;

namespace ManagerUiTest {

inline const QString kPin = QStringLiteral("731904");

} // namespace ManagerUiTest

using namespace ManagerUiTest;

class TestManagerUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void cashierCannotReachTheManagersTools();
    void ctrlMInManagerModeSaysSo();
    void wrongPinThenRightPin();
    void lockoutShownInThePrompt();
    void lockoutEndGivesTheFieldTheKeyboard();
    void wrongTriesInWholeSentences();
    void idleTimeoutEndsManagerMode();
    void freeTerminalThroughTheDialog();
    void busyTerminalShownInPickerAndFreed();
    void busyTerminalConflictOffersFreeTerminal();
    void freeingOwnSaleNeedsNoPin();
    void removeTerminalConfirmedByItsName();
    void removeButtonCutsALongName();
    void removeTerminalByChoosingItsName();
    void confirmsNameFoldsCaseAndAccents();
    void terminalsDialogMnemonics();
    void dialogClosesWhenManagerModeEnds();
    void dialogSendsNothingWithoutManagerMode();
    void changePinAsksForTheOldOne();
    void changePinRefusesTrivialPins();
    void tokenBannerAsksForThePinThenOpensSetup();
    void tokenRefusedWithSaleOpenStillLeadsToSetup();
    void noPinYetAsksForTheToken();
    void cancelDuringTheCheckCountsNothing();
    void damagedPinIsResetWithTheToken();
    void demoWithoutAccountNeedsNoPin();
    void everyControlHasNameAndAccessibleName();

private:
    void createWindow(bool withPin = true);
    template <typename T> T *child(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no child named %s", qPrintable(name));
        return widget;
    }
    /// True when the widget named `name` exists and is visible: the trouble banners are built when first needed.
    bool shown(const QString &name) const
    {
        const QWidget *widget = m_window->findChild<QWidget *>(name);
        return widget && widget->isVisible();
    }
    QAction *action(const QString &name) const { return child<QAction>(name); }
    PinDialog *pinDialog() const;
    ManagerDialog *managerDialog() const;
    void enterPin(PinDialog *dialog, const QString &pin);
    void unlock();
    qint64 createOrderDirectly(const QString &device);
    QTreeWidgetItem *terminalItem(ManagerDialog *dialog, const QString &name);
    /// The visible ConfirmBox named `name`, if any.
    QMessageBox *confirmBox(const QString &name) const;
    ManagerDialog *openTerminals();
    QString panelMode() const;
    void fillForm(const QString &amount, const QString &description);
    /// Presses the panel's Free terminal: another till's order asks for the manager PIN first, then to confirm.
    void freeWithThePin();

    QTemporaryDir *m_dir = nullptr;
    PointSimulator *m_sim = nullptr;
    LegacyPointBackend *m_client = nullptr;
    Settings *m_settings = nullptr;
    OrderJournal *m_journal = nullptr;
    QString m_service;
    TokenStore *m_store = nullptr;
    ManagerSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
};
