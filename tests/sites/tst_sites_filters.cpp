// Filter rules, filtering, channel-type compatibility and test-model selection
// (uni-load-behaviour.md §8, §9.2, §11.3, §16.3).
#include "core/sites/channelcompat.h"
#include "core/sites/filterrules.h"
#include "core/sites/modelfilter.h"
#include "core/sites/testmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ul;
using namespace Qt::StringLiterals;

namespace {

QList<ChannelType> types(const QString &commaSeparated)
{
    QList<ChannelType> list;
    for (const QString &name : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts))
        list.append(*parseChannelType(name));
    return list;
}

// The original's blacklist: substring match on its ten terms (§8.2 "original" column).
bool originalBlacklisted(const QString &model)
{
    for (const char *term : {"vision", "image", "dalle", "tts", "whisper", "deprecated", "test", "embedding", "distill",
                             "rerank"}) {
        if (model.toLower().contains(QLatin1String(term)))
            return true;
    }
    return false;
}

QJsonObject parseObject(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestSitesFilters : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheDocumentedUnion()
    {
        const FilterRules rules = FilterRules::defaults();
        QVERIFY(rules.validate().ok());
        QVERIFY(rules.whitelistEnabled);
        QVERIFY(rules.blacklistEnabled);

        const QStringList whitelist = enabledValues(rules.whitelist);
        for (const QString &prefix : {u"gpt-"_s, u"chatgpt-"_s, u"openai-gpt-"_s, u"gemini-2.5-"_s, u"claude-opus"_s,
                                      u"claude-sonnet"_s, u"claude-3-5"_s, u"claude-3-7"_s, u"claude-4"_s, u"deepseek-"_s,
                                      u"qwen3-"_s, u"kimi-k2"_s, u"glm-4.5"_s, u"grok-3"_s, u"grok-4"_s, u"v0-"_s,
                                      u"doubao-1-6-"_s})
            QVERIFY2(whitelist.contains(prefix), qPrintable(prefix));
        QCOMPARE(whitelist.size(), 17);
        for (const QString &known : {u"qwen-"_s, u"llama-"_s, u"mixtral-"_s}) {
            QVERIFY(rules.whitelist.contains(RuleEntry{known, false}));
            QVERIFY(!whitelist.contains(known));
        }

        QCOMPARE(enabledValues(rules.blacklist),
                 (QStringList{u"vision"_s, u"image"_s, u"dalle"_s, u"tts"_s, u"whisper"_s, u"deprecated"_s, u"test"_s,
                              u"embedding"_s, u"distill"_s, u"rerank"_s, u"gpt-3.5"_s, u"audio"_s, u"dall-e"_s, u"sora"_s}));
        QCOMPARE(enabledValues(rules.highCost), (QStringList{u"gpt-4"_s, u"gpt-5"_s, u"claude-opus"_s, u"gemini-2.5-pro"_s,
                                                             u"grok-4"_s, u"o3-"_s, u"o4-"_s}));
        QCOMPARE(enabledValues(rules.preferredTestModels),
                 (QStringList{u"gpt-4o-mini"_s, u"gpt-4.1-nano"_s, u"gpt-4.1-mini"_s, u"claude-3-haiku"_s,
                              u"claude-3-5-haiku"_s, u"gemini-2.5-flash-lite"_s, u"gemini-2.5-flash"_s,
                              u"deepseek-chat"_s, u"gpt-3.5-turbo"_s}));
    }

    void jsonRoundTrip()
    {
        FilterRules rules = FilterRules::defaults();
        rules.blacklistEnabled = false;
        rules.highCost.append({u"wan2"_s, false});
        const QJsonObject json = rules.toJson();
        QCOMPARE(json.keys(), (QStringList{u"blacklist"_s, u"enableBlacklist"_s, u"enableWhitelist"_s, u"highCost"_s,
                                           u"preferredTestModels"_s, u"whitelist"_s}));
        QCOMPARE(json.value(u"whitelist"_s).toArray().first().toObject(),
                 (QJsonObject{{u"value"_s, u"gpt-"_s}, {u"enabled"_s, true}}));
        const Result<FilterRules> back = FilterRules::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(*back, rules);
    }

    void jsonAcceptsStringsAndPartialUpdates()
    {
        const Result<FilterRules> rules = FilterRules::fromJson(
            parseObject(R"({"blacklist":[" test ", {"value":"vision","enabled":false}, {"value":"tts"}]})"));
        QVERIFY(rules.ok());
        QCOMPARE(rules->blacklist, (RuleList{{u"test"_s, true}, {u"vision"_s, false}, {u"tts"_s, true}}));
        // Lists that are not named keep their base value.
        QCOMPARE(rules->whitelist, FilterRules::defaults().whitelist);
        QCOMPARE(rules->highCost, FilterRules::defaults().highCost);
    }

    void jsonErrorsNameTheField_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("not an array") << R"({"whitelist":"gpt-"})" << "whitelist";
        QTest::newRow("number entry") << R"({"blacklist":["x", 5]})" << "blacklist";
        QTest::newRow("empty entry") << R"({"highCost":["  "]})" << "highCost";
        QTest::newRow("object without value") << R"({"preferredTestModels":[{"enabled":true}]})" << "preferredTestModels";
        QTest::newRow("enabled not bool") << R"({"whitelist":[{"value":"x","enabled":"yes"}]})" << "whitelist";
        QTest::newRow("unknown entry field") << R"({"whitelist":[{"value":"x","on":true}]})" << "whitelist";
        QTest::newRow("duplicate, other case") << R"({"whitelist":["gpt-","GPT-"]})" << "whitelist";
        QTest::newRow("switch not bool") << R"({"enableWhitelist":1})" << "enableWhitelist";
        QTest::newRow("unknown key") << R"({"whitelists":[]})" << "whitelists";
        QTest::newRow("too long") << QStringLiteral(R"({"blacklist":["%1"]})").arg(QString(201, QLatin1Char('x')))
                                  << "blacklist";
    }
    void jsonErrorsNameTheField()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        const Result<FilterRules> rules = FilterRules::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QVERIFY(!rules.ok());
        QCOMPARE(rules.error().kind, ErrorKind::Validation);
        QCOMPARE(rules.error().field, field);
        QVERIFY(rules.error().message.contains(field));
    }

    void validationLimits()
    {
        FilterRules rules = FilterRules::defaults();
        rules.whitelist.clear();
        for (int i = 0; i < kMaxRuleEntries; ++i)
            rules.whitelist.append({QStringLiteral("p%1-").arg(i), true});
        QVERIFY(rules.validate().ok());
        rules.whitelist.append({u"one-more"_s, true});
        QCOMPARE(rules.validate().error().field, u"whitelist"_s);

        rules = FilterRules::defaults();
        rules.preferredTestModels.append({QString(kMaxRuleEntryLength, QLatin1Char('m')), true});
        QVERIFY(rules.validate().ok());
        rules.preferredTestModels.last().value.append(QLatin1Char('m'));
        QCOMPARE(rules.validate().error().field, u"preferredTestModels"_s);

        rules = FilterRules::defaults();
        rules.blacklist.append({u"te\u0007st"_s, true});
        QCOMPARE(rules.validate().error().field, u"blacklist"_s);
    }

    // Every row of the §8.2 table, plus the guide's additions.
    void blacklistTable_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("originalDrops");
        QTest::addColumn<QString>("term");  // empty = kept

        QTest::newRow("chatgpt-4o-latest") << "chatgpt-4o-latest" << true << "";
        QTest::newRow("gemini-2.5-flash-latest") << "gemini-2.5-flash-latest" << true << "";
        QTest::newRow("gpt-4-vision-preview") << "gpt-4-vision-preview" << true << "vision";
        QTest::newRow("gpt-image-1") << "gpt-image-1" << true << "image";
        QTest::newRow("gpt-4o-mini-tts") << "gpt-4o-mini-tts" << true << "tts";
        QTest::newRow("qwen3-embedding-8b") << "qwen3-embedding-8b" << true << "embedding";
        QTest::newRow("qwen3-reranker-4b") << "qwen3-reranker-4b" << true << "rerank";
        QTest::newRow("deepseek-r1-distill-qwen-32b") << "deepseek-r1-distill-qwen-32b" << true << "distill";
        QTest::newRow("gpt-4o-test") << "gpt-4o-test" << true << "test";
        QTest::newRow("claude-sonnet-4-20250514") << "claude-sonnet-4-20250514" << false << "";
        // guide terms and separator terms
        QTest::newRow("gpt-3.5-turbo") << "gpt-3.5-turbo" << false << "gpt-3.5";
        QTest::newRow("openai/dall-e-3") << "openai/dall-e-3" << false << "dall-e";
        QTest::newRow("dalle-3") << "dalle-3" << true << "dalle";
        QTest::newRow("audio") << "gpt-4o-audio-preview" << false << "audio";
        QTest::newRow("sora") << "sora-2" << false << "sora";
        QTest::newRow("upper case") << "GPT-4-Vision" << true << "vision";
        QTest::newRow("term inside a token") << "contest-model" << true << "";
        QTest::newRow("separator term inside a token") << "xgpt-3.5" << false << "";
        QTest::newRow("separator term needs its separators") << "gpt-35-turbo" << false << "";
    }
    void blacklistTable()
    {
        QFETCH(QString, model);
        QFETCH(bool, originalDrops);
        QFETCH(QString, term);
        QCOMPARE(originalBlacklisted(model), originalDrops);
        const std::optional<QString> matched = matchingBlacklistTerm(model, FilterRules::defaults());
        QCOMPARE(matched.value_or(QString()), term);
    }

    void blacklistTermWithLeadingSeparator()
    {
        QVERIFY(blacklistTermMatches(u"foo-preview"_s, u"-preview"_s));
        QVERIFY(blacklistTermMatches(u"x/test"_s, u"test"_s));
        QVERIFY(!blacklistTermMatches(u"anything"_s, QString()));
    }

    void whitelist_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("prefix");  // empty = not whitelisted
        QTest::newRow("gpt") << "gpt-4o" << "gpt-";
        QTest::newRow("case-insensitive") << "GPT-4o" << "gpt-";
        QTest::newRow("full name") << "deepseek-ai/DeepSeek-V3" << "deepseek-";
        QTest::newRow("after last slash") << "Pro/moonshotai/Kimi-K2-Instruct" << "kimi-k2";
        QTest::newRow("guide doubao") << "doubao-1-6-thinking" << "doubao-1-6-";
        QTest::newRow("disabled qwen-") << "qwen-max" << "";
        QTest::newRow("disabled llama-") << "llama-3.1-70b" << "";
        QTest::newRow("o3 not listed") << "o3-mini" << "";
        QTest::newRow("claude-3-sonnet not listed") << "claude-3-sonnet" << "";
    }
    void whitelist()
    {
        QFETCH(QString, model);
        QFETCH(QString, prefix);
        QCOMPARE(matchingWhitelistPrefix(model, FilterRules::defaults()).value_or(QString()), prefix);
    }

    void highCost_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("highCost");
        QTest::newRow("gpt-4.1-mini counts") << "gpt-4.1-mini" << true;
        QTest::newRow("gpt-5") << "gpt-5" << true;
        QTest::newRow("opus") << "claude-opus-4-1" << true;
        QTest::newRow("gemini pro") << "gemini-2.5-pro" << true;
        QTest::newRow("o3-") << "o3-mini" << true;
        QTest::newRow("o4-") << "o4-mini" << true;
        QTest::newRow("deepseek") << "deepseek-chat" << false;
        QTest::newRow("flash") << "gemini-2.5-flash" << false;
    }
    void highCost()
    {
        QFETCH(QString, model);
        QFETCH(bool, highCost);
        QCOMPARE(isHighCostModel(model, FilterRules::defaults()), highCost);
    }

    // The preferred list names the models the operator tests with: no cost warning for those,
    // although the broad `gpt-4` pattern matches gpt-4o-mini.
    void costlyTestModelSparesThePreferredList_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("costly");
        QTest::newRow("preferred, matches gpt-4") << "gpt-4o-mini" << false;
        QTest::newRow("preferred, any case") << "GPT-4.1-Nano" << false;
        QTest::newRow("preferred inside a prefixed id") << "openai/gpt-4o-mini" << false;
        QTest::newRow("high cost, not preferred") << "gpt-4o" << true;
        QTest::newRow("opus") << "claude-opus-4-1" << true;
        QTest::newRow("not high cost") << "deepseek-reasoner" << false;
    }
    void costlyTestModelSparesThePreferredList()
    {
        QFETCH(QString, model);
        QFETCH(bool, costly);
        QCOMPARE(isCostlyTestModel(model, FilterRules::defaults()), costly);
    }

    void costlyTestModelFollowsTheEnabledPreferredEntries()
    {
        FilterRules rules = FilterRules::defaults();
        for (RuleEntry &entry : rules.preferredTestModels) {
            if (entry.value == u"gpt-4o-mini"_s)
                entry.enabled = false;
        }
        QVERIFY(isCostlyTestModel(u"gpt-4o-mini"_s, rules));
        QVERIFY(!isCostlyTestModel(u"gpt-4.1-nano"_s, rules));
    }

    void filterReportSaysWhichRuleDropped()
    {
        const QStringList models{u"gpt-4o"_s,          u"gpt-4o-mini-tts"_s,  u"llama-3-70b"_s,
                                 u"claude-sonnet-4"_s, u"gemini-2.5-pro"_s,   u"text-embedding-3-small"_s,
                                 u"claude-3-5-haiku"_s};
        const FilterReport report = filterDiscoveredModels(models, FilterRules::defaults(), types(u"anthropic"_s));
        QCOMPARE(report.kept, (QStringList{u"claude-sonnet-4"_s, u"claude-3-5-haiku"_s}));
        QCOMPARE(report.dropped,
                 (QList<DroppedModel>{{u"gpt-4o"_s, DropReason::ChannelType, u"anthropic"_s},
                                      {u"gpt-4o-mini-tts"_s, DropReason::Blacklisted, u"tts"_s},
                                      {u"llama-3-70b"_s, DropReason::NotWhitelisted, QString()},
                                      {u"gemini-2.5-pro"_s, DropReason::ChannelType, u"anthropic"_s},
                                      {u"text-embedding-3-small"_s, DropReason::Blacklisted, u"embedding"_s}}));
        QCOMPARE(report.droppedCount(DropReason::ChannelType), 2);

        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(u"counts"_s).toObject(),
                 (QJsonObject{{u"blacklist"_s, 2}, {u"whitelist"_s, 1}, {u"channel-type"_s, 2}, {u"invalid-name"_s, 0}}));
        QCOMPARE(json.value(u"dropped"_s).toArray().at(1).toObject(),
                 (QJsonObject{{u"model"_s, u"gpt-4o-mini-tts"_s}, {u"rule"_s, u"blacklist"_s}, {u"entry"_s, u"tts"_s}}));
        QCOMPARE(json.value(u"kept"_s).toArray().size(), 2);
    }

    void switchesTurnStagesOff()
    {
        FilterRules rules = FilterRules::defaults();
        rules.whitelistEnabled = false;
        rules.blacklistEnabled = false;
        const QStringList models{u"llama-3-70b"_s, u"gpt-4o-mini-tts"_s};
        QCOMPARE(filterDiscoveredModels(models, rules, types(u"openai"_s)).kept, models);
        rules.blacklistEnabled = true;
        QCOMPARE(filterDiscoveredModels(models, rules, types(u"openai"_s)).kept, QStringList{u"llama-3-70b"_s});
    }

    void disabledEntriesDoNotMatch()
    {
        FilterRules rules = FilterRules::defaults();
        for (RuleEntry &entry : rules.blacklist) {
            if (entry.value == QLatin1String("test"))
                entry.enabled = false;
        }
        QCOMPARE(filterDiscoveredModels({u"gpt-4o-test"_s}, rules, types(u"openai"_s)).kept, QStringList{u"gpt-4o-test"_s});
    }

    void discoveredModelsNeedAUsableName()
    {
        FilterRules rules = FilterRules::defaults();
        rules.whitelistEnabled = false;
        const FilterReport report = filterDiscoveredModels({u"\u6a21\u578b"_s}, rules, types(u"openai"_s));
        QVERIFY(report.kept.isEmpty());
        QCOMPARE(report.dropped.constFirst().reason, DropReason::InvalidName);
    }

    // uni-api would expand ${VAR} in a published model name: a site must not be able to plant one.
    void modelNamesWithAPlaceholderAreDropped()
    {
        FilterRules rules = FilterRules::defaults();
        rules.whitelistEnabled = false;
        const FilterReport report = filterDiscoveredModels({u"gpt-4o-${OPENAI_KEY}"_s, u"gpt-4o"_s, u"price-$5"_s}, rules, types(u"openai"_s));
        QCOMPARE(report.kept, (QStringList{u"gpt-4o"_s, u"price-$5"_s}));
        QCOMPARE(report.dropped.size(), 1);
        QCOMPARE(report.dropped.constFirst().reason, DropReason::InvalidName);
        QVERIFY(report.dropped.constFirst().entry.contains(u"environment variable"_s));
        QCOMPARE(filterManualModels({u"${HOME}"_s}, types(u"openai"_s)).kept, QStringList{});
    }

    void manualModelsSkipWhitelistAndBlacklist()
    {
        const QStringList manual{u" claude-3-sonnet "_s, u"claude-3-sonnet"_s, QString(), u"gpt-4o-test"_s,
                                 u"\u6a21\u578b"_s};
        FilterReport report = filterManualModels(manual, types(u"openai"_s));
        QCOMPARE(report.kept, (QStringList{u"claude-3-sonnet"_s, u"gpt-4o-test"_s}));
        QCOMPARE(report.dropped.size(), 1);
        QCOMPARE(report.dropped.constFirst().reason, DropReason::InvalidName);

        report = filterManualModels(manual, types(u"anthropic"_s));
        QCOMPARE(report.kept, QStringList{u"claude-3-sonnet"_s});
        QCOMPARE(report.droppedCount(DropReason::ChannelType), 2);
    }

    void modelIdConstraints_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "gpt-4o" << true;
        QTest::newRow("org and colon") << "anthropic.claude-3-5-sonnet-20240620-v1:0" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("spaces around") << " gpt-4o" << false;
        QTest::newRow("control") << "gpt\u00014o" << false;
        QTest::newRow("no letter or digit") << "---" << false;
        QTest::newRow("too long") << QString(201, QLatin1Char('m')) << false;
    }
    void modelIdConstraints()
    {
        QFETCH(QString, model);
        QFETCH(bool, valid);
        const Status status = validateModelId(model);
        QCOMPARE(status.ok(), valid);
        if (!valid)
            QCOMPARE(status.error().field, u"models"_s);
    }

    void channelTypeCompatibility_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("siteTypes");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("openai takes all") << "deepseek-chat" << "openai" << true;
        QTest::newRow("anthropic claude") << "claude-sonnet-4" << "anthropic" << true;
        QTest::newRow("anthropic rejects gpt") << "gpt-4o" << "anthropic" << false;
        QTest::newRow("gemini") << "gemini-2.5-pro" << "gemini" << true;
        QTest::newRow("gemini models/ prefix") << "models/gemini-2.5-flash" << "gemini" << true;
        QTest::newRow("gemini case") << "Gemini-2.5-Pro" << "gemini" << true;
        QTest::newRow("gemini rejects claude") << "claude-sonnet-4" << "gemini" << false;
        QTest::newRow("any of several") << "gemini-2.5-pro" << "anthropic,gemini" << true;
        QTest::newRow("none of several") << "gpt-4o" << "anthropic,gemini" << false;
        QTest::newRow("no types") << "gpt-4o" << "" << false;
    }
    void channelTypeCompatibility()
    {
        QFETCH(QString, model);
        QFETCH(QString, siteTypes);
        QFETCH(bool, accepted);
        QCOMPARE(anyChannelTypeAcceptsModel(types(siteTypes), model), accepted);
    }

    void modelsPerChannelType()
    {
        const QStringList models{u"gpt-4o"_s, u"claude-sonnet-4"_s, u"gemini-2.5-pro"_s, u"Pro/claude-3-7-sonnet"_s};
        QCOMPARE(modelsForChannelType(models, ChannelType::OpenAI), models);
        QCOMPARE(modelsForChannelType(models, ChannelType::Anthropic),
                 (QStringList{u"claude-sonnet-4"_s, u"Pro/claude-3-7-sonnet"_s}));
        QCOMPARE(modelsForChannelType(models, ChannelType::Gemini), QStringList{u"gemini-2.5-pro"_s});
    }

    void aggregateChannelTypeRule_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("candidates");
        QTest::addColumn<QString>("type");  // empty = no L3
        QTest::newRow("claude on anthropic only") << "claude-sonnet-4" << "anthropic" << "anthropic";
        QTest::newRow("claude with an openai site") << "claude-sonnet-4" << "anthropic,openai" << "openai";
        QTest::newRow("gemini native") << "gemini-2.5-pro" << "gemini,gemini" << "gemini";
        QTest::newRow("gemini with openai") << "gemini-2.5-pro" << "gemini,openai" << "openai";
        QTest::newRow("gpt on openai") << "gpt-4o" << "openai" << "openai";
        QTest::newRow("gpt cannot use anthropic") << "gpt-4o" << "anthropic" << "";
        QTest::newRow("claude cannot use gemini") << "claude-sonnet-4" << "gemini" << "";
        QTest::newRow("responses only") << "gpt-4o" << "openai-response" << "openai-response";
        QTest::newRow("no candidates") << "gpt-4o" << "" << "";
    }
    void aggregateChannelTypeRule()
    {
        QFETCH(QString, model);
        QFETCH(QString, candidates);
        QFETCH(QString, type);
        const std::optional<ChannelType> t = aggregateChannelType(model, types(candidates));
        QCOMPARE(t ? channelTypeName(*t) : QString(), type);
    }

    // §8.5: the original's failure cases and our corrected rule.
    void testModelSelection_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("models");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("source");

        QTest::newRow("anthropic: not the first (opus)")
            << "anthropic" << QStringList{u"claude-opus-4-1"_s, u"claude-sonnet-4"_s, u"claude-3-5-haiku-20241022"_s}
            << "claude-3-5-haiku-20241022" << "preferred";
        QTest::newRow("anthropic: skip high cost")
            << "anthropic" << QStringList{u"claude-opus-4-1"_s, u"claude-sonnet-4"_s} << "claude-sonnet-4" << "not-high-cost";
        QTest::newRow("anthropic: only opus") << "anthropic" << QStringList{u"claude-opus-4-1"_s} << "claude-opus-4-1"
                                              << "all-high-cost";
        QTest::newRow("openai: not the shortest (gpt-5)")
            << "openai" << QStringList{u"gpt-5"_s, u"kimi-k2-instruct"_s} << "kimi-k2-instruct" << "not-high-cost";
        QTest::newRow("openai: preferred exact") << "openai" << QStringList{u"gpt-4o"_s, u"gpt-4o-mini"_s} << "gpt-4o-mini"
                                                 << "preferred";
        QTest::newRow("openai: preferred order")
            << "openai" << QStringList{u"gpt-5"_s, u"deepseek-chat"_s, u"gpt-4.1-nano"_s} << "gpt-4.1-nano" << "preferred";
        QTest::newRow("openai: preferred substring")
            << "openai" << QStringList{u"gpt-5"_s, u"deepseek-ai/deepseek-chat-v2"_s} << "deepseek-ai/deepseek-chat-v2"
            << "preferred";
        QTest::newRow("openai: cheap keyword") << "openai" << QStringList{u"glm-4.5"_s, u"glm-4.5-air"_s} << "glm-4.5-air"
                                               << "cheap-keyword";
        QTest::newRow("openai: keyword but high cost")
            << "openai" << QStringList{u"o3-mini"_s, u"gpt-5"_s, u"qwen3-32b"_s} << "qwen3-32b" << "not-high-cost";
        QTest::newRow("openai: all high cost, keyword") << "openai" << QStringList{u"gpt-5"_s, u"gpt-5-mini"_s}
                                                        << "gpt-5-mini" << "all-high-cost";
        QTest::newRow("openai: all high cost, shortest")
            << "openai" << QStringList{u"gpt-4o"_s, u"gpt-5"_s, u"gpt-4-turbo"_s} << "gpt-5" << "all-high-cost";
        QTest::newRow("openai: native models excluded")
            << "openai" << QStringList{u"claude-3-5-haiku"_s, u"deepseek-v3"_s} << "deepseek-v3" << "not-high-cost";
        QTest::newRow("openai: only native models")
            << "openai" << QStringList{u"claude-sonnet-4"_s, u"claude-3-5-haiku"_s} << "claude-3-5-haiku" << "preferred";
        QTest::newRow("gemini: flash over pro")
            << "gemini" << QStringList{u"gemini-2.5-pro"_s, u"gemini-2.5-flash"_s} << "gemini-2.5-flash" << "preferred";
        QTest::newRow("gemini: lite first")
            << "gemini" << QStringList{u"gemini-2.5-flash"_s, u"gemini-2.5-flash-lite"_s} << "gemini-2.5-flash-lite"
            << "preferred";
        QTest::newRow("gemini: none") << "gemini" << QStringList{} << "gemini-2.5-flash" << "type-default";
        QTest::newRow("anthropic: no claude") << "anthropic" << QStringList{u"gpt-4o"_s} << "claude-3-haiku-20240307"
                                              << "type-default";
        QTest::newRow("openai: none") << "openai" << QStringList{} << "gpt-4o-mini" << "type-default";
    }
    void testModelSelection()
    {
        QFETCH(QString, type);
        QFETCH(QStringList, models);
        QFETCH(QString, chosen);
        QFETCH(QString, source);
        const FilterRules rules = FilterRules::defaults();
        const TestModelChoice choice = selectTestModel(models, *parseChannelType(type), rules);
        QCOMPARE(choice.model, chosen);
        QCOMPARE(sourceName(choice.source), source);
        QCOMPARE(choice.highCost, isCostlyTestModel(chosen, rules));
    }

    void deepProbeModelIsNeverHighCost_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("models");
        QTest::addColumn<QString>("chosen");  // empty = no billable probe
        QTest::newRow("gpt-4o-mini is high cost by pattern")
            << "openai" << QStringList{u"gpt-4o-mini"_s, u"deepseek-chat"_s, u"qwen3-8b"_s} << "deepseek-chat";
        QTest::newRow("keyword") << "openai" << QStringList{u"gpt-5"_s, u"glm-4.5"_s, u"glm-4.5-air"_s} << "glm-4.5-air";
        QTest::newRow("first cheap") << "openai" << QStringList{u"gpt-5"_s, u"qwen3-32b"_s} << "qwen3-32b";
        QTest::newRow("all high cost") << "openai" << QStringList{u"gpt-4o"_s, u"gpt-5"_s} << "";
        QTest::newRow("anthropic haiku")
            << "anthropic" << QStringList{u"claude-opus-4"_s, u"claude-sonnet-4"_s, u"claude-3-5-haiku-x"_s}
            << "claude-3-5-haiku-x";
        QTest::newRow("gemini flash") << "gemini" << QStringList{u"gemini-2.5-pro"_s, u"gemini-2.5-flash"_s}
                                      << "gemini-2.5-flash";
        QTest::newRow("nothing") << "gemini" << QStringList{} << "";
    }
    void deepProbeModelIsNeverHighCost()
    {
        QFETCH(QString, type);
        QFETCH(QStringList, models);
        QFETCH(QString, chosen);
        QCOMPARE(deepProbeModel(models, *parseChannelType(type), FilterRules::defaults()).value_or(QString()), chosen);
    }

private:
    static QString sourceName(TestModelSource source)
    {
        switch (source) {
        case TestModelSource::Preferred: return QStringLiteral("preferred");
        case TestModelSource::CheapKeyword: return QStringLiteral("cheap-keyword");
        case TestModelSource::NotHighCost: return QStringLiteral("not-high-cost");
        case TestModelSource::AllHighCost: return QStringLiteral("all-high-cost");
        case TestModelSource::TypeDefault: return QStringLiteral("type-default");
        }
        return QString();
    }
};

QTEST_GUILESS_MAIN(TestSitesFilters)
#include "tst_sites_filters.moc"
