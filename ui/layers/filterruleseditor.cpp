#include "ui/layers/filterruleseditor.h"

#include "core/engine/engine.h"
#include "ui/common/columnfitter.h"
#include "ui/common/errortext.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/uiformat.h"
#include "ui/layers/rulelistbox.h"
#include "ui/models/filterpreviewmodel.h"
#include "ui/models/rulelistmodel.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ul {

namespace {
const QStringList &sampleModels()
{
    static const QStringList models{
        QStringLiteral("gpt-4o"),           QStringLiteral("gpt-4o-mini"),
        QStringLiteral("gpt-4.1-nano"),     QStringLiteral("chatgpt-4o-latest"),
        QStringLiteral("claude-3-5-sonnet-20241022"), QStringLiteral("claude-opus-4-20250514"),
        QStringLiteral("gemini-2.5-pro"),   QStringLiteral("gemini-2.5-flash"),
        QStringLiteral("deepseek-chat"),    QStringLiteral("deepseek-ai/DeepSeek-V3"),
        QStringLiteral("qwen3-235b-a22b"),  QStringLiteral("gpt-3.5-turbo"),
        QStringLiteral("text-embedding-3-small"), QStringLiteral("dall-e-3"),
        QStringLiteral("whisper-1"),        QStringLiteral("gpt-4o-audio-preview"),
        QStringLiteral("llama-3.1-70b"),    QStringLiteral("o1-preview")};
    return models;
}
} // namespace

FilterRulesEditor::FilterRulesEditor(Engine *engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_whitelistEnabled(new QCheckBox(this)), m_blacklistEnabled(new QCheckBox(this)),
      m_reset(new QPushButton(this)), m_save(new QPushButton(this)), m_status(new StatusLabel(this)), m_previewBox(new QGroupBox(this)),
      m_previewInput(new QPlainTextEdit), m_previewSummary(new QLabel), m_preview(new FilterPreviewModel(this)),
      m_previewView(new QTableView), m_previewTimer(new QTimer(this))
{
    auto *lists = new QHBoxLayout;
    for (std::size_t i = 0; i < m_models.size(); ++i) {
        m_models[i] = new RuleListModel(this);
        m_boxes[i] = new RuleListBox(m_models[i], i == static_cast<std::size_t>(List::PreferredTestModels), this);
        lists->addWidget(m_boxes[i], 1);
        connect(m_models[i], &RuleListModel::edited, this, &FilterRulesEditor::markEdited);
        connect(m_boxes[i], &RuleListBox::rejected, this,
                [this](const QString &value) { setStatus([value] { return tr("\"%1\" is already in the list.").arg(value); }, true); });
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_whitelistEnabled);
    top->addWidget(m_blacklistEnabled);
    top->addStretch(1);
    top->addWidget(m_status);
    top->addWidget(m_reset);
    top->addWidget(m_save);

    for (std::size_t i = 0; i < m_previewTypes.size(); ++i) {
        m_previewTypes[i] = new QCheckBox(m_previewBox);
        connect(m_previewTypes[i], &QCheckBox::toggled, m_previewTimer, qOverload<>(&QTimer::start));
    }
    m_previewTypes[0]->setChecked(true);
    m_previewInput->setPlainText(sampleModels().join(QLatin1Char('\n')));
    m_previewInput->setTabChangesFocus(true);
    m_previewView->setModel(m_preview);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->setTabKeyNavigation(false);  // Tab leaves the table; arrows move in it
    m_previewView->verticalHeader()->hide();
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 6);
    ui::fitColumns(m_previewView->horizontalHeader(), FilterPreviewModel::Model);
    // The model's name is what the preview is read for: it keeps its share before the others.
    ui::ColumnFitter::of(m_previewView->horizontalHeader())->setStretchFloor(30);
    auto *typesRow = new QHBoxLayout;
    for (QCheckBox *box : m_previewTypes)
        typesRow->addWidget(box);
    typesRow->addStretch(1);
    auto *inputColumn = new QVBoxLayout;
    inputColumn->addLayout(typesRow);
    inputColumn->addWidget(m_previewInput, 1);
    auto *resultColumn = new QVBoxLayout;
    resultColumn->addWidget(m_previewSummary);
    resultColumn->addWidget(m_previewView, 1);
    auto *previewLayout = new QHBoxLayout(m_previewBox);
    previewLayout->addLayout(inputColumn, 2);
    previewLayout->addLayout(resultColumn, 5);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(lists, 4);
    layout->addWidget(m_previewBox, 5);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(0);  // coalesces bursts of edits into one evaluation
    connect(m_previewTimer, &QTimer::timeout, this, &FilterRulesEditor::updatePreview);
    connect(m_previewInput, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_whitelistEnabled, &QCheckBox::toggled, this, &FilterRulesEditor::markEdited);
    connect(m_blacklistEnabled, &QCheckBox::toggled, this, &FilterRulesEditor::markEdited);
    connect(m_reset, &QPushButton::clicked, this, &FilterRulesEditor::resetToDefaults);
    connect(m_save, &QPushButton::clicked, this, &FilterRulesEditor::save);

    setRules(FilterRules::defaults(), false);
    retranslate();
    load();
}

RuleListModel *FilterRulesEditor::listModel(List list) const
{
    return m_models.at(static_cast<std::size_t>(list));
}

FilterRules FilterRulesEditor::rules() const
{
    FilterRules r;
    r.whitelist = listModel(List::Whitelist)->entries();
    r.blacklist = listModel(List::Blacklist)->entries();
    r.highCost = listModel(List::HighCost)->entries();
    r.preferredTestModels = listModel(List::PreferredTestModels)->entries();
    r.whitelistEnabled = m_whitelistEnabled->isChecked();
    r.blacklistEnabled = m_blacklistEnabled->isChecked();
    return r;
}

void FilterRulesEditor::setRules(const FilterRules &rules, bool dirty)
{
    const QSignalBlocker blockWhite(m_whitelistEnabled);
    const QSignalBlocker blockBlack(m_blacklistEnabled);
    listModel(List::Whitelist)->setEntries(rules.whitelist);
    listModel(List::Blacklist)->setEntries(rules.blacklist);
    listModel(List::HighCost)->setEntries(rules.highCost);
    listModel(List::PreferredTestModels)->setEntries(rules.preferredTestModels);
    m_whitelistEnabled->setChecked(rules.whitelistEnabled);
    m_blacklistEnabled->setChecked(rules.blacklistEnabled);
    m_dirty = dirty;
    updateButtons();
    m_previewTimer->start();
}

void FilterRulesEditor::load()
{
    if (!m_engine)
        return;
    m_busy = true;
    updateButtons();
    deliverTo(m_engine->filterRules(), this, [this](const Result<FilterRulesView> &result) {
        m_busy = false;
        m_loaded = true;
        if (result.ok()) {
            m_environment = result->environment;
            setRules(result->stored, false);
            setStatus(nullptr);
        } else {
            // A stored value that no longer parses: show the defaults, say why, let a save fix it.
            setRules(FilterRules::defaults(), false);
            setStatus([error = result.error()] { return tr("Cannot read the saved rules: %1").arg(ErrorText::translate(error)); }, true);
        }
        retranslate();
        updateButtons();
        emit loaded();
    });
}

bool FilterRulesEditor::save()
{
    const FilterRules current = rules();
    if (const Status valid = current.validateForSave(); !valid.ok()) {
        setStatus([error = valid.error()] { return tr("Not saved: %1").arg(ErrorText::translate(error)); }, true);
        return false;
    }
    if (!m_engine)
        return false;
    m_busy = true;
    setStatus([] { return tr("Saving…"); });
    updateButtons();
    deliverTo(m_engine->saveFilterRules(current), this, [this](const Result<FilterRulesView> &result) {
        m_busy = false;
        if (result.ok()) {
            m_dirty = false;
            m_environment = result->environment;
            setStatus([] { return tr("Saved. New sites and the next model sync use these rules."); });
            emit saved();
        } else {
            setStatus([error = result.error()] { return tr("Not saved: %1").arg(ErrorText::translate(error)); }, true);
        }
        updateButtons();
    });
    return true;
}

void FilterRulesEditor::resetToDefaults()
{
    setRules(FilterRules::defaults(), true);
    setStatus([] { return tr("Defaults restored; save to keep them."); });
}

void FilterRulesEditor::markEdited()
{
    m_dirty = true;
    setStatus([] { return tr("Unsaved changes."); });
    updateButtons();
    m_previewTimer->start();
}

void FilterRulesEditor::setPreviewModels(const QStringList &models)
{
    m_previewInput->setPlainText(models.join(QLatin1Char('\n')));
    updatePreview();
}

QList<ChannelType> FilterRulesEditor::previewTypes() const
{
    QList<ChannelType> types;
    const QList<ChannelType> all = siteChannelTypes();
    for (std::size_t i = 0; i < m_previewTypes.size() && i < static_cast<std::size_t>(all.size()); ++i) {
        if (m_previewTypes[i]->isChecked())
            types << all.at(static_cast<qsizetype>(i));
    }
    return types;
}

void FilterRulesEditor::updatePreview()
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList models = m_previewInput->toPlainText().split(separators, Qt::SkipEmptyParts);
    FilterRules effective = rules();
    effective.whitelistEnabled = effective.whitelistEnabled && m_environment.whitelist;
    effective.blacklistEnabled = effective.blacklistEnabled && m_environment.blacklist;
    m_preview->evaluate(models, effective, previewTypes());
    m_previewSummary->setText(tr("%1 kept, %2 dropped").arg(m_preview->keptCount()).arg(m_preview->droppedCount()));
}

QString FilterRulesEditor::statusText() const
{
    return m_status->text();
}

void FilterRulesEditor::setStatus(StatusLabel::Text text, bool error)
{
    m_statusIsError = error;
    m_status->showStatus(std::move(text), error);
}

void FilterRulesEditor::updateButtons()
{
    m_save->setEnabled(!m_busy && m_dirty);
    m_reset->setEnabled(!m_busy && rules() != FilterRules::defaults());  // nothing to reset while the form shows them
}

void FilterRulesEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterRulesEditor::retranslate()
{
    m_whitelistEnabled->setText(m_environment.whitelist ? tr("Apply the whitelist")
                                                        : tr("Apply the whitelist (off for this run: ENABLE_MODEL_WHITELIST=false)"));
    m_blacklistEnabled->setText(m_environment.blacklist ? tr("Apply the blacklist")
                                                        : tr("Apply the blacklist (off for this run: ENABLE_MODEL_BLACKLIST=false)"));
    m_reset->setText(tr("Reset to defaults"));
    m_save->setText(tr("Save rules"));
    m_boxes[0]->setTexts(tr("Whitelist prefixes"), tr("e.g. gpt-"),
                         tr("A model is kept when its name, or the part after the last '/', starts with an enabled prefix."));
    m_boxes[1]->setTexts(tr("Blacklist terms"), tr("e.g. embedding"),
                         tr("A model is dropped when a word of its name starts with an enabled term."));
    m_boxes[2]->setTexts(tr("High-cost patterns"), tr("e.g. o3-"),
                         tr("Models containing an enabled pattern are never used for key validation."));
    m_boxes[3]->setTexts(tr("Preferred test models"), tr("e.g. gpt-4o-mini"),
                         tr("Used for key validation, in this order, when a site serves them."));
    m_previewBox->setTitle(tr("Preview: which of these models would pass?"));
    m_previewInput->setPlaceholderText(tr("Model names, one per line"));
    const QList<ChannelType> all = siteChannelTypes();
    const QStringList typeNames{tr("OpenAI"), tr("Anthropic"), tr("Gemini")};
    for (std::size_t i = 0; i < m_previewTypes.size(); ++i)
        m_previewTypes[i]->setText(typeNames.value(static_cast<qsizetype>(i), channelTypeName(all.value(static_cast<qsizetype>(i)))));
    m_preview->retranslate();
    updatePreview();
}

} // namespace ul
