#include "core/api/routes.h"

namespace ul {

void registerAllRoutes(Router &router, const ApiContext &ctx)
{
    registerStatusRoutes(router, ctx);
    registerLayerRoutes(router, ctx);
    registerSiteRoutes(router, ctx);
}

} // namespace ul
