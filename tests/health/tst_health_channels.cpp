// Channel operations and cleanup against two simulated gpt-load instances (uni-load-behaviour.md
// §5.5, §17, §19, §20, §21): nothing dangling after a delete or a move, every key copied,
// resumable moves, maintenance limited to what uni-load owns, cleanup that counts any HTTP
// answer as reachable and whose removals the health monitor restores.
#include "core/engine/enginecore.h"
#include "core/engine/jobqueue.h"
#include "core/services/channelops.h"
#include "core/store/statestore.h"
#include "tests/health/healthfixture.h"
#include "tests/support/testutil.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace ul;
using namespace ul::test;

class TestHealthChannels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HealthFixture> f;
    SimAiSite *alpha = nullptr;  // gpt-4o, gpt-4.1-nano
    SimAiSite *beta = nullptr;   // gpt-4o
    QString ga;
    QString gb;

    QStringList l2NamesOf(const QString &siteGroup)
    {
        QStringList out;
        const std::optional<SiteGroupRecord> g = f->siteGroup(siteGroup);
        for (const L2Record &r : f->l2Groups()) {
            if (g && r.siteGroupId == g->id)
                out.append(r.name);
        }
        return out;
    }

    // No upstream of any group on any instance names `group` through a proxy URL.
    bool nothingPointsAt(const QString &group) const
    {
        for (const QString &url : f->allUpstreamUrls()) {
            if (url.endsWith(QStringLiteral("/proxy/") + group))
                return false;
        }
        return true;
    }

    // Every /proxy/<name> upstream names a group that exists on the instance of that URL.
    bool noDanglingUpstreams() const
    {
        for (int i = 0; i < f->cluster().instanceCount(); ++i) {
            for (const SimGroup &g : f->instance(i)->groups()) {
                for (const SimUpstream &u : g.upstreams) {
                    const qsizetype at = u.url.indexOf(QStringLiteral("/proxy/"));
                    if (at < 0)
                        continue;
                    const QString base = u.url.left(at);
                    const QString target = u.url.mid(at + 7);
                    bool found = false;
                    for (int j = 0; j < f->cluster().instanceCount(); ++j) {
                        if (f->instance(j)->url() == base && f->instance(j)->group(target))
                            found = true;
                    }
                    if (!found) {
                        qWarning("dangling upstream %s in %s", qPrintable(u.url), qPrintable(g.name));
                        return false;
                    }
                }
            }
        }
        return true;
    }

    CleanupOptions fastCleanup() const
    {
        CleanupOptions o;
        o.timeoutMs = 2000;
        o.retryCount = 2;
        return o;
    }

private slots:
    void init()
    {
        f = std::make_unique<HealthFixture>(2);
        alpha = f->addSite(QStringLiteral("alpha"), {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4.1-nano")});
        beta = f->addSite(QStringLiteral("beta"), {QStringLiteral("gpt-4o")});
        QVERIFY(f->startEngine());
        ga = f->onboard(alpha);
        gb = f->onboard(beta);
        QVERIFY(!ga.isEmpty() && !gb.isEmpty());
        QCOMPARE(f->groupsNamed(ga).first().first, 0);  // on the preferred instance
        QVERIFY(noDanglingUpstreams());
    }

    void cleanup()
    {
        f.reset();
    }

    void deleteCascadesExactlyAndCompletely()
    {
        // A group whose name only starts with ga, and a model group pointing at it: not ours.
        const QString lookalike = ga + QStringLiteral("-2");
        QVERIFY(f->instance(0)->createGroup({{QStringLiteral("name"), lookalike},
                                             {QStringLiteral("channel_type"), QStringLiteral("openai")},
                                             {QStringLiteral("sort"), 20},
                                             {QStringLiteral("test_model"), QStringLiteral("gpt-4o")},
                                             {QStringLiteral("upstreams"), QJsonArray{QJsonObject{{QStringLiteral("url"), alpha->url()},
                                                                                                  {QStringLiteral("weight"), 1}}}}}));
        const QString lookalikeUrl = f->instance(0)->url() + QStringLiteral("/proxy/") + lookalike;
        QVERIFY(f->instance(0)->createGroup({{QStringLiteral("name"), QStringLiteral("foreign-model")},
                                             {QStringLiteral("channel_type"), QStringLiteral("openai")},
                                             {QStringLiteral("sort"), 40},
                                             {QStringLiteral("test_model"), QStringLiteral("gpt-4o")},
                                             {QStringLiteral("upstreams"), QJsonArray{QJsonObject{{QStringLiteral("url"), lookalikeUrl},
                                                                                                  {QStringLiteral("weight"), 1}}}}}));
        const QStringList ownL2 = l2NamesOf(ga);
        QCOMPARE(ownL2.size(), 2);
        const QByteArray nanoProvider = (QStringLiteral("gptload-") + nanoGroup()).toUtf8();
        QVERIFY(f->apiYaml().contains(nanoProvider));
        QVERIFY(!f->groupsNamed(nanoGroup()).isEmpty());

        const auto assignments = [this] {
            QHash<QString, QString> out;
            (void)f->withStore([&out](StateStore &store) {
                out = store.siteAssignments();
                return Status{};
            });
            return out;
        };
        const auto siteUrlOf = [this](const QString &group) {
            const std::optional<SiteGroupRecord> record = f->siteGroup(group);
            for (const SiteRecord &site : f->sites()) {
                if (record && site.id == record->siteId)
                    return site.baseUrl;
            }
            return QString();
        };
        const QString alphaUrl = siteUrlOf(ga);
        const QString betaUrl = siteUrlOf(gb);
        QVERIFY(!alphaUrl.isEmpty() && alphaUrl != betaUrl);
        QVERIFY(assignments().contains(alphaUrl));

        const auto r = f->wait(f->engine().deleteChannel(ga));
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error().toString()));
        const ChannelDeletionResult &d = r->value();
        QCOMPARE(d.removal.deletedSiteGroup, ga);
        QVERIFY(d.removal.errors.isEmpty());
        QVERIFY(d.siteRemoved);
        QVERIFY(d.removal.updatedModelGroups.contains(QStringLiteral("gpt-4o")));
        QVERIFY(d.removal.deletedModelGroups.contains(nanoGroup()));
        for (const QString &l2 : ownL2) {
            QVERIFY(d.removal.deletedModelGroups.contains(l2));
            QVERIFY(f->groupsNamed(l2).isEmpty());
            QVERIFY(nothingPointsAt(l2));
        }
        QVERIFY(f->groupsNamed(ga).isEmpty());
        QVERIFY(f->groupsNamed(nanoGroup()).isEmpty());
        QCOMPARE(f->upstreamsOf(QStringLiteral("gpt-4o")).size(), 1);
        QVERIFY(noDanglingUpstreams());
        QVERIFY(!f->apiYaml().contains(nanoProvider));
        QVERIFY(f->apiYaml().contains("gptload-gpt-4o"));
        // Not ours, untouched.
        QVERIFY(f->instance(0)->group(lookalike));
        QCOMPARE(f->upstreamsOf(QStringLiteral("foreign-model")).first().url, lookalikeUrl);
        // The store forgot the channel and its site, nothing of beta.
        QVERIFY(!f->siteGroup(ga));
        QCOMPARE(f->sites().size(), 1);
        QVERIFY(f->siteGroup(gb));
        // Nor its instance assignment: a new onboarding of that URL chooses afresh.
        QVERIFY(!assignments().contains(alphaUrl));
        QVERIFY(assignments().contains(betaUrl));

        const auto unknown = f->wait(f->engine().deleteChannel(ga));
        QCOMPARE(unknown->error().kind, ErrorKind::NotFound);
    }

    // A delete stopped part way (the site group's own delete failed) is remembered: the next
    // reconcile plans no re-creation of what was already deleted, the channel refuses other
    // operations, and deleting again finishes the cascade.
    void unfinishedDeleteIsCarriedOnNotUndone()
    {
        const std::optional<SiteGroupRecord> before = f->siteGroup(ga);
        QVERIFY(before && before->groupId != 0);
        const QStringList ownL2 = l2NamesOf(ga);
        QCOMPARE(ownL2.size(), 2);
        const int fault = f->instance(0)->addFault(
            SimFaultRule::respond("DELETE", QStringLiteral("/api/groups/%1").arg(before->groupId), 500));
        const auto partial = f->wait(f->engine().deleteChannel(ga));
        QVERIFY(partial.has_value());
        QVERIFY2(partial->ok(), qPrintable(partial->error().toString()));
        QVERIFY(!partial->value().success());
        for (const QString &l2 : ownL2)
            QVERIFY(f->groupsNamed(l2).isEmpty());
        QVERIFY(!f->groupsNamed(ga).isEmpty());
        const std::optional<SiteGroupRecord> marked = f->siteGroup(ga);
        QVERIFY(marked);
        QCOMPARE(marked->state, ChannelState::Removing);

        // The dry run deletes the site group; it creates nothing for the channel.
        const auto plan = f->wait(f->engine().reconcilePlan());
        QVERIFY(plan.has_value() && plan->ok());
        for (const PlannedOperation &op : plan->value().operations) {
            QVERIFY2(op.kind != OpKind::CreateGroup, qPrintable(op.group));
            QVERIFY2(!ownL2.contains(op.group) || op.kind == OpKind::DeleteGroup, qPrintable(op.group));
        }
        const auto disable = f->wait(f->engine().disableChannel(ga));
        QCOMPARE(disable->error().code, QStringLiteral("CHANNEL_BEING_REMOVED"));
        const auto demote = f->wait(f->engine().reassignChannel(ga, ReassignAction::Demote));
        QCOMPARE(demote->error().code, QStringLiteral("CHANNEL_BEING_REMOVED"));

        f->instance(0)->removeFault(fault);
        const auto finished = f->wait(f->engine().deleteChannel(ga));
        QVERIFY(finished.has_value());
        QVERIFY2(finished->ok(), qPrintable(finished->error().toString()));
        QVERIFY(finished->value().success());
        QVERIFY(f->groupsNamed(ga).isEmpty());
        QVERIFY(!f->siteGroup(ga));
        QVERIFY(noDanglingUpstreams());
    }

    // Onboarding a site again while its deletion is unfinished keeps it.
    void onboardingAgainCancelsAnUnfinishedDelete()
    {
        const std::optional<SiteGroupRecord> before = f->siteGroup(ga);
        QVERIFY(before);
        const int fault = f->instance(0)->addFault(
            SimFaultRule::respond("DELETE", QStringLiteral("/api/groups/%1").arg(before->groupId), 500));
        (void)f->wait(f->engine().deleteChannel(ga));
        f->instance(0)->removeFault(fault);
        QCOMPARE(f->siteGroup(ga)->state, ChannelState::Removing);
        QCOMPARE(f->onboard(alpha), ga);
        QCOMPARE(f->siteGroup(ga)->state, ChannelState::Active);
        QCOMPARE(l2NamesOf(ga).size(), 2);
        QVERIFY(noDanglingUpstreams());
    }

    // ENABLE_MODEL_OPTIMIZER: a model group deleted behind uni-load's back is rebuilt by the
    // startup reconcile, and again by the reconcile that follows an instance coming back.
    void startupAndComebackReconcileRepairDrift()
    {
        f->stopEngine();
        QVERIFY(f->instance(0)->deleteGroup(QStringLiteral("gpt-4o")));
        QVERIFY(f->startEngine([](EngineOptions &o) { o.enableModelOptimizer = true; }));
        QVERIFY(f->waitForIdleJobs());
        QVERIFY(!f->groupsNamed(QStringLiteral("gpt-4o")).isEmpty());
        QCOMPARE(f->upstreamsOf(QStringLiteral("gpt-4o")).size(), 2);

        f->instance(0)->stop();
        QVERIFY(f->wait(f->engine().checkInstances()).has_value());
        QVERIFY(f->waitForSnapshot([](const EngineSnapshot &s) { return s.healthyInstanceCount() == 1; }));
        QVERIFY(f->instance(0)->deleteGroup(QStringLiteral("gpt-4o")));  // lost while it was down
        QVERIFY(f->instance(0)->start());
        QVERIFY(f->wait(f->engine().checkInstances()).has_value());
        QVERIFY(f->waitForIdleJobs());
        QVERIFY(!f->groupsNamed(QStringLiteral("gpt-4o")).isEmpty());
        QCOMPARE(f->upstreamsOf(QStringLiteral("gpt-4o")).size(), 2);
        QVERIFY(noDanglingUpstreams());
    }

    // The operator's stop survives a restart unless ENABLE_CHANNEL_HEALTH is set outside the
    // stored settings, which wins for that run.
    void environmentWinsOverTheStoredStop()
    {
        const auto stopped = f->wait(f->engine().controlChannelHealth(false));
        QVERIFY(stopped && stopped->ok());
        QVERIFY(f->startEngine());
        QVERIFY(!f->engine().snapshot().channelHealth.enabled);
        QVERIFY(f->startEngine([](EngineOptions &o) { o.channelHealthForced = true; }));
        QVERIFY(f->engine().snapshot().channelHealth.enabled);
        QVERIFY(f->startEngine());
        QVERIFY(!f->engine().snapshot().channelHealth.enabled);
    }

    // A store that manages nothing yet, a gpt-load holding the original uni-load's layout: the
    // engine says at once that it can be imported.
    void adoptionIsOfferedToAnEmptyStore()
    {
        HealthFixture g(1);
        SimGptLoad *sim = g.instance(0);
        const QString proxy = sim->url() + QStringLiteral("/proxy/");
        const auto make = [sim](const QString &name, int sort, const QString &upstream) {
            return sim->createGroup({{QStringLiteral("name"), name},
                                     {QStringLiteral("channel_type"), QStringLiteral("openai")},
                                     {QStringLiteral("sort"), sort},
                                     {QStringLiteral("test_model"), QStringLiteral("gpt-4o")},
                                     {QStringLiteral("upstreams"),
                                      QJsonArray{QJsonObject{{QStringLiteral("url"), upstream}, {QStringLiteral("weight"), 1}}}}});
        };
        QVERIFY(make(QStringLiteral("api-legacy-com-openai"), 20, QStringLiteral("https://api.legacy.com/v1")));
        QVERIFY(make(QStringLiteral("gpt-4o-via-api-legacy-com-openai"), 30, proxy + QStringLiteral("api-legacy-com-openai")));
        QVERIFY(make(QStringLiteral("gpt-4o"), 40, proxy + QStringLiteral("gpt-4o-via-api-legacy-com-openai")));
        QVERIFY(g.startEngine([](EngineOptions &o) { o.enableModelOptimizer = true; }));
        const auto offered = [](const EngineSnapshot &s) {
            return std::any_of(s.events.cbegin(), s.events.cend(),
                               [](const EngineEvent &e) { return e.kind == QLatin1String("adoption-available"); });
        };
        QVERIFY(g.waitForSnapshot(offered));
        QVERIFY(g.siteGroups().isEmpty());  // offered, not imported

        // The fixture's engine manages sites already: no offer.
        QVERIFY(f->startEngine([](EngineOptions &o) { o.enableModelOptimizer = true; }));
        QVERIFY(f->waitForIdleJobs());
        QVERIFY(!f->waitForSnapshot(offered, 300));
    }

    void demoteAndPromoteCopyEveryKeyAndRepoint()
    {
        // 1500 keys, 10 of them blacklisted: the 1490 active ones move.
        QStringList keys;
        for (int i = 0; i < 1499; ++i)
            keys.append(QStringLiteral("sk-bulk-%1-abcdefghijklmnop").arg(i, 5, 10, QLatin1Char('0')));
        f->instance(0)->addKeys(ga, keys);
        alpha->setValidKeys(alpha->validKeys() + keys);
        for (int i = 0; i < 10; ++i)
            QVERIFY(f->instance(0)->setKeyStatus(ga, keys.at(i), QStringLiteral("invalid")));
        QCOMPARE(f->instance(0)->keys(ga).size(), 1500);
        const QString oldUrl = f->instance(0)->url() + QStringLiteral("/proxy/") + ga;
        const QString newUrl = f->instance(1)->url() + QStringLiteral("/proxy/") + ga;

        const auto moved = f->wait(f->engine().reassignChannel(ga, ReassignAction::Demote), 120000);
        QVERIFY(moved.has_value());
        QVERIFY2(moved->ok(), qPrintable(moved->error().toString()));
        QCOMPARE(moved->value().previousInstanceId, f->instanceId(0));
        QCOMPARE(moved->value().newInstanceId, f->instanceId(1));
        QCOMPARE(moved->value().keysCopied, 1490);
        QVERIFY(!moved->value().resumed);

        const QList<QPair<int, SimGroup>> now = f->groupsNamed(ga);
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().first, 1);
        int active = 0;
        for (const SimKey &k : f->instance(1)->keys(ga))
            active += k.isActive() ? 1 : 0;
        QCOMPARE(active, 1490);
        for (const QString &l2 : l2NamesOf(ga)) {
            const QList<SimUpstream> ups = f->upstreamsOf(l2);
            QCOMPARE(ups.size(), 1);
            QCOMPARE(ups.first().url, newUrl);
        }
        QVERIFY(!f->allUpstreamUrls().contains(oldUrl));
        QVERIFY(noDanglingUpstreams());
        const std::optional<SiteGroupRecord> record = f->siteGroup(ga);
        QCOMPARE(record->instanceId, f->instanceId(1));
        QCOMPARE(quint64(record->groupId), quint64(now.first().second.id));
        const QString target = f->instanceId(1);
        QVERIFY(f->waitForSnapshot([&](const EngineSnapshot &s) { return s.siteAssignments.value(alpha->url()).instanceId == target; }));
        // The channel still works end to end (the free probe through the new group).
        const Result<HealthCycleReport> cycle = f->cycle();
        QVERIFY(cycle.ok());
        QCOMPARE(cycle->count(HealthVerdict::Healthy), 2);

        const auto back = f->wait(f->engine().reassignChannel(ga, ReassignAction::Promote), 120000);
        QVERIFY(back && back->ok());
        QCOMPARE(f->groupsNamed(ga).first().first, 0);
        QVERIFY(noDanglingUpstreams());

        const auto top = f->wait(f->engine().reassignChannel(ga, ReassignAction::Promote));
        QCOMPARE(top->error().kind, ErrorKind::Validation);
        const auto unknown = f->wait(f->engine().reassignChannel(QStringLiteral("nope-openai"), ReassignAction::Demote));
        QCOMPARE(unknown->error().kind, ErrorKind::NotFound);
    }

    // A demote queued behind a model sync that adds a model to the channel: the job reads the
    // channel's L2 groups when it runs, so the new model's L2 is repointed too before the old
    // site group goes (no upstream is left pointing at it).
    void reassignQueuedBehindASyncRepointsWhatTheSyncAdded()
    {
        auto gate = std::make_shared<QPromise<Result<int>>>();
        gate->start();
        QFuture<Result<int>> blocking = f->engine().invoke<int>([gate](EngineCore &core) {
            return core.jobs().enqueue<int>(QStringLiteral("test"), QStringLiteral("Blocking job"), {},
                                            [gate](const JobContextPtr &) { return gate->future(); });
        });
        alpha->setModels({QStringLiteral("gpt-4o"), QStringLiteral("gpt-4.1-nano"), QStringLiteral("gpt-4.1-mini")});
        QFuture<Result<ModelSyncReport>> sync = f->engine().syncModels();
        QFuture<Result<ReassignResult>> demote = f->engine().reassignChannel(ga, ReassignAction::Demote);
        QTest::qWait(50);
        gate->addResult(Result<int>(1));
        gate->finish();
        QVERIFY(f->wait(blocking).has_value());
        const auto synced = f->wait(sync);
        QVERIFY(synced && synced->ok());
        const auto moved = f->wait(demote, 120000);
        QVERIFY(moved.has_value());
        QVERIFY2(moved->ok(), qPrintable(moved->error().toString()));

        const QString newUrl = f->instance(1)->url() + QStringLiteral("/proxy/") + ga;
        const QStringList l2 = l2NamesOf(ga);
        QCOMPARE(l2.size(), 3);
        for (const QString &name : l2) {
            const QList<SimUpstream> ups = f->upstreamsOf(name);
            QCOMPARE(ups.size(), 1);
            QVERIFY2(ups.first().url == newUrl, qPrintable(name + QStringLiteral(": ") + ups.first().url));
        }
        QVERIFY(noDanglingUpstreams());
    }

    // REASSIGN_COPY_INVALID_KEYS (uni-load-behaviour.md §19.2): off by default, only the active
    // keys move; on, the invalid ones move too.
    void invalidKeysMoveOnlyWhenTheSettingSaysSo()
    {
        const QString invalidA = QStringLiteral("sk-invalid-key-a-abcdefghijklmnop");
        const QString invalidB = QStringLiteral("sk-invalid-key-b-abcdefghijklmnop");
        const QString extra = QStringLiteral("sk-extra-key-c-abcdefghijklmnop");
        f->instance(0)->addKeys(ga, {invalidA, invalidB, extra});
        QVERIFY(f->instance(0)->setKeyStatus(ga, invalidA, QStringLiteral("invalid")));
        QVERIFY(f->instance(0)->setKeyStatus(ga, invalidB, QStringLiteral("invalid")));
        const auto valuesOn = [this](int instance) {
            QStringList values;
            for (const SimKey &k : f->instance(instance)->keys(ga))
                values.append(k.value);
            return values;
        };

        const auto demoted = f->wait(f->engine().reassignChannel(ga, ReassignAction::Demote), 60000);
        QVERIFY(demoted && demoted->ok());
        QCOMPARE(demoted->value().keysCopied, 2);  // the site's key and the extra one
        QStringList onTarget = valuesOn(1);
        QCOMPARE(onTarget.size(), 2);
        QVERIFY(onTarget.contains(extra));
        QVERIFY(!onTarget.contains(invalidA) && !onTarget.contains(invalidB));

        // Switched on (a restart applies settings): the invalid key goes along.
        QVERIFY(f->instance(1)->setKeyStatus(ga, extra, QStringLiteral("invalid")));
        QVERIFY(f->startEngine([](EngineOptions &o) { o.reassignCopyInvalidKeys = true; }));
        const auto promoted = f->wait(f->engine().reassignChannel(ga, ReassignAction::Promote), 60000);
        QVERIFY(promoted && promoted->ok());
        QCOMPARE(promoted->value().keysCopied, 2);
        QCOMPARE(f->groupsNamed(ga).first().first, 0);
        onTarget = valuesOn(0);
        QCOMPARE(onTarget.size(), 2);
        QVERIFY(onTarget.contains(extra));
        QVERIFY(noDanglingUpstreams());
    }

    void nameConflictOnTheTargetStops()
    {
        QVERIFY(f->instance(1)->createGroup({{QStringLiteral("name"), ga},
                                             {QStringLiteral("channel_type"), QStringLiteral("openai")},
                                             {QStringLiteral("sort"), 20},
                                             {QStringLiteral("test_model"), QStringLiteral("gpt-4o")},
                                             {QStringLiteral("upstreams"), QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("http://other.invalid")},
                                                                                                  {QStringLiteral("weight"), 1}}}}}));
        const auto r = f->wait(f->engine().reassignChannel(ga, ReassignAction::Demote));
        QVERIFY(r.has_value());
        QCOMPARE(r->error().kind, ErrorKind::Conflict);
        QCOMPARE(f->siteGroup(ga)->instanceId, f->instanceId(0));
        QVERIFY(f->instance(0)->group(ga));
    }

    void unhealthyTargetIsUnavailable()
    {
        f->instance(1)->stop();
        QVERIFY(f->wait(f->engine().checkInstances()).has_value());
        const auto r = f->wait(f->engine().reassignChannel(ga, ReassignAction::Demote));
        QCOMPARE(r->error().kind, ErrorKind::Unavailable);
        f->instance(1)->start();
    }

    void interruptedMoveIsFinishedByRunningItAgain()
    {
        const int fault = f->instance(0)->addFault(SimFaultRule::respond("DELETE", QStringLiteral("/api/groups/*"), 500));
        const auto failed = f->wait(f->engine().reassignChannel(ga, ReassignAction::Demote));
        QVERIFY(failed.has_value());
        QVERIFY(!failed->ok());
        QCOMPARE(failed->error().kind, ErrorKind::Upstream);
        // Repointed already, the old group still there: both exist, nothing dangles.
        QVERIFY(f->instance(0)->group(ga));
        QVERIFY(f->instance(1)->group(ga));
        QVERIFY(noDanglingUpstreams());
        const auto pending = f->wait(f->engine().invoke<QJsonObject>([](EngineCore &core) {
            const std::optional<QJsonValue> v = core.store().setting(ChannelOperations::kPendingSetting);
            return readyResult<QJsonObject>(v ? v->toObject() : QJsonObject());
        }));
        QVERIFY(pending->value().contains(ga));

        f->instance(0)->removeFault(fault);
        const auto finished = f->wait(f->engine().reassignChannel(ga, ReassignAction::Demote));
        QVERIFY(finished.has_value());
        QVERIFY2(finished->ok(), qPrintable(finished->error().toString()));
        QVERIFY(finished->value().resumed);
        QVERIFY(finished->value().adoptedExisting);
        QVERIFY(!f->instance(0)->group(ga));
        QVERIFY(f->instance(1)->group(ga));
        QVERIFY(noDanglingUpstreams());
    }

    void reassignSiteOnlyRecordsTheAssignment()
    {
        const auto set = f->wait(f->engine().reassignSite(QStringLiteral("https://api.example.com/v1/"), f->instanceId(1)));
        QVERIFY(set && set->ok());
        QCOMPARE(set->value().siteUrl, QStringLiteral("https://api.example.com"));
        QDeadlineTimer deadline(5000);
        while (!f->engine().snapshot().siteAssignments.contains(QStringLiteral("https://api.example.com")) && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QCOMPARE(f->engine().snapshot().siteAssignments.value(QStringLiteral("https://api.example.com")).instanceId, f->instanceId(1));
        QCOMPARE(f->wait(f->engine().reassignSite(QStringLiteral("https://api.example.com"), QStringLiteral("nope")))->error().kind,
                 ErrorKind::Validation);
        QCOMPARE(f->wait(f->engine().reassignSite(QString(), f->instanceId(1)))->error().kind, ErrorKind::Validation);
        QVERIFY(f->wait(f->engine().reassignSite(QStringLiteral("https://api.example.com"), QString()))->ok());
        // Existing groups did not move.
        QCOMPARE(f->groupsNamed(ga).first().first, 0);
    }

    void maintenanceDeletesOnlyManagedGroups()
    {
        QVERIFY(f->instance(0)->createGroup({{QStringLiteral("name"), QStringLiteral("operator-model")},
                                             {QStringLiteral("channel_type"), QStringLiteral("openai")},
                                             {QStringLiteral("sort"), 30},
                                             {QStringLiteral("test_model"), QStringLiteral("gpt-4o")},
                                             {QStringLiteral("upstreams"), QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("http://x.invalid")},
                                                                                                  {QStringLiteral("weight"), 1}}}}}));
        QVERIFY(f->addOperatorProvider());
        const int managed = int(f->l2Groups().size() + f->l3Groups().size());
        const int l3Count = int(f->l3Groups().size());
        QCOMPARE(l3Count, 2);  // gpt-4o, gpt-4-1-nano

        const auto r = f->wait(f->engine().deleteManagedModelGroups());
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().deletedGroups, managed);
        QCOMPARE(r->value().failedGroups, 0);
        QCOMPARE(r->value().cleanedProviders, l3Count);
        QVERIFY2(r->value().errors.isEmpty(), qPrintable(r->value().errors.join(QStringLiteral("; "))));
        QVERIFY(f->instance(0)->group(QStringLiteral("operator-model")));
        QVERIFY(f->instance(0)->group(ga));  // site groups stay
        QVERIFY(f->groupsNamed(QStringLiteral("gpt-4o")).isEmpty());
        QVERIFY(f->groupsNamed(nanoGroup()).isEmpty());
        QVERIFY(!f->apiYaml().contains("gptload-gpt-4o"));
        QVERIFY(!f->apiYaml().contains((QStringLiteral("gptload-") + nanoGroup()).toUtf8()));
        QVERIFY(f->apiYaml().contains("provider: operator-own"));
        QVERIFY(f->l2Groups().isEmpty());
        QVERIFY(f->l3Groups().isEmpty());
    }

    void maintenanceNeverLeavesApiYamlWithoutProviders()
    {
        const QByteArray before = f->apiYaml();
        const auto r = f->wait(f->engine().deleteManagedModelGroups());
        QVERIFY(r && r->ok());
        QVERIFY(r->value().deletedGroups > 0);
        QCOMPARE(r->value().cleanedProviders, 0);
        QVERIFY(!r->value().errors.isEmpty());  // the refusal is reported
        QCOMPARE(f->apiYaml(), before);
        QVERIFY(f->l3Groups().isEmpty());
    }

    void cleanupCountsAnyAnswerAsReachable()
    {
        SimAiSite *locked = f->addSite(QStringLiteral("locked"), {QStringLiteral("gpt-4o")});
        SimAiSite *missing = f->addSite(QStringLiteral("missing"), {QStringLiteral("gpt-4o")});
        const QString gl = f->onboard(locked);
        const QString gm = f->onboard(missing);
        QVERIFY(!gl.isEmpty() && !gm.isEmpty());
        locked->setFailure(SimAiFailure::Unauthorized);                      // 401
        missing->addFault(SimFaultRule::respond("GET", QStringLiteral("*"), 404));  // 404
        beta->stop();                                                         // no answer at all
        const int historyBefore = int(f->wait(f->engine().cleanupHistory())->value().size());

        const auto preview = f->wait(f->engine().previewCleanup(fastCleanup()));
        QVERIFY(preview && preview->ok());
        const CleanupReport &p = preview->value();
        QCOMPARE(p.totalSiteGroups, 4);
        QCOMPARE(p.checkedSiteGroups, 4);
        QCOMPARE(p.disconnectedChannels.size(), 1);
        QCOMPARE(p.disconnectedChannels.first().name, gb);
        QCOMPARE(p.disconnectedChannels.first().attempts, 2);
        QVERIFY(p.dryRun);
        QCOMPARE(p.affectedModelGroups.size(), 1);
        QCOMPARE(p.affectedModelGroups.first().groupName, QStringLiteral("gpt-4o"));
        QCOMPARE(p.cleanedUpstreams, 1);
        QCOMPARE(f->siteGroup(gb)->state, ChannelState::Active);  // a preview changes nothing
        QCOMPARE(f->upstreamsOf(QStringLiteral("gpt-4o")).size(), 4);
        QCOMPARE(int(f->wait(f->engine().cleanupHistory())->value().size()), historyBefore);

        CleanupOptions only = fastCleanup();
        only.onlyCheckPatterns = {QStringLiteral("^nothing-matches")};
        QCOMPARE(f->wait(f->engine().previewCleanup(only))->value().checkedSiteGroups, 0);
        CleanupOptions bad = fastCleanup();
        bad.excludePatterns = {QStringLiteral("([")};
        QCOMPARE(f->wait(f->engine().previewCleanup(bad))->error().kind, ErrorKind::Validation);

        const auto applied = f->wait(f->engine().cleanupChannels(fastCleanup()));
        QVERIFY(applied && applied->ok());
        QCOMPARE(applied->value().disconnectedChannels.size(), 1);
        QCOMPARE(f->siteGroup(gb)->state, ChannelState::DisabledByCleanup);
        QCOMPARE(f->upstreamsOf(QStringLiteral("gpt-4o")).size(), 3);
        const QList<QJsonObject> history = f->wait(f->engine().cleanupHistory())->value();
        QCOMPARE(int(history.size()), historyBefore + 1);
        QCOMPARE(history.first().value(QStringLiteral("disconnectedChannels")).toArray().first().toString(), gb);
        QDeadlineTimer deadline(5000);
        while (f->engine().snapshot().totalCleanupCount != 1 && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QCOMPARE(f->engine().snapshot().totalCleanupCount, 1);
        QCOMPARE(f->engine().snapshot().recentCleanups.size(), 1);
        QCOMPARE(f->engine().snapshot().recentCleanups.first(), history.first());

        // The recovery path of the health monitor brings it back once the site answers.
        beta->start();
        QVERIFY(f->cycleAfter(10).ok());
        const Result<HealthCycleReport> restored = f->cycleAfter(10);
        QVERIFY(restored.ok());
        QCOMPARE(restored->restored, QStringList{gb});
        QCOMPARE(f->upstreamsOf(QStringLiteral("gpt-4o")).size(), 4);
    }

    void manualCleanupRemovesNamedChannels()
    {
        const auto dry = f->wait(f->engine().manualCleanup({ga, QStringLiteral("nope-openai")}, true));
        QVERIFY(dry && dry->ok());
        QCOMPARE(dry->value().targetChannels, QStringList{ga});
        QCOMPARE(dry->value().unknownChannels, QStringList{QStringLiteral("nope-openai")});
        QCOMPARE(dry->value().cleanedUpstreams, 1);  // gpt-4o; gpt-4.1-nano keeps its last member
        QCOMPARE(f->siteGroup(ga)->state, ChannelState::Active);

        const auto real = f->wait(f->engine().manualCleanup({ga}, false));
        QVERIFY(real && real->ok());
        QCOMPARE(f->siteGroup(ga)->state, ChannelState::DisabledByCleanup);
        QCOMPARE(f->upstreamsOf(QStringLiteral("gpt-4o")).size(), 1);
        QCOMPARE(f->upstreamsOf(nanoGroup()).size(), 1);
        QVERIFY(f->l3(nanoGroup())->noHealthyMember);

        QCOMPARE(f->wait(f->engine().manualCleanup({QStringLiteral("nope-openai")}, false))->error().kind, ErrorKind::NotFound);
        QCOMPARE(f->wait(f->engine().manualCleanup({}, false))->error().kind, ErrorKind::Validation);
    }
};

QTEST_GUILESS_MAIN(TestHealthChannels)
#include "tst_health_channels.moc"
