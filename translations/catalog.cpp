#include "translations/catalog.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace ul::i18n {

QStringList availableLanguages()
{
    return {QString::fromLatin1(kEnglish), QString::fromLatin1(kSimplifiedChinese)};
}

QString languageForLocale(const QLocale &locale)
{
    // Traditional-Chinese readers are better served by the Simplified catalogue than by English.
    if (locale.language() == QLocale::Chinese)
        return QString::fromLatin1(kSimplifiedChinese);
    return QString::fromLatin1(kEnglish);
}

bool loadApplicationCatalog(QTranslator &translator, const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    return translator.load(QStringLiteral("uniload_") + language, QStringLiteral(":/i18n"));
}

bool loadQtCatalog(QTranslator &translator, const QString &language)
{
    return translator.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace ul::i18n
