#include "ui/i18n/languagecontroller.h"

#include "translations/catalog.h"

#include <QCoreApplication>
#include <QLocale>

namespace ul {

QString LanguageController::choiceKey(Choice choice)
{
    switch (choice) {
    case Choice::System: return QStringLiteral("system");
    case Choice::English: return QString::fromLatin1(i18n::kEnglish);
    case Choice::SimplifiedChinese: return QString::fromLatin1(i18n::kSimplifiedChinese);
    }
    return {};
}

std::optional<LanguageController::Choice> LanguageController::parseChoice(const QString &key)
{
    for (const Choice c : {Choice::System, Choice::English, Choice::SimplifiedChinese}) {
        if (key == choiceKey(c))
            return c;
    }
    return std::nullopt;
}

LanguageController::LanguageController(QObject *parent) : QObject(parent) {}

LanguageController::~LanguageController()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appCatalog);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtCatalog);
}

void LanguageController::apply(Choice choice)
{
    m_choice = choice;
    switch (choice) {
    case Choice::System: install(i18n::languageForLocale(QLocale::system())); break;
    case Choice::English: install(QString::fromLatin1(i18n::kEnglish)); break;
    case Choice::SimplifiedChinese: install(QString::fromLatin1(i18n::kSimplifiedChinese)); break;
    }
}

void LanguageController::applyLanguage(const QString &language)
{
    if (const auto c = parseChoice(language))
        apply(*c);
}

void LanguageController::install(const QString &language)
{
    if (language == m_active)
        return;
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appCatalog);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtCatalog);
    m_appInstalled = false;
    m_qtInstalled = false;
    m_active = language;
    // English is the source language; its catalogue only adds the plural forms. Removing the
    // previous catalogues above already made Qt post a LanguageChange event.
    if (i18n::loadApplicationCatalog(m_appCatalog, language))
        m_appInstalled = QCoreApplication::installTranslator(&m_appCatalog);
    if (language != QLatin1String(i18n::kEnglish) && i18n::loadQtCatalog(m_qtCatalog, language))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtCatalog);
    emit languageChanged(language);
}

} // namespace ul
