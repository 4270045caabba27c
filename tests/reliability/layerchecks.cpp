#include "tests/reliability/layerchecks.h"

#include <QJsonDocument>
#include <QTest>

namespace ul::test {

int reconcileUntilClean(LayerFixture &f, int maxRuns, QString *lastProblem)
{
    for (int run = 1; run <= maxRuns; ++run) {
        const std::optional<Result<ReconcileResult>> r = f.reconcile();
        if (!r.has_value()) {
            *lastProblem = QStringLiteral("run %1 did not finish").arg(run);
            continue;
        }
        if (!r->ok()) {
            *lastProblem = r->error().toString();
            continue;
        }
        const ReconcileResult &result = r->value();
        const bool clean = result.failed.isEmpty() && result.unreachableInstances.isEmpty() && result.planned.create == 0
            && result.planned.update == 0 && result.planned.remove == 0;
        if (clean)
            return run;
        *lastProblem = QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)).left(2000);
    }
    return -1;
}

void verifyAgreement(LayerFixture &f)
{
    QHash<QString, int> seen;
    for (int i = 0; i < f.cluster->instanceCount(); ++i) {
        for (const SimGroup &g : f.sim(i)->groups()) {
            if (g.sort == 30 || g.sort == 40)
                ++seen[g.name];
        }
    }
    QSet<QString> recorded;
    const auto check = [&](const QString &name, const QString &instanceId, int groupId) {
        recorded.insert(name);
        QVERIFY2(seen.value(name) == 1, qPrintable(QStringLiteral("%1 exists %2 times").arg(name).arg(seen.value(name))));
        const std::optional<SimGroup> g = f.sim(instanceId.mid(4).toInt() - 1)->group(name);
        QVERIFY2(g.has_value(), qPrintable(QStringLiteral("%1 missing on %2").arg(name, instanceId)));
        QCOMPARE(g->id, groupId);
    };
    // Copies: value() of a temporary Result would dangle in a range-for.
    const QList<L2Record> l2s = f.store.l2Groups().value();
    const QList<L3Record> l3s = f.store.l3Groups().value();
    for (const L2Record &r : l2s) {
        check(r.name, r.instanceId, r.groupId);
        if (QTest::currentTestFailed())
            return;
    }
    const QByteArray yaml = f.yaml();
    for (const L3Record &r : l3s) {
        check(r.name, r.instanceId, r.groupId);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(yaml.contains(QByteArray(QByteArray("gptload-") + r.name.toUtf8())), qPrintable(r.name));
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        QVERIFY2(recorded.contains(it.key()), qPrintable(QStringLiteral("orphan group %1").arg(it.key())));
}

void verifyConvergedAndQuiet(LayerFixture &f)
{
    verifyAgreement(f);
    if (QTest::currentTestFailed())
        return;
    f.resetCounters();
    const QByteArray yaml = f.yaml();
    const QStringList backups = f.backups();
    const std::optional<Result<ReconcileResult>> quiet = f.reconcile();
    QVERIFY(quiet && quiet->ok());
    QCOMPARE(f.mutatingCalls(), 0);
    QCOMPARE(f.yaml(), yaml);
    QCOMPARE(f.backups(), backups);
}

} // namespace ul::test
