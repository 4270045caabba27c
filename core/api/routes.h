#pragma once

#include "core/api/router.h"

namespace ul {

struct ApiContext;

// Each area registers its routes; handlers start with a comment naming what they accept and return.
void registerStatusRoutes(Router &router, const ApiContext &ctx);
void registerLayerRoutes(Router &router, const ApiContext &ctx);
void registerSiteRoutes(Router &router, const ApiContext &ctx);

// Every route of the application.
void registerAllRoutes(Router &router, const ApiContext &ctx);

} // namespace ul
