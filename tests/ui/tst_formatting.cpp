// How amounts and dates are written: each account currency with its symbol and digits, in the locale's layout.
#include "ui/Formatting.h"
#include "store/Language.h"

#include <QTest>

namespace {

const QChar kNbsp(0x00A0);

QString nbsp(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('_'), kNbsp);
}

} // namespace

class TestFormatting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currency_data();
    void currency();
    void defaultCurrencyFollowsTheLocaleUntilSet();
    void defaultCurrencyOnceSet();
    void dateTime();
    void apiStatusNames_data();
    void apiStatusNames();
};

void TestFormatting::currency_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    // "_" stands for the no-break space the locales put between symbol and digits.
    // clang-format off
    QTest::newRow("ARS es_AR") << qint64(125050) << "es_AR" << "ARS" << nbsp("$_1.250,50");
    QTest::newRow("BRL pt_BR") << qint64(125050) << "pt_BR" << "BRL" << nbsp("R$_1.250,50");
    QTest::newRow("MXN es_MX") << qint64(125050) << "es_MX" << "MXN" << nbsp("$1,250.50");
    QTest::newRow("CLP es_CL, no decimals") << qint64(150000) << "es_CL" << "CLP" << nbsp("$1.500");
    QTest::newRow("COP es_CO, no decimals") << qint64(2500000) << "es_CO" << "COP" << nbsp("$25.000");
    QTest::newRow("PEN es_PE") << qint64(125050) << "es_PE" << "PEN" << nbsp("S/1,250.50");
    QTest::newRow("UYU es_UY") << qint64(125050) << "es_UY" << "UYU" << nbsp("$_1.250,50");
    QTest::newRow("ARS one cent") << qint64(1) << "es_AR" << "ARS" << nbsp("$_0,01");
    QTest::newRow("CLP one peso") << qint64(100) << "es_CL" << "CLP" << nbsp("$1");
    QTest::newRow("CLP off the grid keeps its cents") << qint64(150050) << "es_CL" << "CLP" << nbsp("$1.500,50");
    QTest::newRow("CLP in en_US") << qint64(150000) << "en_US" << "CLP" << nbsp("$1,500");
    QTest::newRow("PEN in en_US") << qint64(990) << "en_US" << "PEN" << nbsp("S/9.90");
    QTest::newRow("BRL in es_AR") << qint64(990) << "es_AR" << "BRL" << nbsp("R$_9,90");
    QTest::newRow("ARS in es_ES: symbol after") << qint64(12345678) << "es_ES" << "ARS" << nbsp("123.456,78_$");
    QTest::newRow("BRL in C") << qint64(125050) << "C" << "BRL" << nbsp("R$_1250.50");
    QTest::newRow("ARS max") << qint64(9999999999) << "es_AR" << "ARS" << nbsp("$_99.999.999,99");
    QTest::newRow("CLP max") << qint64(9999999900) << "es_CL" << "CLP" << nbsp("$99.999.999");
    // clang-format on
}

void TestFormatting::currency()
{
    QFETCH(qint64, cents);
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    const auto account = Currency::fromCode(currency);
    QVERIFY(account);
    QCOMPARE(Formatting::currency(Money::fromCents(cents), QLocale(locale), *account), expected);
}

void TestFormatting::defaultCurrencyFollowsTheLocaleUntilSet()
{
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Chile));
    QCOMPARE(Formatting::defaultCurrency().code(), QStringLiteral("CLP"));
    QCOMPARE(Formatting::currency(Money::fromCents(150000)), nbsp("$1.500"));
    QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
    QCOMPARE(Formatting::defaultCurrency().code(), QStringLiteral("BRL"));
    QCOMPARE(Formatting::currency(Money::fromCents(150000)), nbsp("R$_1.500,00"));
}

void TestFormatting::defaultCurrencyOnceSet()
{
    Formatting::setDefaultCurrency(*Currency::fromCode(QStringLiteral("COP")));
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Argentina));
    QCOMPARE(Formatting::defaultCurrency().code(), QStringLiteral("COP"));
    QCOMPARE(Formatting::currency(Money::fromCents(150000)), nbsp("$_1.500"));
    QCOMPARE(Formatting::currency(Money::fromCents(150000), QLocale(QStringLiteral("es_CO"))), nbsp("$1.500"));
}

void TestFormatting::dateTime()
{
    const QDateTime when(QDate(2024, 3, 5), QTime(14, 7));
    QCOMPARE(Formatting::dateTime(when, QLocale(QStringLiteral("es_AR"))), QStringLiteral("5/3/24 14:07"));
    QCOMPARE(Formatting::dateTime(when, QLocale(QStringLiteral("pt_BR"))), QStringLiteral("05/03/2024 14:07"));
    QCOMPARE(Formatting::dateTime(when, QLocale(QStringLiteral("en_US"))), QStringLiteral("3/5/24 2:07 PM"));
    // A UTC time is shown in local time.
    const QDateTime utc = when.toUTC();
    QCOMPARE(Formatting::dateTime(utc, QLocale(QStringLiteral("es_AR"))), QStringLiteral("5/3/24 14:07"));
}

void TestFormatting::apiStatusNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en approved") << QStringLiteral("en") << QStringLiteral("approved") << QStringLiteral("approved");
    QTest::newRow("en rejected") << QStringLiteral("en") << QStringLiteral("rejected") << QStringLiteral("declined");
    QTest::newRow("en at_terminal") << QStringLiteral("en") << QStringLiteral("at_terminal") << QStringLiteral("on the terminal");
    QTest::newRow("en legacy OPEN") << QStringLiteral("en") << QStringLiteral("OPEN") << QStringLiteral("open");
    QTest::newRow("es approved") << QStringLiteral("es") << QStringLiteral("approved") << QStringLiteral("aprobado");
    QTest::newRow("es processed") << QStringLiteral("es") << QStringLiteral("processed") << QStringLiteral("procesado");
    QTest::newRow("es canceled") << QStringLiteral("es") << QStringLiteral("canceled") << QStringLiteral("cancelado");
    QTest::newRow("pt_BR approved") << QStringLiteral("pt_BR") << QStringLiteral("approved") << QStringLiteral("aprovado");
    QTest::newRow("pt_BR rejected") << QStringLiteral("pt_BR") << QStringLiteral("rejected") << QStringLiteral("recusado");
    // A word PointDesk does not know yet is shown as sent, readable.
    QTest::newRow("es unknown") << QStringLiteral("es") << QStringLiteral("new_state") << QStringLiteral("new state");
}

void TestFormatting::apiStatusNames()
{
    QFETCH(QString, language);
    QFETCH(QString, status);
    QFETCH(QString, expected);
    QVERIFY(Language::install(language));
    const QString shown = Formatting::apiStatusName(status);
    Language::install(QStringLiteral("en"));
    QCOMPARE(shown, expected);
}

QTEST_GUILESS_MAIN(TestFormatting)
#include "tst_formatting.moc"
