#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <optional>

namespace ul {

// The user-interface language: the system locale by default, overridden by the stored setting
// "ui.language" and, for one run, by --lang. Switching installs the catalogues; Qt then sends
// QEvent::LanguageChange to every widget, which retranslates itself.
class LanguageController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageController)

public:
    enum class Choice { System, English, SimplifiedChinese };

    static QString choiceKey(Choice choice);  // "system", "en", "zh_CN" (stored setting values)
    static std::optional<Choice> parseChoice(const QString &key);
    static QString storedSettingKey() { return QStringLiteral("ui.language"); }

    explicit LanguageController(QObject *parent = nullptr);
    ~LanguageController() override;

    // Applies `choice` now (installs or removes the catalogues).
    void apply(Choice choice);
    // Applies a language name ("en", "zh_CN") directly, e.g. from --lang.
    void applyLanguage(const QString &language);
    Choice choice() const { return m_choice; }
    // The language in use: "en" or "zh_CN".
    QString activeLanguage() const { return m_active; }

signals:
    void languageChanged(const QString &language);

private:
    void install(const QString &language);

    Choice m_choice = Choice::System;
    QString m_active;
    QTranslator m_appCatalog;
    QTranslator m_qtCatalog;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace ul
