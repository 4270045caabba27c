// The pure weight optimization rules (core/layers/weightoptimization.h): the formula, the
// tolerance, which members are measured, and the plan from stats.
#include "core/layers/weightoptimization.h"

#include <QtTest>

using namespace ul;

namespace {

L3MemberRecord member(qint64 l3, qint64 l2, int weight, const QString &source = QStringLiteral("default"),
                      ChannelState state = ChannelState::Active)
{
    L3MemberRecord m;
    m.l3Id = l3;
    m.l2Id = l2;
    m.weight = weight;
    m.weightSource = source;
    m.state = state;
    return m;
}

RequestWindow window(qint64 total, qint64 failed)
{
    RequestWindow w;
    w.total = total;
    w.failed = failed;
    w.failureRate = total > 0 ? double(failed) / double(total) : 0.0;
    return w;
}

// Model groups 1 (gpt-4o: L2 11, 12, 13) and 2 (nano: L2 21 alone).
WeightOptimizationInput world()
{
    WeightOptimizationInput in;
    in.l3Groups = {L3Record{1, QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o"), QStringLiteral("a"), 100, ChannelType::OpenAI, false, {}},
                   L3Record{2, QStringLiteral("nano"), QStringLiteral("nano"), QStringLiteral("a"), 101, ChannelType::OpenAI, false, {}}};
    for (const auto &[id, name] : {std::pair{11, "gpt-4o-via-a"}, std::pair{12, "gpt-4o-via-b"}, std::pair{13, "gpt-4o-via-c"},
                                   std::pair{21, "nano-via-a"}}) {
        L2Record r;
        r.id = id;
        r.name = QString::fromLatin1(name);
        r.groupId = 200 + id;
        r.instanceId = QStringLiteral("a");
        in.l2Groups.append(r);
    }
    in.members = {member(1, 11, 1), member(1, 12, 1), member(1, 13, 1), member(2, 21, 1)};
    return in;
}

} // namespace

class TestWeightOptimization : public QObject
{
    Q_OBJECT

private slots:
    void formula_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("failed");
        QTest::addColumn<int>("weight");
        QTest::newRow("no traffic: neutral") << qint64(0) << qint64(0) << 100;
        QTest::newRow("9 requests are no evidence") << qint64(9) << qint64(9) << 100;
        QTest::newRow("10 requests, all fine") << qint64(10) << qint64(0) << 100;
        QTest::newRow("40 % failing") << qint64(100) << qint64(40) << 60;
        QTest::newRow("1 % failing") << qint64(200) << qint64(2) << 99;
        QTest::newRow("everything failing: never 0") << qint64(500) << qint64(500) << 1;
        QTest::newRow("more failed than total is clamped") << qint64(10) << qint64(20) << 1;
    }
    void formula()
    {
        QFETCH(qint64, total);
        QFETCH(qint64, failed);
        QFETCH(int, weight);
        QCOMPARE(optimizedWeight(window(total, failed)), weight);
    }

    void tolerance_data()
    {
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("proposed");
        QTest::addColumn<bool>("within");
        QTest::newRow("same") << 60 << 60 << true;
        QTest::newRow("5 % of 100") << 100 << 95 << true;
        QTest::newRow("6 % of 100") << 100 << 94 << false;
        QTest::newRow("at least 1") << 1 << 2 << true;
        QTest::newRow("1 → 3") << 1 << 3 << false;
        QTest::newRow("default 1 → 100") << 1 << 100 << false;
    }
    void tolerance()
    {
        QFETCH(int, current);
        QFETCH(int, proposed);
        QFETCH(bool, within);
        QCOMPARE(withinWeightTolerance(current, proposed), within);
    }

    void measuresOnlyGroupsWithSomethingToBalance()
    {
        WeightOptimizationInput in = world();
        QCOMPARE(l2GroupsToMeasure(in), (QList<qint64>{11, 12, 13}));  // nano has one member

        in.members[1] = member(1, 12, 5, QStringLiteral("operator"));
        in.members[2] = member(1, 13, 1, QStringLiteral("default"), ChannelState::DisabledByHealth);
        QCOMPARE(l2GroupsToMeasure(in), QList<qint64>{11});
        in.includeOperatorWeights = true;
        QCOMPARE(l2GroupsToMeasure(in), (QList<qint64>{11, 12}));

        // One active member left: nothing to balance.
        in.members[1] = member(1, 12, 5, QStringLiteral("operator"), ChannelState::DisabledByUser);
        QVERIFY(l2GroupsToMeasure(in).isEmpty());
    }

    void planStoresChangesAsTheOptimizers()
    {
        WeightOptimizationInput in = world();
        in.members[0] = member(1, 11, 62, QStringLiteral("optimizer"));  // 60 is within 5 % of 62
        in.members[1] = member(1, 12, 7, QStringLiteral("operator"));
        const QHash<qint64, RequestWindow> traffic{{11, window(100, 40)}, {13, window(1000, 250)}};
        const QHash<qint64, QString> errors;
        const WeightOptimizationPlan plan = planOptimizedWeights(in, traffic, errors);

        QCOMPARE(plan.proposals.size(), 3);
        QCOMPARE(plan.proposals.at(0).modelChannel, QStringLiteral("gpt-4o-via-a"));
        QCOMPARE(plan.proposals.at(0).decision, WeightDecision::WithinTolerance);
        QCOMPARE(plan.proposals.at(0).proposedWeight, 60);
        QCOMPARE(plan.proposals.at(1).decision, WeightDecision::OperatorWeight);
        QCOMPARE(plan.proposals.at(1).proposedWeight, 7);
        QCOMPARE(plan.proposals.at(2).decision, WeightDecision::Change);
        QCOMPARE(plan.proposals.at(2).proposedWeight, 75);
        QCOMPARE(plan.updated.size(), 1);
        QCOMPARE(plan.updated.first().l2Id, 13);
        QCOMPARE(plan.updated.first().weight, 75);
        QCOMPARE(plan.updated.first().weightSource, QStringLiteral("optimizer"));
        QCOMPARE(plan.models, QStringList{QStringLiteral("gpt-4o")});
    }

    void missingStatsChangeNothing()
    {
        WeightOptimizationInput in = world();
        const WeightOptimizationPlan plan = planOptimizedWeights(in, {{11, window(100, 0)}}, {{12, QStringLiteral("404 group not found")}});
        QCOMPARE(plan.proposals.size(), 3);
        QCOMPARE(plan.proposals.at(1).decision, WeightDecision::NoStats);
        QCOMPARE(plan.proposals.at(1).statsError, QStringLiteral("404 group not found"));
        QCOMPARE(plan.proposals.at(2).decision, WeightDecision::NoStats);
        QCOMPARE(plan.proposals.at(2).statsError, QStringLiteral("not read"));
        QCOMPARE(plan.updated.size(), 1);
        QCOMPARE(plan.updated.first().l2Id, 11);
    }

    void includedOperatorWeightChangesSourceEvenAtTheSameFigure()
    {
        WeightOptimizationInput in = world();
        in.members[0] = member(1, 11, 60, QStringLiteral("operator"));
        in.includeOperatorWeights = true;
        const WeightOptimizationPlan plan = planOptimizedWeights(in, {{11, window(100, 40)}, {12, window(0, 0)}, {13, window(0, 0)}}, {});
        QCOMPARE(plan.proposals.at(0).decision, WeightDecision::Change);
        QCOMPARE(plan.updated.first().weight, 60);
        QCOMPARE(plan.updated.first().weightSource, QStringLiteral("optimizer"));
        const QJsonObject json = plan.proposals.at(0).toJson();
        QCOMPARE(json.value(QStringLiteral("decision")).toString(), QStringLiteral("change"));
        QCOMPARE(json.value(QStringLiteral("requests")).toInteger(), 100);
        QCOMPARE(json.value(QStringLiteral("currentSource")).toString(), QStringLiteral("operator"));
    }
};

QTEST_GUILESS_MAIN(TestWeightOptimization)
#include "tst_layers_weightoptimization.moc"
