#include "ui/common/statetext.h"

#include "ui/common/uiformat.h"

namespace ul {

QString StateText::health(const QString &label)
{
    if (label == QLatin1String("healthy"))
        return tr("healthy");
    if (label == QLatin1String("active"))
        return tr("active");
    if (label == QLatin1String("failing"))
        return tr("failing");
    if (label == QLatin1String("disabled-by-health"))
        return tr("removed by health check");
    if (label == QLatin1String("disabled-by-cleanup"))
        return tr("removed by cleanup");
    if (label == QLatin1String("disabled-by-user"))
        return tr("disabled by operator");
    if (label == QLatin1String("recovering"))
        return tr("recovering");
    if (label == QLatin1String("partial"))
        return tr("partly active");
    if (label == QLatin1String("pending"))
        return tr("pending");
    return label;
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
        return tr("applied");
    if (outcome == QLatin1String("queued"))
        return tr("queued for review");
    if (outcome == QLatin1String("unchanged"))
        return tr("unchanged");
    if (outcome == QLatin1String("failed"))
        return tr("failed");
    if (outcome == QLatin1String("ok"))
        return tr("ok");
    if (outcome == QLatin1String("partial"))
        return tr("partly failed");
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
        return tr("add");
    if (change == QLatin1String("remove"))
        return tr("remove");
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

} // namespace ul
