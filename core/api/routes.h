#pragma once

#include "core/api/router.h"

namespace ul {

struct ApiContext;

// Each area registers its routes; handlers start with a comment naming what they accept and return.
void registerStatusRoutes(Router &router, const ApiContext &ctx);
void registerLayerRoutes(Router &router, const ApiContext &ctx);
void registerSiteRoutes(Router &router, const ApiContext &ctx);

// GET /metrics; registered by the caller on the API server or a separate metrics server.
class ApiTrafficStats;
void registerMetricsRoute(Router &router, const ApiContext &ctx, ApiTrafficStats *traffic);

// Every route of the application.
void registerAllRoutes(Router &router, const ApiContext &ctx);

} // namespace ul
