// The shop's details for receipts: normalized, refused when too long or unprintable, and kept in Settings.
#include "store/Settings.h"
#include "store/ShopDetails.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestShopDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalized()
    {
        ShopDetails d;
        d.name = QStringLiteral("  Almacén Don José  ");
        d.address = QStringLiteral("  Av. Corrientes 1234 \r\n\r\n  C1043 CABA\rArgentina ");
        d.taxId = QStringLiteral(" 30-12345678-9 ");
        d.paperKey = QStringLiteral(" Roll80 ");
        const ShopDetails n = d.normalized();
        QCOMPARE(n.name, QStringLiteral("Almacén Don José"));
        QCOMPARE(n.address, QStringLiteral("Av. Corrientes 1234\nC1043 CABA\nArgentina"));
        QCOMPARE(n.taxId, QStringLiteral("30-12345678-9"));
        QCOMPARE(n.paperKey, QStringLiteral("roll80"));
        QVERIFY(n.problems().isEmpty());
    }

    void problems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("taxId");
        QTest::newRow("name too long") << QString(ShopDetails::kMaxNameChars + 1, QLatin1Char('a')) << QString()
                                       << QString();
        QTest::newRow("escape in name") << QStringLiteral("Shop\x1b[2J") << QString() << QString();
        QTest::newRow("tab in name") << QStringLiteral("Shop\tOne") << QString() << QString();
        QTest::newRow("bidi override in name") << QStringLiteral("Shop \u202Eeno") << QString() << QString();
        QTest::newRow("address too long") << QString()
                                          << QString(ShopDetails::kMaxAddressChars + 1, QLatin1Char('b')) << QString();
        QTest::newRow("address too many lines") << QString() << QStringLiteral("1\n2\n3\n4\n5") << QString();
        QTest::newRow("control in address") << QString() << QStringLiteral("Street\x07") << QString();
        QTest::newRow("tax id too long") << QString() << QString()
                                         << QString(ShopDetails::kMaxTaxIdChars + 1, QLatin1Char('9'));
        QTest::newRow("line break in tax id") << QString() << QString() << QStringLiteral("30\n1");
    }

    void problems()
    {
        QFETCH(QString, name);
        QFETCH(QString, address);
        QFETCH(QString, taxId);
        ShopDetails d;
        d.name = name;
        d.address = address;
        d.taxId = taxId;
        QCOMPARE(d.problems().size(), 1);
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        QVERIFY(!settings.setShopDetails(d));
        QCOMPARE(settings.shopDetails(), ShopDetails()); // nothing kept
    }

    void limitsAreAllowed()
    {
        ShopDetails d;
        d.name = QString(ShopDetails::kMaxNameChars, QLatin1Char('a'));
        d.address = QStringLiteral("1\n2\n3\n4");
        d.taxId = QString(ShopDetails::kMaxTaxIdChars, QLatin1Char('9'));
        QVERIFY(d.problems().isEmpty());
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        ShopDetails d;
        d.name = QStringLiteral("Padaria Pão Quente");
        d.address = QStringLiteral("Rua Augusta, 100\nSão Paulo - SP");
        d.taxId = QStringLiteral("12.345.678/0001-90");
        d.paperKey = QStringLiteral("letter");
        {
            Settings settings(path);
            QCOMPARE(settings.shopDetails(), ShopDetails());
            QVERIFY(settings.setShopDetails(d));
            settings.sync();
        }
        Settings again(path);
        QCOMPARE(again.shopDetails(), d);
        // Emptied again: the paper choice goes back to the default.
        QVERIFY(again.setShopDetails(ShopDetails()));
        QCOMPARE(again.shopDetails(), ShopDetails());
    }

    void handEditedValueNeverReachesPaper()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("shop/name"), QStringLiteral("Bad\x1b]0;x\x07"));
            raw.setValue(QStringLiteral("shop/taxId"), QStringLiteral("30-1"));
            raw.setValue(QStringLiteral("shop/receiptPaper"), QStringLiteral("roll80"));
        }
        Settings settings(path);
        const ShopDetails d = settings.shopDetails();
        QVERIFY(d.name.isEmpty());
        QVERIFY(d.taxId.isEmpty());
        QCOMPARE(d.paperKey, QStringLiteral("roll80"));
    }
};

QTEST_GUILESS_MAIN(TestShopDetails)
#include "tst_shopdetails.moc"
