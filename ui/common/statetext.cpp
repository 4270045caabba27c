#include "ui/common/statetext.h"

#include "ui/common/uiformat.h"

namespace ul {

QString StateText::health(const QString &label)
{
    if (label == QLatin1String("healthy"))
        return tr("Healthy");
    if (label == QLatin1String("active"))
        return tr("Active");
    if (label == QLatin1String("failing"))
        return tr("Failing");
    if (label == QLatin1String("disabled-by-health"))
        return tr("Removed by health check");
    if (label == QLatin1String("disabled-by-cleanup"))
        return tr("Removed by cleanup");
    if (label == QLatin1String("disabled-by-user"))
        return tr("Disabled by operator");
    if (label == QLatin1String("removing"))
        return tr("Being deleted");
    if (label == QLatin1String("recovering"))
        return tr("Recovering");
    if (label == QLatin1String("partial"))
        return tr("Partly active");
    if (label == QLatin1String("pending"))
        return tr("Pending");
    return label;
}

QString StateText::verdict(const QString &verdict)
{
    if (verdict == QLatin1String("healthy"))
        return tr("Healthy");
    if (verdict == QLatin1String("unhealthy"))
        return tr("Unhealthy");
    if (verdict == QLatin1String("inconclusive"))
        return tr("Inconclusive");
    if (verdict == QLatin1String("error"))
        return tr("Check failed");
    return verdict;
}

QColor StateText::healthColor(const QString &label)
{
    if (label == QLatin1String("healthy") || label == QLatin1String("active"))
        return ui::okColor();
    if (label == QLatin1String("failing") || label == QLatin1String("recovering") || label == QLatin1String("partial"))
        return ui::warningColor();
    if (label.startsWith(QLatin1String("disabled")))
        return ui::errorColor();
    return ui::neutralColor();
}

QString StateText::outcome(const QString &outcome)
{
    if (outcome == QLatin1String("applied"))
        return tr("Applied");
    if (outcome == QLatin1String("queued"))
        return tr("Queued for review");
    if (outcome == QLatin1String("unchanged"))
        return tr("Unchanged");
    if (outcome == QLatin1String("failed"))
        return tr("Failed");
    if (outcome == QLatin1String("ok"))
        return tr("Done");
    if (outcome == QLatin1String("partial"))
        return tr("Partly failed");
    if (outcome == QLatin1String("cancelled"))
        return tr("Cancelled");
    return outcome;
}

QColor StateText::outcomeColor(const QString &outcome)
{
    if (outcome == QLatin1String("failed"))
        return ui::errorColor();
    if (outcome == QLatin1String("partial") || outcome == QLatin1String("queued"))
        return ui::warningColor();
    if (outcome == QLatin1String("applied") || outcome == QLatin1String("ok"))
        return ui::okColor();
    return ui::neutralColor();
}

QString StateText::change(const QString &change)
{
    if (change == QLatin1String("add"))
        return tr("Add");
    if (change == QLatin1String("remove"))
        return tr("Remove");
    return change;
}

QString StateText::format(const QString &channelType)
{
    if (channelType == QLatin1String("openai"))
        return QStringLiteral("OpenAI");
    if (channelType == QLatin1String("anthropic"))
        return QStringLiteral("Anthropic");
    if (channelType == QLatin1String("gemini"))
        return QStringLiteral("Gemini");
    return channelType;
}

QString StateText::channelMeaning()
{
    return tr("A channel is a site group (L1): one site in one format, as the original uni-load calls it.");
}

} // namespace ul
