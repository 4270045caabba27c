#include "core/api/openapi.h"

#include "core/api/openapidocs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ul {

namespace {

using OpenApiDocs::Field;
using OpenApiDocs::RouteDoc;

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QJsonObject ref(const QString &kind, const QString &name)
{
    return {{QStringLiteral("$ref"), QStringLiteral("#/components/%1/%2").arg(kind, name)}};
}

QJsonObject typeSchema(const QString &type)
{
    return {{QStringLiteral("type"), type}};
}

QJsonObject enumSchema(const QString &choices)
{
    QJsonObject s = typeSchema(QStringLiteral("string"));
    s.insert(QStringLiteral("enum"), QJsonArray::fromStringList(choices.split(QLatin1Char('|'))));
    return s;
}

QJsonObject arrayOf(const QJsonObject &items)
{
    return {{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), items}};
}

// The short type forms of OpenApiDocs::Field as a JSON schema.
QJsonObject fieldSchema(const Field &field)
{
    const QString type = text(field.type);
    QJsonObject s;
    if (type.startsWith(QLatin1Char('{'))) {
        s = QJsonDocument::fromJson(type.toUtf8()).object();
    } else if (type.startsWith(QLatin1String("enum[]:"))) {
        s = arrayOf(enumSchema(type.mid(7)));
    } else if (type.startsWith(QLatin1String("enum:"))) {
        s = enumSchema(type.mid(5));
    } else if (type == QLatin1String("string[]")) {
        s = arrayOf(typeSchema(QStringLiteral("string")));
    } else if (type == QLatin1String("date-time")) {
        s = typeSchema(QStringLiteral("string"));
        s.insert(QStringLiteral("format"), QStringLiteral("date-time"));
    } else {
        const qsizetype colon = type.indexOf(QLatin1Char(':'));  // "integer:1..10"
        s = typeSchema(type.left(colon));
        if (colon >= 0) {
            const QStringList bounds = type.mid(colon + 1).split(QStringLiteral(".."));
            if (!bounds.value(0).isEmpty())
                s.insert(QStringLiteral("minimum"), bounds.value(0).toDouble());
            if (!bounds.value(1).isEmpty())
                s.insert(QStringLiteral("maximum"), bounds.value(1).toDouble());
        }
    }
    if (field.description)
        s.insert(QStringLiteral("description"), text(field.description));
    return s;
}

QJsonObject bodySchema(const RouteDoc &doc)
{
    if (doc.bodySchema)
        return doc.bodySchema();
    QJsonObject properties;
    QJsonArray required;
    for (const Field &f : doc.body) {
        properties.insert(text(f.name), fieldSchema(f));
        if (f.presence == OpenApiDocs::Required)
            required.append(text(f.name));
    }
    QJsonObject s{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), properties}};
    if (!required.isEmpty())
        s.insert(QStringLiteral("required"), required);
    if (doc.closedBody)
        s.insert(QStringLiteral("additionalProperties"), false);
    if (!doc.bodyOrList)
        return s;
    QJsonObject list = arrayOf(s);
    list.insert(QStringLiteral("minItems"), 1);
    return {{QStringLiteral("oneOf"), QJsonArray{s, list}}};
}

QJsonObject requestBody(const QJsonObject &schema, bool required)
{
    return {{QStringLiteral("required"), required},
            {QStringLiteral("content"), QJsonObject{{QStringLiteral("application/json"), QJsonObject{{QStringLiteral("schema"), schema}}}}}};
}

QJsonObject parameter(const Field &field, const QString &in)
{
    QJsonObject schema = fieldSchema(field);
    const QJsonValue description = schema.take(QStringLiteral("description"));
    QJsonObject p{{QStringLiteral("name"), text(field.name)},
                  {QStringLiteral("in"), in},
                  {QStringLiteral("required"), in == QLatin1String("path") || field.presence == OpenApiDocs::Required},
                  {QStringLiteral("schema"), schema}};
    if (description.isString())
        p.insert(QStringLiteral("description"), description);
    return p;
}

// ":name" segments become "{name}" with a path parameter, described by the table when it can.
QString openApiPath(const QString &pattern, const RouteDoc *doc, QJsonArray *parameters)
{
    static const QRegularExpression param(QStringLiteral(":([A-Za-z_][A-Za-z0-9_]*)"));
    QString out = pattern;
    auto it = param.globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        const QByteArray name = m.captured(1).toUtf8();
        Field field{name.constData(), "string", OpenApiDocs::Required, nullptr};
        if (doc) {
            for (const Field &f : doc->path) {
                if (name == f.name)
                    field = f;
            }
        }
        parameters->append(parameter(field, QStringLiteral("path")));
        out.replace(m.captured(0), QLatin1Char('{') + m.captured(1) + QLatin1Char('}'));
    }
    return out;
}

QJsonObject errorResponse(const QString &description)
{
    return {{QStringLiteral("description"), description},
            {QStringLiteral("content"),
             QJsonObject{{QStringLiteral("application/json"), QJsonObject{{QStringLiteral("schema"), ref(QStringLiteral("schemas"), QStringLiteral("Error"))}}}}}};
}

QJsonObject responses(const Router::RouteInfo &route, const RouteDoc *doc)
{
    QJsonObject out;
    out.insert(QString::number(doc ? doc->success : 200),
               QJsonObject{{QStringLiteral("description"), doc && doc->result ? text(doc->result) : QStringLiteral("JSON result")}});
    if (doc && doc->async)
        out.insert(QStringLiteral("202"), ref(QStringLiteral("responses"), QStringLiteral("JobStarted")));
    out.insert(QStringLiteral("400"), ref(QStringLiteral("responses"), QStringLiteral("BadRequest")));
    if (route.requiresAuth)
        out.insert(QStringLiteral("401"), ref(QStringLiteral("responses"), QStringLiteral("Unauthorized")));
    // Any request may carry a body, which the server checks before the route runs; listed where
    // clients send one.
    if (route.method != QLatin1String("GET")) {
        out.insert(QStringLiteral("413"), ref(QStringLiteral("responses"), QStringLiteral("PayloadTooLarge")));
        out.insert(QStringLiteral("415"), ref(QStringLiteral("responses"), QStringLiteral("UnsupportedMediaType")));
    }
    if (doc) {
        for (const OpenApiDocs::Status &s : doc->errors)
            out.insert(QString::number(s.code), errorResponse(text(s.description)));
    }
    return out;
}

QJsonObject operation(const Router::RouteInfo &route, const QString &key, const RouteDoc *doc, QJsonArray parameters)
{
    QJsonObject op{{QStringLiteral("summary"), doc ? text(doc->summary) : key},
                   {QStringLiteral("tags"), QJsonArray{doc ? text(doc->tag) : QStringLiteral("other")}},
                   {QStringLiteral("responses"), responses(route, doc)}};
    if (doc) {
        for (const Field &f : doc->query)
            parameters.append(parameter(f, QStringLiteral("query")));
        if (doc->async)
            parameters.append(ref(QStringLiteral("parameters"), QStringLiteral("Async")));
    }
    if (!parameters.isEmpty())
        op.insert(QStringLiteral("parameters"), parameters);
    if (!route.requiresAuth)  // GET /api/health, the web console's login (POST /api/session), …
        op.insert(QStringLiteral("security"), QJsonArray());
    const bool writes = route.method == QLatin1String("POST") || route.method == QLatin1String("PUT");
    if (doc && (!doc->body.isEmpty() || doc->bodySchema)) {
        bool required = doc->bodyRequired;
        for (const Field &f : doc->body)
            required = required || f.presence == OpenApiDocs::Required;
        op.insert(QStringLiteral("requestBody"), requestBody(bodySchema(*doc), required));
    } else if (!doc && writes) {
        op.insert(QStringLiteral("requestBody"), requestBody(typeSchema(QStringLiteral("object")), false));  // undocumented: unknown
    }
    // A documented route without body fields reads no body: no requestBody.
    return op;
}

QJsonObject components()
{
    const QJsonObject string = typeSchema(QStringLiteral("string"));
    const QJsonObject error{{QStringLiteral("type"), QStringLiteral("object")},
                            {QStringLiteral("required"), QJsonArray{QStringLiteral("error"), QStringLiteral("code")}},
                            {QStringLiteral("properties"),
                             QJsonObject{{QStringLiteral("success"), QJsonObject{{QStringLiteral("type"), QStringLiteral("boolean")}, {QStringLiteral("enum"), QJsonArray{false}}}},
                                         {QStringLiteral("error"), string},
                                         {QStringLiteral("message"), string},
                                         {QStringLiteral("code"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                                              {QStringLiteral("description"), QStringLiteral("stable, never translated")}}},
                                         {QStringLiteral("field"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                                               {QStringLiteral("description"), QStringLiteral("the body field or parameter at fault")}}},
                                         {QStringLiteral("details"), typeSchema(QStringLiteral("object"))}}}};
    const QJsonObject jobStarted{{QStringLiteral("type"), QStringLiteral("object")},
                                 {QStringLiteral("properties"),
                                  QJsonObject{{QStringLiteral("success"), typeSchema(QStringLiteral("boolean"))},
                                              {QStringLiteral("jobId"), string},
                                              {QStringLiteral("statusUrl"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                                                        {QStringLiteral("example"), QStringLiteral("/api/jobs/<jobId>")}}}}}};
    QJsonObject jobResponse{{QStringLiteral("description"), QStringLiteral("?async=1: the job is queued; poll GET /api/jobs/{id}")},
                            {QStringLiteral("content"), QJsonObject{{QStringLiteral("application/json"),
                                                                     QJsonObject{{QStringLiteral("schema"), ref(QStringLiteral("schemas"), QStringLiteral("JobStarted"))}}}}}};
    const QJsonObject responses{
        {QStringLiteral("JobStarted"), jobResponse},
        {QStringLiteral("BadRequest"), errorResponse(QStringLiteral("invalid input (field named in `field`), or malformed JSON (code INVALID_JSON)"))},
        {QStringLiteral("Unauthorized"), errorResponse(QStringLiteral("missing or invalid API token (code UNAUTHORIZED)"))},
        {QStringLiteral("Forbidden"), errorResponse(QStringLiteral("Host header not allowed, or a cookie-authenticated change from another origin"))},
        {QStringLiteral("NotFound"), errorResponse(QStringLiteral("unknown /api path: {error, code:\"NOT_FOUND\"}"))},
        {QStringLiteral("MethodNotAllowed"), errorResponse(QStringLiteral("the path exists with other methods, listed in the Allow header (code METHOD_NOT_ALLOWED)"))},
        {QStringLiteral("PayloadTooLarge"), errorResponse(QStringLiteral("body larger than MAX_REQUEST_SIZE (code PAYLOAD_TOO_LARGE)"))},
        {QStringLiteral("UnsupportedMediaType"), errorResponse(QStringLiteral("a body that is not JSON (code UNSUPPORTED_MEDIA_TYPE)"))}};
    const QJsonObject async{{QStringLiteral("name"), QStringLiteral("async")},
                            {QStringLiteral("in"), QStringLiteral("query")},
                            {QStringLiteral("required"), false},
                            {QStringLiteral("description"), QStringLiteral("1 or true: answer 202 {success, jobId, statusUrl} at once and run the operation as a job")},
                            {QStringLiteral("schema"), enumSchema(QStringLiteral("1|true"))}};
    return {{QStringLiteral("securitySchemes"),
             QJsonObject{{QStringLiteral("bearer"), QJsonObject{{QStringLiteral("type"), QStringLiteral("http")}, {QStringLiteral("scheme"), QStringLiteral("bearer")}}}}},
            {QStringLiteral("schemas"), QJsonObject{{QStringLiteral("Error"), error}, {QStringLiteral("JobStarted"), jobStarted}}},
            {QStringLiteral("responses"), responses},
            {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("Async"), async}}}};
}

} // namespace

QJsonObject openApiDocument(const Router &router, const QString &version)
{
    const QHash<QString, RouteDoc> &docs = OpenApiDocs::routeDocs();
    QJsonObject paths;
    for (const Router::RouteInfo &route : router.routeInfos()) {
        // The table is keyed by the OpenAPI path, so the pattern is converted first.
        QJsonArray unused;
        const QString path = openApiPath(route.pattern, nullptr, &unused);
        const QString key = route.method + QLatin1Char(' ') + path;
        const auto it = docs.constFind(key);
        const RouteDoc *doc = it == docs.cend() ? nullptr : &*it;
        QJsonArray parameters;
        openApiPath(route.pattern, doc, &parameters);
        QJsonObject item = paths.value(path).toObject();
        item.insert(route.method.toLower(), operation(route, key, doc, parameters));
        paths.insert(path, item);
    }
    return {{QStringLiteral("openapi"), QStringLiteral("3.0.3")},
            {QStringLiteral("info"),
             QJsonObject{{QStringLiteral("title"), QStringLiteral("uni-load HTTP API")},
                         {QStringLiteral("version"), version},
                         {QStringLiteral("description"),
                          QStringLiteral("Routes of the original uni-load with the same JSON shapes, plus uni-load's additions (core/api/CHANGELOG.md). "
                                         "Every route needs Authorization: Bearer <token> (or the web console's session cookie) unless it lists "
                                         "security: [] (GET /api/health, the console login). Errors are {success:false, error, message, code, "
                                         "field?, details?}; texts follow Accept-Language (zh* → Chinese), `code` never changes. For every route: "
                                         "a body must be JSON (400 INVALID_JSON, 415 otherwise) and at most MAX_REQUEST_SIZE (413), also on routes "
                                         "that read none; a Host header the server does not accept answers 403. Unknown /api paths answer 404, a "
                                         "known path with another method 405 with Allow (components.responses lists these answers).")}}},
            {QStringLiteral("components"), components()},
            {QStringLiteral("security"), QJsonArray{QJsonObject{{QStringLiteral("bearer"), QJsonArray()}}}},
            {QStringLiteral("paths"), paths}};
}

} // namespace ul
