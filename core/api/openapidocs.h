#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// What GET /api/openapi.json says about each route beyond its method and path: summary, the JSON
// body fields and query parameters its handler reads, and the answers it gives. A table, so that
// a route's documentation is one entry next to the others; openapi.cpp turns it into OpenAPI 3.
namespace ul::OpenApiDocs {

enum Presence : bool { Optional = false, Required = true };

// One field of a JSON request body, or one query or path parameter.
struct Field
{
    const char *name;
    // "string", "integer", "number", "boolean", "object", "date-time", "string[]";
    // "integer:1..10" / "number:0.." add bounds; "enum:a|b" is a string with those values,
    // "enum[]:a|b" an array of them; text starting with '{' is a JSON schema used as it is.
    const char *type;
    Presence presence;
    const char *description;
};

// A status a route answers beyond the common ones (200, 400, 401, 413, 415).
struct Status
{
    int code;
    const char *description;
};

struct RouteDoc
{
    const char *tag;
    const char *summary;
    const char *result = nullptr;  // the success answer's shape; nullptr: "JSON result"
    QList<Field> body;             // fields the handler reads from a JSON object body; empty: no body
    QList<Field> query;            // query parameters the handler reads (besides ?async=1)
    QList<Field> path;             // descriptions of the pattern's ":name" segments
    QList<Status> errors;
    int success = 200;
    bool async = false;            // ?async=1 answers 202 {success, jobId, statusUrl}
    bool bodyRequired = false;     // also when no single field is: an empty body answers 400
    bool closedBody = false;       // an unknown body field answers 400
    bool bodyOrList = false;       // the body may also be an array of such objects
    QJsonObject (*bodySchema)() = nullptr;  // a body built from a registry instead of `body`
};

// "METHOD /openapi/{path}" → documentation.
const QHash<QString, RouteDoc> &routeDocs();

} // namespace ul::OpenApiDocs
