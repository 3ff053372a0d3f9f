// The committed translations against the code: lupdate (the build's own) runs on the same sources with the same
// options as `update_translations`, and every text it finds must be in every .ts, translated, with the same
// placeholders, mnemonics and HTML; nothing unfinished, obsolete, vanished or left over. Then the compiled
// translations, embedded in the binary, must turn the window's texts into Spanish and Brazilian Portuguese.
#include "ui/ChargeForm.h"
#include "store/Language.h"
#include "ui/PreferencesDialog.h"
#include "store/Settings.h"
#include "TsFile.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList committedTsFiles()
{
    return QString::fromUtf8(POINTDESK_TS_FILES).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QString fixHint()
{
    return QStringLiteral("Refresh the .ts files with `cmake --build <build dir> --target update_translations`, then "
                          "translate every new entry in translations/ (no entry may stay unfinished).");
}

// At most `limit` lines of `lines`, and how many more there were.
QString firstLines(const QStringList &lines, int limit = 25)
{
    QString out = lines.mid(0, limit).join(QLatin1Char('\n'));
    if (lines.size() > limit)
        out += QStringLiteral("\n... and %1 more").arg(lines.size() - limit);
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyTextOfTheCodeIsInEveryTsFile_data();
    void everyTextOfTheCodeIsInEveryTsFile();
    void noUnfinishedObsoleteOrEmptyEntries_data();
    void noUnfinishedObsoleteOrEmptyEntries();
    void translationsKeepPlaceholdersMnemonicsAndHtml_data();
    void translationsKeepPlaceholdersMnemonicsAndHtml();
    void checksCatchBrokenEntries();
    void spanishTranslatorTranslatesTheWindow();
    void portugueseTranslatorTranslatesTheWindow();
    void qtsOwnTextsAreTranslatedWhenInstalled();
    void englishRemovesTheTranslators();

private:
    QList<TsMessage> m_fromCode;
};

void TestTranslations::initTestCase()
{
    QVERIFY2(committedTsFiles().size() == 2, POINTDESK_TS_FILES);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh_es.ts"));
    QStringList arguments = QString::fromUtf8(POINTDESK_LUPDATE_OPTIONS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    arguments << QStringLiteral("@") + QStringLiteral(POINTDESK_LUPDATE_LIST) << QStringLiteral("-ts") << fresh;
    QProcess lupdate;
    lupdate.start(QStringLiteral(POINTDESK_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(lupdate.readAllStandardError())));
    const TsFile ts = TsFile::read(fresh);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    m_fromCode = ts.messages;
    // The sources have hundreds of texts; far fewer means lupdate did not see them.
    QVERIFY2(m_fromCode.size() > 300, qPrintable(QString::number(m_fromCode.size())));
}

void TestTranslations::cleanup()
{
    Language::install(QStringLiteral("en"));
}

void TestTranslations::everyTextOfTheCodeIsInEveryTsFile_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : committedTsFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestTranslations::everyTextOfTheCodeIsInEveryTsFile()
{
    QFETCH(QString, path);
    const TsFile committed = TsFile::read(path);
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));

    QSet<QString> committedKeys;
    for (const TsMessage &m : committed.messages)
        committedKeys.insert(m.key());
    QSet<QString> codeKeys;
    QStringList missing;
    for (const TsMessage &m : std::as_const(m_fromCode)) {
        codeKeys.insert(m.key());
        if (!committedKeys.contains(m.key()))
            missing << m.key();
    }
    QStringList leftOver;
    for (const TsMessage &m : committed.messages) {
        if (!codeKeys.contains(m.key()))
            leftOver << m.key();
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 has no entry for %2 text(s) of the code:\n%3\n%4")
                                               .arg(path)
                                               .arg(missing.size())
                                               .arg(firstLines(missing), fixHint())));
    QVERIFY2(leftOver.isEmpty(), qPrintable(QStringLiteral("%1 has %2 entr(ies) the code no longer has:\n%3\n%4")
                                                .arg(path)
                                                .arg(leftOver.size())
                                                .arg(firstLines(leftOver), fixHint())));
}

void TestTranslations::noUnfinishedObsoleteOrEmptyEntries_data()
{
    everyTextOfTheCodeIsInEveryTsFile_data();
}

void TestTranslations::noUnfinishedObsoleteOrEmptyEntries()
{
    QFETCH(QString, path);
    const TsFile ts = TsFile::read(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());
    // pointdesk_es.ts is Latin-American Spanish (es_419); pointdesk_pt_BR.ts Brazilian Portuguese.
    const QString fileLanguage = QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1);
    QVERIFY2(ts.language == fileLanguage || ts.language.startsWith(fileLanguage + QLatin1Char('_')),
             qPrintable(ts.language));
    QStringList bad;
    for (const TsMessage &m : ts.messages) {
        if (!m.type.isEmpty())
            bad << QStringLiteral("[%1] %2").arg(m.type, m.key());
        else if (m.translations.isEmpty() || std::any_of(m.translations.cbegin(), m.translations.cend(),
                                                         [](const QString &t) { return t.trimmed().isEmpty(); }))
            bad << QStringLiteral("[empty] %1").arg(m.key());
        else if (m.numerus && m.translations.size() != 2) // Spanish and Portuguese: singular and plural
            bad << QStringLiteral("[%1 plural forms] %2").arg(m.translations.size()).arg(m.key());
    }
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1: %2 entr(ies) not finished:\n%3\n%4")
                                           .arg(path)
                                           .arg(bad.size())
                                           .arg(firstLines(bad), fixHint())));
}

void TestTranslations::translationsKeepPlaceholdersMnemonicsAndHtml_data()
{
    everyTextOfTheCodeIsInEveryTsFile_data();
}

void TestTranslations::translationsKeepPlaceholdersMnemonicsAndHtml()
{
    QFETCH(QString, path);
    const TsFile ts = TsFile::read(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList bad;
    for (const TsMessage &m : ts.messages) {
        const QStringList sourcePlaceholders = TsFile::placeholders(m.source);
        const QStringList sourceTags = TsFile::htmlTags(m.source);
        const int sourceMnemonics = TsFile::mnemonics(m.source);
        for (const QString &translation : m.translations) {
            if (TsFile::placeholders(translation) != sourcePlaceholders)
                bad << QStringLiteral("[placeholders %1 instead of %2] %3 => %4")
                           .arg(TsFile::placeholders(translation).join(QLatin1Char(',')),
                                sourcePlaceholders.join(QLatin1Char(',')), m.key(), translation);
            if (TsFile::htmlTags(translation) != sourceTags)
                bad << QStringLiteral("[HTML tags differ] %1 => %2").arg(m.key(), translation);
            if (TsFile::mnemonics(translation) != sourceMnemonics)
                bad << QStringLiteral("[%1 mnemonic(s) instead of %2] %3 => %4")
                           .arg(TsFile::mnemonics(translation))
                           .arg(sourceMnemonics)
                           .arg(m.key(), translation);
        }
    }
    QVERIFY2(bad.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 problem(s):\n%3").arg(path).arg(bad.size()).arg(firstLines(bad))));
}

void TestTranslations::checksCatchBrokenEntries()
{
    // The checks above must be able to fail: a .ts with every kind of mistake.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken_es.ts"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Sample</name>
    <message>
        <source>&amp;Charge %1</source>
        <translation>Cobrar %2</translation>
    </message>
    <message>
        <source>New sale</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="vanished">Viejo</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; terminals</source>
        <translation>%1 terminales</translation>
    </message>
    <message numerus="yes">
        <source>%n terminal(s)</source>
        <translation>
            <numerusform>%n terminal</numerusform>
            <numerusform>terminales</numerusform>
        </translation>
    </message>
</context>
</TS>
)");
    file.close();
    const TsFile ts = TsFile::read(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.messages.size(), 5);
    const TsMessage &charge = ts.messages.at(0);
    QCOMPARE(charge.source, QStringLiteral("&Charge %1"));
    QCOMPARE(TsFile::placeholders(charge.source), QStringList{QStringLiteral("%1")});
    QCOMPARE(TsFile::placeholders(charge.translations.first()), QStringList{QStringLiteral("%2")});
    QCOMPARE(TsFile::mnemonics(charge.source), 1);
    QCOMPARE(TsFile::mnemonics(charge.translations.first()), 0);
    QCOMPARE(ts.messages.at(1).key(), QStringLiteral("Sample | New sale | title"));
    QCOMPARE(ts.messages.at(1).type, QStringLiteral("unfinished"));
    QCOMPARE(ts.messages.at(2).type, QStringLiteral("vanished"));
    QCOMPARE(TsFile::htmlTags(ts.messages.at(3).source), (QStringList{QStringLiteral("</b>"), QStringLiteral("<b>")}));
    QVERIFY(TsFile::htmlTags(ts.messages.at(3).translations.first()).isEmpty());
    const TsMessage &plural = ts.messages.at(4);
    QVERIFY(plural.numerus);
    QCOMPARE(plural.translations.size(), 2);
    QCOMPARE(TsFile::placeholders(plural.translations.at(1)), QStringList());
    QCOMPARE(TsFile::mnemonics(QStringLiteral("Tom &amp; Jerry &&co")), 0);
}

void TestTranslations::spanishTranslatorTranslatesTheWindow()
{
    QVERIFY(QFile::exists(Language::resourcePath(QStringLiteral("es"))));
    QVERIFY(Language::install(QStringLiteral("es")));
    QCOMPARE(Language::installed(), QStringLiteral("es"));
    ChargeForm form;
    QCOMPARE(form.findChild<QLabel *>(QStringLiteral("saleTitle"))->text(), QStringLiteral("Nueva venta"));
    QCOMPARE(form.findChild<QPushButton *>(QStringLiteral("chargeButton"))->text(), QStringLiteral("&Cobrar"));
    QCOMPARE(Money::errorMessage(Money::ParseError::Empty), QStringLiteral("Ingrese el monto a cobrar."));
}

void TestTranslations::portugueseTranslatorTranslatesTheWindow()
{
    QVERIFY(Language::install(QStringLiteral("pt_BR")));
    ChargeForm form;
    QCOMPARE(form.findChild<QLabel *>(QStringLiteral("saleTitle"))->text(), QStringLiteral("Nova venda"));
    QCOMPARE(form.findChild<QPushButton *>(QStringLiteral("chargeButton"))->text(), QStringLiteral("&Cobrar"));
    QCOMPARE(Currency::fromCode(QStringLiteral("BRL"))->name(), QStringLiteral("Real brasileiro"));
}

void TestTranslations::qtsOwnTextsAreTranslatedWhenInstalled()
{
    const QString qtFile = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_es.qm");
    if (!QFile::exists(qtFile))
        QSKIP("Qt's own Spanish translation is not installed (Debian: qt6-translations-l10n)");
    QVERIFY(Language::install(QStringLiteral("es")));
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    PreferencesDialog dialog(&settings, true);
    // Qt's own words for the standard buttons, from qtbase_es.qm.
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"))->text(), QStringLiteral("Cancelar"));
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->text(), QStringLiteral("Guardar"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Preferencias"));
}

void TestTranslations::englishRemovesTheTranslators()
{
    QVERIFY(Language::install(QStringLiteral("es")));
    QVERIFY(Language::install(QStringLiteral("en")));
    QCOMPARE(Language::installed(), QStringLiteral("en"));
    ChargeForm form;
    QCOMPARE(form.findChild<QLabel *>(QStringLiteral("saleTitle"))->text(), QStringLiteral("New sale"));
    QVERIFY(!Language::install(QStringLiteral("fr")));
    QCOMPARE(Language::installed(), QStringLiteral("en"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
