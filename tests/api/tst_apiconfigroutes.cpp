// GET/PUT /api/settings and GET/POST /api/instances, PUT/DELETE /api/instances/:id
// (core/api/routes_config.cpp) over loopback, against a real engine and the simulated cluster.
#include "core/common/redactor.h"
#include "core/config/settingsjson.h"
#include "core/instances/instancefile.h"
#include "tests/api/apiloopback.h"
#include "tests/support/testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ul;
using namespace ul::test;

namespace {

const QString kNewToken = QStringLiteral("new-instance-admin-token-0123456789");

QJsonObject settingNamed(const QJsonObject &answer, const QString &name)
{
    for (const QJsonValue &v : answer.value(QStringLiteral("settings")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject newInstance(const QString &id, const QString &url)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), QString(QStringLiteral("Added ") + id)},
            {QStringLiteral("url"), url},
            {QStringLiteral("token"), kNewToken},
            {QStringLiteral("priority"), 5},
            {QStringLiteral("custom_note"), QStringLiteral("kept")}};
}

} // namespace

class TestApiConfigRoutes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiLoopback> m_api;

    QString instancesFile() const { return m_api->fixture().options().instancesFilePath; }

    QJsonObject storedSettings()
    {
        auto r = await(m_api->engine().storedSettings());
        return r && r->ok() ? r->value() : QJsonObject();
    }

    bool saveStored(const QJsonObject &values)
    {
        auto r = await(m_api->engine().saveStoredSettings(values));
        return r && r->ok();
    }

private slots:
    void init()
    {
        m_api = std::make_unique<ApiLoopback>();
        QVERIFY(m_api->start());
    }

    void cleanup() { m_api.reset(); }

    void settingsListEverySettingWithItsOrigin()
    {
        m_api->config().setOverride(SettingKey::ModelSyncInterval, QStringLiteral("15"), ConfigOrigin::Environment);
        m_api->config().setOverride(SettingKey::ApiToken, QStringLiteral("secret-api-token-value-0123456789"), ConfigOrigin::DotEnv,
                                    QStringLiteral("/etc/uni-load/.env"));
        const LoopbackAnswer a = m_api->send("GET", QStringLiteral("/api/settings"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("settings")).toArray().size(), settingSpecs().size());

        const QJsonObject interval = settingNamed(a.json, QStringLiteral("MODEL_SYNC_INTERVAL"));
        QCOMPARE(interval.value(QStringLiteral("value")).toString(), QStringLiteral("15"));
        QCOMPARE(interval.value(QStringLiteral("origin")).toString(), QStringLiteral("environment"));
        QCOMPARE(interval.value(QStringLiteral("overridden")).toBool(), true);
        QVERIFY(interval.value(QStringLiteral("saved")).isNull());

        const QJsonObject token = settingNamed(a.json, QStringLiteral("API_TOKEN"));
        QCOMPARE(token.value(QStringLiteral("secret")).toBool(), true);
        QCOMPARE(token.value(QStringLiteral("origin")).toString(), QStringLiteral(".env"));
        QCOMPARE(token.value(QStringLiteral("source")).toString(), QStringLiteral("/etc/uni-load/.env"));
        QCOMPARE(token.value(QStringLiteral("settable")).toBool(), false);
        QVERIFY(!a.body.contains("secret-api-token-value-0123456789"));

        const QJsonObject port = settingNamed(a.json, QStringLiteral("PORT"));
        QCOMPARE(port.value(QStringLiteral("origin")).toString(), QStringLiteral("default"));
        QCOMPARE(port.value(QStringLiteral("overridden")).toBool(), false);
        QCOMPARE(settingNamed(a.json, QStringLiteral("VITE_API_TIMEOUT")).value(QStringLiteral("informational")).toBool(), true);
        QVERIFY(settingNamed(a.json, QStringLiteral("LOG_LEVEL")).value(QStringLiteral("choices")).isArray());
        QCOMPARE(port.value(QStringLiteral("description")).toString(), QStringLiteral("TCP port of the HTTP API and web console."));

        // Descriptions follow Accept-Language, as the desktop's settings page shows them.
        const LoopbackAnswer zh = m_api->send("GET", QStringLiteral("/api/settings"), {}, {{"Accept-Language", "zh-CN"}});
        QCOMPARE(zh.status, 200);
        QCOMPARE(settingNamed(zh.json, QStringLiteral("PORT")).value(QStringLiteral("description")).toString(),
                 QStringLiteral("HTTP API 和网页控制台的 TCP 端口。"));
        for (const QJsonValue &v : zh.json.value(QStringLiteral("settings")).toArray())
            QVERIFY2(!v.toObject().value(QStringLiteral("description")).toString().isEmpty(), qPrintable(v.toObject().value(QStringLiteral("name")).toString()));
    }

    // uniapi-config.md §6.10: the admin key is a secret; the restart command is neither settable
    // nor readable in clear through the API, whether it comes from .env or the settings page.
    void settingsHideTheUniApiSecrets()
    {
        const QString adminKey = QStringLiteral("sk-uniapi-admin-key-0123456789abcdef");
        const QString command = QStringLiteral("/usr/local/bin/restart-uni-api --token hunter2hunter2");
        m_api->config().setOverride(SettingKey::UniApiAdminKey, adminKey, ConfigOrigin::DotEnv);
        m_api->config().setOverride(SettingKey::UniApiRestartCommand, command, ConfigOrigin::Environment);
        QVERIFY(saveStored({{QStringLiteral("env.UNI_API_RESTART_COMMAND"), command}, {QStringLiteral("env.UNI_API_ADMIN_KEY"), adminKey}}));
        const LoopbackAnswer a = m_api->send("GET", QStringLiteral("/api/settings"));
        QCOMPARE(a.status, 200);
        QVERIFY(!a.body.contains(adminKey.toUtf8()));
        QVERIFY(!a.body.contains("hunter2hunter2"));
        QVERIFY(!a.body.contains("restart-uni-api"));
        const QJsonObject restart = settingNamed(a.json, QStringLiteral("UNI_API_RESTART_COMMAND"));
        QCOMPARE(restart.value(QStringLiteral("settable")).toBool(), false);
        QCOMPARE(restart.value(QStringLiteral("value")).toString(), Redactor::mask(command));
        QCOMPARE(restart.value(QStringLiteral("saved")).toString(), Redactor::mask(command));
        const QJsonObject key = settingNamed(a.json, QStringLiteral("UNI_API_ADMIN_KEY"));
        QCOMPARE(key.value(QStringLiteral("secret")).toBool(), true);
        QCOMPARE(key.value(QStringLiteral("settable")).toBool(), true);
        QCOMPARE(settingNamed(a.json, QStringLiteral("UNI_API_RUNTIME")).value(QStringLiteral("value")).toString(), QStringLiteral("rust"));
        QCOMPARE(settingNamed(a.json, QStringLiteral("UNI_API_RELOAD")).value(QStringLiteral("value")).toString(), QStringLiteral("none"));
        QCOMPARE(settingNamed(a.json, QStringLiteral("UNI_API_URL")).value(QStringLiteral("type")).toString(), QStringLiteral("url"));

        const LoopbackAnswer put = m_api->sendJson("PUT", QStringLiteral("/api/settings"),
                                                   {{QStringLiteral("UNI_API_RUNTIME"), QStringLiteral("python")},
                                                    {QStringLiteral("UNI_API_RELOAD"), QStringLiteral("api")},
                                                    {QStringLiteral("UNI_API_URL"), QStringLiteral("http://uni-api:3003")}});
        QCOMPARE(put.status, 200);
        QCOMPARE(storedSettings().value(QStringLiteral("env.UNI_API_RELOAD")).toString(), QStringLiteral("api"));
        QVERIFY(!put.body.contains(adminKey.toUtf8()));
        QVERIFY(!put.body.contains("hunter2hunter2"));
    }

    void settingsPutStoresForTheNextStart()
    {
        LoopbackAnswer a = m_api->sendJson("PUT", QStringLiteral("/api/settings"),
                                           {{QStringLiteral("CHANNEL_FAILURE_THRESHOLD"), 5}, {QStringLiteral("LOG_LEVEL"), QStringLiteral("debug")}});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("restartRequired")).toBool(), true);
        QCOMPARE(a.json.value(QStringLiteral("success")).toBool(), true);
        const QJsonObject threshold = settingNamed(a.json, QStringLiteral("CHANNEL_FAILURE_THRESHOLD"));
        QCOMPARE(threshold.value(QStringLiteral("saved")).toString(), QStringLiteral("5"));
        QCOMPARE(threshold.value(QStringLiteral("value")).toString(), QStringLiteral("3"));  // this run keeps its value
        QCOMPARE(threshold.value(QStringLiteral("restartRequired")).toBool(), true);
        QCOMPARE(storedSettings().value(QStringLiteral("env.CHANNEL_FAILURE_THRESHOLD")).toString(), QStringLiteral("5"));
        QCOMPARE(storedSettings().value(QStringLiteral("env.LOG_LEVEL")).toString(), QStringLiteral("debug"));

        // A saved value under an environment variable is reported as overridden.
        m_api->config().setOverride(SettingKey::ChannelFailureThreshold, QStringLiteral("7"), ConfigOrigin::Environment);
        a = m_api->send("GET", QStringLiteral("/api/settings"));
        QCOMPARE(settingNamed(a.json, QStringLiteral("CHANNEL_FAILURE_THRESHOLD")).value(QStringLiteral("overridden")).toBool(), true);

        // What the settings page only warns about is saved, with the warning.
        a = m_api->sendJson("PUT", QStringLiteral("/api/settings"), {{QStringLiteral("REASSIGN_COPY_INVALID_KEYS"), QStringLiteral("no")}});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("warnings")).toArray().size(), 1);
        QVERIFY(a.json.value(QStringLiteral("warnings")).toArray().first().toString().startsWith(QStringLiteral("REASSIGN_COPY_INVALID_KEYS: ")));
        a = m_api->sendJson("PUT", QStringLiteral("/api/settings"), {{QStringLiteral("REASSIGN_COPY_INVALID_KEYS"), QJsonValue(QJsonValue::Null)}});
        QCOMPARE(a.status, 200);
        a = m_api->sendJson("PUT", QStringLiteral("/api/settings"), {{QStringLiteral("LOG_LEVEL"), QStringLiteral("warn")}});
        QCOMPARE(a.status, 200);

        // null removes the saved value.
        a = m_api->sendJson("PUT", QStringLiteral("/api/settings"), {{QStringLiteral("LOG_LEVEL"), QJsonValue(QJsonValue::Null)}});
        QCOMPARE(a.status, 200);
        QVERIFY(settingNamed(a.json, QStringLiteral("LOG_LEVEL")).value(QStringLiteral("saved")).isNull());
        QVERIFY(!storedSettings().contains(QStringLiteral("env.LOG_LEVEL")));
    }

    // uniapi-config.md §6.9 and §6.1, uni-load-behaviour.md §19.2: listed and settable like the others.
    void settingsPutTakesTheWriterAndReassignSettings()
    {
        LoopbackAnswer a = m_api->send("GET", QStringLiteral("/api/settings"));
        QCOMPARE(a.status, 200);
        const QJsonObject backups = settingNamed(a.json, QStringLiteral("UNI_API_BACKUPS"));
        QCOMPARE(backups.value(QStringLiteral("type")).toString(), QStringLiteral("integer"));
        QCOMPARE(backups.value(QStringLiteral("default")).toString(), QStringLiteral("20"));
        QCOMPARE(backups.value(QStringLiteral("group")).toString(), QStringLiteral("files"));
        QCOMPARE(settingNamed(a.json, QStringLiteral("UNI_API_ENGINE_FIELD")).value(QStringLiteral("default")).toString(), QStringLiteral("true"));
        QCOMPARE(settingNamed(a.json, QStringLiteral("REASSIGN_COPY_INVALID_KEYS")).value(QStringLiteral("default")).toString(),
                 QStringLiteral("false"));
        for (const char *name : {"UNI_API_BACKUPS", "UNI_API_ENGINE_FIELD", "REASSIGN_COPY_INVALID_KEYS"})
            QCOMPARE(settingNamed(a.json, QString::fromLatin1(name)).value(QStringLiteral("settable")).toBool(), true);

        a = m_api->sendJson("PUT", QStringLiteral("/api/settings"),
                            {{QStringLiteral("UNI_API_BACKUPS"), 5},
                             {QStringLiteral("UNI_API_ENGINE_FIELD"), false},
                             {QStringLiteral("REASSIGN_COPY_INVALID_KEYS"), true}});
        QCOMPARE(a.status, 200);
        QVERIFY(a.json.value(QStringLiteral("warnings")).toArray().isEmpty());
        QCOMPARE(storedSettings().value(QStringLiteral("env.UNI_API_BACKUPS")).toString(), QStringLiteral("5"));
        QCOMPARE(storedSettings().value(QStringLiteral("env.UNI_API_ENGINE_FIELD")).toString(), QStringLiteral("false"));
        QCOMPARE(storedSettings().value(QStringLiteral("env.REASSIGN_COPY_INVALID_KEYS")).toString(), QStringLiteral("true"));
        QCOMPARE(settingNamed(a.json, QStringLiteral("UNI_API_BACKUPS")).value(QStringLiteral("restartRequired")).toBool(), true);
    }

    void settingsPutRefusesBadInput()
    {
        const QJsonObject before = storedSettings();
        struct Case
        {
            QJsonObject body;
            QString field;
            QString code;
        };
        const QList<Case> cases = {
            {{{QStringLiteral("NO_SUCH_SETTING"), 1}}, QStringLiteral("NO_SUCH_SETTING"), QStringLiteral("UNKNOWN_SETTING")},
            {{{QStringLiteral("MODEL_SYNC_INTERVAL"), QStringLiteral("abc")}}, QStringLiteral("MODEL_SYNC_INTERVAL"), QStringLiteral("SETTING_INVALID")},
            {{{QStringLiteral("CHANNEL_FAILURE_THRESHOLD"), 0}}, QStringLiteral("CHANNEL_FAILURE_THRESHOLD"), QStringLiteral("SETTING_INVALID")},
            {{{QStringLiteral("LOG_LEVEL"), QStringLiteral("")}}, QStringLiteral("LOG_LEVEL"), QStringLiteral("SETTING_INVALID")},
            {{{QStringLiteral("PORT"), QJsonObject()}}, QStringLiteral("PORT"), QStringLiteral("SETTING_INVALID")},
            {{{QStringLiteral("API_TOKEN"), QStringLiteral("attacker-chosen-token-0123")}}, QStringLiteral("API_TOKEN"), QStringLiteral("SETTING_NOT_SETTABLE")},
            {{{QStringLiteral("UNI_API_RESTART_COMMAND"), QStringLiteral("rm -rf /")}}, QStringLiteral("UNI_API_RESTART_COMMAND"), QStringLiteral("SETTING_NOT_SETTABLE")},
            {{{QStringLiteral("UNI_API_URL"), QStringLiteral("ftp://uni-api:3003")}}, QStringLiteral("UNI_API_URL"), QStringLiteral("SETTING_INVALID")},
            {{{QStringLiteral("UNI_API_URL"), QStringLiteral("http://user:pw@uni-api:3003")}}, QStringLiteral("UNI_API_URL"), QStringLiteral("SETTING_INVALID")},
            {{{QStringLiteral("UNI_API_BACKUPS"), 0}}, QStringLiteral("UNI_API_BACKUPS"), QStringLiteral("SETTING_INVALID")},
            {{{QStringLiteral("UNI_API_BACKUPS"), 1001}}, QStringLiteral("UNI_API_BACKUPS"), QStringLiteral("SETTING_INVALID")},
            {{{QStringLiteral("UNI_API_BACKUPS"), QStringLiteral("all")}}, QStringLiteral("UNI_API_BACKUPS"), QStringLiteral("SETTING_INVALID")},
            // A .env file may hold these with a warning; a save refuses them.
            {{{QStringLiteral("LOG_LEVEL"), QStringLiteral("loud")}}, QStringLiteral("LOG_LEVEL"), QStringLiteral("SETTING_INVALID")},
            {{{QStringLiteral("REASSIGN_COPY_INVALID_KEYS"), QStringLiteral("flase")}}, QStringLiteral("REASSIGN_COPY_INVALID_KEYS"),
             QStringLiteral("SETTING_INVALID")},
            {{{QStringLiteral("ALLOWED_ORIGINS"), QStringLiteral("*")}}, QStringLiteral("ALLOWED_ORIGINS"), QStringLiteral("SETTING_INVALID")},
            {{{QStringLiteral("ALLOWED_ORIGINS"), QStringLiteral("https://ok.example.com, javascript:1")}}, QStringLiteral("ALLOWED_ORIGINS"),
             QStringLiteral("SETTING_INVALID")},
            // One bad key spoils the whole request: the good one is not saved either.
            {{{QStringLiteral("LOG_LEVEL"), QStringLiteral("warn")}, {QStringLiteral("RETRY_ATTEMPTS"), QStringLiteral("many")}},
             QStringLiteral("RETRY_ATTEMPTS"), QStringLiteral("SETTING_INVALID")},
        };
        for (const Case &c : cases) {
            const LoopbackAnswer a = m_api->sendJson("PUT", QStringLiteral("/api/settings"), c.body);
            QVERIFY2(a.status == 400, qPrintable(c.field + QStringLiteral(" → %1").arg(a.status)));
            QCOMPARE(a.json.value(QStringLiteral("field")).toString(), c.field);
            QCOMPARE(a.code(), c.code);
            QVERIFY2(a.error().contains(c.field), qPrintable(a.error()));
        }
        QCOMPARE(storedSettings(), before);

        const LoopbackAnswer zh = m_api->sendJson("PUT", QStringLiteral("/api/settings"), {{QStringLiteral("NO_SUCH_SETTING"), 1}}, "zh-CN");
        QCOMPARE(zh.status, 400);
        QCOMPARE(zh.code(), QStringLiteral("UNKNOWN_SETTING"));
        QCOMPARE(zh.error(), QStringLiteral("未知的设置项 NO_SUCH_SETTING"));
        // A setting's problem keeps the name and translates the reason.
        const LoopbackAnswer bad = m_api->sendJson("PUT", QStringLiteral("/api/settings"), {{QStringLiteral("RETRY_ATTEMPTS"), QStringLiteral("many")}}, "zh-CN");
        QCOMPARE(bad.error(), QStringLiteral("RETRY_ATTEMPTS：%1").arg(QStringLiteral("不是整数")));
    }

    void instancesListRedactsTokens()
    {
        const LoopbackAnswer a = m_api->send("GET", QStringLiteral("/api/instances"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("file")).toString(), instancesFile());
        QVERIFY(a.json.value(QStringLiteral("error")).isNull());
        const QJsonArray list = a.json.value(QStringLiteral("instances")).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject first = list.first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("sim-1"));
        const QString realToken = m_api->fixture().instance(0)->adminKey();
        QVERIFY(!realToken.isEmpty());
        QVERIFY(!a.body.contains(realToken.toUtf8()));
        QCOMPARE(first.value(QStringLiteral("token")).toString(), Redactor::mask(realToken));
    }

    void instancesAddChangeRemove()
    {
        const QString file = instancesFile();
        // POST: stored with mode 0600, unknown fields kept, token masked in the answer, and the
        // engine's registry picks it up.
        LoopbackAnswer a = m_api->sendJson("POST", QStringLiteral("/api/instances"), newInstance(QStringLiteral("extra"), QStringLiteral("http://127.0.0.1:9")));
        QCOMPARE(a.status, 201);
        QCOMPARE(a.json.value(QStringLiteral("id")).toString(), QStringLiteral("extra"));
        QCOMPARE(a.json.value(QStringLiteral("custom_note")).toString(), QStringLiteral("kept"));
        QVERIFY(!a.body.contains(kNewToken.toUtf8()));
        QCOMPARE(QFile(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        InstanceFileLoad loaded = loadInstanceFile(file);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.instances.size(), 2);
        QCOMPARE(loaded.instances.last().token, kNewToken);
        QCOMPARE(loaded.instances.last().extra.value(QStringLiteral("custom_note")).toString(), QStringLiteral("kept"));
        QTRY_VERIFY_WITH_TIMEOUT(m_api->engine().snapshot().instances.size() == 2, 10000);

        // PUT merges: the token stays when omitted or sent back masked.
        a = m_api->sendJson("PUT", QStringLiteral("/api/instances/extra"), {{QStringLiteral("name"), QStringLiteral("Renamed")}});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));
        a = m_api->sendJson("PUT", QStringLiteral("/api/instances/extra"),
                            {{QStringLiteral("token"), Redactor::mask(kNewToken)}, {QStringLiteral("priority"), 9}});
        QCOMPARE(a.status, 200);
        loaded = loadInstanceFile(file);
        QVERIFY(loaded.ok());
        const InstanceConfig &changed = loaded.instances.last();
        QCOMPARE(changed.name, QStringLiteral("Renamed"));
        QCOMPARE(changed.priority, 9);
        QCOMPARE(changed.token, kNewToken);
        QCOMPARE(changed.extra.value(QStringLiteral("custom_note")).toString(), QStringLiteral("kept"));

        // DELETE
        a = m_api->send("DELETE", QStringLiteral("/api/instances/extra"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("success")).toBool(), true);
        loaded = loadInstanceFile(file);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.instances.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_api->engine().snapshot().instances.size() == 1, 10000);
    }

    void failedInstanceRequestsLeaveTheFileAlone()
    {
        const QString file = instancesFile();
        const QByteArray before = fileBytes(file);
        const QString simUrl = m_api->fixture().instance(0)->url();

        LoopbackAnswer a = m_api->sendJson("POST", QStringLiteral("/api/instances"), newInstance(QStringLiteral("sim-1"), QStringLiteral("http://127.0.0.1:9")));
        QCOMPARE(a.status, 409);
        QCOMPARE(a.json.value(QStringLiteral("field")).toString(), QStringLiteral("id"));
        a = m_api->sendJson("POST", QStringLiteral("/api/instances"), newInstance(QStringLiteral("other"), simUrl));
        QCOMPARE(a.status, 409);
        QCOMPARE(a.json.value(QStringLiteral("field")).toString(), QStringLiteral("url"));
        QJsonObject noUrl = newInstance(QStringLiteral("other"), QString());
        noUrl.remove(QStringLiteral("url"));
        a = m_api->sendJson("POST", QStringLiteral("/api/instances"), noUrl);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value(QStringLiteral("field")).toString(), QStringLiteral("url"));
        a = m_api->sendJson("POST", QStringLiteral("/api/instances"), newInstance(QStringLiteral("other"), QStringLiteral("ftp://nope")));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value(QStringLiteral("field")).toString(), QStringLiteral("url"));
        a = m_api->send("POST", QStringLiteral("/api/instances"), "{bad");
        QCOMPARE(a.status, 400);

        a = m_api->sendJson("PUT", QStringLiteral("/api/instances/ghost"), {{QStringLiteral("name"), QStringLiteral("x")}});
        QCOMPARE(a.status, 404);
        QCOMPARE(a.code(), QStringLiteral("INSTANCE_NOT_FOUND"));
        a = m_api->sendJson("PUT", QStringLiteral("/api/instances/sim-1"), {{QStringLiteral("id"), QStringLiteral("renamed")}});
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value(QStringLiteral("field")).toString(), QStringLiteral("id"));
        a = m_api->sendJson("PUT", QStringLiteral("/api/instances/sim-1"), {{QStringLiteral("priority"), QStringLiteral("high")}});
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value(QStringLiteral("field")).toString(), QStringLiteral("priority"));
        a = m_api->send("DELETE", QStringLiteral("/api/instances/ghost"));
        QCOMPARE(a.status, 404);
        a = m_api->send("DELETE", QStringLiteral("/api/instances/ghost"), {}, {{"Accept-Language", "zh-CN"}});
        QCOMPARE(a.error(), QStringLiteral("实例 ghost 不存在"));
        // The last instance cannot go: the file would list none.
        a = m_api->send("DELETE", QStringLiteral("/api/instances/sim-1"));
        QCOMPARE(a.status, 400);

        QCOMPARE(fileBytes(file), before);
    }

    // A file that fails to load (here: a trailing comma, then a string priority) is never
    // replaced by a change: 409 with the problem, and the file keeps its bytes.
    void instanceChangesAreRefusedWhileTheFileFailsToLoad()
    {
        const QString file = instancesFile();
        QByteArray trailingComma = fileBytes(file);
        trailingComma.insert(trailingComma.lastIndexOf('}') + 1, ',');
        QJsonArray entries = QJsonDocument::fromJson(fileBytes(file)).array();
        QJsonObject stringPriority = entries.first().toObject();
        stringPriority.insert(QStringLiteral("priority"), QStringLiteral("1"));
        entries.replace(0, stringPriority);
        const QList<std::pair<QByteArray, QString>> broken = {
            {trailingComma, QStringLiteral("invalid JSON at line")},
            {QJsonDocument(entries).toJson(), QStringLiteral("must be a number")},
        };
        for (const auto &[bytes, reason] : broken) {
            QVERIFY(writeFile(file, bytes));
            QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            auto checkRefused = [&](const LoopbackAnswer &a) {
                QCOMPARE(a.status, 409);
                QCOMPARE(a.code(), QStringLiteral("INSTANCE_FILE_INVALID"));
                QVERIFY2(a.error().contains(reason) && a.error().contains(QLatin1String("the instance file was not changed")),
                         qPrintable(a.error()));
                const QJsonObject details = a.json.value(QStringLiteral("details")).toObject();
                QCOMPARE(details.value(QStringLiteral("file")).toString(), file);
                QVERIFY2(details.value(QStringLiteral("reason")).toString().contains(reason), a.body.constData());
            };
            checkRefused(m_api->sendJson("POST", QStringLiteral("/api/instances"), newInstance(QStringLiteral("extra"), QStringLiteral("http://127.0.0.1:9"))));
            checkRefused(m_api->sendJson("PUT", QStringLiteral("/api/instances/sim-1"), {{QStringLiteral("name"), QStringLiteral("x")}}));
            checkRefused(m_api->send("DELETE", QStringLiteral("/api/instances/sim-1")));
            const LoopbackAnswer zh = m_api->sendJson("POST", QStringLiteral("/api/instances"),
                                                      newInstance(QStringLiteral("extra"), QStringLiteral("http://127.0.0.1:9")), "zh-CN");
            QCOMPARE(zh.status, 409);
            QVERIFY2(zh.error().startsWith(QStringLiteral("实例文件 ")) && zh.error().contains(QStringLiteral("实例文件未修改")),
                     qPrintable(zh.error()));
            // Reading still works and says what is wrong.
            const LoopbackAnswer list = m_api->send("GET", QStringLiteral("/api/instances"));
            QCOMPARE(list.status, 200);
            QVERIFY(list.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("reason")).toString().contains(reason));

            QCOMPARE(fileBytes(file), bytes);
            QVERIFY(!QFile::exists(instanceFileBackupPath(file)));
        }
    }

    // A problem in the request body names the body's field, not a position in the file.
    void instanceBodyProblemsNameTheBodyField()
    {
        const QString file = instancesFile();
        const QByteArray before = fileBytes(file);
        auto checkInvalid = [](const LoopbackAnswer &a, const QString &field, const QString &reason) {
            QCOMPARE(a.status, 400);
            QCOMPARE(a.code(), QStringLiteral("INSTANCE_INVALID"));
            QCOMPARE(a.json.value(QStringLiteral("field")).toString(), field);
            QVERIFY2(a.error().contains(reason), qPrintable(a.error()));
            QVERIFY2(!a.json.contains(QStringLiteral("details")), a.body.constData());  // no file path, no index
        };
        const QString password = QStringLiteral("pw-in-url-0123456789");
        LoopbackAnswer a = m_api->sendJson("POST", QStringLiteral("/api/instances"),
                                           newInstance(QStringLiteral("other"), QStringLiteral("http://admin:%1@127.0.0.1:9").arg(password)));
        checkInvalid(a, QStringLiteral("url"), QStringLiteral("put the admin token in the token field"));
        QVERIFY(!a.body.contains(password.toUtf8()));
        checkInvalid(m_api->sendJson("POST", QStringLiteral("/api/instances"), newInstance(QStringLiteral("other"), QStringLiteral("http://127.0.0.1:9/?x=1"))),
                     QStringLiteral("url"), QStringLiteral("query"));
        checkInvalid(m_api->sendJson("POST", QStringLiteral("/api/instances"), newInstance(QStringLiteral("other"), QStringLiteral("http://127.0.0.1:9#top"))),
                     QStringLiteral("url"), QStringLiteral("fragment"));
        QJsonObject negative = newInstance(QStringLiteral("other"), QStringLiteral("http://127.0.0.1:9"));
        negative.insert(QStringLiteral("priority"), -1);
        checkInvalid(m_api->sendJson("POST", QStringLiteral("/api/instances"), negative), QStringLiteral("priority"), QStringLiteral("0 or more"));
        QJsonObject upstreams = newInstance(QStringLiteral("other"), QStringLiteral("http://127.0.0.1:9"));
        upstreams.insert(QStringLiteral("upstream_addresses"), QJsonArray{QStringLiteral("http://127.0.0.1:10"), 3});
        checkInvalid(m_api->sendJson("POST", QStringLiteral("/api/instances"), upstreams), QStringLiteral("upstream_addresses[1]"),
                     QStringLiteral("must be a string"));
        checkInvalid(m_api->sendJson("PUT", QStringLiteral("/api/instances/sim-1"), {{QStringLiteral("priority"), -5}}),
                     QStringLiteral("priority"), QStringLiteral("0 or more"));
        QCOMPARE(fileBytes(file), before);
    }

    // What a change does not touch is written back as the operator wrote it, and the file before
    // the change is kept as <file>.bak.
    void instanceChangesKeepTheRestOfTheFileAsWritten()
    {
        const QString file = instancesFile();
        QJsonArray entries = QJsonDocument::fromJson(fileBytes(file)).array();
        QJsonObject sim = entries.first().toObject();
        sim.insert(QStringLiteral("url"), QString(sim.value(QStringLiteral("url")).toString() + QLatin1Char('/')));
        sim.insert(QStringLiteral("description"), QJsonValue::Null);
        sim.insert(QStringLiteral("tls_insecure"), false);
        sim.insert(QStringLiteral("x_labels"), QJsonObject{{QStringLiteral("rack"), 7}});
        entries.replace(0, sim);
        const QByteArray operatorFile = QJsonDocument(entries).toJson(QJsonDocument::Compact);
        QVERIFY(writeFile(file, operatorFile));
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        const LoopbackAnswer a = m_api->sendJson("POST", QStringLiteral("/api/instances"), newInstance(QStringLiteral("extra"), QStringLiteral("http://127.0.0.1:9")));
        QCOMPARE(a.status, 201);
        const QJsonArray after = QJsonDocument::fromJson(fileBytes(file)).array();
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.first().toObject(), sim);
        QCOMPARE(fileBytes(instanceFileBackupPath(file)), operatorFile);
        QCOMPARE(QFile::permissions(instanceFileBackupPath(file)) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QTRY_VERIFY_WITH_TIMEOUT(m_api->engine().snapshot().instances.size() == 2, 10000);
    }
};

QTEST_GUILESS_MAIN(TestApiConfigRoutes)
#include "tst_apiconfigroutes.moc"
