#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

/// The interface languages PointDesk ships and the translators that show them. English is the source language;
/// Spanish ("es") and Brazilian Portuguese ("pt_BR") are compiled from translations/*.ts into the binaries as Qt
/// resources under ":/i18n". Money and dates keep following the system locale whatever the language.
class Language
{
public:
    /// "en", "es", "pt_BR".
    static QStringList codes();
    static bool isSupported(const QString &code);
    /// The language's name in itself, as a language menu shows it: "English", "Español", "Português (Brasil)".
    static QString nativeName(const QString &code);

    /// The language to show: `setting` when it is one of codes(), otherwise the first of `locale`'s UI languages
    /// that PointDesk has (any Spanish is "es", any Portuguese "pt_BR"), otherwise "en".
    static QString resolve(const QString &setting, const QLocale &locale = QLocale::system());

    /// Where PointDesk's compiled translation for `code` lives (":/i18n/pointdesk_es.qm"); empty for "en".
    static QString resourcePath(const QString &code);

    /// Replaces the translators this function installed before with the ones for `code`: PointDesk's own (from
    /// the resources) and Qt's qtbase_<code>.qm from QLibraryInfo::TranslationsPath when present (the standard
    /// buttons and dialogs). "en" installs none. Returns false when PointDesk's translation for `code` is missing
    /// from this binary (the texts then stay in English). Call it before any window is built.
    static bool install(const QString &code);
    /// The language install() last put in place ("en" before any call).
    static QString installed();
};
