#include "core/sites/testmodel.h"

#include "core/sites/channelcompat.h"
#include "core/sites/modelfilter.h"

namespace ul {

namespace {

// Preferred list in order: an exact match first, then a substring match (`org/model-version`).
std::optional<QString> findPreferred(const QStringList &candidates, const FilterRules &rules)
{
    for (const QString &preferred : enabledValues(rules.preferredTestModels)) {
        for (const QString &model : candidates) {
            if (model.compare(preferred, Qt::CaseInsensitive) == 0)
                return model;
        }
        for (const QString &model : candidates) {
            if (model.contains(preferred, Qt::CaseInsensitive))
                return model;
        }
    }
    return std::nullopt;
}

std::optional<QString> findCheapKeyword(const QStringList &candidates)
{
    for (const QString &keyword : cheapModelKeywords()) {
        for (const QString &model : candidates) {
            if (model.contains(keyword, Qt::CaseInsensitive))
                return model;
        }
    }
    return std::nullopt;
}

QStringList withoutHighCost(const QStringList &models, const FilterRules &rules)
{
    QStringList cheap;
    for (const QString &model : models) {
        if (!isHighCostModel(model, rules))
            cheap.append(model);
    }
    return cheap;
}

} // namespace

QStringList cheapModelKeywords()
{
    return {QStringLiteral("mini"), QStringLiteral("flash"), QStringLiteral("haiku"), QStringLiteral("nano"),
            QStringLiteral("core"), QStringLiteral("lite"),  QStringLiteral("air"),   QStringLiteral("lightning")};
}

QString defaultTestModel(ChannelType type)
{
    switch (type) {
    case ChannelType::Anthropic: return QStringLiteral("claude-3-haiku-20240307");
    case ChannelType::Gemini: return QStringLiteral("gemini-2.5-flash");
    case ChannelType::OpenAI:
    case ChannelType::OpenAIResponse: break;
    }
    return QStringLiteral("gpt-4o-mini");
}

QStringList testModelCandidates(const QStringList &models, ChannelType type)
{
    if (type == ChannelType::Anthropic || type == ChannelType::Gemini)
        return modelsForChannelType(models, type);
    QStringList generic;
    for (const QString &model : models) {
        if (!nativeChannelType(model))
            generic.append(model);
    }
    return generic.isEmpty() ? models : generic;
}

TestModelChoice selectTestModel(const QStringList &models, ChannelType type, const FilterRules &rules)
{
    const auto choice = [&](const QString &model, TestModelSource source) {
        return TestModelChoice{model, source, isCostlyTestModel(model, rules)};
    };
    const QStringList candidates = testModelCandidates(models, type);
    if (candidates.isEmpty())
        return choice(defaultTestModel(type), TestModelSource::TypeDefault);

    if (const std::optional<QString> preferred = findPreferred(candidates, rules))
        return choice(*preferred, TestModelSource::Preferred);
    const QStringList cheap = withoutHighCost(candidates, rules);
    if (const std::optional<QString> keyword = findCheapKeyword(cheap))
        return choice(*keyword, TestModelSource::CheapKeyword);
    if (!cheap.isEmpty())
        return choice(cheap.constFirst(), TestModelSource::NotHighCost);

    if (const std::optional<QString> keyword = findCheapKeyword(candidates))
        return choice(*keyword, TestModelSource::AllHighCost);
    QString shortest = candidates.constFirst();
    for (const QString &model : candidates) {
        if (model.size() < shortest.size())
            shortest = model;
    }
    return choice(shortest, TestModelSource::AllHighCost);
}

bool isCostlyTestModel(const QString &model, const FilterRules &rules)
{
    return isHighCostModel(model, rules) && !findPreferred({model}, rules);
}

std::optional<QString> deepProbeModel(const QStringList &models, ChannelType type, const FilterRules &rules)
{
    const QStringList cheap = withoutHighCost(testModelCandidates(models, type), rules);
    if (cheap.isEmpty())
        return std::nullopt;
    if (const std::optional<QString> preferred = findPreferred(cheap, rules))
        return preferred;
    if (const std::optional<QString> keyword = findCheapKeyword(cheap))
        return keyword;
    return cheap.constFirst();
}

} // namespace ul
