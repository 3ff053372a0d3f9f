// The setup wizard opened as a first run (Account > Set up, after a sign-out) on a computer without a keychain
// service (CTest points DBUS_SESSION_BUS_ADDRESS at nothing): it finds out when it opens, not at Save, and shows the
// explanation and the session-only choice on its first page, with a check box text that is never cut off.
#include "store/ManagerSession.h"
#include "sim/PointSimulator.h"
#include "store/Settings.h"
#include "ui/SetupWizard.h"
#include "store/TokenStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kToken = QStringLiteral("APP_USR-7770001112223334-250301-n0keychainwizardn0keychainw00-w1zd");

} // namespace

class TestSetupWizardNoBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRunFindsTheMissingKeychainWhenItOpens();
};

void TestSetupWizardNoBackend::firstRunFindsTheMissingKeychainWhenItOpens()
{
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PointSimulator sim;
    QVERIFY(sim.listen());
    sim.setAccessToken(kToken);
    Settings settings(dir.filePath(QStringLiteral("pointdesk.ini")));
    TokenStore store(QStringLiteral("PointDesk-test-wizard-nobackend"));
    ManagerSession session(&store, &settings);

    SetupWizard wizard(SetupWizard::Mode::FirstRun, &store, &session, &settings);
    wizard.setApiBase(sim.apiUrl(), false);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // Until the keychain has answered, the first page does not let anyone past it.
    QCOMPARE(wizard.pinState(), SetupWizard::PinState::Checking);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    // It answers "no keychain service": the first page now explains it and offers session-only use.
    QTRY_COMPARE_WITH_TIMEOUT(wizard.mode(), SetupWizard::Mode::NoBackend, 15000);
    QCOMPARE(wizard.pinState(), SetupWizard::PinState::Unavailable);
    QCOMPARE(wizard.currentId(), int(SetupWizard::IntroPageId));
    auto *explanation = wizard.findChild<QLabel *>(QStringLiteral("introReasonLabel"));
    QVERIFY(explanation->isVisible());
    QCOMPARE(explanation->text(), TokenStore::noBackendHelp());
    QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("introText"))); // no "kept in the keychain" welcome
    QVERIFY(wizard.findChild<QPushButton *>(QStringLiteral("retryKeychainButton"))->isVisible());
    QVERIFY(wizard.button(QWizard::CustomButton1)->isVisible()); // "Try demo mode instead"

    // The choice: a check box whose whole text fits, and the details in a label that wraps. The details say exactly
    // what is and is not written.
    auto *sessionOnly = wizard.findChild<QCheckBox *>(QStringLiteral("sessionOnlyCheck"));
    QVERIFY(sessionOnly->isVisible());
    QVERIFY2(sessionOnly->width() >= sessionOnly->sizeHint().width(),
             qPrintable(QStringLiteral("%1 < %2").arg(sessionOnly->width()).arg(sessionOnly->sizeHint().width())));
    auto *details = wizard.findChild<QLabel *>(QStringLiteral("sessionOnlyDetails"));
    QVERIFY(details->isVisible());
    QVERIFY(details->wordWrap());
    QVERIFY2(details->text().contains(QLatin1String("The token is never written to the disk")),
             qPrintable(details->text()));
    QVERIFY2(details->text().contains(QLatin1String("API address")), qPrintable(details->text()));
    // At the wizard's smallest size too.
    wizard.resize(wizard.minimumSize());
    QTRY_VERIFY(sessionOnly->width() >= sessionOnly->sizeHint().width());
    for (const QLabel *label : wizard.findChildren<QLabel *>()) {
        if (label->isVisible())
            QVERIFY2(!label->text().contains(QLatin1String("nothing is written")), qPrintable(label->text()));
    }

    // Going on needs the choice; then the token, a new PIN (none can be stored without a keychain), Save.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(sessionOnly, Qt::LeftButton);
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(store.isSessionOnly());
    QCOMPARE(wizard.currentId(), int(SetupWizard::TokenPageId));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("tokenEdit")), kToken);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    // The token works: the API page comes next (the legacy API stays chosen).
    QTRY_COMPARE(wizard.currentId(), int(SetupWizard::ApiPageId));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::IntegrationPageId));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::PinPageId));
    QVERIFY(wizard.findChild<QLineEdit *>(QStringLiteral("setupPinEdit"))->isVisible());
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("setupPinEdit")), QStringLiteral("8080"));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("setupPinConfirmEdit")), QStringLiteral("8080"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::SavePageId));
    const QString summary = wizard.findChild<QLabel *>(QStringLiteral("saveSummaryLabel"))->text();
    QVERIFY2(summary.contains(QLatin1String("memory")), qPrintable(summary));
    QSignalSpy finished(&wizard, &QDialog::finished);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY(wizard.isSaved());
    QVERIFY(wizard.sessionOnlyChosen());
    QCOMPARE(wizard.savedToken(), kToken);
}

QTEST_MAIN(TestSetupWizardNoBackend)
#include "tst_setupwizardnobackend.moc"
