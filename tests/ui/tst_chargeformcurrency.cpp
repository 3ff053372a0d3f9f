// The charge form's amount field in the account's currency: the symbol beside it, decimals or none (CLP and COP
// take whole amounts), the placeholder, the messages, and the cents that go out (1500 CLP is 150000 cents, 1500 in
// the API's JSON).
#include "support/UiTestSupport.h"
#include "ui/ChargeForm.h"
#include "ui/Formatting.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

Currency currency(const char *code)
{
    return Currency::fromCode(QString::fromLatin1(code)).value();
}

} // namespace

class TestChargeFormCurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void followsTheDefaultCurrencyUntilSet();
    void amountInCurrency_data();
    void amountInCurrency();
    void decimalsAreRefusedWithoutMinorUnits_data();
    void decimalsAreRefusedWithoutMinorUnits();
    void symbolAndPlaceholderFollowTheCurrency_data();
    void symbolAndPlaceholderFollowTheCurrency();
    void changingTheCurrencyRevalidatesWhatIsTyped();
    void wholeAmountIsReformattedWithoutDecimals();
    void tooLargeNamesTheWholeLimit();

private:
    template <typename T> T *child(const QString &name) const
    {
        T *widget = m_form->findChild<T *>(name);
        if (!widget)
            qFatal("no child named %s", qPrintable(name));
        return widget;
    }
    void typeAmount(const QString &text);

    ChargeForm *m_form = nullptr;
};

void TestChargeFormCurrency::init()
{
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Chile));
    m_form = new ChargeForm;
    m_form->resize(500, 700);
    m_form->show();
    QApplication::setActiveWindow(m_form);
    QVERIFY(QTest::qWaitForWindowActive(m_form));
}

void TestChargeFormCurrency::cleanup()
{
    delete m_form;
    m_form = nullptr;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestChargeFormCurrency::typeAmount(const QString &text)
{
    auto *amount = child<QLineEdit>(QStringLiteral("amountEdit"));
    amount->clear();
    UiTest::type(amount, text);
    UiTest::type(child<QLineEdit>(QStringLiteral("descriptionEdit")), QStringLiteral("Café"));
}

void TestChargeFormCurrency::followsTheDefaultCurrencyUntilSet()
{
    // Nothing set anywhere: the guess for es_CL, Chilean pesos. (Runs first: Formatting's default is process-wide.)
    QCOMPARE(m_form->currency().code(), QStringLiteral("CLP"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("amountEdit"))->placeholderText(), QStringLiteral("0"));
    Formatting::setDefaultCurrency(currency("PEN"));
    QCOMPARE(m_form->currency().code(), QStringLiteral("PEN"));
    m_form->setCurrency(currency("BRL"));
    Formatting::setDefaultCurrency(currency("ARS"));
    QCOMPARE(m_form->currency().code(), QStringLiteral("BRL"));
}

void TestChargeFormCurrency::amountInCurrency_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<double>("json");
    QTest::addColumn<QString>("chargeText");
    // clang-format off
    QTest::newRow("CLP grouped") << "es_CL" << "CLP" << "1.500" << qint64(150000) << 1500.0 << "$1.500";
    QTest::newRow("CLP plain") << "es_CL" << "CLP" << "1500" << qint64(150000) << 1500.0 << "$1.500";
    QTest::newRow("CLP with sign") << "es_CL" << "CLP" << "$ 25.990" << qint64(2599000) << 25990.0 << "$25.990";
    QTest::newRow("CLP millions") << "es_CL" << "CLP" << "1.234.567" << qint64(123456700) << 1234567.0 << "$1.234.567";
    QTest::newRow("CLP comma groups in en_US") << "en_US" << "CLP" << "1,500" << qint64(150000) << 1500.0 << "$1,500";
    QTest::newRow("CLP dot groups in en_US") << "en_US" << "CLP" << "1.500" << qint64(150000) << 1500.0 << "$1,500";
    QTest::newRow("COP") << "es_CO" << "COP" << "25.000" << qint64(2500000) << 25000.0 << "$25.000";
    QTest::newRow("ARS decimals") << "es_AR" << "ARS" << "1.250,50" << qint64(125050) << 1250.5 << "$\u00A01.250,50";
    QTest::newRow("BRL") << "pt_BR" << "BRL" << "R$ 99,90" << qint64(9990) << 99.9 << "R$\u00A099,90";
    QTest::newRow("MXN") << "es_MX" << "MXN" << "1,250.50" << qint64(125050) << 1250.5 << "$1,250.50";
    QTest::newRow("PEN with its sign") << "es_PE" << "PEN" << "S/ 12.50" << qint64(1250) << 12.5 << "S/12.50";
    QTest::newRow("UYU") << "es_UY" << "UYU" << "12,5" << qint64(1250) << 12.5 << "$\u00A012,50";
    // clang-format on
}

void TestChargeFormCurrency::amountInCurrency()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    QFETCH(QString, typed);
    QFETCH(qint64, cents);
    QFETCH(double, json);
    QFETCH(QString, chargeText);
    QLocale::setDefault(QLocale(locale));
    m_form->setCurrency(Currency::fromCode(code).value());
    typeAmount(typed);
    QVERIFY2(m_form->isValid(), qPrintable(child<QLabel>(QStringLiteral("amountError"))->text()));
    QCOMPARE(m_form->amount()->cents(), cents);
    QCOMPARE(m_form->request().amount.cents(), cents);
    QCOMPARE(m_form->request().amount.toJsonNumber(), json);
    QCOMPARE(child<QPushButton>(QStringLiteral("chargeButton"))->text(), QStringLiteral("&Charge ") + chargeText);
}

void TestChargeFormCurrency::decimalsAreRefusedWithoutMinorUnits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("typed");
    // clang-format off
    QTest::newRow("CLP comma decimals") << "CLP" << "1500,50";
    QTest::newRow("CLP zero cents") << "CLP" << "1500,00";
    QTest::newRow("CLP one decimal") << "CLP" << "12,5";
    QTest::newRow("CLP grouped with decimals") << "CLP" << "1.500,5";
    QTest::newRow("CLP zero point five hundred") << "CLP" << "0,500";
    QTest::newRow("COP two decimals") << "COP" << "25.000,99";
    QTest::newRow("COP lone decimals") << "COP" << ",5";
    // clang-format on
}

void TestChargeFormCurrency::decimalsAreRefusedWithoutMinorUnits()
{
    QFETCH(QString, code);
    QFETCH(QString, typed);
    const Currency account = Currency::fromCode(code).value();
    m_form->setCurrency(account);
    typeAmount(typed);
    QVERIFY(!m_form->isValid());
    QVERIFY(!m_form->amount().has_value());
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    const QString message = child<QLabel>(QStringLiteral("amountError"))->text();
    QCOMPARE(message, Money::errorMessage(Money::ParseError::DecimalsNotAllowed, QLocale(), account));
    QVERIFY2(message.contains(code) && message.contains(QStringLiteral("1.500")), qPrintable(message));
    QCOMPARE(child<QLineEdit>(QStringLiteral("amountEdit"))->accessibleDescription(), message);
}

void TestChargeFormCurrency::symbolAndPlaceholderFollowTheCurrency_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("placeholder");
    // clang-format off
    QTest::newRow("ARS") << "ARS" << "$" << "0,00";
    QTest::newRow("BRL") << "BRL" << "R$" << "0,00";
    QTest::newRow("CLP") << "CLP" << "$" << "0";
    QTest::newRow("COP") << "COP" << "$" << "0";
    QTest::newRow("PEN") << "PEN" << "S/" << "0,00";
    // clang-format on
}

void TestChargeFormCurrency::symbolAndPlaceholderFollowTheCurrency()
{
    QFETCH(QString, code);
    QFETCH(QString, symbol);
    QFETCH(QString, placeholder);
    const Currency account = Currency::fromCode(code).value();
    m_form->setCurrency(account);
    QCOMPARE(m_form->currency(), account);
    QCOMPARE(child<QLabel>(QStringLiteral("currencyLabel"))->text(), symbol);
    QCOMPARE(child<QLabel>(QStringLiteral("currencyLabel"))->accessibleName(), account.name());
    auto *amount = child<QLineEdit>(QStringLiteral("amountEdit"));
    QCOMPARE(amount->placeholderText(), placeholder);
    QVERIFY2(amount->toolTip().contains(code), qPrintable(amount->toolTip()));
    QCOMPARE(amount->toolTip().contains(QStringLiteral("without cents")), !account.hasMinorUnits());
}

void TestChargeFormCurrency::changingTheCurrencyRevalidatesWhatIsTyped()
{
    m_form->setCurrency(currency("ARS"));
    typeAmount(QStringLiteral("1500,50"));
    QVERIFY(m_form->isValid());
    QCOMPARE(m_form->amount()->cents(), qint64(150050));
    QSignalSpy changed(m_form, &ChargeForm::changed);
    m_form->setCurrency(currency("CLP"));
    QVERIFY(!changed.isEmpty());
    QVERIFY(!m_form->isValid());
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    QVERIFY(child<QLabel>(QStringLiteral("amountError"))->text().contains(QStringLiteral("CLP")));
    // Setting the same currency again changes nothing.
    changed.clear();
    m_form->setCurrency(currency("CLP"));
    QVERIFY(changed.isEmpty());
    m_form->setCurrency(currency("ARS"));
    QVERIFY(m_form->isValid());
}

void TestChargeFormCurrency::wholeAmountIsReformattedWithoutDecimals()
{
    m_form->setCurrency(currency("CLP"));
    auto *amount = child<QLineEdit>(QStringLiteral("amountEdit"));
    amount->setFocus();
    UiTest::type(amount, QStringLiteral("25990"));
    QTest::keyClick(amount, Qt::Key_Tab);
    QCOMPARE(amount->text(), QStringLiteral("25.990"));
    QCOMPARE(m_form->amount()->cents(), qint64(2599000));
}

void TestChargeFormCurrency::tooLargeNamesTheWholeLimit()
{
    m_form->setCurrency(currency("CLP"));
    typeAmount(QStringLiteral("100.000.000"));
    QVERIFY(!m_form->isValid());
    const QString message = child<QLabel>(QStringLiteral("amountError"))->text();
    QVERIFY2(message.contains(QStringLiteral("99.999.999")) && !message.contains(QStringLiteral("99.999.999,99")),
             qPrintable(message));
    typeAmount(QStringLiteral("99.999.999"));
    QVERIFY(m_form->isValid());
    QCOMPARE(m_form->amount()->cents(), qint64(9999999900));
}

QTEST_MAIN(TestChargeFormCurrency)
#include "tst_chargeformcurrency.moc"
