#include "ui/pages/layerspage.h"

#include "ui/layers/filterruleseditor.h"
#include "ui/layers/layersettingseditor.h"

#include <QStyle>
#include <QVBoxLayout>

namespace ul {

LayersPage::LayersPage(const ConsoleContext &context, QWidget *parent)
    : ConsolePage(parent), m_layers(new LayerSettingsEditor(context.engine, this)), m_rules(new FilterRulesEditor(context.engine, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_layers);
    layout->addWidget(m_rules, 1);
}

QString LayersPage::title() const
{
    return tr("Layers & filters");
}

QIcon LayersPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogContentsView);
}

QStringList LayersPage::unsavedChanges() const
{
    QStringList out;
    if (m_layers->isDirty())
        out << tr("layer settings");
    if (m_rules->isDirty())
        out << tr("filter rules");
    return out;
}

void LayersPage::retranslate() {}

} // namespace ul
