// Language choice and the account's currency in Settings: which language shows, what the settings keep.
#include "core/Currency.h"
#include "store/Language.h"
#include "store/Settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void codesAndNames();
    void resolve_data();
    void resolve();
    void installLoadsTheEmbeddedTranslations();
    void settingsLanguage_data();
    void settingsLanguage();
    void settingsLanguageIgnoresUnknownStoredValues();
    void settingsCurrencyDefaultsToTheLocalesGuess_data();
    void settingsCurrencyDefaultsToTheLocalesGuess();
    void settingsCurrencyRoundTrip();
};

void TestLanguage::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Language::install(QStringLiteral("en"));
}

void TestLanguage::codesAndNames()
{
    QCOMPARE(Language::codes(), (QStringList{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt_BR")}));
    QCOMPARE(Language::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(Language::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
    QCOMPARE(Language::nativeName(QStringLiteral("pt_BR")), QStringLiteral("Português (Brasil)"));
    QCOMPARE(Language::nativeName(QStringLiteral("fr")), QString());
    QVERIFY(Language::isSupported(QStringLiteral("pt_BR")));
    QVERIFY(!Language::isSupported(QStringLiteral("pt")));
    QVERIFY(!Language::isSupported(QString()));
    QCOMPARE(Language::resourcePath(QStringLiteral("es")), QStringLiteral(":/i18n/pointdesk_es.qm"));
    QCOMPARE(Language::resourcePath(QStringLiteral("en")), QString());
}

void TestLanguage::resolve_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    // clang-format off
    QTest::newRow("system es_AR") << "" << "es_AR" << "es";
    QTest::newRow("system es_MX") << "" << "es_MX" << "es";
    QTest::newRow("system es_ES") << "" << "es_ES" << "es";
    QTest::newRow("system pt_BR") << "" << "pt_BR" << "pt_BR";
    QTest::newRow("system pt_PT") << "" << "pt_PT" << "pt_BR";
    QTest::newRow("system en_US") << "" << "en_US" << "en";
    QTest::newRow("system de_DE") << "" << "de_DE" << "en";
    QTest::newRow("system C") << "" << "C" << "en";
    QTest::newRow("chosen en over es_AR") << "en" << "es_AR" << "en";
    QTest::newRow("chosen es over pt_BR") << "es" << "pt_BR" << "es";
    QTest::newRow("chosen pt_BR over en_US") << "pt_BR" << "en_US" << "pt_BR";
    QTest::newRow("unknown choice follows es_CL") << "fr" << "es_CL" << "es";
    // clang-format on
}

void TestLanguage::resolve()
{
    QFETCH(QString, setting);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(Language::resolve(setting, QLocale(locale)), expected);
}

void TestLanguage::installLoadsTheEmbeddedTranslations()
{
    QVERIFY(Language::install(QStringLiteral("es")));
    QCOMPARE(QCoreApplication::translate("Money", "Enter the amount to charge."),
             QStringLiteral("Ingrese el monto a cobrar."));
    QVERIFY(Language::install(QStringLiteral("pt_BR")));
    QCOMPARE(QCoreApplication::translate("Money", "Enter the amount to charge."),
             QStringLiteral("Digite o valor a cobrar."));
    QVERIFY(Language::install(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("Money", "Enter the amount to charge."),
             QStringLiteral("Enter the amount to charge."));
}

void TestLanguage::settingsLanguage_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("expected");
    // clang-format off
    QTest::newRow("system") << "" << "";
    QTest::newRow("en") << "en" << "en";
    QTest::newRow("es") << "es" << "es";
    QTest::newRow("pt_BR") << "pt_BR" << "pt_BR";
    QTest::newRow("spaces") << " es " << "es";
    QTest::newRow("unknown") << "fr" << "";
    QTest::newRow("wrong case") << "PT_br" << "";
    // clang-format on
}

void TestLanguage::settingsLanguage()
{
    QFETCH(QString, stored);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(path);
        QCOMPARE(settings.language(), QString());
        settings.setLanguage(QStringLiteral("es"));
        settings.setLanguage(stored);
        QCOMPARE(settings.language(), expected);
        settings.sync();
    }
    Settings reopened(path);
    QCOMPARE(reopened.language(), expected);
}

void TestLanguage::settingsLanguageIgnoresUnknownStoredValues()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(QStringLiteral("interface/language"), QStringLiteral("klingon"));
        raw.setValue(QStringLiteral("account/currency"), QStringLiteral("EUR"));
    }
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Peru));
    Settings settings(path);
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.currency(), QStringLiteral("PEN"));
}

void TestLanguage::settingsCurrencyDefaultsToTheLocalesGuess_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    // clang-format off
    QTest::newRow("es_AR") << QLocale(QLocale::Spanish, QLocale::Argentina) << "ARS";
    QTest::newRow("pt_BR") << QLocale(QLocale::Portuguese, QLocale::Brazil) << "BRL";
    QTest::newRow("es_MX") << QLocale(QLocale::Spanish, QLocale::Mexico) << "MXN";
    QTest::newRow("es_CL") << QLocale(QLocale::Spanish, QLocale::Chile) << "CLP";
    QTest::newRow("es_CO") << QLocale(QLocale::Spanish, QLocale::Colombia) << "COP";
    QTest::newRow("es_PE") << QLocale(QLocale::Spanish, QLocale::Peru) << "PEN";
    QTest::newRow("es_UY") << QLocale(QLocale::Spanish, QLocale::Uruguay) << "UYU";
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << "ARS";
    // clang-format on
}

void TestLanguage::settingsCurrencyDefaultsToTheLocalesGuess()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QLocale::setDefault(locale);
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    QCOMPARE(settings.currency(), expected);
}

void TestLanguage::settingsCurrencyRoundTrip()
{
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Argentina));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(path);
        settings.setCurrency(QStringLiteral("clp"));
        QCOMPARE(settings.currency(), QStringLiteral("CLP"));
        settings.sync();
    }
    {
        // The stored choice wins over the locale's guess.
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
        Settings settings(path);
        QCOMPARE(settings.currency(), QStringLiteral("CLP"));
        // An unknown code removes the choice: the guess applies again.
        settings.setCurrency(QStringLiteral("USD"));
        QCOMPARE(settings.currency(), QStringLiteral("BRL"));
        for (const Currency &currency : Currency::all()) {
            settings.setCurrency(currency.code());
            QCOMPARE(settings.currency(), currency.code());
        }
    }
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
