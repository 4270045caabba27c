// gpt-load group names and name clashes (uni-load-behaviour.md §6.2).
#include "core/sites/groupnameclash.h"
#include "core/sites/groupnames.h"

#include <QTest>

using namespace ul;
using namespace Qt::StringLiterals;

class TestSitesNames : public QObject
{
    Q_OBJECT

private slots:
    void safeNames_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("safe");

        QTest::newRow("§6.2 dots") << "gpt-4.1-mini" << "gpt-4-1-mini";
        QTest::newRow("§6.2 org and case") << "deepseek-ai/DeepSeek-V3.1" << "deepseek-ai-deepseek-v3-1";
        QTest::newRow("plain") << "deepseek-chat" << "deepseek-chat";
        QTest::newRow("underscore kept") << "my_model__x" << "my_model__x";
        QTest::newRow("collapse and trim") << "--Qwen//Qwen2.5  72B--" << "qwen-qwen2-5-72b";
        QTest::newRow("gemini prefix") << "models/gemini-2.5-flash" << "models-gemini-2-5-flash";
        QTest::newRow("colon") << "llama3:8b" << "llama3-8b";
        QTest::newRow("nothing usable") << QStringLiteral("\u4e2d\u6587") << "";
        QTest::newRow("only separators") << "./-" << "";
        QTest::newRow("cut to 100") << QString(150, QLatin1Char('a')) << QString(100, QLatin1Char('a'));
        QTest::newRow("cut lands on a dash") << QString(99, QLatin1Char('a')) + QStringLiteral(".b")
                                             << QString(99, QLatin1Char('a'));
    }
    void safeNames()
    {
        QFETCH(QString, input);
        QFETCH(QString, safe);
        QCOMPARE(safeGroupName(input), safe);
        QVERIFY(safe.isEmpty() || isValidGroupName(safeGroupName(input)));
    }

    void layerNames_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("site");  // site name (L1) or site group (L2)
        QTest::addColumn<QString>("expected");

        // §6.2 table examples
        QTest::newRow("L1") << "L1" << "" << "api-deepseek-com" << "api-deepseek-com-openai";
        QTest::newRow("L2") << "L2" << "deepseek-chat" << "api-deepseek-com-openai" << "deepseek-chat-via-api-deepseek-com-openai";
        QTest::newRow("L3") << "L3" << "deepseek-ai/DeepSeek-V3.1" << "" << "deepseek-ai-deepseek-v3-1";
        QTest::newRow("legacy") << "legacy" << "deepseek-chat" << "" << "deepseek-chat-openai";
        // rules
        QTest::newRow("L2 safe parts") << "L2" << "Qwen/Qwen3-235B" << "api-x-com-openai" << "qwen-qwen3-235b-via-api-x-com-openai";
        QTest::newRow("legacy dotted") << "legacy" << "gpt-4.1" << "" << "gpt-4-1-openai";
    }
    void layerNames()
    {
        QFETCH(QString, kind);
        QFETCH(QString, model);
        QFETCH(QString, site);
        QFETCH(QString, expected);
        QString actual;
        if (kind == QLatin1String("L1"))
            actual = siteGroupName(site, ChannelType::OpenAI);
        else if (kind == QLatin1String("L2"))
            actual = modelChannelGroupName(model, site);
        else if (kind == QLatin1String("L3"))
            actual = modelGroupName(model);
        else
            actual = legacyTwoLayerGroupName(model, ChannelType::OpenAI);
        QCOMPARE(actual, expected);
        QVERIFY(isValidGroupName(actual));
    }

    void siteGroupNamesPerType()
    {
        QCOMPARE(siteGroupName(u"s-x"_s, ChannelType::Anthropic), u"s-x-anthropic"_s);
        QCOMPARE(siteGroupName(u"s-x"_s, ChannelType::Gemini), u"s-x-gemini"_s);
        // A 90-character site name still gives a valid L1 name for every site type.
        const QString longest = QString(90, QLatin1Char('s'));
        for (const ChannelType type : siteChannelTypes())
            QVERIFY(isValidGroupName(siteGroupName(longest, type)));
    }

    void longModelChannelNamesAreCut()
    {
        const QString model = QString(80, QLatin1Char('m'));
        const QString name = modelChannelGroupName(model, u"api-some-long-site-name-com-openai"_s);
        QCOMPARE(name.size(), 100);
        QVERIFY(name.startsWith(model + QStringLiteral("-via-api-")));
        QVERIFY(isValidGroupName(name));
        // A cut that ends on '-' is trimmed.
        const QString dashed = modelChannelGroupName(QString(95, QLatin1Char('m')), u"ab-cd"_s);
        QCOMPARE(dashed, QString(95, QLatin1Char('m')) + QStringLiteral("-via"));
    }

    void gptLoadNameRule_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<bool>("valid");
        QTest::newRow("typical") << "deepseek-chat-via-api-deepseek-com-openai" << 100 << true;
        QTest::newRow("underscore") << "a_b" << 100 << true;
        QTest::newRow("one char") << "a" << 100 << true;
        QTest::newRow("empty") << "" << 100 << false;
        QTest::newRow("upper") << "Gpt-4o" << 100 << false;
        QTest::newRow("dot") << "gpt-4.1" << 100 << false;
        QTest::newRow("space") << "a b" << 100 << false;
        QTest::newRow("slash") << "a/b" << 100 << false;
        QTest::newRow("100") << QString(100, QLatin1Char('x')) << 100 << true;
        QTest::newRow("101") << QString(101, QLatin1Char('x')) << 100 << false;
        QTest::newRow("old server limit") << QString(31, QLatin1Char('x')) << 30 << false;
    }
    void gptLoadNameRule()
    {
        QFETCH(QString, name);
        QFETCH(int, maxLength);
        QFETCH(bool, valid);
        QCOMPARE(isValidGroupName(name, maxLength), valid);
    }

    void tempGroups_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("temp");
        QTest::addColumn<bool>("legacyDebug");
        QTest::addColumn<qint64>("timestamp");  // -1 = unknown

        QTest::newRow("ours") << tempGroupName(1757400000000) << true << false << qint64(1757400000000);
        QTest::newRow("debug-models") << "debug-models-1757400000000" << true << true << qint64(-1);
        QTest::newRow("base-36 garbage") << "temp-test-mf3k2x1" << true << false << qint64(-1);
        QTest::newRow("implausibly old") << "temp-test-1" << true << false << qint64(-1);
        QTest::newRow("implausibly new") << "temp-test-99999999999999" << true << false << qint64(-1);
        QTest::newRow("no digits") << "temp-test-" << true << false << qint64(-1);
        QTest::newRow("site group") << "api-x-com-openai" << false << false << qint64(-1);
        QTest::newRow("prefix inside") << "my-temp-test-1757400000000" << false << false << qint64(-1);
    }
    void tempGroups()
    {
        QFETCH(QString, name);
        QFETCH(bool, temp);
        QFETCH(bool, legacyDebug);
        QFETCH(qint64, timestamp);
        QCOMPARE(isTempGroupName(name), temp);
        QCOMPARE(isLegacyDebugGroupName(name), legacyDebug);
        const std::optional<qint64> parsed = tempGroupTimestampMs(name);
        QCOMPARE(parsed.value_or(-1), timestamp);
    }

    void tempGroupNameFormat()
    {
        QCOMPARE(tempGroupName(1757400000000), u"temp-test-1757400000000"_s);
        QVERIFY(isValidGroupName(tempGroupName(1757400000000)));
    }

    void typeSuffixedNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("prefix");  // empty = not a type-suffixed name
        QTest::addColumn<QString>("type");
        QTest::newRow("L1 openai") << "api-deepseek-com-openai" << "api-deepseek-com" << "openai";
        QTest::newRow("L1 anthropic") << "api-x-com-anthropic" << "api-x-com" << "anthropic";
        QTest::newRow("L1 gemini") << "api-x-com-gemini" << "api-x-com" << "gemini";
        QTest::newRow("openai-response") << "api-x-com-openai-response" << "api-x-com" << "openai-response";
        QTest::newRow("legacy two-layer") << "deepseek-chat-openai" << "deepseek-chat" << "openai";
        QTest::newRow("type alone") << "openai" << "" << "";
        QTest::newRow("no suffix") << "deepseek-chat" << "" << "";
        QTest::newRow("suffix glued") << "xopenai" << "" << "";
    }
    void typeSuffixedNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, prefix);
        QFETCH(QString, type);
        const std::optional<TypeSuffixedName> parts = splitTypeSuffixedName(name);
        QCOMPARE(parts.has_value(), !prefix.isEmpty());
        if (parts) {
            QCOMPARE(parts->prefix, prefix);
            QCOMPARE(channelTypeName(parts->type), type);
        }
    }

    void modelChannelNamesSplitLikeTheOriginal()
    {
        std::optional<ModelChannelNameParts> parts = splitModelChannelGroupName(u"deepseek-chat-via-api-deepseek-com-openai"_s);
        QVERIFY(parts);
        QCOMPARE(parts->modelPart, u"deepseek-chat"_s);
        QCOMPARE(parts->siteGroupPart, u"api-deepseek-com-openai"_s);
        parts = splitModelChannelGroupName(u"a-via-b-via-c"_s);  // greedy: the last "-via-"
        QVERIFY(parts);
        QCOMPARE(parts->modelPart, u"a-via-b"_s);
        QCOMPARE(parts->siteGroupPart, u"c"_s);
        QVERIFY(!splitModelChannelGroupName(u"deepseek-chat"_s));
        QVERIFY(!splitModelChannelGroupName(u"-via-x"_s));
    }

    void modelGroupClashSkipsTheSecondModel()
    {
        const ModelGroupAssignment result = assignModelGroupNames({u"gpt-4.1"_s, u"gpt-4-1"_s, u"gpt-4o"_s});
        QCOMPARE(result.groupByModel.value(u"gpt-4.1"_s), u"gpt-4-1"_s);
        QCOMPARE(result.groupByModel.value(u"gpt-4o"_s), u"gpt-4o"_s);
        QVERIFY(!result.groupByModel.contains(u"gpt-4-1"_s));
        QCOMPARE(result.clashes.size(), 1);
        const GroupNameClash &clash = result.clashes.constFirst();
        QCOMPARE(clash.problem, GroupNameProblem::Clash);
        QCOMPARE(clash.groupName, u"gpt-4-1"_s);
        QCOMPARE(clash.skippedModel, u"gpt-4-1"_s);
        QCOMPARE(clash.ownerModel, u"gpt-4.1"_s);
        QVERIFY(clash.message().contains(u"gpt-4.1"_s));
    }

    void storedOwnerWinsOverInputOrder()
    {
        const QHash<QString, QString> stored{{u"gpt-4-1"_s, u"gpt-4-1"_s}};
        const ModelGroupAssignment result = assignModelGroupNames({u"gpt-4.1"_s, u"gpt-4-1"_s}, stored);
        QCOMPARE(result.groupByModel.value(u"gpt-4-1"_s), u"gpt-4-1"_s);
        QVERIFY(!result.groupByModel.contains(u"gpt-4.1"_s));
        QCOMPARE(result.clashes.size(), 1);
        QCOMPARE(result.clashes.constFirst().skippedModel, u"gpt-4.1"_s);
        QCOMPARE(result.clashes.constFirst().ownerModel, u"gpt-4-1"_s);
    }

    void caseVariantsAreDifferentModels()
    {
        const ModelGroupAssignment result = assignModelGroupNames({u"DeepSeek-V3"_s, u"deepseek-v3"_s, u"DeepSeek-V3"_s});
        QCOMPARE(result.groupByModel.size(), 1);
        QCOMPARE(result.clashes.size(), 1);  // the repeated entry is not a clash
        QCOMPARE(result.clashes.constFirst().skippedModel, u"deepseek-v3"_s);
    }

    void modelWithoutUsableNameIsReported()
    {
        const ModelGroupAssignment result = assignModelGroupNames({QStringLiteral("\u6a21\u578b")});
        QVERIFY(result.groupByModel.isEmpty());
        QCOMPARE(result.clashes.size(), 1);
        QCOMPARE(result.clashes.constFirst().problem, GroupNameProblem::InvalidName);
    }

    void modelChannelClashFromCutNames()
    {
        // safe(model) takes 98 of the 100 characters: the site part is cut away.
        const QString model = QString(98, QLatin1Char('m'));
        const QList<ModelChannel> channels{{model, u"site-a-openai"_s}, {model, u"site-b-openai"_s},
                                           {u"gpt-4o"_s, u"site-a-openai"_s}};
        const ModelChannelAssignment result = assignModelChannelGroupNames(channels);
        QCOMPARE(result.assigned.size(), 2);
        QCOMPARE(result.groupNameFor(model, u"site-a-openai"_s), model + QStringLiteral("-v"));
        QVERIFY(result.groupNameFor(model, u"site-b-openai"_s).isEmpty());
        QCOMPARE(result.groupNameFor(u"gpt-4o"_s, u"site-a-openai"_s), u"gpt-4o-via-site-a-openai"_s);
        QCOMPARE(result.clashes.size(), 1);
        const GroupNameClash &clash = result.clashes.constFirst();
        QCOMPARE(clash.skippedSiteGroup, u"site-b-openai"_s);
        QCOMPARE(clash.ownerSiteGroup, u"site-a-openai"_s);
        QVERIFY(clash.message().contains(u"site-b-openai"_s));
    }

    void modelChannelStoredOwnerIsKept()
    {
        const QString model = QString(98, QLatin1Char('m'));
        const QHash<QString, ModelChannel> stored{{model + QStringLiteral("-v"), {model, u"site-b-openai"_s}}};
        const ModelChannelAssignment result =
            assignModelChannelGroupNames({{model, u"site-a-openai"_s}, {model, u"site-b-openai"_s}}, stored);
        QCOMPARE(result.assigned.size(), 1);
        QCOMPARE(result.assigned.constFirst().channel.siteGroup, u"site-b-openai"_s);
        QCOMPARE(result.clashes.size(), 1);
        QCOMPARE(result.clashes.constFirst().skippedSiteGroup, u"site-a-openai"_s);
    }
};

QTEST_GUILESS_MAIN(TestSitesNames)
#include "tst_sites_names.moc"
