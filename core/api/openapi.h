#pragma once

#include "core/api/router.h"

#include <QJsonObject>

namespace ul {

// OpenAPI 3.0 description of every route registered on `router` (GET /api/openapi.json).
// Summaries, bodies, parameters and answers come from the table in openapidocs.cpp; a route
// missing there is still listed, with a bare summary.
QJsonObject openApiDocument(const Router &router, const QString &version);

} // namespace ul
