// uni-api alias normalisation and the collision rules (uni-load-behaviour.md §6.4,
// uniapi-config.md §6.3).
#include "core/sites/alias.h"
#include "core/sites/aliasresolver.h"
#include "core/sites/groupnames.h"

#include <QTest>

using namespace ul;
using namespace Qt::StringLiterals;

class TestSitesAliases : public QObject
{
    Q_OBJECT

private slots:
    // Every row of the §6.4 table. "original" is what the original writes (its alias when it
    // differs from the model name); "ours" is the alias we write for that model alone.
    void aliasTable_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("l3");
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("ours");

        QTest::newRow("deepseek-chat") << "deepseek-chat" << "deepseek-chat" << "" << "";
        QTest::newRow("DeepSeek-V3.1") << "deepseek-ai/DeepSeek-V3.1" << "deepseek-ai-deepseek-v3-1" << "deepseek-v3-1"
                                       << "deepseek-v3.1";
        QTest::newRow("claude date") << "claude-sonnet-4-20250514" << "claude-sonnet-4-20250514" << "claude-sonnet-4"
                                     << "claude-sonnet-4";
        QTest::newRow("iso date") << "gpt-4o-2024-08-06" << "gpt-4o-2024-08-06" << "gpt-4o" << "gpt-4o";
        QTest::newRow("preview + NNNN") << "gpt-4-1106-preview" << "gpt-4-1106-preview" << "gpt-4" << "gpt-4";
        QTest::newRow("dotted") << "gpt-4.1-mini" << "gpt-4-1-mini" << "gpt-4-1-mini" << "";
        QTest::newRow("qwen YYMM") << "qwen3-235b-a22b-2507" << "qwen3-235b-a22b-2507" << "qwen3-235b-a22b"
                                   << "qwen3-235b-a22b";
        QTest::newRow("kimi") << "kimi-k2-0905-preview" << "kimi-k2-0905-preview" << "kimi-k2" << "kimi-k2";
        QTest::newRow("gemini NN-NN") << "gemini-2.5-pro-preview-05-06" << "gemini-2-5-pro-preview-05-06"
                                      << "gemini-2-5-pro-preview" << "gemini-2.5-pro-preview";
        QTest::newRow("glm") << "glm-4.5-air" << "glm-4-5-air" << "glm-4-5-air" << "";
        // The original's models/ row; our discovery stores the bare id (next test).
        QTest::newRow("models/ prefix") << "models/gemini-2.5-flash" << "models-gemini-2-5-flash" << "gemini-2-5-flash"
                                        << "gemini-2.5-flash";
    }
    void aliasTable()
    {
        QFETCH(QString, model);
        QFETCH(QString, l3);
        QFETCH(QString, original);
        QFETCH(QString, ours);

        QCOMPARE(modelGroupName(model), l3);
        const QString originalAlias = originalUniApiAlias(model);
        QCOMPARE(originalAlias == model ? QString() : originalAlias, original);
        const AliasResolution resolution = resolveModelAliases({model}, {});
        QCOMPARE(resolution.aliasFor(model), ours);
        QVERIFY(resolution.conflicts.isEmpty());
    }

    void bareGeminiIdNeedsNoAlias()
    {
        // §6.4 last row: stored as `gemini-2.5-flash`, L3 `gemini-2-5-flash`, no alias.
        QCOMPARE(modelGroupName(u"gemini-2.5-flash"_s), u"gemini-2-5-flash"_s);
        QCOMPARE(resolveModelAliases({u"gemini-2.5-flash"_s}, {}).aliasFor(u"gemini-2.5-flash"_s), QString());
    }

    void guideExamples_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("alias");
        QTest::newRow("org prefix") << "deepseek-ai/DeepSeek-V3" << "deepseek-v3";
        QTest::newRow("OpenAI-GPT-") << "OpenAI-GPT-4o" << "gpt-4o";
    }
    void guideExamples()
    {
        QFETCH(QString, model);
        QFETCH(QString, alias);
        QCOMPARE(uniApiAlias(model), alias);
        QCOMPARE(originalUniApiAlias(model), alias);
        QCOMPARE(resolveModelAliases({model}, {}).aliasFor(model), alias);
    }

    void aliasBaseSteps_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("base");
        QTest::newRow("-latest") << "chatgpt-4o-latest" << "chatgpt-4o";
        QTest::newRow("chained suffixes") << "x-instruct-preview" << "x";
        QTest::newRow("-rc digits") << "model-rc2" << "model";
        QTest::newRow("-rc bare") << "model-rc" << "model";
        QTest::newRow("-alpha") << "m-alpha" << "m";
        QTest::newRow("-beta") << "m-beta" << "m";
        QTest::newRow("date in the middle") << "claude-3-5-sonnet-20241022-v2" << "claude-3-5-sonnet-v2";
        QTest::newRow("YYMMDD") << "glm-4-250711" << "glm-4-";
        QTest::newRow("suffix after date") << "gpt-4-0125-preview" << "gpt-4-";
        QTest::newRow("no dash before digits") << "o3" << "o3";
        QTest::newRow("dots kept") << "Qwen/Qwen2.5-72B-Instruct" << "qwen2.5-72b";
    }
    void aliasBaseSteps()
    {
        QFETCH(QString, model);
        QFETCH(QString, base);
        QCOMPARE(aliasBase(model), base);
    }

    void ourAliasCharacterRules_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("alias");
        QTest::newRow("trailing dash trimmed") << "glm-4-250711" << "glm-4";
        QTest::newRow("other characters") << "Llama 3:8b" << "llama-3-8b";
        QTest::newRow("dots at the ends") << ".hidden.model." << "hidden.model";
        QTest::newRow("underscore kept") << "my_model" << "my_model";
    }
    void ourAliasCharacterRules()
    {
        QFETCH(QString, model);
        QFETCH(QString, alias);
        QCOMPARE(uniApiAlias(model), alias);
    }

    void magicSuffixes_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<bool>("magic");
        QTest::newRow("-think") << "claude-sonnet-4-think" << true;
        QTest::newRow("-search") << "gemini-2.5-flash-search" << true;
        QTest::newRow("-think-N") << "gemini-2.5-pro-think-1024" << true;
        QTest::newRow("thinking") << "qwen3-thinking" << false;
        QTest::newRow("inside") << "think-model" << false;
    }
    void magicSuffixes()
    {
        QFETCH(QString, alias);
        QFETCH(bool, magic);
        QCOMPARE(hasMagicAliasSuffix(alias), magic);
    }

    void twoModelsSharingAnAliasGetNeither()
    {
        const AliasResolution r = resolveModelAliases({u"gpt-4-0613"_s, u"gpt-4-1106-preview"_s, u"gpt-4o-2024-08-06"_s}, {});
        QCOMPARE(r.aliasFor(u"gpt-4-0613"_s), QString());
        QCOMPARE(r.aliasFor(u"gpt-4-1106-preview"_s), QString());
        QCOMPARE(r.aliasFor(u"gpt-4o-2024-08-06"_s), u"gpt-4o"_s);
        QCOMPARE(r.conflicts.size(), 1);
        const AliasConflict &c = r.conflicts.constFirst();
        QCOMPARE(c.kind, AliasConflictKind::SharedAlias);
        QCOMPARE(c.alias, u"gpt-4"_s);
        QCOMPARE(c.models, (QStringList{u"gpt-4-0613"_s, u"gpt-4-1106-preview"_s}));
        QVERIFY(c.message().contains(u"gpt-4-0613"_s));
        // Every managed model has an entry: none is merged away.
        QCOMPARE(r.aliases.size(), 3);
    }

    void aliasEqualToAnotherManagedModel()
    {
        const AliasResolution r = resolveModelAliases({u"gpt-4"_s, u"gpt-4-1106-preview"_s}, {});
        QCOMPARE(r.aliasFor(u"gpt-4-1106-preview"_s), QString());
        QCOMPARE(r.aliasFor(u"gpt-4"_s), QString());
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts.constFirst().kind, AliasConflictKind::UpstreamName);
        QCOMPARE(r.conflicts.constFirst().models, QStringList{u"gpt-4-1106-preview"_s});
    }

    void aliasEqualToAHandWrittenModel()
    {
        const AliasResolution r = resolveModelAliases({u"gpt-4-1106-preview"_s, u"kimi-k2-0905-preview"_s},
                                                      {u"gpt-4"_s, u"claude-3-opus"_s});
        QCOMPARE(r.aliasFor(u"gpt-4-1106-preview"_s), QString());
        QCOMPARE(r.aliasFor(u"kimi-k2-0905-preview"_s), u"kimi-k2"_s);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts.constFirst().kind, AliasConflictKind::HandWritten);
        QCOMPARE(r.conflicts.constFirst().alias, u"gpt-4"_s);
    }

    void magicSuffixAliasesAreNotWritten()
    {
        const AliasResolution r = resolveModelAliases({u"Qwen/Qwen3-Think"_s, u"x-think-8-20250101"_s}, {});
        QCOMPARE(r.aliasFor(u"Qwen/Qwen3-Think"_s), QString());
        QCOMPARE(r.aliasFor(u"x-think-8-20250101"_s), QString());
        QCOMPARE(r.conflicts.size(), 2);
        for (const AliasConflict &c : r.conflicts)
            QCOMPARE(c.kind, AliasConflictKind::MagicSuffix);
    }

    void explicitProposals()
    {
        QMap<QString, QString> proposals{{u"a-model"_s, u"a"_s}, {u"b-model"_s, u"b-model"_s}, {u"c-model"_s, QString()}};
        const AliasResolution r = resolveAliases(proposals, {});
        QCOMPARE(r.aliasFor(u"a-model"_s), u"a"_s);
        QCOMPARE(r.aliasFor(u"b-model"_s), QString());  // equal to its name: no rename, no conflict
        QCOMPARE(r.aliasFor(u"c-model"_s), QString());
        QVERIFY(r.conflicts.isEmpty());
    }

    void conflictsAreSortedByAlias()
    {
        const AliasResolution r =
            resolveModelAliases({u"z-1-0101"_s, u"z-1-0202"_s, u"a-1-0101"_s, u"a-1-0202"_s}, {});
        QCOMPARE(r.conflicts.size(), 2);
        QCOMPARE(r.conflicts.at(0).alias, u"a-1"_s);
        QCOMPARE(r.conflicts.at(1).alias, u"z-1"_s);
        QCOMPARE(aliasConflictKindName(r.conflicts.at(0).kind), u"shared-alias"_s);
    }
};

QTEST_GUILESS_MAIN(TestSitesAliases)
#include "tst_sites_aliases.moc"
