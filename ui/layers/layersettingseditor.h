#pragma once

#include "core/layers/layersettings.h"
#include "ui/widgets/statuslabel.h"

#include <QGroupBox>

#include <array>

class QLabel;
class QPushButton;
class QSpinBox;

namespace ul {

class Engine;

// The per-layer group settings: blacklist threshold, key validation interval and max retries
// for L1, L2 and L3, with each layer's fixed `sort` shown. Saved as the stored setting
// "layerSettings" (core/layers/layersettings.h), which the reconciler reads.
class LayerSettingsEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerSettingsEditor)

public:
    static QString storedKey() { return QString::fromLatin1(kLayerSettingsKey); }

    explicit LayerSettingsEditor(Engine *engine, QWidget *parent = nullptr);

    void load();
    bool save();
    void resetToDefaults();

    LayerSettingsSet settings() const;
    void setSettings(const LayerSettingsSet &settings, bool dirty);
    bool isDirty() const { return m_dirty; }
    bool isBusy() const { return m_busy; }
    bool isLoaded() const { return m_loaded; }
    QString statusText() const;

    // Editors of one layer, for tests.
    QSpinBox *thresholdBox(Layer layer) const;
    QSpinBox *intervalBox(Layer layer) const;
    QSpinBox *retriesBox(Layer layer) const;  // minimum (-1) = "gpt-load default"

    // Upper bounds of the editors (gpt-load itself only has minimums).
    static constexpr int kMaxBlacklistThreshold = 1000000;
    static constexpr int kMaxValidationIntervalMinutes = 525600;  // a year
    static constexpr int kMaxRetries = 100;

signals:
    void loaded();
    void saved();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *name = nullptr;
        QLabel *sort = nullptr;
        QSpinBox *threshold = nullptr;
        QSpinBox *interval = nullptr;
        QLabel *intervalText = nullptr;  // the interval as days / hours
        QSpinBox *retries = nullptr;
    };
    void retranslate();
    void updateIntervalText(const Row &r);
    void markEdited();
    void setStatus(StatusLabel::Text text, bool error = false);
    void updateButtons();
    const Row &row(Layer layer) const;

    Engine *m_engine;
    std::array<Row, 3> m_rows;
    QLabel *m_layerHeader;
    QLabel *m_sortHeader;
    QLabel *m_thresholdHeader;
    QLabel *m_intervalHeader;
    QLabel *m_retriesHeader;
    StatusLabel *m_status;
    QPushButton *m_reset;
    QPushButton *m_save;
    bool m_dirty = false;
    bool m_busy = false;
    bool m_loaded = false;
    bool m_filling = false;
};

} // namespace ul
