// Routes: rotation of the hop and gateway proxy keys (uni-load-behaviour.md §1.2). Answers carry
// masked previews only, never the keys themselves.
#include "core/api/routehelpers.h"
#include "core/api/routes.h"
#include "core/engine/engine.h"

namespace ul {

using namespace RouteHelpers;

namespace {

struct RotateChoice
{
    bool hop = false;
    bool gateway = false;
};

// {hop?, gateway?}: absent or null → false; anything but a JSON boolean → Validation.
Result<RotateChoice> parseRotateChoice(const QJsonObject &body)
{
    RotateChoice choice;
    for (const auto &[field, target] : {std::pair{QStringLiteral("hop"), &choice.hop}, std::pair{QStringLiteral("gateway"), &choice.gateway}}) {
        if (std::optional<Error> wrong = readBool(body, field, false, target))
            return *wrong;
    }
    return choice;
}

} // namespace

void registerKeyRoutes(Router &router, const ApiContext &ctx)
{
    // POST /api/proxy-keys/rotate {hop?:bool, gateway?:bool} → {success, message,
    // data:{hopKeyPreview, gatewayKeyPreview}} once the rotation job is done; 400 when neither
    // key is chosen or a field is not a boolean.
    router.post(QStringLiteral("/api/proxy-keys/rotate"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        const Result<RotateChoice> choice = parseRotateChoice(body);
        if (!choice.ok()) {
            reply(errorResponse(choice.error(), req));
            return;
        }
        replyWith(ctx.engine->rotateProxyKeys(choice->hop, choice->gateway), ctx, req, reply, [req](const ProxyKeys &keys) {
            return envelope(localized(req, QStringLiteral("proxy keys rotated"), QStringLiteral("代理密钥已轮换")), proxyKeyPreviews(keys));
        });
    });
}

} // namespace ul
