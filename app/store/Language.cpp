#include "store/Language.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace {

const QString kEnglish = QStringLiteral("en");
const QString kSpanish = QStringLiteral("es");
const QString kPortugueseBrazil = QStringLiteral("pt_BR");

struct Installed
{
    QPointer<QTranslator> own;
    QPointer<QTranslator> qt;
    QString code = kEnglish;
};

Installed &installedTranslators()
{
    static Installed state;
    return state;
}

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator.data();
    translator = nullptr;
}

} // namespace

QStringList Language::codes()
{
    return {kEnglish, kSpanish, kPortugueseBrazil};
}

bool Language::isSupported(const QString &code)
{
    return codes().contains(code);
}

QString Language::nativeName(const QString &code)
{
    // Each language is named in itself, so that a person who cannot read the current one still finds theirs.
    if (code == kSpanish)
        return QStringLiteral("Español");
    if (code == kPortugueseBrazil)
        return QStringLiteral("Português (Brasil)");
    if (code == kEnglish)
        return QStringLiteral("English");
    return {};
}

QString Language::resolve(const QString &setting, const QLocale &locale)
{
    if (isSupported(setting))
        return setting;
    const QStringList uiLanguages = locale.uiLanguages();
    for (const QString &name : uiLanguages) {
        const QLocale candidate(name);
        switch (candidate.language()) {
        case QLocale::Spanish:
            return kSpanish;
        case QLocale::Portuguese:
            return kPortugueseBrazil;
        case QLocale::English:
            return kEnglish;
        default:
            break;
        }
    }
    return kEnglish;
}

QString Language::resourcePath(const QString &code)
{
    if (!isSupported(code) || code == kEnglish)
        return {};
    return QStringLiteral(":/i18n/pointdesk_") + code + QStringLiteral(".qm");
}

bool Language::install(const QString &code)
{
    Installed &state = installedTranslators();
    removeTranslator(state.own);
    removeTranslator(state.qt);
    state.code = kEnglish;
    if (!isSupported(code) || code == kEnglish)
        return isSupported(code);

    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(resourcePath(code))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    state.own = own;
    state.code = code;

    // Qt's own texts (the standard buttons, the file and message dialogs), from the system's Qt translations.
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QString qtFile = QStringLiteral("qtbase_") + code + QStringLiteral(".qm");
    if (QFileInfo::exists(qtDirectory + QLatin1Char('/') + qtFile)) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(qtFile, qtDirectory)) {
            QCoreApplication::installTranslator(qt);
            state.qt = qt;
        } else {
            delete qt;
        }
    }
    return true;
}

QString Language::installed()
{
    return installedTranslators().code;
}
