#pragma once

#include "ui/consolecontext.h"
#include "ui/pages/consolepage.h"

namespace ul {

class FilterRulesEditor;
class LayerSettingsEditor;

// Layers & filters: the per-layer group settings and the model filter rules with their preview.
class LayersPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayersPage)

public:
    LayersPage(const ConsoleContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QStringList unsavedChanges() const override;

    LayerSettingsEditor *layerEditor() const { return m_layers; }
    FilterRulesEditor *rulesEditor() const { return m_rules; }

protected:
    void retranslate() override;

private:
    LayerSettingsEditor *m_layers;
    FilterRulesEditor *m_rules;
};

} // namespace ul
