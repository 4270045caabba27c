#include "core/api/routes.h"

namespace ul {

void registerAllRoutes(Router &router, const ApiContext &ctx)
{
    registerStatusRoutes(router, ctx);
}

} // namespace ul
