// GET /api/openapi.json (core/api/openapi.cpp, table in core/api/openapidocs.cpp) over loopback:
// every registered route documented, request bodies with their fields, query parameters, the
// 202 of ?async=1 and the answers every route shares.
#include "core/api/apicontext.h"
#include "core/api/openapidocs.h"
#include "core/api/routes.h"
#include "core/config/settingsregistry.h"
#include "tests/api/apiloopback.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ul;
using namespace ul::test;

namespace {

QString openApiPath(QString pattern)
{
    static const QRegularExpression param(QStringLiteral(":([A-Za-z_][A-Za-z0-9_]*)"));
    return pattern.replace(param, QStringLiteral("{\\1}"));
}

QStringList names(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiLoopback> m_api;
    QJsonObject m_doc;

    QJsonObject op(const QString &method, const QString &path) const
    {
        return m_doc.value(QStringLiteral("paths")).toObject().value(path).toObject().value(method.toLower()).toObject();
    }

    static QJsonObject bodySchema(const QJsonObject &operation)
    {
        return operation.value(QStringLiteral("requestBody")).toObject().value(QStringLiteral("content")).toObject()
            .value(QStringLiteral("application/json")).toObject().value(QStringLiteral("schema")).toObject();
    }

    // The object schema of a body; of its first alternative when it may also be a list.
    static QJsonObject objectSchema(const QJsonObject &schema)
    {
        const QJsonArray alternatives = schema.value(QStringLiteral("oneOf")).toArray();
        return alternatives.isEmpty() ? schema : alternatives.first().toObject();
    }

    static QJsonObject property(const QJsonObject &operation, const QString &name)
    {
        return objectSchema(bodySchema(operation)).value(QStringLiteral("properties")).toObject().value(name).toObject();
    }

    static QJsonObject parameter(const QJsonObject &operation, const QString &name)
    {
        for (const QJsonValue &v : operation.value(QStringLiteral("parameters")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_api = std::make_unique<ApiLoopback>();
        QVERIFY(m_api->start());
        // GET /metrics lives on the API server when METRICS_PORT equals PORT (app/apihost.cpp).
        registerMetricsRoute(m_api->server().router(), ApiContext{&m_api->engine(), &m_api->server(), &m_api->config()}, nullptr);
        const LoopbackAnswer a = m_api->send("GET", QStringLiteral("/api/openapi.json"));
        QCOMPARE(a.status, 200);
        m_doc = a.json;
        QCOMPARE(m_doc.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.0.3"));
    }
    void cleanupTestCase() { m_api.reset(); }

    void everyRouteIsDocumented()
    {
        QSet<QString> routes;
        for (const Router::RouteInfo &route : m_api->server().router().routeInfos()) {
            const QString path = openApiPath(route.pattern);
            const QString key = route.method + QLatin1Char(' ') + path;
            routes.insert(key);
            const QJsonObject o = op(route.method, path);
            QVERIFY2(!o.isEmpty(), qPrintable(key));
            const QString summary = o.value(QStringLiteral("summary")).toString();
            QVERIFY2(!summary.isEmpty() && summary != key, qPrintable(key));
            QVERIFY2(o.value(QStringLiteral("tags")).toArray().first().toString() != QLatin1String("other"), qPrintable(key));
            // The success answer (200, or 201 of POST /api/instances) describes its shape.
            const QJsonObject answers = o.value(QStringLiteral("responses")).toObject();
            const QJsonObject success = answers.value(answers.contains(QStringLiteral("201")) ? QStringLiteral("201") : QStringLiteral("200")).toObject();
            const QString shape = success.value(QStringLiteral("description")).toString();
            QVERIFY2(!shape.isEmpty() && shape != QLatin1String("JSON result"), qPrintable(key));
        }
        // No table entry for a route that no longer exists.
        for (auto it = OpenApiDocs::routeDocs().cbegin(); it != OpenApiDocs::routeDocs().cend(); ++it)
            QVERIFY2(routes.contains(it.key()), qPrintable(it.key()));
    }

    void bodiesListTheFieldsHandlersRead()
    {
        int withBody = 0;
        for (auto it = OpenApiDocs::routeDocs().cbegin(); it != OpenApiDocs::routeDocs().cend(); ++it) {
            const QStringList key = it.key().split(QLatin1Char(' '));
            const QJsonObject o = op(key.at(0), key.at(1));
            const bool documented = !it->body.isEmpty() || it->bodySchema;
            QCOMPARE(o.contains(QStringLiteral("requestBody")), documented);
            if (!documented)
                continue;
            ++withBody;
            const QJsonObject schema = objectSchema(bodySchema(o));
            QCOMPARE(schema.value(QStringLiteral("type")).toString(), QStringLiteral("object"));
            QVERIFY2(!schema.value(QStringLiteral("properties")).toObject().isEmpty(), qPrintable(it.key()));
            for (const QJsonValue &p : schema.value(QStringLiteral("properties")).toObject())
                QVERIFY2(p.toObject().contains(QStringLiteral("type")) || p.toObject().contains(QStringLiteral("anyOf")), qPrintable(it.key()));
        }
        QVERIFY(withBody >= 23);  // 23 POST/PUT routes read a body today
        // Routes that read no body say so by having none.
        for (const QString &path : {QStringLiteral("/api/sync-models"), QStringLiteral("/api/check-channels"), QStringLiteral("/api/check-instances"),
                                    QStringLiteral("/api/initialize-architecture"), QStringLiteral("/api/temp-groups/cleanup"), QStringLiteral("/api/manual-recovery/{model}/{channel}")})
            QVERIFY2(!op(QStringLiteral("POST"), path).contains(QStringLiteral("requestBody")), qPrintable(path));
    }

    void processAiSiteBody()
    {
        const QJsonObject o = op(QStringLiteral("POST"), QStringLiteral("/api/process-ai-site"));
        const QJsonObject schema = bodySchema(o);
        // baseUrl is needed for a new site only: an update names its site group instead.
        QVERIFY(!names(schema.value(QStringLiteral("required")).toArray()).contains(QStringLiteral("baseUrl")));
        QVERIFY(property(o, QStringLiteral("baseUrl")).value(QStringLiteral("description")).toString().contains(QStringLiteral("required unless")));
        QVERIFY(o.value(QStringLiteral("requestBody")).toObject().value(QStringLiteral("required")).toBool());
        const QJsonObject keys = property(o, QStringLiteral("apiKeys"));
        QCOMPARE(keys.value(QStringLiteral("type")).toString(), QStringLiteral("array"));
        QCOMPARE(keys.value(QStringLiteral("items")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("string"));
        const QJsonObject types = property(o, QStringLiteral("channelTypes"));
        QCOMPARE(names(types.value(QStringLiteral("items")).toObject().value(QStringLiteral("enum")).toArray()),
                 (QStringList{QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("gemini")}));
        QCOMPARE(names(property(o, QStringLiteral("operationType")).value(QStringLiteral("enum")).toArray()),
                 (QStringList{QStringLiteral("create"), QStringLiteral("update")}));
        QCOMPARE(property(o, QStringLiteral("customValidationEndpoints")).value(QStringLiteral("type")).toString(), QStringLiteral("object"));
        for (const QString &field : {QStringLiteral("models"), QStringLiteral("targetChannelName"), QStringLiteral("siteName")})
            QVERIFY2(!property(o, field).isEmpty(), qPrintable(field));
        const QJsonObject answers = o.value(QStringLiteral("responses")).toObject();
        for (const QString &status : {QStringLiteral("200"), QStringLiteral("202"), QStringLiteral("404"), QStringLiteral("409"), QStringLiteral("422"),
                                      QStringLiteral("502"), QStringLiteral("503")})
            QVERIFY2(answers.contains(status), qPrintable(status));
        QVERIFY(answers.value(QStringLiteral("200")).toObject().value(QStringLiteral("description")).toString().contains(QLatin1String("data:{siteName")));
    }

    void enumsAndShapes()
    {
        const QJsonObject reassign = op(QStringLiteral("POST"), QStringLiteral("/api/channels/reassign"));
        QCOMPARE(names(property(reassign, QStringLiteral("action")).value(QStringLiteral("enum")).toArray()),
                 (QStringList{QStringLiteral("promote"), QStringLiteral("demote")}));
        QCOMPARE(names(bodySchema(reassign).value(QStringLiteral("required")).toArray()),
                 (QStringList{QStringLiteral("channelName"), QStringLiteral("action")}));

        for (const QString &path : {QStringLiteral("/api/sync-models/control"), QStringLiteral("/api/check-channels/control")})
            QCOMPARE(names(property(op(QStringLiteral("POST"), path), QStringLiteral("action")).value(QStringLiteral("enum")).toArray()),
                     (QStringList{QStringLiteral("start"), QStringLiteral("stop")}));

        // One decision or a list of them.
        const QJsonArray decide = bodySchema(op(QStringLiteral("POST"), QStringLiteral("/api/sync/pending/decide"))).value(QStringLiteral("oneOf")).toArray();
        QCOMPARE(decide.size(), 2);
        QCOMPARE(decide.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("array"));

        const QJsonObject timeout = property(op(QStringLiteral("POST"), QStringLiteral("/api/cleanup-channels")), QStringLiteral("timeout"));
        QCOMPARE(timeout.value(QStringLiteral("type")).toString(), QStringLiteral("integer"));
        QCOMPARE(timeout.value(QStringLiteral("minimum")).toInt(), 100);
        QCOMPARE(timeout.value(QStringLiteral("maximum")).toInt(), 120000);

        const QJsonObject instance = bodySchema(op(QStringLiteral("POST"), QStringLiteral("/api/instances")));
        QCOMPARE(names(instance.value(QStringLiteral("required")).toArray()),
                 (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("url"), QStringLiteral("priority")}));
        QVERIFY(op(QStringLiteral("POST"), QStringLiteral("/api/instances")).value(QStringLiteral("responses")).toObject().contains(QStringLiteral("201")));
        QVERIFY(!bodySchema(op(QStringLiteral("PUT"), QStringLiteral("/api/instances/{id}"))).contains(QStringLiteral("required")));

        // PUT /api/settings: the registry's settings the API may change, nothing else.
        const QJsonObject settings = bodySchema(op(QStringLiteral("PUT"), QStringLiteral("/api/settings")));
        QCOMPARE(settings.value(QStringLiteral("additionalProperties")).toBool(true), false);
        const QJsonObject settingProps = settings.value(QStringLiteral("properties")).toObject();
        QVERIFY(settingProps.contains(QStringLiteral("MODEL_SYNC_INTERVAL")));
        QVERIFY(!settingProps.contains(QStringLiteral("API_TOKEN")));
        QVERIFY(!settingProps.contains(QStringLiteral("UNI_API_RESTART_COMMAND")));
        QCOMPARE(settingProps.size(), settingSpecs().size() - 2);
        QCOMPARE(settingProps.value(QStringLiteral("UNI_API_URL")).toObject().value(QStringLiteral("format")).toString(), QStringLiteral("uri"));
        QCOMPARE(names(settingProps.value(QStringLiteral("LOG_LEVEL")).toObject().value(QStringLiteral("enum")).toArray()),
                 settingSpec(SettingKey::LogLevel).choices);
    }

    void queryParameters()
    {
        for (const QString &path : {QStringLiteral("/api/process-ai-site"), QStringLiteral("/api/initialize-architecture"), QStringLiteral("/api/sync-models"),
                                    QStringLiteral("/api/check-channels"), QStringLiteral("/api/cleanup-channels")}) {
            const QJsonObject o = op(QStringLiteral("POST"), path);
            QVERIFY2(o.value(QStringLiteral("responses")).toObject().contains(QStringLiteral("202")), qPrintable(path));
            QVERIFY2(o.value(QStringLiteral("parameters")).toArray().contains(QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/components/parameters/Async")}}),
                     qPrintable(path));
        }
        QVERIFY(!op(QStringLiteral("POST"), QStringLiteral("/api/probe-api")).value(QStringLiteral("responses")).toObject().contains(QStringLiteral("202")));
        const QJsonObject async = m_doc.value(QStringLiteral("components")).toObject().value(QStringLiteral("parameters")).toObject().value(QStringLiteral("Async")).toObject();
        QCOMPARE(async.value(QStringLiteral("in")).toString(), QStringLiteral("query"));

        const QJsonObject limit = parameter(op(QStringLiteral("GET"), QStringLiteral("/api/sync/history")), QStringLiteral("limit"));
        QCOMPARE(limit.value(QStringLiteral("in")).toString(), QStringLiteral("query"));
        QCOMPARE(limit.value(QStringLiteral("schema")).toObject().value(QStringLiteral("maximum")).toInt(), 1000);
        const QJsonObject history = op(QStringLiteral("GET"), QStringLiteral("/api/health/history"));
        QCOMPARE(parameter(history, QStringLiteral("channel")).value(QStringLiteral("in")).toString(), QStringLiteral("query"));
        QCOMPARE(parameter(history, QStringLiteral("since")).value(QStringLiteral("schema")).toObject().value(QStringLiteral("format")).toString(),
                 QStringLiteral("date-time"));
        for (const QString &path : {QStringLiteral("/api/events"), QStringLiteral("/api/logs")})
            QCOMPARE(parameter(op(QStringLiteral("GET"), path), QStringLiteral("since")).value(QStringLiteral("schema")).toObject().value(QStringLiteral("type")).toString(),
                     QStringLiteral("integer"));
        const QJsonObject model = parameter(op(QStringLiteral("POST"), QStringLiteral("/api/manual-recovery/{model}/{channel}")), QStringLiteral("model"));
        QCOMPARE(model.value(QStringLiteral("in")).toString(), QStringLiteral("path"));
        QVERIFY(model.value(QStringLiteral("description")).toString().contains(QLatin1String("%2F")));
    }

    void sharedAnswers()
    {
        const QJsonObject responses = m_doc.value(QStringLiteral("components")).toObject().value(QStringLiteral("responses")).toObject();
        for (const QString &name : {QStringLiteral("BadRequest"), QStringLiteral("Unauthorized"), QStringLiteral("NotFound"), QStringLiteral("MethodNotAllowed"),
                                    QStringLiteral("PayloadTooLarge"), QStringLiteral("UnsupportedMediaType"), QStringLiteral("JobStarted")})
            QVERIFY2(responses.contains(name), qPrintable(name));
        const QJsonObject put = op(QStringLiteral("PUT"), QStringLiteral("/api/rules")).value(QStringLiteral("responses")).toObject();
        QCOMPARE(put.value(QStringLiteral("415")).toObject().value(QStringLiteral("$ref")).toString(), QStringLiteral("#/components/responses/UnsupportedMediaType"));
        QCOMPARE(put.value(QStringLiteral("413")).toObject().value(QStringLiteral("$ref")).toString(), QStringLiteral("#/components/responses/PayloadTooLarge"));
        QVERIFY(put.contains(QStringLiteral("401")));
        QVERIFY(!op(QStringLiteral("GET"), QStringLiteral("/api/health")).value(QStringLiteral("responses")).toObject().contains(QStringLiteral("401")));
        QVERIFY(op(QStringLiteral("GET"), QStringLiteral("/api/jobs/{id}")).value(QStringLiteral("responses")).toObject().contains(QStringLiteral("404")));
        QVERIFY(m_doc.value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject().contains(QStringLiteral("Error")));
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
