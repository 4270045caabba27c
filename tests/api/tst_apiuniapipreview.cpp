// GET /api/uniapi/preview and GET /api/uniapi/backups/:name/preview (uniapi-config.md §6.9,
// §6.13) over loopback, against a real engine and the simulated cluster: the unified diff of the
// next api.yaml write and of a restore, with every key masked, and the errors as values.
#include "tests/api/apiloopback.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace ul;
using namespace ul::test;

namespace {

const QString kSiteKey = QStringLiteral("sk-sim-site-key-0001");
const QString kBackup = QStringLiteral("api.yaml.backup.2026-01-02T03-04-05-678Z");
const QString kTamperedKey = QStringLiteral("sk-tampered-gateway-0123456789abcdefghij");
const QString kHandWrittenKey = QStringLiteral("sk-handwritten-secret-0123456789abcdef");
const QString kClientKey = QStringLiteral("sk-client-secret-0123456789abcdefghij");

// Every `api:` value of a YAML text (the gateway key of managed entries, client keys).
QStringList apiValues(const QByteArray &yaml)
{
    static const QRegularExpression api(QStringLiteral("api\\s*:\\s*[\"']?([^\"'\\s#]+)"));
    QStringList out;
    for (auto it = api.globalMatch(QString::fromUtf8(yaml)); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

QString leakIn(const QByteArray &body, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (body.contains(secret.toUtf8()))
            return secret;
    }
    return {};
}

QStringList names(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}

} // namespace

class TestApiUniApiPreview : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiLoopback> m_api;

    QString apiYaml() const { return m_api->fixture().options().uniApiYamlPath; }
    QString backupPath(const QString &name) const { return QFileInfo(apiYaml()).dir().filePath(QStringLiteral("backup/") + name); }

    bool startAndOnboard()
    {
        SimAiSiteOptions options;
        options.name = QStringLiteral("relay");
        options.models = {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")};
        options.validKeys = {kSiteKey};
        SimAiSite *site = m_api->fixture().addSite(options);
        if (!m_api->start())
            return false;
        const LoopbackAnswer a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"),
                                                 OnboardingFixture::request(site->url(), {kSiteKey}, {QStringLiteral("openai")}));
        if (a.status != 200)
            qWarning() << a.body;
        return a.status == 200 && QFileInfo::exists(apiYaml());
    }

private slots:
    void init() { m_api = std::make_unique<ApiLoopback>(); }
    void cleanup() { m_api.reset(); }

    void previewShowsTheNextWriteWithKeysMasked()
    {
        QVERIFY(startAndOnboard());
        const QByteArray written = readFile(apiYaml());
        const QStringList keys = apiValues(written);
        QVERIFY2(!keys.isEmpty(), written.constData());

        // Right after the onboarding's write there is nothing to change.
        LoopbackAnswer a = m_api->send("GET", QStringLiteral("/api/uniapi/preview"));
        QCOMPARE(a.status, 200);
        QVERIFY(a.json.value(QStringLiteral("success")).toBool());
        QJsonObject data = a.json.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("changed")).toBool(), false);
        QCOMPARE(data.value(QStringLiteral("diff")).toString(), QString());
        QCOMPARE(data.value(QStringLiteral("path")).toString(), apiYaml());

        // Someone edits a managed entry: its base URL and its key.
        QString tampered = QString::fromUtf8(written);
        const int proxy = tampered.indexOf(QStringLiteral("/proxy/"));
        QVERIFY(proxy > 0);
        tampered.replace(proxy, 7, QStringLiteral("/proxy-old/"));
        const QString gateway = keys.constLast();  // the managed entries come after api_keys
        tampered.replace(gateway, kTamperedKey);
        QVERIFY(writeFile(apiYaml(), tampered.toUtf8()));

        a = m_api->send("GET", QStringLiteral("/api/uniapi/preview"));
        QCOMPARE(a.status, 200);
        data = a.json.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("changed")).toBool(), true);
        const QString diff = data.value(QStringLiteral("diff")).toString();
        QVERIFY2(diff.startsWith(QStringLiteral("--- a/api.yaml\n+++ b/api.yaml\n@@ ")), qPrintable(diff));
        QVERIFY2(diff.contains(QRegularExpression(QStringLiteral("\n-[^\n]*/proxy-old/"))), qPrintable(diff));
        QVERIFY2(diff.contains(QRegularExpression(QStringLiteral("\n\\+[^\n]*/proxy/"))), qPrintable(diff));
        QVERIFY2(diff.contains(QRegularExpression(QStringLiteral("\n-\\s*api:"))), qPrintable(diff));  // the key line changes…
        const QJsonObject summary = data.value(QStringLiteral("summary")).toObject();
        QVERIFY2(!names(summary.value(QStringLiteral("changed"))).isEmpty(), a.body.constData());
        QVERIFY(names(summary.value(QStringLiteral("added"))).isEmpty());
        QVERIFY(names(summary.value(QStringLiteral("removed"))).isEmpty());
        const QString leaked = leakIn(a.body, QStringList(keys) << kTamperedKey);  // …masked on both sides
        QVERIFY2(leaked.isEmpty(), qPrintable(QStringLiteral("%1 leaked in %2").arg(leaked, QString::fromUtf8(a.body))));
        // A preview writes nothing, backs nothing up.
        QCOMPARE(readFile(apiYaml()), tampered.toUtf8());
        QVERIFY(!QFileInfo::exists(QFileInfo(apiYaml()).dir().filePath(QStringLiteral("backup"))));

        // Chinese clients get the message in Chinese; the diff stays the file's text.
        a = m_api->send("GET", QStringLiteral("/api/uniapi/preview"), {}, {{"Accept-Language", "zh-CN"}});
        QCOMPARE(a.status, 200);
        QVERIFY(hasChinese(a.json.value(QStringLiteral("message")).toString()));
    }

    void restorePreviewShowsTheBackupsDiff()
    {
        QVERIFY(startAndOnboard());
        const QByteArray current = readFile(apiYaml());
        const QByteArray backup = QStringLiteral("api_keys:\n"
                                                 "  - api: %1\n"
                                                 "providers:\n"
                                                 "  - provider: hand\n"
                                                 "    base_url: https://example.com/v1/chat/completions\n"
                                                 "    api: %2\n"
                                                 "    model:\n"
                                                 "      - gpt-4o\n")
                                      .arg(kClientKey, kHandWrittenKey)
                                      .toUtf8();
        QVERIFY(writeFile(backupPath(kBackup), backup));
        QVERIFY(m_api->send("GET", QStringLiteral("/api/uniapi/backups")).body.contains(kBackup.toUtf8()));

        LoopbackAnswer a = m_api->send("GET", QStringLiteral("/api/uniapi/backups/%1/preview").arg(kBackup));
        QCOMPARE(a.status, 200);
        const QJsonObject data = a.json.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("changed")).toBool(), true);
        const QJsonObject summary = data.value(QStringLiteral("summary")).toObject();
        QCOMPARE(names(summary.value(QStringLiteral("added"))), QStringList{QStringLiteral("hand")});
        const QStringList removed = names(summary.value(QStringLiteral("removed")));
        QCOMPARE(removed.size(), 2);
        QVERIFY(removed.constFirst().startsWith(QStringLiteral("gptload-")));
        const QString diff = data.value(QStringLiteral("diff")).toString();
        QVERIFY2(diff.contains(QStringLiteral("\n+  - provider: hand\n")), qPrintable(diff));
        QVERIFY2(diff.contains(QRegularExpression(QStringLiteral("\n-\\s*- provider: \"?gptload-"))), qPrintable(diff));
        const QString leaked = leakIn(a.body, apiValues(current) << kHandWrittenKey << kClientKey);
        QVERIFY2(leaked.isEmpty(), qPrintable(QStringLiteral("%1 leaked in %2").arg(leaked, QString::fromUtf8(a.body))));
        QCOMPARE(readFile(apiYaml()), current);  // nothing restored

        // The same backup as the current file: nothing to change.
        QVERIFY(writeFile(backupPath(QStringLiteral("api.yaml.backup.2026-01-02T03-04-05-679Z")), current));
        a = m_api->send("GET", QStringLiteral("/api/uniapi/backups/api.yaml.backup.2026-01-02T03-04-05-679Z/preview"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("changed")).toBool(), false);
        QCOMPARE(a.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("diff")).toString(), QString());
    }

    void restorePreviewErrorsAreValues()
    {
        QVERIFY(startAndOnboard());
        LoopbackAnswer a = m_api->send("GET", QStringLiteral("/api/uniapi/backups/api.yaml.backup.2020-01-01T00-00-00-000Z/preview"));
        QCOMPARE(a.status, 404);
        QCOMPARE(a.code(), QStringLiteral("UNIAPI_BACKUP_NOT_FOUND"));
        a = m_api->send("GET", QStringLiteral("/api/uniapi/backups/..%2Fapi.yaml/preview"));  // names no path
        QCOMPARE(a.status, 404);

        // A backup that is no valid configuration cannot be restored: said before anything happens.
        const QString broken = QStringLiteral("api.yaml.backup.2026-01-02T03-04-05-680Z");
        QVERIFY(writeFile(backupPath(broken), QByteArrayLiteral("providers:\n  - provider: x\n    api: [unclosed\n")));
        a = m_api->send("GET", QStringLiteral("/api/uniapi/backups/%1/preview").arg(broken));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), QStringLiteral("UNIAPI_PARSE"));
        QVERIFY2(a.error().contains(broken), a.body.constData());
    }

    void previewOfAnUnreadableFileSaysWhy()
    {
        QVERIFY(startAndOnboard());
        const QByteArray broken = QByteArrayLiteral("providers:\n  - provider: x\n    model: [unclosed\n");
        QVERIFY(writeFile(apiYaml(), broken));
        const LoopbackAnswer a = m_api->send("GET", QStringLiteral("/api/uniapi/preview"));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), QStringLiteral("UNIAPI_PARSE"));
        QVERIFY2(!a.error().isEmpty(), a.body.constData());
        QCOMPARE(readFile(apiYaml()), broken);
    }

    // With no gpt-load instance answering, the next write cannot be planned: 503, and the file
    // stays as it is.
    void previewWithoutAReachableInstanceSaysSo()
    {
        QVERIFY(startAndOnboard());
        const QByteArray before = readFile(apiYaml());
        m_api->fixture().instance(0)->addFault(SimFaultRule::respond(QByteArray(), QStringLiteral("/api/*"), 503, "Service Unavailable"));
        const LoopbackAnswer a = m_api->send("GET", QStringLiteral("/api/uniapi/preview"));
        QCOMPARE(a.status, 503);
        QVERIFY2(a.error().contains(QStringLiteral("no gpt-load instance is reachable")), a.body.constData());
        QCOMPARE(readFile(apiYaml()), before);
    }

    void withoutAnApiYamlPathBothPreviewsSaySo()
    {
        QVERIFY(m_api->start([](EngineOptions &o) { o.uniApiYamlPath.clear(); }));
        for (const QString &path : {QStringLiteral("/api/uniapi/preview"), QStringLiteral("/api/uniapi/backups/%1/preview").arg(kBackup)}) {
            const LoopbackAnswer a = m_api->send("GET", path);
            QCOMPARE(a.status, 400);
            QVERIFY2(a.error().contains(QStringLiteral("no api.yaml path is configured")), a.body.constData());
        }
        const LoopbackAnswer restore = m_api->sendJson("POST", QStringLiteral("/api/uniapi/restore"), {{QStringLiteral("name"), kBackup}});
        QCOMPARE(restore.status, 400);
    }
};

QTEST_GUILESS_MAIN(TestApiUniApiPreview)
#include "tst_apiuniapipreview.moc"
