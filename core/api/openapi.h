#pragma once

#include "core/api/router.h"

#include <QJsonObject>

namespace ul {

// OpenAPI 3.0 description of every route registered on `router` (GET /api/openapi.json).
// Summaries come from the table in openapi.cpp; a route missing there is still listed.
QJsonObject openApiDocument(const Router &router, const QString &version);

} // namespace ul
