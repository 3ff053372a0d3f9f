// The charge form on its own: every validation message next to its field, Charge disabled until valid, Enter
// charges, keyboard order, locale-aware amounts.
#include "support/UiTestSupport.h"
#include "ui/ChargeForm.h"
#include "ui/FieldEdit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

class TestChargeForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cardMnemonicChoosesAtOnce();
    void init();
    void cleanup();

    void startsEmptyWithChargeDisabled();
    void validationMessages_data();
    void validationMessages();
    void pastedControlCharactersInDescription();
    void messagesClearWhenFixed();
    void descriptionCounter_data();
    void descriptionCounter();
    void enterChargesWhenValid();
    void enterOnInvalidFormShowsWhyAndFocusesFirstProblem();
    void blockedReasonDisablesCharge();
    void lockedFormCannotCharge();
    void requestCarriesEveryField();
    void amountIsLocaleAware_data();
    void amountIsLocaleAware();
    void amountIsReformattedWhenLeft();
    void tabOrder();
    void clearForNewSale();
    void recentDescriptionsAreOffered();
    void enterChargesWhileSuggestionsShow();
    void defaultExternalReferenceFormat();
    void moreOptionsOpenInPlace_data();
    void moreOptionsOpenInPlace();
    void moreOptionsByKeyboard();

private:
    template <typename T> T *child(const QString &name) const
    {
        T *widget = m_form->findChild<T *>(name);
        if (!widget)
            qFatal("no child named %s", qPrintable(name));
        return widget;
    }
    void fillValid();

    ChargeForm *m_form = nullptr;
};

void TestChargeForm::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestChargeForm::init()
{
    m_form = new ChargeForm;
    m_form->resize(500, 700);
    m_form->show();
    QApplication::setActiveWindow(m_form);
    QVERIFY(QTest::qWaitForWindowActive(m_form));
}

void TestChargeForm::cleanup()
{
    delete m_form;
    m_form = nullptr;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestChargeForm::cardMnemonicChoosesAtOnce()
{
    // Alt+B then Enter at once: the charge goes with debit, the card the form shows (a mnemonic used to press the
    // button for 100 ms before checking it, and a quick Enter charged credit).
    fillValid();
    QSignalSpy charge(m_form, &ChargeForm::chargeRequested);
    auto *amount = child<QWidget>(QStringLiteral("amountEdit"));
    amount->setFocus();
    QTest::keyClick(amount, Qt::Key_B, Qt::AltModifier);
    QVERIFY(child<QAbstractButton>(QStringLiteral("debitRadio"))->isChecked());
    QCOMPARE(m_form->request().cardType, CardType::Debit);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(charge.count(), 1);
    QCOMPARE(m_form->request().cardType, CardType::Debit);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::AltModifier);
    QVERIFY(child<QAbstractButton>(QStringLiteral("creditRadio"))->isChecked());
    QCOMPARE(m_form->request().cardType, CardType::Credit);
}

void TestChargeForm::fillValid()
{
    UiTest::type(child<QLineEdit>(QStringLiteral("amountEdit")), QStringLiteral("10"));
    UiTest::type(child<QLineEdit>(QStringLiteral("descriptionEdit")), QStringLiteral("Cup"));
    QVERIFY(m_form->isValid());
    QVERIFY(child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
}

void TestChargeForm::startsEmptyWithChargeDisabled()
{
    QVERIFY(!m_form->isValid());
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    // Nothing is scolded before the cashier typed anything, but the hint says what is missing.
    QCOMPARE(child<QLabel>(QStringLiteral("amountError"))->text(), QString());
    QCOMPARE(child<QLabel>(QStringLiteral("descriptionError"))->text(), QString());
    QCOMPARE(child<QLabel>(QStringLiteral("chargeHint"))->text(),
             QStringLiteral("Enter the amount and a description to charge."));
    QCOMPARE(child<QLabel>(QStringLiteral("descriptionCounter"))->text(), QStringLiteral("0/20"));
    QVERIFY(!child<QWidget>(QStringLiteral("moreOptionsPanel"))->isVisible());
}

void TestChargeForm::validationMessages_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("message");

    const QString amount = QStringLiteral("amountEdit");
    const QString amountError = QStringLiteral("amountError");
    QTest::newRow("amount empty") << amount << QString() << amountError
                                  << QStringLiteral("Enter the amount to charge.");
    QTest::newRow("amount letters") << amount << QStringLiteral("abc") << amountError
                                    << QStringLiteral("The amount must be a number, like 1,250.50.");
    QTest::newRow("amount bad grouping") << amount << QStringLiteral("1.2.3") << amountError
                                         << QStringLiteral("The amount must be a number, like 1,250.50.");
    QTest::newRow("amount three decimals") << amount << QStringLiteral("12.345") << amountError
                                           << QStringLiteral("The amount can have at most two decimals.");
    QTest::newRow("amount zero") << amount << QStringLiteral("0") << amountError
                                 << QStringLiteral("The amount must be greater than zero.");
    QTest::newRow("amount negative") << amount << QStringLiteral("-5") << amountError
                                     << QStringLiteral("The amount must be greater than zero.");
    QTest::newRow("amount too large") << amount << QStringLiteral("100000000") << amountError
                                      << QStringLiteral("The amount is too large: at most 99,999,999.99.");

    const QString description = QStringLiteral("descriptionEdit");
    const QString descriptionError = QStringLiteral("descriptionError");
    QTest::newRow("description empty") << description << QString() << descriptionError
                                       << QStringLiteral("Enter a description: the customer sees it on the terminal.");
    QTest::newRow("description blank") << description << QStringLiteral("   ") << descriptionError
                                       << QStringLiteral("Enter a description: the customer sees it on the terminal.");
    QTest::newRow("description 21 chars") << description << QStringLiteral("abcdefghijklmnopqrstu") << descriptionError
                                          << QStringLiteral("The description is too long: 21 characters, at most 20.");

    const QString reference = QStringLiteral("externalReferenceEdit");
    const QString referenceError = QStringLiteral("externalReferenceError");
    QTest::newRow("reference blank") << reference << QStringLiteral("   ") << referenceError
                                     << QStringLiteral("The external reference cannot be blank or contain line breaks "
                                                       "or tabs.");
    QTest::newRow("reference 65 chars") << reference << QString(65, QLatin1Char('R')) << referenceError
                                        << QStringLiteral("The external reference is too long: at most 64 characters.");

    const QString email = QStringLiteral("payerEmailEdit");
    const QString emailError = QStringLiteral("payerEmailError");
    const QString emailMessage = QStringLiteral("The payer e-mail is not a valid address, like name@example.com.");
    QTest::newRow("email no at") << email << QStringLiteral("not-an-email") << emailError << emailMessage;
    QTest::newRow("email no domain dot") << email << QStringLiteral("ana@shop") << emailError << emailMessage;
    QTest::newRow("email double dot") << email << QStringLiteral("ana..b@shop.example") << emailError << emailMessage;
    QTest::newRow("email space") << email << QStringLiteral("ana b@shop.example") << emailError << emailMessage;

    const QString url = QStringLiteral("notificationUrlEdit");
    const QString urlError = QStringLiteral("notificationUrlError");
    QTest::newRow("url not an address") << url << QStringLiteral("notify me") << urlError
                                        << QStringLiteral("The notification URL must be a full address, like "
                                                          "https://shop.example/notify.");
    QTest::newRow("url relative") << url << QStringLiteral("/notify") << urlError
                                  << QStringLiteral("The notification URL must be a full address, like "
                                                    "https://shop.example/notify.");
    QTest::newRow("url plain http") << url << QStringLiteral("http://shop.example/notify") << urlError
                                    << QStringLiteral("The notification URL must start with https://.");
    QTest::newRow("url ftp") << url << QStringLiteral("ftp://shop.example/notify") << urlError
                             << QStringLiteral("The notification URL must start with https://.");
    QTest::newRow("url localhost") << url << QStringLiteral("http://localhost:8080/notify") << urlError
                                   << QStringLiteral("The notification URL must be an address Mercado Pago can reach "
                                                     "from the internet, not this computer.");
    QTest::newRow("url too long") << url << QStringLiteral("https://shop.example/") + QString(1980, QLatin1Char('a'))
                                  << urlError
                                  << QStringLiteral("The notification URL is too long: at most 2000 characters.");
}

void TestChargeForm::validationMessages()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(QString, errorLabel);
    QFETCH(QString, message);

    fillValid();
    if (field != QLatin1String("amountEdit") && field != QLatin1String("descriptionEdit"))
        m_form->setMoreOptionsExpanded(true);
    auto *edit = child<QLineEdit>(field);
    auto *label = child<QLabel>(errorLabel);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    if (input.isEmpty()) {
        // Typed and erased: the field was touched and is now empty.
        UiTest::type(edit, QStringLiteral("x"));
        QTest::keyClick(edit, Qt::Key_Backspace);
    } else {
        UiTest::type(edit, input);
    }
    QCOMPARE(edit->text(), input);

    QCOMPARE(label->text(), message);
    QVERIFY(label->isVisible());
    QVERIFY(qobject_cast<FieldEdit *>(edit));
    QCOMPARE(qobject_cast<FieldEdit *>(edit)->isInvalid(), true);
    QCOMPARE(edit->accessibleDescription(), message);
    QVERIFY(!m_form->isValid());
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    // The hint names the field to fix, and says where it is when it is among More options (below the button).
    const QHash<QString, QString> hints{
        {QStringLiteral("amountEdit"), QStringLiteral("Fix the amount to charge.")},
        {QStringLiteral("descriptionEdit"), QStringLiteral("Fix the description to charge.")},
        {QStringLiteral("externalReferenceEdit"),
         QStringLiteral("Fix the external reference, under More options, to charge.")},
        {QStringLiteral("payerEmailEdit"), QStringLiteral("Fix the payer e-mail, under More options, to charge.")},
        {QStringLiteral("notificationUrlEdit"),
         QStringLiteral("Fix the notification URL, under More options, to charge.")}};
    QVERIFY(hints.contains(field));
    QCOMPARE(child<QLabel>(QStringLiteral("chargeHint"))->text(), hints.value(field));
    // Only that field complains.
    const QList<QLabel *> errors = {
        child<QLabel>(QStringLiteral("amountError")), child<QLabel>(QStringLiteral("descriptionError")),
        child<QLabel>(QStringLiteral("externalReferenceError")), child<QLabel>(QStringLiteral("payerEmailError")),
        child<QLabel>(QStringLiteral("notificationUrlError"))};
    for (QLabel *other : errors) {
        if (other != label)
            QCOMPARE(other->text(), QString());
    }
    QSignalSpy charge(m_form, &ChargeForm::chargeRequested);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(charge.count(), 0);
}

void TestChargeForm::pastedControlCharactersInDescription()
{
    fillValid();
    auto *edit = child<QLineEdit>(QStringLiteral("descriptionEdit"));
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QGuiApplication::clipboard()->setText(QStringLiteral("Cup\tof tea"));
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
    if (!edit->text().contains(QLatin1Char('\t')))
        QSKIP("this platform's clipboard does not hand a tab to QLineEdit");
    QCOMPARE(child<QLabel>(QStringLiteral("descriptionError"))->text(),
             QStringLiteral("The description cannot contain line breaks or tabs."));
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
}

void TestChargeForm::messagesClearWhenFixed()
{
    auto *amount = child<QLineEdit>(QStringLiteral("amountEdit"));
    UiTest::type(amount, QStringLiteral("12.345"));
    QCOMPARE(child<QLabel>(QStringLiteral("amountError"))->text(),
             QStringLiteral("The amount can have at most two decimals."));
    QTest::keyClick(amount, Qt::Key_Backspace);
    QCOMPARE(child<QLabel>(QStringLiteral("amountError"))->text(), QString());
    QVERIFY(qobject_cast<FieldEdit *>(amount));
    QCOMPARE(qobject_cast<FieldEdit *>(amount)->isInvalid(), false);
    UiTest::type(child<QLineEdit>(QStringLiteral("descriptionEdit")), QStringLiteral("Cup"));
    QVERIFY(child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    QCOMPARE(child<QPushButton>(QStringLiteral("chargeButton"))->text(), QStringLiteral("&Charge $12.34"));
    QCOMPARE(child<QLabel>(QStringLiteral("chargeHint"))->text(), QStringLiteral("Press Enter to charge."));
}

void TestChargeForm::descriptionCounter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("counter");
    QTest::addColumn<bool>("valid");
    QTest::newRow("accents") << QStringLiteral("Caf\u00E9 con leche") << QStringLiteral("14/20") << true;
    QTest::newRow("exactly 20") << QStringLiteral("12345678901234567890") << QStringLiteral("20/20") << true;
    QTest::newRow("21") << QStringLiteral("123456789012345678901") << QStringLiteral("21/20") << false;
    // A character outside the BMP is one character for the cashier (and the API), not two UTF-16 units.
    QTest::newRow("emoji") << QStringLiteral("Pan ") + QString::fromUcs4(U"\U0001F950") << QStringLiteral("5/20")
                           << true;
}

void TestChargeForm::descriptionCounter()
{
    QFETCH(QString, text);
    QFETCH(QString, counter);
    QFETCH(bool, valid);
    UiTest::type(child<QLineEdit>(QStringLiteral("amountEdit")), QStringLiteral("1"));
    UiTest::type(child<QLineEdit>(QStringLiteral("descriptionEdit")), text);
    QCOMPARE(child<QLineEdit>(QStringLiteral("descriptionEdit"))->text(), text);
    QCOMPARE(child<QLabel>(QStringLiteral("descriptionCounter"))->text(), counter);
    QCOMPARE(m_form->isValid(), valid);
}

void TestChargeForm::enterChargesWhenValid()
{
    fillValid();
    QSignalSpy charge(m_form, &ChargeForm::chargeRequested);
    QTest::keyClick(child<QLineEdit>(QStringLiteral("descriptionEdit")), Qt::Key_Return);
    QCOMPARE(charge.count(), 1);
    QTest::keyClick(child<QLineEdit>(QStringLiteral("amountEdit")), Qt::Key_Enter);
    QCOMPARE(charge.count(), 2);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("chargeButton")), Qt::LeftButton);
    QCOMPARE(charge.count(), 3);
}

void TestChargeForm::enterOnInvalidFormShowsWhyAndFocusesFirstProblem()
{
    QSignalSpy charge(m_form, &ChargeForm::chargeRequested);
    UiTest::type(child<QLineEdit>(QStringLiteral("amountEdit")), QStringLiteral("5"));
    QTest::keyClick(child<QLineEdit>(QStringLiteral("amountEdit")), Qt::Key_Return);
    QCOMPARE(charge.count(), 0);
    QCOMPARE(child<QLabel>(QStringLiteral("descriptionError"))->text(),
             QStringLiteral("Enter a description: the customer sees it on the terminal."));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(QStringLiteral("descriptionEdit")));

    // A problem in More options opens it and goes there.
    UiTest::type(child<QLineEdit>(QStringLiteral("descriptionEdit")), QStringLiteral("Cup"));
    m_form->setMoreOptionsExpanded(true);
    UiTest::type(child<QLineEdit>(QStringLiteral("payerEmailEdit")), QStringLiteral("x@"));
    m_form->setMoreOptionsExpanded(false);
    QTest::keyClick(child<QLineEdit>(QStringLiteral("descriptionEdit")), Qt::Key_Return);
    QCOMPARE(charge.count(), 0);
    QVERIFY(m_form->isMoreOptionsExpanded());
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(QStringLiteral("payerEmailEdit")));
}

void TestChargeForm::blockedReasonDisablesCharge()
{
    fillValid();
    const QString reason = QStringLiteral("Caja 1 is busy with order 5000000001.");
    m_form->setBlockedReason(reason);
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    QCOMPARE(child<QLabel>(QStringLiteral("chargeHint"))->text(), reason);
    QSignalSpy charge(m_form, &ChargeForm::chargeRequested);
    QTest::keyClick(child<QLineEdit>(QStringLiteral("descriptionEdit")), Qt::Key_Return);
    QCOMPARE(charge.count(), 0);
    m_form->setBlockedReason(QString());
    QVERIFY(child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
}

void TestChargeForm::lockedFormCannotCharge()
{
    fillValid();
    m_form->setInputsLocked(true);
    QVERIFY(!child<QLineEdit>(QStringLiteral("amountEdit"))->isEnabled());
    QVERIFY(!child<QLineEdit>(QStringLiteral("descriptionEdit"))->isEnabled());
    QVERIFY(!child<QAbstractButton>(QStringLiteral("creditRadio"))->isEnabled());
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    QSignalSpy charge(m_form, &ChargeForm::chargeRequested);
    QTest::keyClick(m_form, Qt::Key_Return);
    QCOMPARE(charge.count(), 0);
    m_form->setInputsLocked(false);
    QVERIFY(child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
}

void TestChargeForm::requestCarriesEveryField()
{
    fillValid();
    QTest::mouseClick(child<QAbstractButton>(QStringLiteral("debitRadio")), Qt::LeftButton);
    QTest::mouseClick(child<QAbstractButton>(QStringLiteral("moreOptionsButton")), Qt::LeftButton);
    QVERIFY(child<QWidget>(QStringLiteral("moreOptionsPanel"))->isVisible());
    auto *reference = child<QLineEdit>(QStringLiteral("externalReferenceEdit"));
    reference->selectAll();
    UiTest::type(reference, QStringLiteral("SALE-42"));
    UiTest::type(child<QLineEdit>(QStringLiteral("payerEmailEdit")), QStringLiteral("ana@shop.example"));
    UiTest::type(child<QLineEdit>(QStringLiteral("notificationUrlEdit")), QStringLiteral("https://shop.example/n"));
    // A check box takes clicks on its box and label only: click the box.
    auto *disableBack = child<QAbstractButton>(QStringLiteral("disableBackButtonCheck"));
    const QPoint box(QFontMetrics(disableBack->font()).height() / 2 + 2, disableBack->height() / 2);
    QTest::mouseClick(disableBack, Qt::LeftButton, Qt::NoModifier, box);
    QVERIFY(disableBack->isChecked());
    QVERIFY(m_form->isValid());

    const OrderRequest r = m_form->request();
    QCOMPARE(r.amount.cents(), 1000);
    QCOMPARE(r.description, QStringLiteral("Cup"));
    QCOMPARE(r.cardType, CardType::Debit);
    QCOMPARE(r.externalReference, QStringLiteral("SALE-42"));
    QCOMPARE(r.payerEmail, QStringLiteral("ana@shop.example"));
    QCOMPARE(r.notificationUrl, QStringLiteral("https://shop.example/n"));
    QCOMPARE(r.disableBackButton, std::optional<bool>(true));
    QCOMPARE(r.deviceName, QString());

    // Unchecked: the field is left out of the request, not sent as false. (Space works as well as a click.)
    disableBack->setFocus();
    QTest::keyClick(disableBack, Qt::Key_Space);
    QVERIFY(!disableBack->isChecked());
    QCOMPARE(m_form->request().disableBackButton, std::optional<bool>());
}

void TestChargeForm::amountIsLocaleAware_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("chargeText");
    const QLocale ar(QLocale::Spanish, QLocale::Argentina);
    const QLocale br(QLocale::Portuguese, QLocale::Brazil);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("es_AR grouped") << ar << QStringLiteral("1.250,50") << qint64(125050) << QStringLiteral("1.250,50");
    QTest::newRow("es_AR comma") << ar << QStringLiteral("12,5") << qint64(1250) << QStringLiteral("12,50");
    QTest::newRow("es_AR thousands") << ar << QStringLiteral("1.234") << qint64(123400) << QStringLiteral("1.234,00");
    QTest::newRow("es_AR dot decimal") << ar << QStringLiteral("12.50") << qint64(1250) << QStringLiteral("12,50");
    QTest::newRow("pt_BR") << br << QStringLiteral("R$ 99,90") << qint64(9990) << QStringLiteral("R$");
    QTest::newRow("en_US grouped") << us << QStringLiteral("1,250.50") << qint64(125050) << QStringLiteral("1,250.50");
    QTest::newRow("en_US max") << us << QStringLiteral("99999999.99") << qint64(9999999999LL)
                               << QStringLiteral("99,999,999.99");
}

void TestChargeForm::amountIsLocaleAware()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, typed);
    QFETCH(qint64, cents);
    QFETCH(QString, chargeText);
    QLocale::setDefault(locale);
    UiTest::type(child<QLineEdit>(QStringLiteral("amountEdit")), typed);
    UiTest::type(child<QLineEdit>(QStringLiteral("descriptionEdit")), QStringLiteral("Cup"));
    QVERIFY(m_form->amount().has_value());
    QCOMPARE(m_form->amount()->cents(), cents);
    QCOMPARE(m_form->request().amount.cents(), cents);
    QVERIFY2(child<QPushButton>(QStringLiteral("chargeButton"))->text().contains(chargeText),
             qPrintable(child<QPushButton>(QStringLiteral("chargeButton"))->text()));
}

void TestChargeForm::amountIsReformattedWhenLeft()
{
    auto *amount = child<QLineEdit>(QStringLiteral("amountEdit"));
    amount->setFocus();
    UiTest::type(amount, QStringLiteral("1250.5"));
    QTest::keyClick(amount, Qt::Key_Tab);
    QCOMPARE(amount->text(), QStringLiteral("1,250.50"));
    QCOMPARE(m_form->amount()->cents(), 125050);
}

void TestChargeForm::tabOrder()
{
    fillValid();
    auto *amount = child<QLineEdit>(QStringLiteral("amountEdit"));
    amount->setFocus();
    QCOMPARE(QApplication::focusWidget(), amount);
    QStringList visited;
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget()->objectName();
    }
    // Both cards are Tab stops (the unchecked one too: a keyboard-only cashier reaches Debit without guessing arrows).
    QCOMPARE(visited, (QStringList{QStringLiteral("descriptionEdit"), QStringLiteral("creditRadio"),
                                   QStringLiteral("debitRadio"), QStringLiteral("chargeButton")}));
    // Arrow keys pick the card type inside the group.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("creditRadio"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QVERIFY(child<QAbstractButton>(QStringLiteral("debitRadio"))->isChecked());
}

void TestChargeForm::clearForNewSale()
{
    fillValid();
    m_form->setMoreOptionsExpanded(true);
    UiTest::type(child<QLineEdit>(QStringLiteral("payerEmailEdit")), QStringLiteral("ana@shop.example"));
    UiTest::type(child<QLineEdit>(QStringLiteral("notificationUrlEdit")), QStringLiteral("https://shop.example/n"));
    const QString reference = child<QLineEdit>(QStringLiteral("externalReferenceEdit"))->text();
    child<QLineEdit>(QStringLiteral("descriptionEdit"))->setFocus();

    m_form->clearForNewSale();
    QCOMPARE(child<QLineEdit>(QStringLiteral("amountEdit"))->text(), QString());
    QCOMPARE(child<QLineEdit>(QStringLiteral("descriptionEdit"))->text(), QString());
    QCOMPARE(child<QLineEdit>(QStringLiteral("payerEmailEdit"))->text(), QString());
    // The shop's notification URL stays; the reference is new.
    QCOMPARE(child<QLineEdit>(QStringLiteral("notificationUrlEdit"))->text(), QStringLiteral("https://shop.example/n"));
    QVERIFY(child<QLineEdit>(QStringLiteral("externalReferenceEdit"))->text() != reference);
    QCOMPARE(child<QLabel>(QStringLiteral("descriptionError"))->text(), QString());
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(QStringLiteral("amountEdit")));
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
}

void TestChargeForm::recentDescriptionsAreOffered()
{
    m_form->setRecentDescriptions({QStringLiteral("Caf\u00E9 con leche"), QStringLiteral("Medialunas")});
    auto *edit = child<QLineEdit>(QStringLiteral("descriptionEdit"));
    QCompleter *completer = edit->completer();
    QVERIFY(completer);
    UiTest::type(edit, QStringLiteral("caf"));
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("Caf\u00E9 con leche"));
}

void TestChargeForm::enterChargesWhileSuggestionsShow()
{
    // The suggestion list swallowed the Enter that should charge ("Press Enter to charge" shown, nothing sent).
    m_form->setRecentDescriptions({QStringLiteral("Caf\u00E9 con leche"), QStringLiteral("Medialunas")});
    auto *edit = child<QLineEdit>(QStringLiteral("descriptionEdit"));
    QSignalSpy charge(m_form, &ChargeForm::chargeRequested);
    UiTest::type(child<QLineEdit>(QStringLiteral("amountEdit")), QStringLiteral("10"));
    edit->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(edit, QStringLiteral("Caf"));
    QAbstractItemView *popup = edit->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(m_form->isValid());
    // Nothing chosen in the list: the typed text is charged.
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(charge.count(), 1);
    QCOMPARE(m_form->request().description, QStringLiteral("Caf"));
    QTRY_VERIFY(!popup->isVisible());

    // A suggestion chosen with the arrow keys: accepted, and charged with that one Enter.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("Caf"));
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Enter);
    QCOMPARE(charge.count(), 2);
    QCOMPARE(edit->text(), QStringLiteral("Caf\u00E9 con leche"));
    QCOMPARE(m_form->request().description, QStringLiteral("Caf\u00E9 con leche"));
    QVERIFY(!popup->isVisible());
}

void TestChargeForm::defaultExternalReferenceFormat()
{
    const QDateTime when(QDate(2024, 3, 9), QTime(14, 5, 7, 42));
    QCOMPARE(ChargeForm::defaultExternalReference(when), QStringLiteral("PD-20240309-140507-042"));
    const QString shown = child<QLineEdit>(QStringLiteral("externalReferenceEdit"))->text();
    QVERIFY2(QRegularExpression(QStringLiteral("^PD-\\d{8}-\\d{6}-\\d{3}$")).match(shown).hasMatch(),
             qPrintable(shown));
}

void TestChargeForm::moreOptionsOpenInPlace_data()
{
    QTest::addColumn<int>("windowHeight");
    QTest::newRow("room to spare") << 900;
    QTest::newRow("short window, the form scrolls") << 360;
}

void TestChargeForm::moreOptionsOpenInPlace()
{
    QFETCH(int, windowHeight);
    // As in the cashier window: the form in a vertical scroll area, under it the line of shortcuts.
    QWidget window;
    auto *scroll = new QScrollArea(&window);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *host = new QWidget;
    auto *form = new ChargeForm(host);
    auto *hint = new QLabel(QStringLiteral("Enter: charge   Esc: cancel the order   F2: new sale"), host);
    hint->setWordWrap(true);
    auto *hostLayout = new QVBoxLayout(host);
    hostLayout->addWidget(form, 1);
    hostLayout->addWidget(hint);
    scroll->setWidget(host);
    auto *windowLayout = new QVBoxLayout(&window);
    windowLayout->addWidget(scroll);
    window.resize(460, windowHeight);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    const QStringList fields{QStringLiteral("amountEdit"),       QStringLiteral("descriptionEdit"),
                             QStringLiteral("creditRadio"),      QStringLiteral("debitRadio"),
                             QStringLiteral("chargeButton"),     QStringLiteral("chargeHint"),
                             QStringLiteral("moreOptionsButton")};
    // Where every field above the panel is in the form, and how wide.
    const auto layoutNow = [&]() {
        QList<QRect> rects;
        for (const QString &name : fields) {
            const QWidget *w = form->findChild<QWidget *>(name);
            rects << QRect(w->mapTo(form, QPoint(0, 0)), w->size());
        }
        rects << QRect(hint->mapTo(host, QPoint(0, 0)), hint->size());
        return rects;
    };
    const QList<QRect> closed = layoutNow();
    const QSize windowSize = window.size();
    const bool scrollBar = scroll->verticalScrollBar()->isVisible();
    const QSize viewport = scroll->viewport()->size();

    auto *more = form->findChild<QAbstractButton *>(QStringLiteral("moreOptionsButton"));
    auto *panel = form->findChild<QWidget *>(QStringLiteral("moreOptionsPanel"));
    QTest::mouseClick(more, Qt::LeftButton);
    QVERIFY(panel->isVisible());
    QApplication::processEvents(); // let any relayout happen
    QCOMPARE(layoutNow(), closed);
    QCOMPARE(window.size(), windowSize);
    QCOMPARE(scroll->verticalScrollBar()->isVisible(), scrollBar);
    QCOMPARE(scroll->viewport()->size(), viewport);
    // Opened, the panel is in view inside the scroll area, and so is its toggle.
    const QRect shown(QPoint(0, 0), scroll->viewport()->size());
    const int top = more->mapTo(scroll->viewport(), QPoint(0, 0)).y();
    const int bottom = panel->mapTo(scroll->viewport(), QPoint(0, panel->height())).y();
    QVERIFY2(top >= 0 && (bottom <= shown.height() || top == 0),
             qPrintable(QStringLiteral("toggle at %1, panel ends at %2, viewport %3 high")
                            .arg(top)
                            .arg(bottom)
                            .arg(shown.height())));
    auto *reference = form->findChild<QWidget *>(QStringLiteral("externalReferenceEdit"));
    QVERIFY(shown.contains(reference->mapTo(scroll->viewport(), QPoint(0, 0))));

    QTest::mouseClick(more, Qt::LeftButton);
    QVERIFY(!panel->isVisible());
    QApplication::processEvents();
    QCOMPARE(layoutNow(), closed);
    QCOMPARE(window.size(), windowSize);
    QCOMPARE(scroll->verticalScrollBar()->isVisible(), scrollBar);
}

void TestChargeForm::moreOptionsByKeyboard()
{
    auto *more = child<QAbstractButton>(QStringLiteral("moreOptionsButton"));
    auto *panel = child<QWidget>(QStringLiteral("moreOptionsPanel"));
    QVERIFY(more->toolTip().contains(QStringLiteral("Alt+M")));
    m_form->focusAmount();

    // Folded, Tab never lands in the hidden fields.
    auto *charge = child<QWidget>(QStringLiteral("chargeButton"));
    fillValid();
    charge->setFocus();
    QTest::keyClick(charge, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(more));
    QTest::keyClick(more, Qt::Key_Tab);
    QVERIFY(!panel->isAncestorOf(QApplication::focusWidget()));

    // Alt+M opens it from anywhere and goes to its first field; Tab walks through it in order.
    child<QWidget>(QStringLiteral("amountEdit"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY(m_form->isMoreOptionsExpanded());
    QVERIFY(panel->isVisible());
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("externalReferenceEdit"));
    QStringList visited;
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(visited, (QStringList{QStringLiteral("payerEmailEdit"), QStringLiteral("notificationUrlEdit"),
                                   QStringLiteral("disableBackButtonCheck")}));

    // Alt+M from inside closes it; the keyboard stays on the toggle instead of getting lost.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY(!m_form->isMoreOptionsExpanded());
    QVERIFY(!panel->isVisible());
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(more));

    // Space on the toggle opens it again.
    QTest::keyClick(more, Qt::Key_Space);
    QTRY_VERIFY(m_form->isMoreOptionsExpanded());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("externalReferenceEdit"));

    // Folded by the program while the cashier is in one of its fields: the keyboard goes to the toggle too.
    child<QWidget>(QStringLiteral("payerEmailEdit"))->setFocus();
    m_form->setMoreOptionsExpanded(false);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(more));
}

QTEST_MAIN(TestChargeForm)
#include "tst_chargeform.moc"
