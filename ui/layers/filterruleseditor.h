#pragma once

#include "core/common/channeltype.h"
#include "core/onboarding/filterrulesstore.h"
#include "core/sites/filterrules.h"
#include "ui/widgets/statuslabel.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace ul {

class Engine;
class FilterPreviewModel;
class RuleListBox;
class RuleListModel;

// The model filter rules (uni-load-behaviour.md §8): whitelist prefixes, blacklist terms,
// high-cost patterns and preferred test models, each entry with an enabled flag; the whitelist
// and blacklist stages on or off; reset to defaults; and a live preview of which of a list of
// models would pass and why the others are dropped. Read and saved through the engine's filter
// rules commands (stored setting "filterRules"); the environment switches ENABLE_MODEL_WHITELIST
// and ENABLE_MODEL_BLACKLIST can turn a stage off for the run, which the preview follows.
class FilterRulesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterRulesEditor)

public:
    enum class List { Whitelist, Blacklist, HighCost, PreferredTestModels };
    static QString storedKey() { return QString::fromLatin1(kFilterRulesSettingKey); }

    explicit FilterRulesEditor(Engine *engine, QWidget *parent = nullptr);

    // Reads the stored rules (defaults when none are stored).
    void load();
    // Validates and saves; false (nothing sent) when the rules are invalid.
    bool save();
    void resetToDefaults();

    FilterRules rules() const;
    void setRules(const FilterRules &rules, bool dirty);
    bool isDirty() const { return m_dirty; }
    bool isBusy() const { return m_busy; }
    bool isLoaded() const { return m_loaded; }
    QString statusText() const;

    RuleListModel *listModel(List list) const;
    FilterPreviewModel *previewModel() const { return m_preview; }
    void setPreviewModels(const QStringList &models);

signals:
    void loaded();
    void saved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void markEdited();
    void updatePreview();
    void setStatus(StatusLabel::Text text, bool error = false);
    void updateButtons();
    QList<ChannelType> previewTypes() const;

    Engine *m_engine;
    std::array<RuleListModel *, 4> m_models{};
    std::array<RuleListBox *, 4> m_boxes{};
    QCheckBox *m_whitelistEnabled;
    QCheckBox *m_blacklistEnabled;
    QPushButton *m_reset;
    QPushButton *m_save;
    StatusLabel *m_status;
    QGroupBox *m_previewBox;
    QPlainTextEdit *m_previewInput;
    std::array<QCheckBox *, 3> m_previewTypes{};
    QLabel *m_previewSummary;
    FilterPreviewModel *m_preview;
    QTableView *m_previewView;
    QTimer *m_previewTimer;
    EnvironmentFilterSwitches m_environment;
    bool m_dirty = false;
    bool m_busy = false;
    bool m_loaded = false;
    bool m_statusIsError = false;
};

} // namespace ul
