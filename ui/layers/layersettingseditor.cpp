#include "ui/layers/layersettingseditor.h"

#include "core/engine/engine.h"
#include "ui/common/errortext.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/uiformat.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ul {

namespace {
constexpr std::array<Layer, 3> kAllLayers{Layer::SiteGroup, Layer::ModelChannel, Layer::Aggregate};

std::size_t slot(Layer layer)
{
    return static_cast<std::size_t>(layer) - 1;  // the enum starts at 1 (L1)
}
} // namespace

LayerSettingsEditor::LayerSettingsEditor(Engine *engine, QWidget *parent)
    : QGroupBox(parent), m_engine(engine), m_layerHeader(new QLabel(this)), m_sortHeader(new QLabel(this)),
      m_thresholdHeader(new QLabel(this)), m_intervalHeader(new QLabel(this)), m_retriesHeader(new QLabel(this)),
      m_status(new StatusLabel(this)), m_reset(new QPushButton(this)), m_save(new QPushButton(this))
{
    auto *grid = new QGridLayout;
    grid->addWidget(m_layerHeader, 0, 0);
    grid->addWidget(m_sortHeader, 0, 1);
    grid->addWidget(m_thresholdHeader, 0, 2);
    grid->addWidget(m_intervalHeader, 0, 3);
    grid->addWidget(m_retriesHeader, 0, 4);
    for (QLabel *header : {m_layerHeader, m_sortHeader, m_thresholdHeader, m_intervalHeader, m_retriesHeader}) {
        QFont f = header->font();
        f.setBold(true);
        header->setFont(f);
    }
    for (const Layer layer : kAllLayers) {
        Row &r = m_rows[slot(layer)];
        r.name = new QLabel(this);
        r.sort = new QLabel(QString::number(layerSort(layer)), this);
        r.sort->setEnabled(false);
        r.threshold = new QSpinBox(this);
        r.threshold->setRange(0, kMaxBlacklistThreshold);
        r.interval = new QSpinBox(this);
        r.interval->setRange(1, kMaxValidationIntervalMinutes);
        r.intervalText = new QLabel(this);
        r.intervalText->setForegroundRole(QPalette::PlaceholderText);
        r.retries = new QSpinBox(this);
        r.retries->setRange(-1, kMaxRetries);
        const int line = static_cast<int>(slot(layer)) + 1;
        grid->addWidget(r.name, line, 0);
        grid->addWidget(r.sort, line, 1);
        grid->addWidget(r.threshold, line, 2);
        auto *interval = new QHBoxLayout;
        interval->addWidget(r.interval, 1);
        interval->addWidget(r.intervalText);
        grid->addLayout(interval, line, 3);
        connect(r.interval, &QSpinBox::valueChanged, this, [this, layer]() { updateIntervalText(row(layer)); });
        grid->addWidget(r.retries, line, 4);
        for (QSpinBox *box : {r.threshold, r.interval, r.retries})
            connect(box, &QSpinBox::valueChanged, this, &LayerSettingsEditor::markEdited);
    }
    grid->setColumnStretch(0, 2);
    for (int c = 2; c <= 4; ++c)
        grid->setColumnStretch(c, 1);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addLayout(grid, 1);
    row->addSpacing(12);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_save, &QPushButton::clicked, this, &LayerSettingsEditor::save);
    connect(m_reset, &QPushButton::clicked, this, &LayerSettingsEditor::resetToDefaults);
    setSettings(LayerSettingsSet::defaults(), false);
    retranslate();
    load();
}

const LayerSettingsEditor::Row &LayerSettingsEditor::row(Layer layer) const
{
    return m_rows.at(slot(layer));
}

QSpinBox *LayerSettingsEditor::thresholdBox(Layer layer) const
{
    return row(layer).threshold;
}

QSpinBox *LayerSettingsEditor::intervalBox(Layer layer) const
{
    return row(layer).interval;
}

QSpinBox *LayerSettingsEditor::retriesBox(Layer layer) const
{
    return row(layer).retries;
}

LayerSettingsSet LayerSettingsEditor::settings() const
{
    LayerSettingsSet s;
    for (const Layer layer : kAllLayers) {
        const Row &r = row(layer);
        LayerSettings &c = s.forLayer(layer);
        c.blacklistThreshold = r.threshold->value();
        c.keyValidationIntervalMinutes = r.interval->value();
        c.maxRetries = r.retries->value() < 0 ? std::nullopt : std::optional<int>(r.retries->value());
    }
    return s;
}

void LayerSettingsEditor::setSettings(const LayerSettingsSet &settings, bool dirty)
{
    m_filling = true;
    for (const Layer layer : kAllLayers) {
        const Row &r = row(layer);
        const LayerSettings &c = settings.forLayer(layer);
        r.threshold->setValue(c.blacklistThreshold);
        r.interval->setValue(c.keyValidationIntervalMinutes);
        r.retries->setValue(c.maxRetries.value_or(-1));
    }
    m_filling = false;
    m_dirty = dirty;
    updateButtons();
}

void LayerSettingsEditor::load()
{
    if (!m_engine)
        return;
    m_busy = true;
    updateButtons();
    deliverTo(m_engine->storedSettings(), this, [this](const Result<QJsonObject> &result) {
        m_busy = false;
        m_loaded = true;
        if (!result.ok()) {
            setStatus([error = result.error()]() { return tr("Cannot read the saved layer settings: %1").arg(ErrorText::translate(error)); }, true);
        } else if (const QJsonValue stored = result->value(storedKey()); stored.isObject()) {
            Result<LayerSettingsSet> s = LayerSettingsSet::fromJson(stored);
            if (s.ok()) {
                setSettings(s.value(), false);
                setStatus(nullptr);
            } else {
                setSettings(LayerSettingsSet::defaults(), false);
                setStatus([error = s.error()]() { return tr("The saved layer settings are invalid (%1); showing the defaults.").arg(ErrorText::translate(error)); },
                          true);
            }
        } else {
            setSettings(LayerSettingsSet::defaults(), false);
            setStatus([]() { return tr("Using the default layer settings."); });
        }
        updateButtons();
        emit loaded();
    });
}

bool LayerSettingsEditor::save()
{
    const LayerSettingsSet current = settings();
    if (const Status valid = current.validate(); !valid.ok()) {
        setStatus([error = valid.error()]() { return tr("Not saved: %1").arg(ErrorText::translate(error)); }, true);
        return false;
    }
    if (!m_engine)
        return false;
    m_busy = true;
    setStatus([]() { return tr("Saving…"); });
    updateButtons();
    deliverTo(m_engine->saveStoredSettings(QJsonObject{{storedKey(), current.toJson()}}), this,
              [this](const Result<QJsonObject> &result) {
                  m_busy = false;
                  if (result.ok()) {
                      m_dirty = false;
                      setStatus([]() { return tr("Saved. Groups created or reconciled from now on get these settings."); });
                      emit saved();
                  } else {
                      setStatus([error = result.error()]() { return tr("Not saved: %1").arg(ErrorText::translate(error)); }, true);
                  }
                  updateButtons();
              });
    return true;
}

void LayerSettingsEditor::resetToDefaults()
{
    setSettings(LayerSettingsSet::defaults(), true);
    setStatus([]() { return tr("Defaults restored; save to keep them."); });
}

void LayerSettingsEditor::markEdited()
{
    if (m_filling)
        return;
    m_dirty = true;
    setStatus([]() { return tr("Unsaved changes."); });
    updateButtons();
}

QString LayerSettingsEditor::statusText() const
{
    return m_status->text();
}

void LayerSettingsEditor::setStatus(StatusLabel::Text text, bool error)
{
    m_status->showStatus(std::move(text), error);
}

void LayerSettingsEditor::updateIntervalText(const Row &r)
{
    // "10080 min" reads better with "(7 days)" beside it; nothing beside an hour or less.
    const int minutes = r.interval->value();
    r.intervalText->setText(minutes > 60 ? tr("(%1)").arg(ui::formatMinutes(minutes)) : QString());
}

void LayerSettingsEditor::updateButtons()
{
    m_save->setEnabled(!m_busy && m_dirty);
    m_reset->setEnabled(!m_busy && settings() != LayerSettingsSet::defaults());  // nothing to reset while the form shows them
}

void LayerSettingsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void LayerSettingsEditor::retranslate()
{
    setTitle(tr("Layer group settings"));
    m_layerHeader->setText(tr("Layer"));
    m_sortHeader->setText(tr("Sort (fixed)"));
    m_thresholdHeader->setText(tr("Blacklist threshold"));
    m_intervalHeader->setText(tr("Key validation interval"));
    m_retriesHeader->setText(tr("Max retries"));
    m_thresholdHeader->setToolTip(tr("Failures before gpt-load blacklists a key; 0 = never."));
    m_retriesHeader->setToolTip(tr("Extra attempts with another key; not sent when left at gpt-load's default."));
    row(Layer::SiteGroup).name->setText(tr("L1 site groups"));
    row(Layer::ModelChannel).name->setText(tr("L2 model channel groups"));
    row(Layer::Aggregate).name->setText(tr("L3 model groups"));
    for (const Layer layer : kAllLayers) {
        const Row &r = row(layer);
        r.interval->setSuffix(tr(" min"));
        updateIntervalText(r);
        r.retries->setSpecialValueText(tr("gpt-load default"));
        r.sort->setToolTip(tr("The sort value identifies the layer in gpt-load and cannot be changed."));
        // A grid cell has no label of its own: "L2 model channel groups: Max retries".
        r.threshold->setAccessibleName(tr("%1: %2").arg(r.name->text(), m_thresholdHeader->text()));
        r.interval->setAccessibleName(tr("%1: %2").arg(r.name->text(), m_intervalHeader->text()));
        r.retries->setAccessibleName(tr("%1: %2").arg(r.name->text(), m_retriesHeader->text()));
        r.threshold->setAccessibleDescription(m_thresholdHeader->toolTip());
        r.retries->setAccessibleDescription(m_retriesHeader->toolTip());
    }
    m_save->setText(tr("Save layer settings"));
    m_reset->setText(tr("Reset to defaults"));
}

} // namespace ul
