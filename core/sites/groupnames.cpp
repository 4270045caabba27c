#include "core/sites/groupnames.h"

#include <QList>
#include <QRegularExpression>

namespace ul {

namespace {

const QLatin1String kTempPrefix("temp-test-");
const QLatin1String kDebugPrefix("debug-models-");
const QLatin1String kViaInfix("-via-");

// Epoch milliseconds between 2017-07-14 and 2100-01-01: anything else is not a creation time.
constexpr qint64 kMinPlausibleEpochMs = 1500000000000LL;
constexpr qint64 kMaxPlausibleEpochMs = 4102444800000LL;

bool isGroupNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        || c == QLatin1Char('_') || c == QLatin1Char('-');
}

QString cutGroupName(QString name)
{
    if (name.size() > kMaxGroupNameLength)
        name.truncate(kMaxGroupNameLength);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name;
}

} // namespace

bool isValidGroupName(const QString &name, int maxLength)
{
    if (name.isEmpty() || name.size() > maxLength)
        return false;
    for (const QChar c : name) {
        if (!isGroupNameChar(c))
            return false;
    }
    return true;
}

QString safeGroupName(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text.toLower()) {
        const QChar mapped = isGroupNameChar(c) ? c : QLatin1Char('-');  // '/' and '.' included
        if (mapped == QLatin1Char('-') && out.endsWith(QLatin1Char('-')))
            continue;
        out.append(mapped);
    }
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return cutGroupName(out);
}

QString siteGroupName(const QString &siteName, ChannelType type)
{
    return siteName + QLatin1Char('-') + channelTypeName(type);
}

QString modelChannelGroupName(const QString &model, const QString &siteGroupName)
{
    return cutGroupName(safeGroupName(model) + kViaInfix + safeGroupName(siteGroupName));
}

QString modelGroupName(const QString &model)
{
    return safeGroupName(model);
}

QString formatModelGroupName(const QString &modelGroupName, ChannelType type)
{
    const QString suffix = QLatin1Char('-') + channelTypeName(type);
    QString base = modelGroupName.left(kMaxGroupNameLength - int(suffix.size()));
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    return base + suffix;
}

QString tempGroupName(qint64 epochMs)
{
    return kTempPrefix + QString::number(epochMs);
}

bool isTempGroupName(const QString &name)
{
    return name.startsWith(kTempPrefix) || isLegacyDebugGroupName(name);
}

bool isLegacyDebugGroupName(const QString &name)
{
    return name.startsWith(kDebugPrefix);
}

std::optional<qint64> tempGroupTimestampMs(const QString &name)
{
    if (!name.startsWith(kTempPrefix))
        return std::nullopt;
    const QString digits = name.mid(kTempPrefix.size());
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value < kMinPlausibleEpochMs || value > kMaxPlausibleEpochMs)
        return std::nullopt;
    return value;
}

QString legacyTwoLayerGroupName(const QString &model, ChannelType type)
{
    const QString name = safeGroupName(model + QLatin1Char('-') + channelTypeName(type));
    return name.size() < 3 ? QStringLiteral("mdl-") + name : name;
}

std::optional<TypeSuffixedName> splitTypeSuffixedName(const QString &groupName)
{
    // Longest suffix first: "-openai-response" also ends in "-response", never in "-openai".
    static const QList<ChannelType> types = {ChannelType::OpenAIResponse, ChannelType::Anthropic,
                                             ChannelType::Gemini, ChannelType::OpenAI};
    for (const ChannelType type : types) {
        const QString suffix = QLatin1Char('-') + channelTypeName(type);
        if (groupName.size() > suffix.size() && groupName.endsWith(suffix))
            return TypeSuffixedName{groupName.chopped(suffix.size()), type};
    }
    return std::nullopt;
}

std::optional<ModelChannelNameParts> splitModelChannelGroupName(const QString &groupName)
{
    static const QRegularExpression pattern(QStringLiteral("^(.+)-via-(.+)$"));
    const QRegularExpressionMatch match = pattern.match(groupName);
    if (!match.hasMatch())
        return std::nullopt;
    return ModelChannelNameParts{match.captured(1), match.captured(2)};
}

} // namespace ul
