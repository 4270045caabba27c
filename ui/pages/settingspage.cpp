#include "ui/pages/settingspage.h"

#include "core/engine/engine.h"
#include "ui/common/errortext.h"
#include "ui/common/settingsave.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/sessionautostart.h"
#include "ui/common/uiformat.h"
#include "ui/i18n/languagecontroller.h"
#include "ui/models/settingsmodel.h"
#include "ui/pages/apiserverbox.h"
#include "ui/pages/apitokenbox.h"
#include "ui/pages/proxykeysbox.h"
#include "ui/widgets/messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ul {

SettingsPage::SettingsPage(const ConsoleContext &context, QWidget *parent)
    : ConsolePage(parent), m_context(context), m_model(new SettingsModel(context.config, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_token(new ApiTokenBox(context.config, this)),
      m_keys(new ProxyKeysBox(context.engine, this)), m_hint(new MessageBanner(this)),
      m_filter(new QLineEdit(this)), m_tabs(new QTabWidget(this)), m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SettingsModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false);  // Tab leaves the table; arrows move in it
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    ui::fitColumns(m_view->horizontalHeader(), SettingsModel::Effective);
    m_filter->setClearButtonEnabled(true);

    // Two tabs, so that the table of every setting gets the page's height: "Console and access"
    // (the console options and the proxy keys on the left, the HTTP API server and its token on
    // the right) and "All settings" (the table and the editor of the selected setting).
    auto *top = new QHBoxLayout;
    auto *general = new QVBoxLayout;
    general->addWidget(buildGeneralBox());
    general->addWidget(m_keys);
    general->addStretch(1);
    top->addLayout(general, 1);
    auto *server = new QVBoxLayout;
    if (context.apiServer) {
        m_server = new ApiServerBox(context.apiServer, context.engine, context.config.desktopApiServer(), this);
        server->addWidget(m_server);
        connect(m_server, &ApiServerBox::storedSettingsChanged, m_model, [this](const QJsonObject &stored) {
            m_model->setStoredSettings(stored);
            selectionChanged();
        });
        connect(m_token, &ApiTokenBox::regenerated, m_server, &ApiServerBox::restartIfRunning);
    }
    server->addWidget(m_token);
    top->addLayout(server, 1);

    auto *generalTab = new QWidget(m_tabs);
    auto *generalLayout = new QVBoxLayout(generalTab);
    generalLayout->addLayout(top);
    generalLayout->addStretch(1);
    auto *allTab = new QWidget(m_tabs);
    auto *allLayout = new QVBoxLayout(allTab);
    allLayout->addWidget(m_hint);
    allLayout->addWidget(m_filter);
    allLayout->addWidget(m_view, 1);
    allLayout->addWidget(buildEditorBox());
    m_tabs->addTab(generalTab, QString());
    m_tabs->addTab(allTab, QString());
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SettingsPage::selectionChanged);
    retranslate();
    selectionChanged();
    reload();
}

QGroupBox *SettingsPage::buildGeneralBox()
{
    m_generalBox = new QGroupBox(this);
    m_languageLabel = new QLabel(m_generalBox);
    m_language = new QComboBox(m_generalBox);
    m_startMinimized = new QCheckBox(m_generalBox);
    m_sessionAutostart = new QCheckBox(m_generalBox);
    m_sessionAutostart->setVisible(SessionAutostart::isSupported());
    m_sessionAutostart->setChecked(SessionAutostart::isEnabled());
    m_notifications = new QCheckBox(m_generalBox);
    m_notificationsHint = new QLabel(m_generalBox);
    m_notificationsHint->setWordWrap(true);
    m_notificationsHint->setForegroundRole(QPalette::PlaceholderText);
    m_generalStatus = new StatusLabel(m_generalBox);
    auto *form = new QFormLayout(m_generalBox);
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_startMinimized);
    form->addRow(QString(), m_sessionAutostart);
    form->addRow(QString(), m_notifications);
    form->addRow(QString(), m_notificationsHint);
    form->addRow(m_generalStatus);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_fillingGeneral)
            return;
        const QString key = m_language->currentData().toString();
        if (m_context.language) {
            if (const auto choice = LanguageController::parseChoice(key))
                m_context.language->apply(*choice);
        }
        store(QJsonObject{{LanguageController::storedSettingKey(), key}}, [] { return tr("Language saved."); });
    });
    connect(m_startMinimized, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_fillingGeneral)
            store(QJsonObject{{startMinimizedKey(), on}}, [] { return tr("Saved; used at the next start."); });
    });
    connect(m_sessionAutostart, &QCheckBox::toggled, this, [this](bool on) {
        const Status s = SessionAutostart::setEnabled(
            on, SessionAutostart::directoryArguments(m_context.config.configDir(), m_context.config.dataDir()));
        if (!s.ok()) {
            const QSignalBlocker block(m_sessionAutostart);
            m_sessionAutostart->setChecked(SessionAutostart::isEnabled());
            m_generalStatus->showStatus([error = s.error()] { return tr("Not changed: %1").arg(ErrorText::translate(error)); }, true);
            return;
        }
        m_generalStatus->showStatus([on] {
            return on ? tr("uni-load starts in the tray with your desktop session (%1).").arg(SessionAutostart::entryPath())
                      : tr("uni-load no longer starts with your desktop session.");
        });
    });
    connect(m_notifications, &QCheckBox::toggled, this, [this](bool on) {
        if (m_fillingGeneral)
            return;
        emit notificationsChanged(on);
        store(QJsonObject{{notificationsKey(), on}}, [] { return tr("Saved."); });
    });
    return m_generalBox;
}

QGroupBox *SettingsPage::buildEditorBox()
{
    m_editorBox = new QGroupBox(this);
    m_editorName = new QLabel(m_editorBox);
    QFont bold = m_editorName->font();
    bold.setBold(true);
    m_editorName->setFont(bold);
    m_editorDescription = new QLabel(m_editorBox);
    m_editorDescription->setWordWrap(true);
    m_textEditor = new QLineEdit(m_editorBox);
    m_choiceEditor = new QComboBox(m_editorBox);
    m_saveValue = new QPushButton(m_editorBox);
    m_clearValue = new QPushButton(m_editorBox);
    m_editorStatus = new StatusLabel(m_editorBox);
    auto *row = new QHBoxLayout;
    row->addWidget(m_textEditor, 1);
    row->addWidget(m_choiceEditor, 1);
    row->addWidget(m_saveValue);
    row->addWidget(m_clearValue);
    m_editorBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(m_editorBox);
    layout->addWidget(m_editorName);
    layout->addWidget(m_editorDescription);
    layout->addLayout(row);
    layout->addWidget(m_editorStatus);
    connect(m_saveValue, &QPushButton::clicked, this, &SettingsPage::saveSelected);
    connect(m_textEditor, &QLineEdit::returnPressed, this, &SettingsPage::saveSelected);
    connect(m_clearValue, &QPushButton::clicked, this, &SettingsPage::clearSelected);
    connect(m_textEditor, &QLineEdit::textEdited, this, [this]() {
        const std::optional<SettingKey> key = selectedKey();
        if (!key)
            return;
        bool error = false;
        const QString value = editorValue();
        checkValue(*key, value, &error);
        setEditorStatus([this, key = *key, value] { return checkValue(key, value); }, error);
        m_saveValue->setEnabled(!error && !m_busy);
    });
    return m_editorBox;
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

QLineEdit *SettingsPage::filterField() const
{
    return m_filter;
}

QIcon SettingsPage::icon() const
{
    return ui::gearIcon();
}

void SettingsPage::activate()
{
    reload();
}

void SettingsPage::fillLanguageBox()
{
    m_fillingGeneral = true;
    const QString current = m_language->currentData().toString();
    m_language->clear();
    m_language->addItem(tr("System default"), LanguageController::choiceKey(LanguageController::Choice::System));
    // Language names are written in their own language, so everyone finds theirs.
    m_language->addItem(QStringLiteral("English"), LanguageController::choiceKey(LanguageController::Choice::English));
    m_language->addItem(QStringLiteral("简体中文"), LanguageController::choiceKey(LanguageController::Choice::SimplifiedChinese));
    QString select = current;
    if (select.isEmpty())
        select = m_context.language ? LanguageController::choiceKey(m_context.language->choice()) : QStringLiteral("system");
    m_language->setCurrentIndex(qMax(0, m_language->findData(select)));
    m_fillingGeneral = false;
}

void SettingsPage::retranslate()
{
    m_tabs->setTabText(0, tr("Console and access"));
    m_tabs->setTabText(1, tr("All settings"));
    m_generalBox->setTitle(tr("Console"));
    m_languageLabel->setText(tr("Language:"));
    fillLanguageBox();
    m_startMinimized->setText(tr("Start minimized to the tray"));
    m_sessionAutostart->setText(tr("Start with the desktop session (in the tray)"));
    m_notifications->setText(tr("Show desktop notifications"));
    m_notificationsHint->setText(tr("Channel removed or restored, instance down or up, model changes. The window's notification area "
                                    "keeps them either way."));
    m_hint->showMessage(MessageBanner::Kind::Information,
                        tr("Saved values apply at the next start. Values from .env, .env.local, the environment or the "
                           "command line take precedence over them."));
    m_filter->setPlaceholderText(tr("Filter settings"));
    m_editorBox->setTitle(tr("Change setting"));
    m_saveValue->setText(tr("Save value"));
    m_clearValue->setText(tr("Remove saved value"));
    m_model->retranslate();
    selectionChanged();
}

void SettingsPage::reload()
{
    if (!m_context.engine)
        return;
    deliverTo(m_context.engine->storedSettings(), this, [this](const Result<QJsonObject> &result) {
        if (result.ok())
            applyStored(result.value());
        else
            setEditorStatus([error = result.error()] { return tr("Cannot read the saved settings: %1").arg(ErrorText::translate(error)); }, true);
    });
}

void SettingsPage::applyStored(const QJsonObject &stored)
{
    m_model->setStoredSettings(stored);
    m_fillingGeneral = true;
    const QString language = stored.value(LanguageController::storedSettingKey()).toString();
    if (LanguageController::parseChoice(language))
        m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    m_startMinimized->setChecked(stored.value(startMinimizedKey()).toBool(false));
    m_notifications->setChecked(stored.value(notificationsKey()).toBool(true));
    m_fillingGeneral = false;
    emit notificationsChanged(m_notifications->isChecked());
    selectionChanged();
}

std::optional<SettingKey> SettingsPage::selectedKey() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return static_cast<SettingKey>(rows.constFirst().data(SettingsModel::KeyRole).toInt());
}

QString SettingsPage::editorValue() const
{
    return !m_choiceEditor->isHidden() ? m_choiceEditor->currentText() : m_textEditor->text().trimmed();
}

void SettingsPage::selectionChanged()
{
    const std::optional<SettingKey> key = selectedKey();
    m_choiceEditor->hide();
    m_textEditor->show();
    if (!key) {
        m_editorName->setText(tr("Select a setting above to change it."));
        m_editorDescription->clear();
        m_textEditor->clear();
        m_textEditor->setEnabled(false);
        m_saveValue->setEnabled(false);
        m_clearValue->setEnabled(false);
        return;
    }
    const SettingSpec &spec = settingSpec(*key);
    m_editorName->setText(spec.name);
    m_editorDescription->setText(spec.translatedDescription());
    // The editor is named by the setting it changes, not by its group box.
    m_textEditor->setAccessibleName(spec.name);
    m_textEditor->setAccessibleDescription(spec.translatedDescription());
    m_choiceEditor->setAccessibleDescription(spec.name);
    const std::optional<QString> saved = m_model->savedValue(*key);
    const bool editable = !spec.informational && *key != SettingKey::ApiToken;
    if (spec.type == SettingType::Bool || spec.type == SettingType::Choice) {
        m_textEditor->hide();
        m_choiceEditor->show();
        m_choiceEditor->clear();
        const QStringList choices = spec.type == SettingType::Bool ? QStringList{QStringLiteral("true"), QStringLiteral("false")} : spec.choices;
        m_choiceEditor->addItems(choices);
        const QString current = saved.value_or(m_context.config.value(*key));
        m_choiceEditor->setCurrentIndex(qMax(0, choices.indexOf(current.trimmed().toLower())));
        m_choiceEditor->setEnabled(editable);
    } else {
        m_textEditor->setText(spec.secret ? QString() : saved.value_or(m_context.config.value(*key)));
        m_textEditor->setEchoMode(spec.secret ? QLineEdit::Password : QLineEdit::Normal);
        m_textEditor->setEnabled(editable);
    }
    m_saveValue->setEnabled(editable && !m_busy);
    m_clearValue->setEnabled(editable && !m_busy && saved.has_value());
    if (spec.informational)
        setEditorStatus([] { return tr("This setting is shown for compatibility and has no effect."); });
    else if (*key == SettingKey::ApiToken)
        setEditorStatus([] { return tr("The API token is managed in the HTTP API token box above."); });
    else
        setEditorStatus([this, key = *key] { return m_model->statusText(key); }, isExternalOrigin(m_context.config.origin(*key)));
}

QString SettingsPage::checkValue(SettingKey key, const QString &value, bool *isError) const
{
    bool ignored = false;
    if (!isError)
        isError = &ignored;
    *isError = false;
    if (value.trimmed().isEmpty()) {
        *isError = true;
        return tr("Enter a value, or remove the saved value to use the default.");
    }
    AppConfig probe(m_context.config.configDir(), m_context.config.dataDir());
    probe.setOverride(key, value, ConfigOrigin::StoredSetting);
    const QString name = settingSpec(key).name;
    for (const ConfigIssue &issue : probe.issues()) {
        if (issue.key != name)
            continue;
        *isError = issue.isError();
        const QString message = ErrorText::translateKnown(issue.message);  // framed as invalid or a warning already
        return issue.isError() ? tr("Invalid: %1").arg(message) : tr("Warning: %1").arg(message);
    }
    return {};
}

void SettingsPage::editSetting(SettingKey key, const QString &value)
{
    const int sourceRow = m_model->rowForKey(key);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    if (!m_choiceEditor->isHidden())
        m_choiceEditor->setCurrentIndex(qMax(0, m_choiceEditor->findText(value)));
    else
        m_textEditor->setText(value);
}

bool SettingsPage::saveSelected()
{
    const std::optional<SettingKey> key = selectedKey();
    if (!key || m_busy)
        return false;
    const QString value = editorValue();
    bool error = false;
    checkValue(*key, value, &error);
    if (error) {
        setEditorStatus([this, key = *key, value] { return checkValue(key, value); }, true);
        return false;
    }
    store(QJsonObject{{SettingsModel::storedKey(*key), value}}, [this, key = *key] { return SettingSave::doneText(m_context.config, key); });
    return true;
}

void SettingsPage::clearSelected()
{
    const std::optional<SettingKey> key = selectedKey();
    if (!key || m_busy)
        return;
    store(QJsonObject{{SettingsModel::storedKey(*key), QJsonValue(QJsonValue::Null)}},
          [] { return tr("Saved value removed; the default applies after a restart."); });
}

void SettingsPage::store(const QJsonObject &values, StatusLabel::Text doneText)
{
    if (!m_context.engine)
        return;
    m_busy = true;
    m_saveValue->setEnabled(false);
    m_clearValue->setEnabled(false);
    const bool general = values.contains(LanguageController::storedSettingKey()) || values.contains(startMinimizedKey())
                         || values.contains(notificationsKey());
    deliverTo(m_context.engine->saveStoredSettings(values), this, [this, doneText, general](const Result<QJsonObject> &result) {
        m_busy = false;
        if (!result.ok()) {
            const StatusLabel::Text text = [error = result.error()] { return tr("Not saved: %1").arg(ErrorText::translate(error)); };
            (general ? m_generalStatus : m_editorStatus)->showStatus(text, true);
            selectionChanged();
            return;
        }
        m_model->setStoredSettings(result.value());
        selectionChanged();
        (general ? m_generalStatus : m_editorStatus)->showStatus(doneText);
    });
}

QString SettingsPage::editorStatus() const
{
    return m_editorStatus->text();
}

void SettingsPage::setEditorStatus(StatusLabel::Text text, bool error)
{
    m_editorStatus->showStatus(std::move(text), error);
}

} // namespace ul
