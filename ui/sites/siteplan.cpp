#include "ui/sites/siteplan.h"

#include "ui/common/errortext.h"
#include "ui/common/uiformat.h"

namespace ul {

namespace {
QString listItems(const QStringList &items)
{
    QString out;
    for (const QString &item : items)
        out += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return out;
}
// "<b>Label:</b> value": the label ends with its colon, which in Chinese is full-width and
// takes no space after it.
QString labelled(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<b>%1</b>%2%3").arg(label.toHtmlEscaped(), ui::spaceBetween(label, valueHtml), valueHtml);
}
} // namespace

SitePlan SitePlanner::plan(const SiteRequest &request, const SiteNamePreview &name, const std::optional<ProbeReport> &probe,
                           const QString &probeError, const EngineSnapshot &snapshot)
{
    SitePlan p;
    p.siteName = name.siteName;
    p.normalizedBaseUrl = name.normalizedBaseUrl;
    p.keys = static_cast<int>(request.apiKeys.size());
    p.duplicateKeys = request.duplicateKeys;
    if (!name.warning.isEmpty())
        p.warnings << ErrorText::translateKnown(name.warning);
    if (!name.unreachableInstances.isEmpty())
        p.warnings << tr("Not checked for name clashes (unreachable): %1").arg(name.unreachableInstances.join(QStringLiteral(", ")));

    // The instance: the group's current one, else the site's assignment, else the first healthy one.
    const SiteView *existing = nullptr;
    for (const SiteView &s : snapshot.sites) {
        if (s.name == name.siteName)
            existing = &s;
    }
    if (existing && !existing->instanceName.isEmpty()) {
        p.instanceName = existing->instanceName;
        p.instanceReason = tr("where the site's groups already are");
    } else if (const auto a = snapshot.siteAssignments.constFind(name.normalizedBaseUrl); a != snapshot.siteAssignments.constEnd()) {
        p.instanceName = a->instanceName.isEmpty() ? a->instanceId : a->instanceName;
        p.instanceReason = tr("assigned to this site");
    } else {
        for (const InstanceView &i : snapshot.instances) {
            if (i.healthy) {
                p.instanceName = i.name;
                p.instanceReason = tr("the first healthy instance, unless discovery succeeds on another one");
                break;
            }
        }
    }
    if (p.instanceName.isEmpty())
        p.warnings << tr("No gpt-load instance is healthy: onboarding will fail until one is.");

    for (ChannelType type : request.effectiveChannelTypes()) {
        const QString group = QStringLiteral("%1-%2").arg(name.siteName, channelTypeName(type));
        bool found = false;
        if (existing) {
            for (const SiteGroupView &g : existing->groups)
                found = found || g.name == group;
        }
        (found ? p.updatedSiteGroups : p.createdSiteGroups) << group;
    }

    if (request.usesManualModels()) {
        p.models = request.models;
        p.modelsKnown = true;
    } else if (probe) {
        p.models = probe->models;
        p.modelsKnown = true;
        p.modelsFromProbe = true;
    }
    if (!probeError.isEmpty())
        p.warnings << tr("The probe found no model list (%1); models are discovered through gpt-load while onboarding.").arg(probeError);
    p.modelChannelGroups = static_cast<int>(p.models.size() * request.effectiveChannelTypes().size());
    return p;
}

QString SitePlan::toHtml() const
{
    QString html;
    html += QStringLiteral("<p>%1<br/>%2</p>").arg(labelled(SitePlanner::tr("Site:"), siteName.toHtmlEscaped()), normalizedBaseUrl.toHtmlEscaped());
    const QString instance = instanceName.isEmpty() ? SitePlanner::tr("none") : instanceName;
    const QString reason = instanceReason.isEmpty() ? QString() : SitePlanner::tr("(%1)", "why this instance").arg(instanceReason);
    html += QStringLiteral("<p>%1%2<i>%3</i></p>")
                .arg(labelled(SitePlanner::tr("Instance:"), instance.toHtmlEscaped()), ui::spaceBetween(instance, reason), reason.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(SitePlanner::tr("Layer 1 site groups:"));
    for (const QString &g : createdSiteGroups)
        html += QStringLiteral("<li>%1</li>").arg(SitePlanner::tr("create %1").arg(g.toHtmlEscaped()));
    for (const QString &g : updatedSiteGroups)
        html += QStringLiteral("<li>%1</li>").arg(SitePlanner::tr("update %1 (keys added, models discovered again)").arg(g.toHtmlEscaped()));
    html += QStringLiteral("</ul>");
    html += QStringLiteral("<p>%1</p>")
                .arg(labelled(SitePlanner::tr("Keys:"),
                              duplicateKeys > 0 ? SitePlanner::tr("%n key(s), %1 repeated dropped", nullptr, keys).arg(duplicateKeys)
                                                : SitePlanner::tr("%n key(s)", nullptr, keys)));
    if (modelsKnown) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(labelled(SitePlanner::tr("Models:"),
                                  modelsFromProbe ? SitePlanner::tr("%n model(s) seen by the probe (after the filter rules)", nullptr,
                                                                    static_cast<int>(models.size()))
                                                  : SitePlanner::tr("%n model(s) entered by hand", nullptr, static_cast<int>(models.size()))));
        QStringList shown = models.mid(0, 12);
        if (models.size() > shown.size())
            shown << SitePlanner::tr("… and %n more", nullptr, static_cast<int>(models.size() - shown.size()));
        html += QStringLiteral("<ul>%1</ul>").arg(listItems(shown));
        html += QStringLiteral("<p>%1<br/>%2<br/>%3</p>")
                    .arg(labelled(SitePlanner::tr("Layer 2 model channel groups:"),
                                  SitePlanner::tr("up to %n (one per model and format)", nullptr, modelChannelGroups)),
                         labelled(SitePlanner::tr("Layer 3 model groups:"),
                                  SitePlanner::tr("%n or more, created or extended (one per model and format)", nullptr, static_cast<int>(models.size()))),
                         labelled(SitePlanner::tr("api.yaml:"), SitePlanner::tr("one managed provider per model group")));
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(labelled(SitePlanner::tr("Models:"), SitePlanner::tr("discovered through a temporary gpt-load group while onboarding")));
    }
    if (!warnings.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(SitePlanner::tr("Warnings:"), listItems(warnings));
    return html;
}

} // namespace ul
