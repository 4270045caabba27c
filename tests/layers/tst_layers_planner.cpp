// The layer planner as a pure function (uni-load-behaviour.md §11.3): table-driven cases over an
// in-memory world. Every case also checks convergence: after its plan is applied, the next plan
// is empty.

#include "core/layers/planner.h"
#include "tests/layers/plannerworld.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace ul;
using namespace ul::test;

namespace {

const QString kA = QStringLiteral("site-a-openai");
const QString kB = QStringLiteral("site-b-openai");

QString l2(const QString &model, const QString &siteGroup)
{
    return model + QStringLiteral("-via-") + siteGroup;
}

PlannerWorld oneInstance()
{
    PlannerWorld w;
    w.addInstance(QStringLiteral("a"), 1);
    return w;
}

// Site A serves gpt-4o and deepseek-chat, site B gpt-4o and qwen-max; converged.
PlannerWorld twoSitesConverged()
{
    PlannerWorld w = oneInstance();
    w.addSiteGroup(kA, ChannelType::OpenAI, QStringLiteral("a"), {QStringLiteral("gpt-4o"), QStringLiteral("deepseek-chat")});
    w.addSiteGroup(kB, ChannelType::OpenAI, QStringLiteral("a"), {QStringLiteral("gpt-4o"), QStringLiteral("qwen-max")});
    w.converge();
    return w;
}

QList<Upstream> upstreamsOf(const PlannedOperation *op)
{
    QList<Upstream> out;
    if (op) {
        for (const PlannedUpstream &u : op->upstreams)
            out.append(u.upstream);
    }
    return out;
}

Upstream up(const QString &group, int weight, const QString &instance = QStringLiteral("a"))
{
    return Upstream{QStringLiteral("http://%1:3001/proxy/%2").arg(instance, group), weight};
}

struct Case
{
    const char *name;
    std::function<PlannerWorld()> world;                    // the state the plan starts from
    QStringList expectedOps;                                // "op group", record operations left out
    std::function<void(const Plan &, PlannerWorld &)> check; // extra assertions (may be empty)
    bool convergesAfterApply = true;
};

QList<Case> cases()
{
    QList<Case> out;

    out.append(Case{
        "new site",
        [] {
            PlannerWorld w = oneInstance();
            w.addSiteGroup(kA, ChannelType::OpenAI, QStringLiteral("a"), {QStringLiteral("gpt-4o"), QStringLiteral("deepseek-chat")});
            return w;
        },
        {QStringLiteral("create-group gpt-4o-via-site-a-openai"), QStringLiteral("upload-pool-key gpt-4o-via-site-a-openai"),
         QStringLiteral("create-group gpt-4o"), QStringLiteral("upload-pool-key gpt-4o"),
         QStringLiteral("create-group deepseek-chat-via-site-a-openai"), QStringLiteral("upload-pool-key deepseek-chat-via-site-a-openai"),
         QStringLiteral("create-group deepseek-chat"), QStringLiteral("upload-pool-key deepseek-chat"),
         QStringLiteral("upsert-provider gptload-gpt-4o"), QStringLiteral("upsert-provider gptload-deepseek-chat")},
        [](const Plan &plan, PlannerWorld &) {
            const PlannedOperation *l2op = findOp(plan, OpKind::CreateGroup, l2(QStringLiteral("gpt-4o"), kA));
            QVERIFY(l2op);
            QCOMPARE(l2op->create.upstreams, QList<Upstream>{up(kA, 1)});
            QCOMPARE(l2op->create.proxyKeys.reveal(), kHop);
            QCOMPARE(l2op->create.sort, 30);
            QCOMPARE(l2op->create.testModel, QStringLiteral("gpt-4o"));
            QCOMPARE(l2op->create.config, (QJsonObject{{QStringLiteral("blacklist_threshold"), 2},
                                                       {QStringLiteral("key_validation_interval_minutes"), 10080}}));
            const PlannedOperation *l3op = findOp(plan, OpKind::CreateGroup, QStringLiteral("gpt-4o"));
            QVERIFY(l3op);
            QCOMPARE(upstreamsOf(l3op), QList<Upstream>{up(l2(QStringLiteral("gpt-4o"), kA), 1)});
            QCOMPARE(l3op->awaits, QList<int>{l2op->id});
            QCOMPARE(l3op->create.proxyKeys.reveal(), kGateway);
            QCOMPARE(l3op->create.sort, 40);
            QCOMPARE(l3op->create.channelType, ChannelType::OpenAI);
            QCOMPARE(l3op->create.validationEndpoint, QString());
            QCOMPARE(l3op->create.config.value(QStringLiteral("max_retries")).toInt(), 9);
            const PlannedOperation *upload = findOp(plan, OpKind::UploadPoolKey, QStringLiteral("gpt-4o"));
            QVERIFY(upload);
            QCOMPARE(upload->dependsOn, QList<int>{l3op->id});
            QCOMPARE(upload->keys.size(), 1);
            QCOMPARE(upload->keys.first().reveal(), kHop);
            const PlanSummary s = plan.summary();
            QCOMPARE(s.create, 4);
            QCOMPARE(s.update, 4);
            QCOMPARE(s.remove, 0);
        }});

    out.append(Case{
        "second site sharing models keeps members and weights",
        [] {
            PlannerWorld w = oneInstance();
            w.addSiteGroup(kA, ChannelType::OpenAI, QStringLiteral("a"), {QStringLiteral("gpt-4o"), QStringLiteral("deepseek-chat")});
            w.converge();
            // Weight 5 set in gpt-load (no operator weight in the store): adopted, not reset.
            w.setUpstreamWeight(QStringLiteral("gpt-4o"), l2(QStringLiteral("gpt-4o"), kA), 5);
            w.addSiteGroup(kB, ChannelType::OpenAI, QStringLiteral("a"), {QStringLiteral("gpt-4o"), QStringLiteral("qwen-max")});
            return w;
        },
        {QStringLiteral("create-group gpt-4o-via-site-b-openai"), QStringLiteral("upload-pool-key gpt-4o-via-site-b-openai"),
         QStringLiteral("update-group gpt-4o"), QStringLiteral("create-group qwen-max-via-site-b-openai"),
         QStringLiteral("upload-pool-key qwen-max-via-site-b-openai"), QStringLiteral("create-group qwen-max"),
         QStringLiteral("upload-pool-key qwen-max"), QStringLiteral("upsert-provider gptload-qwen-max")},
        [](const Plan &plan, PlannerWorld &w) {
            const PlannedOperation *update = findOp(plan, OpKind::UpdateGroup, QStringLiteral("gpt-4o"));
            QVERIFY(update);
            QCOMPARE(update->fields, QStringList{QStringLiteral("upstreams")});
            QCOMPARE(upstreamsOf(update), (QList<Upstream>{up(l2(QStringLiteral("gpt-4o"), kA), 5), up(l2(QStringLiteral("gpt-4o"), kB), 1)}));
            w.apply(plan);
            QCOMPARE(w.member(QStringLiteral("gpt-4o"), l2(QStringLiteral("gpt-4o"), kA))->weight, 5);
            QCOMPARE(w.member(QStringLiteral("gpt-4o"), l2(QStringLiteral("gpt-4o"), kB))->weight, 1);
        }});

    out.append(Case{
        "operator weight wins over gpt-load",
        [] {
            PlannerWorld w = twoSitesConverged();
            L3MemberRecord *m = w.member(QStringLiteral("gpt-4o"), l2(QStringLiteral("gpt-4o"), kA));
            m->weight = 7;
            m->weightSource = QStringLiteral("operator");
            return w;
        },
        {QStringLiteral("update-group gpt-4o")},
        [](const Plan &plan, PlannerWorld &) {
            QCOMPARE(upstreamsOf(findOp(plan, OpKind::UpdateGroup, QStringLiteral("gpt-4o"))),
                     (QList<Upstream>{up(l2(QStringLiteral("gpt-4o"), kA), 7), up(l2(QStringLiteral("gpt-4o"), kB), 1)}));
        }});

    out.append(Case{
        "gpt-load weight is adopted and recorded",
        [] {
            PlannerWorld w = twoSitesConverged();
            w.setUpstreamWeight(QStringLiteral("gpt-4o"), l2(QStringLiteral("gpt-4o"), kB), 4);
            return w;
        },
        {},
        [](const Plan &plan, PlannerWorld &w) {
            QCOMPARE(opSignatures(plan, true), QStringList{QStringLiteral("record gpt-4o")});
            w.apply(plan);
            QCOMPARE(w.member(QStringLiteral("gpt-4o"), l2(QStringLiteral("gpt-4o"), kB))->weight, 4);
        }});

    out.append(Case{
        "site removed",
        [] {
            PlannerWorld w = twoSitesConverged();
            w.state.removedSiteGroups = {w.siteGroup(kB)->id};
            return w;
        },
        {QStringLiteral("update-group gpt-4o"), QStringLiteral("delete-group qwen-max"),
         QStringLiteral("delete-group gpt-4o-via-site-b-openai"), QStringLiteral("delete-group qwen-max-via-site-b-openai"),
         QStringLiteral("delete-group site-b-openai"), QStringLiteral("remove-provider gptload-qwen-max")},
        [](const Plan &plan, PlannerWorld &w) {
            const PlannedOperation *update = findOp(plan, OpKind::UpdateGroup, QStringLiteral("gpt-4o"));
            const PlannedOperation *deleteL3 = findOp(plan, OpKind::DeleteGroup, QStringLiteral("qwen-max"));
            const PlannedOperation *deleteShared = findOp(plan, OpKind::DeleteGroup, l2(QStringLiteral("gpt-4o"), kB));
            const PlannedOperation *deleteOwn = findOp(plan, OpKind::DeleteGroup, l2(QStringLiteral("qwen-max"), kB));
            const PlannedOperation *deleteL1 = findOp(plan, OpKind::DeleteGroup, kB);
            QVERIFY(update && deleteL3 && deleteShared && deleteOwn && deleteL1);
            QCOMPARE(upstreamsOf(update), QList<Upstream>{up(l2(QStringLiteral("gpt-4o"), kA), 1)});
            QCOMPARE(deleteShared->dependsOn, QList<int>{update->id});
            QCOMPARE(deleteOwn->dependsOn, QList<int>{deleteL3->id});
            QCOMPARE(deleteL1->dependsOn, (QList<int>{deleteShared->id, deleteOwn->id}));
            QCOMPARE(plan.summary().remove, 4);
            w.apply(plan);
            QVERIFY(!w.siteGroup(kB));
            QCOMPARE(w.state.l2Groups.size(), 2);
        }});

    out.append(Case{
        "model dropped by its only site",
        [] {
            PlannerWorld w = twoSitesConverged();
            w.siteGroup(kA)->models = {QStringLiteral("gpt-4o")};
            return w;
        },
        {QStringLiteral("delete-group deepseek-chat"), QStringLiteral("delete-group deepseek-chat-via-site-a-openai"),
         QStringLiteral("remove-provider gptload-deepseek-chat")},
        [](const Plan &plan, PlannerWorld &) {
            QCOMPARE(findOp(plan, OpKind::DeleteGroup, l2(QStringLiteral("deepseek-chat"), kA))->dependsOn,
                     QList<int>{findOp(plan, OpKind::DeleteGroup, QStringLiteral("deepseek-chat"))->id});
        }});

    out.append(Case{
        "model dropped by one of two sites",
        [] {
            PlannerWorld w = twoSitesConverged();
            w.siteGroup(kA)->models = {QStringLiteral("deepseek-chat")};
            return w;
        },
        {QStringLiteral("update-group gpt-4o"), QStringLiteral("delete-group gpt-4o-via-site-a-openai")},
        [](const Plan &plan, PlannerWorld &) {
            QCOMPARE(upstreamsOf(findOp(plan, OpKind::UpdateGroup, QStringLiteral("gpt-4o"))),
                     QList<Upstream>{up(l2(QStringLiteral("gpt-4o"), kB), 1)});
        }});

    out.append(Case{
        "disabled member leaves the upstreams, keeps its L2 and weight",
        [] {
            PlannerWorld w = twoSitesConverged();
            L3MemberRecord *m = w.member(QStringLiteral("gpt-4o"), l2(QStringLiteral("gpt-4o"), kA));
            m->state = ChannelState::DisabledByHealth;
            m->weight = 3;
            return w;
        },
        {QStringLiteral("update-group gpt-4o")},
        [](const Plan &plan, PlannerWorld &w) {
            QCOMPARE(upstreamsOf(findOp(plan, OpKind::UpdateGroup, QStringLiteral("gpt-4o"))),
                     QList<Upstream>{up(l2(QStringLiteral("gpt-4o"), kB), 1)});
            w.apply(plan);
            const L3MemberRecord *m = w.member(QStringLiteral("gpt-4o"), l2(QStringLiteral("gpt-4o"), kA));
            QVERIFY(m);
            QCOMPARE(m->state, ChannelState::DisabledByHealth);
            QCOMPARE(m->weight, 3);
            // Re-enabled: back with the weight it had.
            w.member(QStringLiteral("gpt-4o"), l2(QStringLiteral("gpt-4o"), kA))->state = ChannelState::Active;
            const Plan again = w.plan();
            QCOMPARE(upstreamsOf(findOp(again, OpKind::UpdateGroup, QStringLiteral("gpt-4o"))),
                     (QList<Upstream>{up(l2(QStringLiteral("gpt-4o"), kB), 1), up(l2(QStringLiteral("gpt-4o"), kA), 3)}));
        }});

    out.append(Case{
        "disabled site group counts as a disabled member",
        [] {
            PlannerWorld w = twoSitesConverged();
            w.siteGroup(kB)->state = ChannelState::DisabledByCleanup;
            return w;
        },
        {QStringLiteral("update-group gpt-4o")},
        [](const Plan &plan, PlannerWorld &) {
            // qwen-max's only member is disabled too: it keeps its upstream (last-member rule).
            QVERIFY(!findOp(plan, OpKind::UpdateGroup, QStringLiteral("qwen-max")));
            QVERIFY(plan.warnings.contains(QStringLiteral("qwen-max has no healthy member")));
        }});

    out.append(Case{
        "last member is kept and flagged",
        [] {
            PlannerWorld w = oneInstance();
            w.addSiteGroup(kA, ChannelType::OpenAI, QStringLiteral("a"), {QStringLiteral("gpt-4o")});
            w.converge();
            w.member(QStringLiteral("gpt-4o"), l2(QStringLiteral("gpt-4o"), kA))->state = ChannelState::DisabledByHealth;
            return w;
        },
        {},
        [](const Plan &plan, PlannerWorld &w) {
            QCOMPARE(opSignatures(plan, true), QStringList{QStringLiteral("record gpt-4o")});
            QVERIFY(plan.warnings.contains(QStringLiteral("gpt-4o has no healthy member")));
            w.apply(plan);
            QVERIFY(w.l3(QStringLiteral("gpt-4o"))->noHealthyMember);
            QCOMPARE(w.listedGroup(QStringLiteral("gpt-4o"))->upstreams.size(), 1);
        }});

    out.append(Case{
        "a model served in two formats gets a model group per format",
        [] {
            PlannerWorld w = oneInstance();
            w.addSiteGroup(kA, ChannelType::OpenAI, QStringLiteral("a"), {QStringLiteral("claude-3-5-sonnet")});
            w.addSiteGroup(QStringLiteral("site-c-anthropic"), ChannelType::Anthropic, QStringLiteral("a"),
                           {QStringLiteral("claude-3-5-sonnet"), QStringLiteral("claude-opus-4")});
            w.converge();
            return w;
        },
        {},
        [](const Plan &plan, PlannerWorld &w) {
            // T(M) keeps the plain name; the other format gets `<name>-<format>`.
            QCOMPARE(w.listedGroup(QStringLiteral("claude-3-5-sonnet"))->channelType, QStringLiteral("openai"));
            QCOMPARE(w.listedGroup(QStringLiteral("claude-3-5-sonnet"))->upstreams,
                     QList<Upstream>{up(l2(QStringLiteral("claude-3-5-sonnet"), kA), 1)});
            const GroupInfo *second = w.listedGroup(QStringLiteral("claude-3-5-sonnet-anthropic"));
            QVERIFY(second);
            QCOMPARE(second->channelType, QStringLiteral("anthropic"));
            QCOMPARE(second->testModel, QStringLiteral("claude-3-5-sonnet"));
            QCOMPARE(second->upstreams, QList<Upstream>{up(QStringLiteral("claude-3-5-sonnet-via-site-c-anthropic"), 1)});
            QCOMPARE(w.l3(QStringLiteral("claude-3-5-sonnet-anthropic"))->model, QStringLiteral("claude-3-5-sonnet"));
            // A model served in one format only keeps the plain name in that format.
            QCOMPARE(w.listedGroup(QStringLiteral("claude-opus-4"))->channelType, QStringLiteral("anthropic"));
            QVERIFY(plan.warnings.isEmpty());
            QVERIFY(plan.formatConflicts.isEmpty());
            QStringList providers;
            for (const PlannedProvider &p : plan.providers)
                providers.append(p.l3Name);
            providers.sort();
            QCOMPARE(providers, (QStringList{QStringLiteral("claude-3-5-sonnet"), QStringLiteral("claude-3-5-sonnet-anthropic"),
                                             QStringLiteral("claude-opus-4")}));
        }});

    out.append(Case{
        "a second format whose group name another model owns is reported, not merged",
        [] {
            PlannerWorld w = oneInstance();
            w.addSiteGroup(kA, ChannelType::OpenAI, QStringLiteral("a"),
                           {QStringLiteral("claude-3-5-sonnet"), QStringLiteral("claude-3-5-sonnet-anthropic")});
            w.addSiteGroup(QStringLiteral("site-c-anthropic"), ChannelType::Anthropic, QStringLiteral("a"), {QStringLiteral("claude-3-5-sonnet")});
            w.converge();
            return w;
        },
        {},
        [](const Plan &plan, PlannerWorld &w) {
            QCOMPARE(w.l3(QStringLiteral("claude-3-5-sonnet-anthropic"))->model, QStringLiteral("claude-3-5-sonnet-anthropic"));
            QVERIFY(!w.listedGroup(QStringLiteral("claude-3-5-sonnet-via-site-c-anthropic")));
            // Said on every run, including the ones with nothing to do.
            QCOMPARE(plan.warnings,
                     QStringList{QStringLiteral("claude-3-5-sonnet: its L3 group uses the openai format, so site-c-anthropic "
                                                "(anthropic format) carries none of its traffic")});
        }});

    out.append(Case{
        "the second format's group goes with its last site; the plain-named group stays",
        [] {
            PlannerWorld w = oneInstance();
            w.addSiteGroup(kA, ChannelType::OpenAI, QStringLiteral("a"), {QStringLiteral("claude-3-5-sonnet")});
            w.addSiteGroup(QStringLiteral("site-c-anthropic"), ChannelType::Anthropic, QStringLiteral("a"), {QStringLiteral("claude-3-5-sonnet")});
            w.converge();
            w.state.removedSiteGroups = {w.siteGroup(QStringLiteral("site-c-anthropic"))->id};
            return w;
        },
        {QStringLiteral("delete-group claude-3-5-sonnet-anthropic"), QStringLiteral("delete-group claude-3-5-sonnet-via-site-c-anthropic"),
         QStringLiteral("delete-group site-c-anthropic"), QStringLiteral("remove-provider gptload-claude-3-5-sonnet-anthropic")},
        {}});

    out.append(Case{
        "an L3 whose format went away changes format and keeps its name",
        [] {
            PlannerWorld w = oneInstance();
            w.addSiteGroup(kA, ChannelType::OpenAI, QStringLiteral("a"), {QStringLiteral("claude-3-5-sonnet")});
            w.converge();
            w.addSiteGroup(QStringLiteral("site-c-anthropic"), ChannelType::Anthropic, QStringLiteral("a"), {QStringLiteral("claude-3-5-sonnet")});
            w.state.removedSiteGroups = {w.siteGroup(kA)->id};
            return w;
        },
        {QStringLiteral("create-group claude-3-5-sonnet-via-site-c-anthropic"), QStringLiteral("upload-pool-key claude-3-5-sonnet-via-site-c-anthropic"),
         QStringLiteral("update-group claude-3-5-sonnet"), QStringLiteral("delete-group claude-3-5-sonnet-via-site-a-openai"),
         QStringLiteral("delete-group site-a-openai"), QStringLiteral("upsert-provider gptload-claude-3-5-sonnet")},
        [](const Plan &plan, PlannerWorld &) {
            const PlannedOperation *update = findOp(plan, OpKind::UpdateGroup, QStringLiteral("claude-3-5-sonnet"));
            QVERIFY(update->fields.contains(QStringLiteral("channel_type")));
            QCOMPARE(update->update.toJson().value(QStringLiteral("channel_type")).toString(), QStringLiteral("anthropic"));
            QCOMPARE(update->awaits, QList<int>{findOp(plan, OpKind::CreateGroup, QStringLiteral("claude-3-5-sonnet-via-site-c-anthropic"))->id});
            QCOMPARE(upstreamsOf(update), QList<Upstream>{up(QStringLiteral("claude-3-5-sonnet-via-site-c-anthropic"), 1)});
            QVERIFY(findOp(plan, OpKind::UpsertProvider, QStringLiteral("gptload-claude-3-5-sonnet"))->detail.contains(QStringLiteral("base_url")));
        }});

    out.append(Case{
        "an L2 of another format in an L3's list is removed from it",
        [] {
            PlannerWorld w = oneInstance();
            w.addSiteGroup(kA, ChannelType::OpenAI, QStringLiteral("a"), {QStringLiteral("claude-3-5-sonnet")});
            w.addSiteGroup(QStringLiteral("site-c-anthropic"), ChannelType::Anthropic, QStringLiteral("a"), {QStringLiteral("claude-3-5-sonnet")});
            w.converge();
            // What the original uni-load left: the anthropic L2 inside the openai-format L3.
            w.listedGroup(QStringLiteral("claude-3-5-sonnet"))->upstreams.append(up(QStringLiteral("claude-3-5-sonnet-via-site-c-anthropic"), 2));
            return w;
        },
        {QStringLiteral("update-group claude-3-5-sonnet")},
        [](const Plan &plan, PlannerWorld &) {
            const PlannedOperation *update = findOp(plan, OpKind::UpdateGroup, QStringLiteral("claude-3-5-sonnet"));
            QCOMPARE(upstreamsOf(update), QList<Upstream>{up(l2(QStringLiteral("claude-3-5-sonnet"), kA), 1)});
            QVERIFY(!findOp(plan, OpKind::DeleteGroup, QStringLiteral("claude-3-5-sonnet-via-site-c-anthropic")));
        }});

    out.append(Case{
        "unreachable instance: nothing created elsewhere",
        [] {
            PlannerWorld w;
            w.addInstance(QStringLiteral("a"), 1, false);
            w.addInstance(QStringLiteral("b"), 2);
            w.addSiteGroup(kA, ChannelType::OpenAI, QStringLiteral("b"), {QStringLiteral("gpt-4o")});
            w.converge();  // L2/L3 land on b, the only reachable instance
            w.setReachable(QStringLiteral("a"), true);
            w.setReachable(QStringLiteral("b"), false);
            w.addSiteGroup(QStringLiteral("site-c-openai"), ChannelType::OpenAI, QStringLiteral("a"), {QStringLiteral("gpt-4o")});
            return w;
        },
        {QStringLiteral("create-group gpt-4o-via-site-c-openai"), QStringLiteral("upload-pool-key gpt-4o-via-site-c-openai")},
        [](const Plan &plan, PlannerWorld &w) {
            QCOMPARE(plan.unreachableInstances, QStringList{QStringLiteral("b")});
            QCOMPARE(findOp(plan, OpKind::CreateGroup, QStringLiteral("gpt-4o-via-site-c-openai"))->instanceId, QStringLiteral("a"));
            bool skippedL3 = false;
            for (const SkippedItem &s : plan.skipped)
                skippedL3 = skippedL3 || (s.group == QStringLiteral("gpt-4o") && s.reason.contains(QStringLiteral("unreachable")));
            QVERIFY(skippedL3);
            QVERIFY(plan.providers.size() == 1 && plan.providers.first().existsNow);
            w.apply(plan);
            // b is back: the new member joins the L3 where it lives.
            w.setReachable(QStringLiteral("b"), true);
            const Plan back = w.plan();
            const PlannedOperation *update = findOp(back, OpKind::UpdateGroup, QStringLiteral("gpt-4o"));
            QVERIFY(update);
            QCOMPARE(update->instanceId, QStringLiteral("b"));
            QCOMPARE(upstreamsOf(update), (QList<Upstream>{up(l2(QStringLiteral("gpt-4o"), kA), 1, QStringLiteral("b")),
                                                           up(QStringLiteral("gpt-4o-via-site-c-openai"), 1, QStringLiteral("a"))}));
        }});

    out.append(Case{
        "group name clash skips the second model",
        [] {
            PlannerWorld w = oneInstance();
            w.addSiteGroup(kA, ChannelType::OpenAI, QStringLiteral("a"), {QStringLiteral("gpt-4.1"), QStringLiteral("gpt-4-1")});
            return w;
        },
        {QStringLiteral("create-group gpt-4-1-via-site-a-openai"), QStringLiteral("upload-pool-key gpt-4-1-via-site-a-openai"),
         QStringLiteral("create-group gpt-4-1"), QStringLiteral("upload-pool-key gpt-4-1"), QStringLiteral("upsert-provider gptload-gpt-4-1")},
        [](const Plan &plan, PlannerWorld &) {
            QCOMPARE(plan.clashes.size(), 1);
            QCOMPARE(plan.clashes.first().skippedModel, QStringLiteral("gpt-4-1"));
            QCOMPARE(plan.clashes.first().ownerModel, QStringLiteral("gpt-4.1"));
            QCOMPARE(findOp(plan, OpKind::CreateGroup, QStringLiteral("gpt-4-1"))->create.testModel, QStringLiteral("gpt-4.1"));
        }});

    out.append(Case{
        "identical state gives an empty plan",
        [] { return twoSitesConverged(); },
        {},
        [](const Plan &plan, PlannerWorld &) {
            QVERIFY(plan.isEmpty());
            QCOMPARE(plan.gptLoadOperationCount(), 0);
            QVERIFY(plan.skipped.isEmpty());
            QCOMPARE(plan.providers.size(), 3);
        }});

    out.append(Case{
        "upstreams we did not create are kept",
        [] {
            PlannerWorld w = twoSitesConverged();
            GroupInfo *g = w.listedGroup(QStringLiteral("gpt-4o"));
            QJsonObject raw = g->raw;
            QJsonArray ups = raw.value(QStringLiteral("upstreams")).toArray();
            ups.prepend(QJsonObject{{QStringLiteral("url"), QStringLiteral("https://mirror.example/v1")}, {QStringLiteral("weight"), 2}});
            raw.insert(QStringLiteral("upstreams"), ups);
            *g = GroupInfo::fromJson(raw).value();
            w.siteGroup(kB)->models = {QStringLiteral("qwen-max")};
            return w;
        },
        {QStringLiteral("update-group gpt-4o"), QStringLiteral("delete-group gpt-4o-via-site-b-openai")},
        [](const Plan &plan, PlannerWorld &) {
            QCOMPARE(upstreamsOf(findOp(plan, OpKind::UpdateGroup, QStringLiteral("gpt-4o"))),
                     (QList<Upstream>{Upstream{QStringLiteral("https://mirror.example/v1"), 2}, up(l2(QStringLiteral("gpt-4o"), kA), 1)}));
        }});

    out.append(Case{
        "layer settings change updates config only",
        [] {
            PlannerWorld w = oneInstance();
            w.addSiteGroup(kA, ChannelType::OpenAI, QStringLiteral("a"), {QStringLiteral("gpt-4o")});
            w.converge();
            w.state.settings.l3.maxRetries = 5;
            w.state.settings.l2.maxRetries = 1;
            return w;
        },
        {QStringLiteral("update-group gpt-4o-via-site-a-openai"), QStringLiteral("update-group gpt-4o")},
        [](const Plan &plan, PlannerWorld &) {
            const PlannedOperation *op = findOp(plan, OpKind::UpdateGroup, QStringLiteral("gpt-4o"));
            QCOMPARE(op->fields, QStringList{QStringLiteral("config")});
            QCOMPARE(op->update.toJson().value(QStringLiteral("config")).toObject().value(QStringLiteral("max_retries")).toInt(), 5);
            QVERIFY(!op->setsUpstreams);
        }});

    out.append(Case{
        "a foreign group holding the L3 name blocks the model",
        [] {
            PlannerWorld w = oneInstance();
            w.addListedGroup(QStringLiteral("a"), QJsonObject{{QStringLiteral("name"), QStringLiteral("gpt-4o")},
                                                              {QStringLiteral("sort"), 0},
                                                              {QStringLiteral("test_model"), QStringLiteral("other")},
                                                              {QStringLiteral("channel_type"), QStringLiteral("openai")}});
            w.addSiteGroup(kA, ChannelType::OpenAI, QStringLiteral("a"), {QStringLiteral("gpt-4o"), QStringLiteral("deepseek-chat")});
            return w;
        },
        {QStringLiteral("create-group deepseek-chat-via-site-a-openai"), QStringLiteral("upload-pool-key deepseek-chat-via-site-a-openai"),
         QStringLiteral("create-group deepseek-chat"), QStringLiteral("upload-pool-key deepseek-chat"),
         QStringLiteral("upsert-provider gptload-deepseek-chat")},
        [](const Plan &plan, PlannerWorld &) {
            QCOMPARE(plan.skipped.size(), 1);
            QVERIFY(plan.skipped.first().reason.contains(QStringLiteral("does not own")));
        }});

    out.append(Case{
        "scope limits the run to its models",
        [] {
            PlannerWorld w = oneInstance();
            w.addSiteGroup(kA, ChannelType::OpenAI, QStringLiteral("a"), {QStringLiteral("gpt-4o"), QStringLiteral("deepseek-chat")});
            w.state.scope = ReconcileScope::forModels({QStringLiteral("deepseek-chat")});
            return w;
        },
        {QStringLiteral("create-group deepseek-chat-via-site-a-openai"), QStringLiteral("upload-pool-key deepseek-chat-via-site-a-openai"),
         QStringLiteral("create-group deepseek-chat"), QStringLiteral("upload-pool-key deepseek-chat"),
         QStringLiteral("upsert-provider gptload-deepseek-chat")},
        {},
        false});  // gpt-4o is planned once the scope is lifted

    out.append(Case{
        "groups created but not recorded are adopted",
        [] {
            PlannerWorld w = oneInstance();
            w.addSiteGroup(kA, ChannelType::OpenAI, QStringLiteral("a"), {QStringLiteral("gpt-4o")});
            w.converge();
            w.state.l2Groups.clear();
            w.state.l3Groups.clear();
            w.state.members.clear();
            return w;
        },
        // No record means no proof that the hop key is in the pools: uploaded again (idempotent).
        {QStringLiteral("upload-pool-key gpt-4o-via-site-a-openai"), QStringLiteral("upload-pool-key gpt-4o")},
        [](const Plan &plan, PlannerWorld &w) {
            QCOMPARE(plan.summary().create, 0);
            QVERIFY(opSignatures(plan, true).contains(QStringLiteral("record gpt-4o")));
            w.apply(plan);
            QCOMPARE(w.state.l2Groups.size(), 1);
            QCOMPARE(w.state.l3Groups.size(), 1);
            QCOMPARE(w.state.members.size(), 1);
        }});

    out.append(Case{
        "group deleted behind our back is recreated with its pool key",
        [] {
            PlannerWorld w = oneInstance();
            w.addSiteGroup(kA, ChannelType::OpenAI, QStringLiteral("a"), {QStringLiteral("gpt-4o")});
            w.converge();
            w.state.listings[QStringLiteral("a")].removeIf([](const GroupInfo &g) { return g.name == QStringLiteral("gpt-4o"); });
            return w;
        },
        {QStringLiteral("create-group gpt-4o"), QStringLiteral("upload-pool-key gpt-4o")},
        {}});

    out.append(Case{
        "hop key missing from proxy_keys of L1 and L2",
        [] {
            PlannerWorld w = oneInstance();
            w.addSiteGroup(kA, ChannelType::OpenAI, QStringLiteral("a"), {QStringLiteral("gpt-4o")});
            w.converge();
            for (const QString &name : {kA, l2(QStringLiteral("gpt-4o"), kA)}) {
                GroupInfo *g = w.listedGroup(name);
                QJsonObject raw = g->raw;
                raw.insert(QStringLiteral("proxy_keys"), QStringLiteral("sk-someone-else"));
                *g = GroupInfo::fromJson(raw).value();
            }
            return w;
        },
        {QStringLiteral("update-group site-a-openai"), QStringLiteral("update-group gpt-4o-via-site-a-openai")},
        [](const Plan &plan, PlannerWorld &) {
            const QJsonObject body = findOp(plan, OpKind::UpdateGroup, kA)->update.toJson();
            QCOMPARE(body.keys(), QStringList{QStringLiteral("proxy_keys")});
            QCOMPARE(body.value(QStringLiteral("proxy_keys")).toString(), QStringLiteral("sk-someone-else,") + kHop);
        }});

    out.append(Case{
        "URLs on the wrong instance are repaired, weights kept",
        [] {
            PlannerWorld w;
            w.addInstance(QStringLiteral("a"), 1);
            w.addInstance(QStringLiteral("b"), 2);
            w.addSiteGroup(kA, ChannelType::OpenAI, QStringLiteral("b"), {QStringLiteral("gpt-4o")});
            w.converge();
            // The original built L3 URLs from the site group's instance and L2 URLs from the
            // first healthy one.
            GroupInfo *l3 = w.listedGroup(QStringLiteral("gpt-4o"));
            QJsonObject raw = l3->raw;
            raw.insert(QStringLiteral("upstreams"), QJsonArray{up(l2(QStringLiteral("gpt-4o"), kA), 4, QStringLiteral("b")).toJson()});
            *l3 = GroupInfo::fromJson(raw).value();
            GroupInfo *l2g = w.listedGroup(l2(QStringLiteral("gpt-4o"), kA));
            raw = l2g->raw;
            raw.insert(QStringLiteral("upstreams"), QJsonArray{up(kA, 1, QStringLiteral("a")).toJson()});
            *l2g = GroupInfo::fromJson(raw).value();
            return w;
        },
        {QStringLiteral("update-group gpt-4o-via-site-a-openai"), QStringLiteral("update-group gpt-4o")},
        [](const Plan &plan, PlannerWorld &) {
            QCOMPARE(upstreamsOf(findOp(plan, OpKind::UpdateGroup, l2(QStringLiteral("gpt-4o"), kA))),
                     QList<Upstream>{up(kA, 1, QStringLiteral("b"))});
            QCOMPARE(upstreamsOf(findOp(plan, OpKind::UpdateGroup, QStringLiteral("gpt-4o"))),
                     QList<Upstream>{up(l2(QStringLiteral("gpt-4o"), kA), 4)});
        }});

    out.append(Case{
        "adoption key migration removes admin keys after the hop key",
        [] {
            PlannerWorld w = oneInstance();
            w.addSiteGroup(kA, ChannelType::OpenAI, QStringLiteral("a"), {QStringLiteral("gpt-4o")});
            w.converge();
            w.state.migrateAdminKeys = true;
            w.state.adminTokens = {QStringLiteral("admin-token-a")};
            return w;
        },
        {QStringLiteral("delete-pool-key gpt-4o-via-site-a-openai"), QStringLiteral("delete-pool-key gpt-4o")},
        [](const Plan &plan, PlannerWorld &) {
            QCOMPARE(findOp(plan, OpKind::DeletePoolKey, QStringLiteral("gpt-4o"))->keys.first().reveal(), QStringLiteral("admin-token-a"));
            for (const PlannedOperation &op : plan.operations)
                QVERIFY(!op.detail.contains(QStringLiteral("admin-token-a")));
        },
        false});  // migration stays requested in this world, so it would plan the removal again

    out.append(Case{
        "provider operations follow api.yaml",
        [] {
            PlannerWorld w = twoSitesConverged();
            w.state.currentProviders = QList<CurrentProvider>{
                CurrentProvider{QStringLiteral("gptload-gpt-4o"), QStringLiteral("http://a-uni:3001/proxy/gpt-4o/v1/chat/completions"),
                                {QStringLiteral("gpt-4o")}, false},
                CurrentProvider{QStringLiteral("gptload-old-model"), QStringLiteral("http://a-uni:3001/proxy/old-model/v1/chat/completions"),
                                {QStringLiteral("old-model")}, false},
                CurrentProvider{QStringLiteral("gptload-qwen-max"), QStringLiteral("http://elsewhere/proxy/qwen-max"),
                                {QStringLiteral("qwen-max")}, true}};
            return w;
        },
        {QStringLiteral("upsert-provider gptload-deepseek-chat"), QStringLiteral("remove-provider gptload-old-model")},
        [](const Plan &plan, PlannerWorld &) {
            QVERIFY(plan.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("gptload-qwen-max is reserved")));
        },
        false});  // the hand-written entry keeps its name reserved
    return out;
}

} // namespace

class TestLayersPlanner : public QObject
{
    Q_OBJECT

private slots:
    void plans_data();
    void plans();
    void teardownDeletesEveryManagedGroup();
};

void TestLayersPlanner::plans_data()
{
    QTest::addColumn<int>("index");
    const QList<Case> all = cases();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(all.at(i).name) << i;
}

void TestLayersPlanner::plans()
{
    QFETCH(int, index);
    const Case c = cases().at(index);
    PlannerWorld world = c.world();
    const Plan plan = world.plan();
    QCOMPARE(opSignatures(plan), c.expectedOps);
    // Dependencies always point backwards (the executor relies on a topological order).
    for (const PlannedOperation &op : plan.operations) {
        for (int d : op.dependsOn + op.awaits)
            QVERIFY2(d < op.id, qPrintable(op.group));
    }
    if (c.check) {
        PlannerWorld checked = world;
        c.check(plan, checked);
        if (QTest::currentTestFailed())
            return;
    }
    if (c.convergesAfterApply) {
        world.apply(plan);
        const Plan next = world.plan();
        QVERIFY2(next.isEmpty(), qPrintable(opSignatures(next, true).join(QStringLiteral(", "))));
    }
}

void TestLayersPlanner::teardownDeletesEveryManagedGroup()
{
    PlannerWorld w = twoSitesConverged();
    const Plan plan = planTeardown(w.input());
    QStringList deletes;
    for (const PlannedOperation &op : plan.operations) {
        if (op.kind == OpKind::DeleteGroup)
            deletes.append(op.group);
    }
    QCOMPARE(deletes.size(), 7);  // 3 L3 + 4 L2, never an L1
    QVERIFY(!deletes.contains(kA) && !deletes.contains(kB));
    const PlannedOperation *l2Delete = findOp(plan, OpKind::DeleteGroup, l2(QStringLiteral("gpt-4o"), kA));
    QCOMPARE(l2Delete->dependsOn, QList<int>{findOp(plan, OpKind::DeleteGroup, QStringLiteral("gpt-4o"))->id});
    w.apply(plan);
    QVERIFY(w.state.l2Groups.isEmpty());
    QVERIFY(w.state.l3Groups.isEmpty());
    QVERIFY(w.state.currentProviders->isEmpty());
    QCOMPARE(w.state.siteGroups.size(), 2);
}

QTEST_GUILESS_MAIN(TestLayersPlanner)
#include "tst_layers_planner.moc"
