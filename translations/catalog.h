#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

namespace ul::i18n {

// The translation catalogues compiled into the application (.qm files under :/i18n, built from
// translations/uniload_<language>.ts). English is the source language.

inline constexpr char kEnglish[] = "en";
inline constexpr char kSimplifiedChinese[] = "zh_CN";

// "en", "zh_CN".
QStringList availableLanguages();

// The shipped language closest to `locale`: any Chinese locale gives "zh_CN", everything else
// "en" (the source language).
QString languageForLocale(const QLocale &locale);

// Loads uni-load's catalogue for `language` into `translator`; false when there is none.
bool loadApplicationCatalog(QTranslator &translator, const QString &language);

// Loads Qt's own catalogue (qtbase_<language>.qm, standard dialog texts) when the system has it.
bool loadQtCatalog(QTranslator &translator, const QString &language);

} // namespace ul::i18n
