// Preferences: the language (applied at the next start, and it says so) and the account's currency, which only the
// manager changes. Driven with the keyboard and the mouse, found by objectName, saved to a real Settings file.
#include "store/Language.h"
#include "ui/PreferencesDialog.h"
#include "api/Backends.h"
#include "store/Settings.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsWhatIsStored();
    void listsTheLanguagesAndCurrencies();
    void everyControlIsNamedForAssistiveTechnology();
    void languageIsSavedForTheNextStart();
    void managerChangesTheCurrency();
    void currencyIsReadOnlyOutsideManagerMode();
    void managerModeEndingWhileOpenRestoresTheCurrency();
    void cancelSavesNothing();
    void noteSaysWhenCentsAreNotTyped();
    void showsTheAccountsApiReadOnly();
    void managerSetsTheShopDetails();
    void shopDetailsAreReadOnlyOutsideManagerMode();
    void shopDetailsWithProblemsAreNotSaved();

private:
    PreferencesDialog *open(bool currencyEditable);
    template <typename T> T *child(const QString &name) const
    {
        T *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qFatal("no child named %s", qPrintable(name));
        return widget;
    }
    void choose(const QString &comboName, const QVariant &data);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    PreferencesDialog *m_dialog = nullptr;
};

void TestPreferencesDialog::init()
{
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Argentina));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void TestPreferencesDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    m_settings.reset();
    m_dir.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

PreferencesDialog *TestPreferencesDialog::open(bool currencyEditable)
{
    m_dialog = new PreferencesDialog(m_settings.get(), currencyEditable);
    m_dialog->show();
    QApplication::setActiveWindow(m_dialog);
    if (!QTest::qWaitForWindowActive(m_dialog))
        qWarning("the preferences dialog did not become active");
    return m_dialog;
}

// Picks the item with `data` the way a person does: focus the combo and step through it with the arrow keys.
void TestPreferencesDialog::choose(const QString &comboName, const QVariant &data)
{
    auto *combo = child<QComboBox>(comboName);
    const int target = combo->findData(data);
    QVERIFY2(target >= 0, qPrintable(data.toString()));
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentIndex(), target);
}

void TestPreferencesDialog::showsWhatIsStored()
{
    m_settings->setLanguage(QStringLiteral("pt_BR"));
    m_settings->setCurrency(QStringLiteral("COP"));
    open(true);
    QCOMPARE(m_dialog->selectedLanguage(), QStringLiteral("pt_BR"));
    QCOMPARE(m_dialog->selectedCurrency().code(), QStringLiteral("COP"));
    QCOMPARE(child<QComboBox>(QStringLiteral("languageCombo"))->currentText(), QStringLiteral("Português (Brasil)"));
    QCOMPARE(child<QComboBox>(QStringLiteral("currencyCombo"))->currentText(), QStringLiteral("Colombian peso (COP)"));
}

void TestPreferencesDialog::listsTheLanguagesAndCurrencies()
{
    open(true);
    auto *languages = child<QComboBox>(QStringLiteral("languageCombo"));
    QCOMPARE(languages->count(), 4);
    // Nothing stored: the system's language, named in itself.
    QCOMPARE(languages->currentIndex(), 0);
    QCOMPARE(languages->itemData(0).toString(), QString());
    const QString systemLanguage = Language::nativeName(Language::resolve(QString(), QLocale::system()));
    QVERIFY(!systemLanguage.isEmpty());
    QCOMPARE(languages->itemText(0), QStringLiteral("System default (%1)").arg(systemLanguage));
    QCOMPARE(languages->itemText(1), QStringLiteral("English"));
    QCOMPARE(languages->itemText(2), QStringLiteral("Español"));
    QCOMPARE(languages->itemText(3), QStringLiteral("Português (Brasil)"));

    auto *currencies = child<QComboBox>(QStringLiteral("currencyCombo"));
    const QStringList expected{QStringLiteral("Argentine peso (ARS)"), QStringLiteral("Brazilian real (BRL)"),
                               QStringLiteral("Mexican peso (MXN)"),   QStringLiteral("Chilean peso (CLP)"),
                               QStringLiteral("Colombian peso (COP)"), QStringLiteral("Peruvian sol (PEN)"),
                               QStringLiteral("Uruguayan peso (UYU)")};
    QStringList shown;
    for (int i = 0; i < currencies->count(); ++i)
        shown << currencies->itemText(i);
    QCOMPARE(shown, expected);
    // Nothing stored: the guess for es_AR.
    QCOMPARE(m_dialog->selectedCurrency().code(), QStringLiteral("ARS"));
}

void TestPreferencesDialog::everyControlIsNamedForAssistiveTechnology()
{
    open(true);
    QCOMPARE(m_dialog->objectName(), QStringLiteral("preferencesDialog"));
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Preferences"));
    for (const char *name : {"languageCombo", "currencyCombo", "saveButton", "cancelButton"}) {
        auto *widget = child<QWidget>(QString::fromLatin1(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    for (const char *name : {"languageNote", "currencyNote"})
        QVERIFY2(!child<QLabel>(QString::fromLatin1(name))->text().isEmpty(), name);
    // Alt+L and Alt+C reach the two lists through their labels.
    const QList<QLabel *> labels = m_dialog->findChildren<QLabel *>();
    QStringList buddies;
    for (const QLabel *label : labels) {
        if (label->buddy())
            buddies << label->buddy()->objectName() + QLatin1Char('=') + label->text();
    }
    buddies.sort();
    QCOMPARE(buddies, (QStringList{QStringLiteral("currencyCombo=Account &currency:"),
                                   QStringLiteral("languageCombo=&Language:"),
                                   QStringLiteral("receiptPaperCombo=Receipt &paper:"),
                                   QStringLiteral("shopAddressEdit=&Address:"),
                                   QStringLiteral("shopNameEdit=Shop &name:"),
                                   QStringLiteral("shopTaxIdEdit=Ta&x id:"),
                                   // The Store tab's (Preferences > Store).
                                   QStringLiteral("storeCounterNameEdit=Counter &name:"),
                                   QStringLiteral("storeDatabaseEdit=&Database:"),
                                   QStringLiteral("storeHostEdit=&Host:"),
                                   QStringLiteral("storePasswordEdit=Pass&word:"),
                                   QStringLiteral("storePortEdit=P&ort:"),
                                   QStringLiteral("storeUserEdit=&User:")}));
    for (const char *name : {"shopNameEdit", "shopAddressEdit", "shopTaxIdEdit", "receiptPaperCombo", "storeHostEdit",
                             "storePortEdit", "storeDatabaseEdit", "storeUserEdit", "storePasswordEdit",
                             "storeCounterNameEdit"})
        QVERIFY2(!child<QWidget>(QString::fromLatin1(name))->accessibleName().isEmpty(), name);
    // The Store tab's buttons say what they do.
    for (const char *name : {"storeTestButton", "storeStopButton", "storeNewCounterButton", "storeUnlockButton"})
        QVERIFY2(!child<QPushButton>(QString::fromLatin1(name))->text().isEmpty(), name);
}

void TestPreferencesDialog::languageIsSavedForTheNextStart()
{
    open(false);
    auto *note = child<QLabel>(QStringLiteral("languageNote"));
    QVERIFY2(note->text().contains(QStringLiteral("next time PointDesk starts")), qPrintable(note->text()));
    QSignalSpy languageChanged(m_dialog, &PreferencesDialog::languageChanged);
    QSignalSpy currencyChanged(m_dialog, &PreferencesDialog::currencyChanged);
    QSignalSpy accepted(m_dialog, &QDialog::accepted);
    choose(QStringLiteral("languageCombo"), QStringLiteral("es"));
    QVERIFY2(note->text().contains(QStringLiteral("open PointDesk again")), qPrintable(note->text()));
    QCOMPARE(child<QComboBox>(QStringLiteral("languageCombo"))->accessibleDescription(), note->text());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(languageChanged.count(), 1);
    QCOMPARE(languageChanged.first().first().toString(), QStringLiteral("es"));
    QCOMPARE(currencyChanged.count(), 0);
    QCOMPARE(m_settings->language(), QStringLiteral("es"));
    // And back to the system's language.
    delete m_dialog;
    m_dialog = nullptr;
    open(false);
    QSignalSpy backToSystem(m_dialog, &PreferencesDialog::languageChanged);
    choose(QStringLiteral("languageCombo"), QString());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(backToSystem.count(), 1);
    QCOMPARE(backToSystem.first().first().toString(), QString());
    QCOMPARE(m_settings->language(), QString());
    Settings reread(m_settings->fileName());
    QCOMPARE(reread.language(), QString());
}

void TestPreferencesDialog::managerChangesTheCurrency()
{
    open(true);
    QVERIFY(m_dialog->isCurrencyEditable());
    QVERIFY(child<QComboBox>(QStringLiteral("currencyCombo"))->isEnabled());
    QSignalSpy currencyChanged(m_dialog, &PreferencesDialog::currencyChanged);
    QSignalSpy languageChanged(m_dialog, &PreferencesDialog::languageChanged);
    choose(QStringLiteral("currencyCombo"), QStringLiteral("CLP"));
    QTest::keyClick(child<QComboBox>(QStringLiteral("currencyCombo")), Qt::Key_Return);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(currencyChanged.count(), 1);
    QCOMPARE(currencyChanged.first().first().value<Currency>().code(), QStringLiteral("CLP"));
    QCOMPARE(languageChanged.count(), 0);
    QCOMPARE(m_settings->currency(), QStringLiteral("CLP"));
    Settings reread(m_settings->fileName());
    QCOMPARE(reread.currency(), QStringLiteral("CLP"));
}

void TestPreferencesDialog::currencyIsReadOnlyOutsideManagerMode()
{
    m_settings->setCurrency(QStringLiteral("UYU"));
    open(false);
    auto *combo = child<QComboBox>(QStringLiteral("currencyCombo"));
    QVERIFY(!m_dialog->isCurrencyEditable());
    QVERIFY(!combo->isEnabled());
    QCOMPARE(combo->currentText(), QStringLiteral("Uruguayan peso (UYU)"));
    const QString note = child<QLabel>(QStringLiteral("currencyNote"))->text();
    QVERIFY2(note.contains(QStringLiteral("Only the manager")) && note.contains(QStringLiteral("manager mode")),
             qPrintable(note));
    QCOMPARE(combo->accessibleDescription(), note);
    // Even if the list is moved programmatically, saving leaves the account's currency alone.
    QSignalSpy currencyChanged(m_dialog, &PreferencesDialog::currencyChanged);
    combo->setCurrentIndex(combo->findData(QStringLiteral("BRL")));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(currencyChanged.count(), 0);
    QCOMPARE(m_settings->currency(), QStringLiteral("UYU"));
}

void TestPreferencesDialog::managerModeEndingWhileOpenRestoresTheCurrency()
{
    m_settings->setCurrency(QStringLiteral("MXN"));
    open(true);
    choose(QStringLiteral("currencyCombo"), QStringLiteral("PEN"));
    QCOMPARE(m_dialog->selectedCurrency().code(), QStringLiteral("PEN"));
    m_dialog->setCurrencyEditable(false);
    QCOMPARE(m_dialog->selectedCurrency().code(), QStringLiteral("MXN"));
    QVERIFY(!child<QComboBox>(QStringLiteral("currencyCombo"))->isEnabled());
    QVERIFY(child<QLabel>(QStringLiteral("currencyNote"))->text().contains(QStringLiteral("Only the manager")));
    m_dialog->setCurrencyEditable(true);
    QVERIFY(child<QComboBox>(QStringLiteral("currencyCombo"))->isEnabled());
}

void TestPreferencesDialog::cancelSavesNothing()
{
    open(true);
    QSignalSpy currencyChanged(m_dialog, &PreferencesDialog::currencyChanged);
    QSignalSpy languageChanged(m_dialog, &PreferencesDialog::languageChanged);
    choose(QStringLiteral("languageCombo"), QStringLiteral("pt_BR"));
    choose(QStringLiteral("currencyCombo"), QStringLiteral("BRL"));
    QTest::keyClick(child<QComboBox>(QStringLiteral("currencyCombo")), Qt::Key_Escape);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(currencyChanged.count(), 0);
    QCOMPARE(languageChanged.count(), 0);
    QCOMPARE(m_settings->language(), QString());
    QCOMPARE(m_settings->currency(), QStringLiteral("ARS"));
}

void TestPreferencesDialog::noteSaysWhenCentsAreNotTyped()
{
    open(true);
    auto *note = child<QLabel>(QStringLiteral("currencyNote"));
    QVERIFY2(note->text().contains(QStringLiteral("with cents")), qPrintable(note->text()));
    choose(QStringLiteral("currencyCombo"), QStringLiteral("CLP"));
    QVERIFY2(note->text().contains(QStringLiteral("CLP have no cents")), qPrintable(note->text()));
    choose(QStringLiteral("currencyCombo"), QStringLiteral("COP"));
    QVERIFY2(note->text().contains(QStringLiteral("COP have no cents")), qPrintable(note->text()));
}

void TestPreferencesDialog::showsTheAccountsApiReadOnly()
{
    // An account saved before the choice: the legacy API.
    open(false);
    auto *value = child<QLabel>(QStringLiteral("apiValueLabel"));
    QCOMPARE(value->text(), Backends::displayName(QStringLiteral("legacy")));
    QVERIFY(!value->accessibleName().isEmpty());
    const QString note = child<QLabel>(QStringLiteral("apiNote"))->text();
    QVERIFY2(note.contains(QLatin1String("Set up the account")), qPrintable(note));
    delete m_dialog;
    m_dialog = nullptr;

    m_settings->setAccountApi(QStringLiteral("orders"));
    open(true);
    QCOMPARE(child<QLabel>(QStringLiteral("apiValueLabel"))->text(), Backends::displayName(QStringLiteral("orders")));
    // Saving the preferences leaves it alone.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(m_settings->accountApi(), QStringLiteral("orders"));
}

void TestPreferencesDialog::managerSetsTheShopDetails()
{
    open(true);
    auto *name = child<QLineEdit>(QStringLiteral("shopNameEdit"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("  Almac"));
    name->insert(QStringLiteral("én Ñandú ")); // (QTest types ASCII only)
    auto *address = child<QPlainTextEdit>(QStringLiteral("shopAddressEdit"));
    address->setFocus();
    QTest::keyClicks(address, QStringLiteral("Av. Corrientes 1234"));
    QTest::keyClick(address, Qt::Key_Return);
    QTest::keyClicks(address, QStringLiteral("Buenos Aires"));
    auto *taxId = child<QLineEdit>(QStringLiteral("shopTaxIdEdit"));
    taxId->setFocus();
    QTest::keyClicks(taxId, QStringLiteral("30-12345678-9"));
    choose(QStringLiteral("receiptPaperCombo"), QStringLiteral("roll80"));
    QVERIFY(child<QLabel>(QStringLiteral("shopDetailsProblems"))->isHidden());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    Settings reread(m_settings->fileName());
    ShopDetails expected;
    expected.name = QStringLiteral("Almacén Ñandú");
    expected.address = QStringLiteral("Av. Corrientes 1234\nBuenos Aires");
    expected.taxId = QStringLiteral("30-12345678-9");
    expected.paperKey = QStringLiteral("roll80");
    QCOMPARE(reread.shopDetails(), expected);

    // Shown again as saved.
    delete m_dialog;
    open(true);
    QCOMPARE(child<QLineEdit>(QStringLiteral("shopNameEdit"))->text(), expected.name);
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("shopAddressEdit"))->toPlainText(), expected.address);
    QCOMPARE(child<QLineEdit>(QStringLiteral("shopTaxIdEdit"))->text(), expected.taxId);
    QCOMPARE(child<QComboBox>(QStringLiteral("receiptPaperCombo"))->currentData().toString(), expected.paperKey);
    QCOMPARE(child<QComboBox>(QStringLiteral("receiptPaperCombo"))->currentText(), QStringLiteral("80 mm receipt roll"));
}

void TestPreferencesDialog::shopDetailsAreReadOnlyOutsideManagerMode()
{
    ShopDetails stored;
    stored.name = QStringLiteral("Kiosco");
    stored.paperKey = QStringLiteral("letter");
    QVERIFY(m_settings->setShopDetails(stored));
    open(false);
    auto *name = child<QLineEdit>(QStringLiteral("shopNameEdit"));
    QVERIFY(name->isReadOnly());
    QVERIFY(child<QPlainTextEdit>(QStringLiteral("shopAddressEdit"))->isReadOnly());
    QVERIFY(child<QLineEdit>(QStringLiteral("shopTaxIdEdit"))->isReadOnly());
    QVERIFY(!child<QComboBox>(QStringLiteral("receiptPaperCombo"))->isEnabled());
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("XYZ"));
    QCOMPARE(name->text(), QStringLiteral("Kiosco"));
    // Even when changed programmatically, saving leaves the shop alone.
    name->setText(QStringLiteral("Other"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(m_settings->shopDetails(), stored);
    // Manager mode on while open: editable.
    delete m_dialog;
    open(false);
    m_dialog->setCurrencyEditable(true);
    QVERIFY(!child<QLineEdit>(QStringLiteral("shopNameEdit"))->isReadOnly());
    QVERIFY(child<QComboBox>(QStringLiteral("receiptPaperCombo"))->isEnabled());
}

void TestPreferencesDialog::shopDetailsWithProblemsAreNotSaved()
{
    open(true);
    auto *name = child<QLineEdit>(QStringLiteral("shopNameEdit"));
    name->setFocus();
    QTest::keyClicks(name, QString(ShopDetails::kMaxNameChars + 1, QLatin1Char('a')));
    auto *problems = child<QLabel>(QStringLiteral("shopDetailsProblems"));
    QVERIFY(problems->isVisibleTo(m_dialog));
    QVERIFY2(problems->text().contains(QStringLiteral("too long")), qPrintable(problems->text()));
    QVERIFY(!child<QPushButton>(QStringLiteral("saveButton"))->isEnabled());
    m_dialog->accept();
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_settings->shopDetails(), ShopDetails());
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(problems->isHidden());
    QVERIFY(child<QPushButton>(QStringLiteral("saveButton"))->isEnabled());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(m_settings->shopDetails().name, QString(ShopDetails::kMaxNameChars, QLatin1Char('a')));
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
