// Routes: the model × site view of the layers (what the desktop's Models page shows), the
// operator's weights of L3 members and the weight optimization, for headless servers and scripts.
#include "core/api/routehelpers.h"
#include "core/api/routes.h"
#include "core/engine/engine.h"
#include "core/engine/modelmatrix.h"

#include <QHash>
#include <QJsonArray>
#include <QPair>

#include <limits>

namespace ul {

using namespace RouteHelpers;

namespace {

constexpr int kMaxWeightChanges = 1000;

// One requested weight, named as an operator sees it: the model group (L3) and the site group
// (L1) whose L2 is its member.
struct NamedWeight
{
    QString modelGroup;
    QString siteGroup;
    int weight = 0;
};

// {weights:[{modelGroup, siteGroup, weight}]}: a non-empty array of at most kMaxWeightChanges
// objects with two non-empty strings and a whole number (its range is checked with the members).
Result<QList<NamedWeight>> parseWeights(const QJsonObject &body)
{
    const QJsonValue list = body.value(QStringLiteral("weights"));
    if (!list.isArray() || list.toArray().isEmpty())
        return Error::validation(QStringLiteral("weights"), QStringLiteral("weights must be a non-empty array of {modelGroup, siteGroup, weight}"));
    if (list.toArray().size() > kMaxWeightChanges)
        return Error::validation(QStringLiteral("weights"), QStringLiteral("at most %1 weights per request").arg(kMaxWeightChanges));
    QList<NamedWeight> out;
    int index = 0;
    for (const QJsonValue &v : list.toArray()) {
        const QString at = QStringLiteral("weights[%1]").arg(index++);
        if (!v.isObject())
            return Error::validation(at, QStringLiteral("%1 must be an object").arg(at));
        const QJsonObject o = v.toObject();
        NamedWeight w;
        for (const auto &[field, target] : {std::pair{QStringLiteral("modelGroup"), &w.modelGroup}, std::pair{QStringLiteral("siteGroup"), &w.siteGroup}}) {
            const QJsonValue value = o.value(field);
            if (!value.isString() || value.toString().trimmed().isEmpty())
                return Error::validation(at + QLatin1Char('.') + field, QStringLiteral("%1.%2 must be a non-empty string").arg(at, field));
            *target = value.toString().trimmed();
        }
        const QJsonValue weight = o.value(QStringLiteral("weight"));
        const double number = weight.toDouble(-1);
        if (!weight.isDouble() || number != double(qint64(number)) || number < 1 || number > kMaxMemberWeight)
            return Error::validation(at + QStringLiteral(".weight"),
                                     QStringLiteral("%1.weight must be a whole number from 1 to %2").arg(at).arg(kMaxMemberWeight));
        w.weight = int(number);
        out.append(w);
    }
    return out;
}

// The member ids of the named weights; NotFound naming the first one that is not a member.
Result<QList<MemberWeightChange>> resolveWeights(const ModelMatrix &matrix, const QList<NamedWeight> &weights)
{
    QHash<QPair<QString, QString>, const ModelSiteCell *> members;  // (model group, site group) → member
    for (const ModelRow &row : matrix.models) {
        for (const ModelSiteCell &c : row.cells) {
            if (c.member)
                members.insert(qMakePair(c.l3Name, c.siteGroup), &c);
        }
    }
    QList<MemberWeightChange> out;
    for (const NamedWeight &w : weights) {
        const ModelSiteCell *found = members.value(qMakePair(w.modelGroup, w.siteGroup), nullptr);
        if (!found)
            return Error::notFound(QStringLiteral("site group %1 is not a member of model group %2").arg(w.siteGroup, w.modelGroup));
        out.append(MemberWeightChange{found->l3Id, found->l2Id, w.weight});
    }
    return out;
}

} // namespace

void registerModelRoutes(Router &router, const ApiContext &ctx)
{
    // GET /api/models?q=&offset=&limit= → {models:[{model, groups:[…], channels:[…]}],
    // matchingModels, offset, totalModels, siteGroups}: every model with its L3 groups (one per
    // format) and, per site group offering it, the L2, membership, weight and state; `q` keeps the
    // models whose name contains it; `offset`/`limit` page through them (all without a limit).
    router.get(QStringLiteral("/api/models"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        const QString filter = req.queryValue(QStringLiteral("q")).trimmed();
        const Result<int> offset = boundedQueryValue(req, QStringLiteral("offset"), 0, std::numeric_limits<int>::max(), 0);
        const Result<int> limit = boundedQueryValue(req, QStringLiteral("limit"), 1, 100000, -1);
        for (const Result<int> *r : {&offset, &limit}) {
            if (!r->ok()) {
                reply(errorResponse(r->error(), req));
                return;
            }
        }
        replyWith(loadModelMatrix(ctx.engine), ctx, req, reply,
                  [filter, offset = offset.value(), limit = limit.value()](const ModelMatrix &m) { return m.toJson(filter, offset, limit); });
    });

    // PUT /api/models/weights {weights:[{modelGroup, siteGroup, weight}]} → {success, message,
    // data:{changed, models, reconcile?, errors?}} once the weights are stored (as the operator's:
    // later onboarding and sync keep them) and applied to gpt-load. 400 invalid, 404 not a member.
    router.put(QStringLiteral("/api/models/weights"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        const Result<QList<NamedWeight>> weights = parseWeights(body);
        if (!weights.ok()) {
            reply(errorResponse(weights.error(), req));
            return;
        }
        deliverTo(loadModelMatrix(ctx.engine), ctx.receiver, [ctx, req, reply, named = weights.value()](const Result<ModelMatrix> &matrix) {
            if (!matrix.ok()) {
                reply(errorResponse(matrix.error(), req));
                return;
            }
            const Result<QList<MemberWeightChange>> changes = resolveWeights(matrix.value(), named);
            if (!changes.ok()) {
                reply(errorResponse(changes.error(), req));
                return;
            }
            replyWith(ctx.engine->setMemberWeights(changes.value()), ctx, req, reply, [req](const MemberWeightResult &r) {
                return envelope(localized(req, QStringLiteral("%1 weight(s) saved").arg(r.changed), QStringLiteral("已保存 %1 个权重").arg(r.changed)),
                                r.toJson());
            });
        });
    });

    // POST /api/models/weights/optimize {dryRun?, includeOperatorWeights?} → {success, message,
    // data:{changed, models, proposals:[…], reconcile?, errors?, …}}: the weight optimization now
    // (uni-load-behaviour.md §12.2), whether its daily loop is on or not. A dry run only proposes.
    // 409 while a run is queued or running; ?async=1 → 202 {jobId} (not for a dry run).
    router.post(QStringLiteral("/api/models/weights/optimize"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        if (const std::optional<Error> bad = misspeltField(body, {QStringLiteral("dryRun"), QStringLiteral("includeOperatorWeights")})) {
            reply(errorResponse(*bad, req));
            return;
        }
        WeightOptimizationRequest request;
        request.trigger = QStringLiteral("manual");
        for (const auto &[field, target] : {std::pair{QStringLiteral("dryRun"), &request.dryRun},
                                            std::pair{QStringLiteral("includeOperatorWeights"), &request.includeOperatorWeights}}) {
            if (const std::optional<Error> bad = readBool(body, field, false, target)) {
                reply(errorResponse(*bad, req));
                return;
            }
        }
        if (req.wantsAsync() && !request.dryRun) {
            replyJobStarted(ctx.engine->startOptimizeWeights(request), ctx, req, reply);
            return;
        }
        replyWith(ctx.engine->optimizeWeights(request), ctx, req, reply, [req](const WeightOptimizationReport &r) {
            const QString en = r.dryRun ? QStringLiteral("%1 weight(s) would change").arg(r.changed) : QStringLiteral("%1 weight(s) changed").arg(r.changed);
            const QString zh = r.dryRun ? QStringLiteral("将调整 %1 个权重").arg(r.changed) : QStringLiteral("已调整 %1 个权重").arg(r.changed);
            return envelope(localized(req, en, zh), r.toJson());
        });
    });
}

} // namespace ul
