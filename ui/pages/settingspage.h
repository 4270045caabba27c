#pragma once

#include "ui/consolecontext.h"
#include "ui/pages/consolepage.h"
#include "ui/widgets/statuslabel.h"

#include <QJsonObject>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace ul {

class ApiServerBox;
class ApiTokenBox;
class MessageBanner;
class ProxyKeysBox;
class SettingsModel;

// Settings: the console's own preferences (language, applied live; start minimized), the HTTP
// API token, and every registry setting with its value in effect, origin and saved value.
// Values are saved as stored settings "env.<NAME>" and apply at the next start.
class SettingsPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(const ConsoleContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QLineEdit *filterField() const override;
    QIcon icon() const override;
    void activate() override;

    SettingsModel *model() const { return m_model; }
    QComboBox *languageBox() const { return m_language; }
    QCheckBox *startMinimizedBox() const { return m_startMinimized; }
    QCheckBox *sessionAutostartBox() const { return m_sessionAutostart; }
    QCheckBox *notificationsBox() const { return m_notifications; }
    ApiTokenBox *tokenBox() const { return m_token; }
    ApiServerBox *serverBox() const { return m_server; }  // null without an ApiServerControl
    ProxyKeysBox *proxyKeysBox() const { return m_keys; }

    // Selects a setting and fills the editor with `value` (tests and keyboard users).
    void editSetting(SettingKey key, const QString &value);
    // Saves the editor's value / removes the saved value of the selected setting.
    bool saveSelected();
    void clearSelected();
    QString editorStatus() const;
    QString generalStatus() const { return m_generalStatus->text(); }
    bool isBusy() const { return m_busy; }

    static QString startMinimizedKey() { return QStringLiteral("ui.startMinimized"); }
    // Desktop (tray) notifications on or off; off keeps them in the window's notification area.
    static QString notificationsKey() { return QStringLiteral("ui.notifications"); }

signals:
    // The notification setting as stored (when read) or as the operator just set it.
    void notificationsChanged(bool enabled);

protected:
    void retranslate() override;

private:
    QGroupBox *buildGeneralBox();
    QGroupBox *buildEditorBox();
    void reload();
    void applyStored(const QJsonObject &stored);
    void selectionChanged();
    std::optional<SettingKey> selectedKey() const;
    QString editorValue() const;
    // "" when `value` is acceptable for `key`; else why not (warnings are prefixed "warning:").
    QString checkValue(SettingKey key, const QString &value, bool *isError = nullptr) const;
    void store(const QJsonObject &values, StatusLabel::Text doneText);
    void setEditorStatus(StatusLabel::Text text, bool error = false);
    void fillLanguageBox();

    ConsoleContext m_context;
    SettingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QGroupBox *m_generalBox = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_startMinimized = nullptr;
    QCheckBox *m_sessionAutostart = nullptr;  // SessionAutostart: an entry file, not a stored setting
    QCheckBox *m_notifications = nullptr;
    QLabel *m_notificationsHint = nullptr;
    StatusLabel *m_generalStatus = nullptr;
    ApiTokenBox *m_token;
    ApiServerBox *m_server = nullptr;
    ProxyKeysBox *m_keys;
    MessageBanner *m_hint;
    QLineEdit *m_filter;
    QTabWidget *m_tabs;
    QTableView *m_view;
    QGroupBox *m_editorBox = nullptr;
    QLabel *m_editorName = nullptr;
    QLabel *m_editorDescription = nullptr;
    QLineEdit *m_textEditor = nullptr;
    QComboBox *m_choiceEditor = nullptr;
    QPushButton *m_saveValue = nullptr;
    QPushButton *m_clearValue = nullptr;
    StatusLabel *m_editorStatus = nullptr;
    bool m_busy = false;
    bool m_fillingGeneral = false;
};

} // namespace ul
