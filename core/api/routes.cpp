#include "core/api/routes.h"

namespace ul {

void registerAllRoutes(Router &router, const ApiContext &ctx)
{
    registerStatusRoutes(router, ctx);
    registerSiteRoutes(router, ctx);
}

} // namespace ul
