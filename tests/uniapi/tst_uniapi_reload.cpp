// Making uni-api pick up api.yaml writes (uniapi-config.md §6.10) and the live check (§6.11):
// UniApiReloader against a fake uni-api on 127.0.0.1 and /bin/sh restart scripts, then the
// engine end to end (a restore is a write; result in the snapshot, /api/status and the events).
#include "core/api/snapshotjson.h"
#include "core/common/redactor.h"
#include "core/gptload/httpclient.h"
#include "core/uniapi/reloadpayload.h"
#include "core/uniapi/uniapireloader.h"
#include "tests/support/testengine.h"
#include "tests/support/testutil.h"
#include "tests/uniapi/fakeuniapi.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace ul;
using namespace ul::uniapi;

namespace {

const QString kAdminKey = QStringLiteral("sk-uniapi-admin-key-for-tests-0123456789");
const QString kGatewayKey = QStringLiteral("sk-gw-test-gateway-key-0001");

// A hand-written provider next to two managed ones (tests/data/uniapi/reload.yaml);
// `placeholder` puts ${OPENAI_KEY} in the hand-written one.
QByteArray apiYaml(bool placeholder = false)
{
    QByteArray text = test::readTestData(QStringLiteral("uniapi/reload.yaml"));
    text.replace("@OPENAI@", placeholder ? QByteArray("${OPENAI_KEY}") : QByteArray("sk-openai-direct-key-0123456789"));
    text.replace("@KEY@", kAdminKey.toUtf8());
    return text;
}

const QStringList kManagedModels = {QStringLiteral("claude-sonnet-4"), QStringLiteral("claude-sonnet-4-20250514"),
                                    QStringLiteral("deepseek-chat")};

// Waits for the reloader's next result.
std::optional<ReloadResult> nextResult(UniApiReloader &reloader, int timeoutMs = 10000)
{
    QSignalSpy spy(&reloader, &UniApiReloader::finished);
    if (!spy.wait(timeoutMs))
        return std::nullopt;
    return spy.first().first().value<ReloadResult>();
}

QString resultText(const ReloadResult &r)
{
    return QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

class TestUniApiReload : public QObject
{
    Q_OBJECT

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RequestScheduler> m_scheduler;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<test::FakeUniApi> m_uniApi;
    std::unique_ptr<QTemporaryDir> m_dir;

    ReloadSettings settings(UniApiRuntime runtime, ReloadAction action) const
    {
        ReloadSettings s;
        s.runtime = runtime;
        s.action = action;
        s.baseUrl = m_uniApi->url();
        s.adminKey = kAdminKey;
        s.requestTimeoutMs = 2000;
        s.commandTimeoutMs = 5000;
        s.verifyTimeoutMs = 600;
        s.verifyAfterRestartMs = 600;
        s.verifyIntervalMs = 50;
        return s;
    }

    // An executable /bin/sh script in the temporary directory.
    QString script(const QString &name, const QByteArray &body) const
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("#!/bin/sh\n" + body + "\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    // One reloader with `s`, one write of `yaml`, its result (timed in `elapsedMs`).
    std::optional<ReloadResult> reloadOnce(const ReloadSettings &s, const QByteArray &yaml, qint64 *elapsedMs = nullptr)
    {
        UniApiReloader reloader(s, m_http.get());
        QElapsedTimer clock;
        clock.start();
        reloader.fileWritten(yaml);
        std::optional<ReloadResult> r = nextResult(reloader);
        if (elapsedMs)
            *elapsedMs = clock.elapsed();
        return r;
    }

    static void verifyNoSecret(const QString &text)
    {
        QVERIFY2(!text.contains(kAdminKey), qPrintable(text));
        QVERIFY2(!text.contains(kGatewayKey), qPrintable(text));
    }

private slots:
    void initTestCase() { qRegisterMetaType<ReloadResult>(); }

    void init()
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_scheduler = std::make_unique<RequestScheduler>(4);
        HttpClientOptions options;
        options.retryAttempts = 0;
        options.timeoutMs = 2000;
        m_http = std::make_unique<HttpClient>(m_network.get(), m_scheduler.get(), options);
        m_uniApi = std::make_unique<test::FakeUniApi>(kAdminKey);
        QVERIFY(m_uniApi->start());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_http.reset();
        m_scheduler.reset();
        m_network.reset();
        m_uniApi.reset();
        m_dir.reset();
    }

    void payloadHasEveryProviderWithTypedScalars()
    {
        const Result<ReloadPayload> payload = reloadPayload(apiYaml(true));
        QVERIFY(payload.ok());
        QCOMPARE(payload->providers.size(), 3);
        const QJsonObject mine = payload->providers.at(0).toObject();
        QCOMPARE(mine.value(QStringLiteral("provider")).toString(), QStringLiteral("openai-direct"));
        QCOMPARE(mine.value(QStringLiteral("tools")), QJsonValue(false));
        QCOMPARE(mine.value(QStringLiteral("preferences")).toObject().value(QStringLiteral("model_timeout")).toObject().value(QStringLiteral("default")),
                 QJsonValue(120));
        QCOMPARE(payload->providers.at(1).toObject().value(QStringLiteral("notes")).toString(), QStringLiteral("managed-by=uni-load"));
        const QJsonArray claude = payload->providers.at(2).toObject().value(QStringLiteral("model")).toArray();
        QCOMPARE(claude.at(1).toObject().value(QStringLiteral("claude-sonnet-4-20250514")).toString(), QStringLiteral("claude-sonnet-4"));
        QCOMPARE(payload->placeholderProviders, QStringList{QStringLiteral("openai-direct")});
        QCOMPARE(payload->managedModels, kManagedModels);
        QVERIFY(reloadPayload(apiYaml(false))->placeholderProviders.isEmpty());
    }

    // Rust reloads by itself: never POST /v1/api_config/update (it would rewrite the file
    // without its comments), whatever UNI_API_RELOAD says. The live check still runs.
    void rustCallsNothingAndChecksLive()
    {
        m_uniApi->models = kManagedModels + QStringList{QStringLiteral("gpt-4o")};
        for (ReloadAction action : {ReloadAction::None, ReloadAction::Api, ReloadAction::Command}) {
            ReloadSettings s = settings(UniApiRuntime::Rust, action);
            s.restartCommand = {script(QStringLiteral("never.sh"), "touch never-ran; exit 0")};
            const auto r = reloadOnce(s, apiYaml());
            QVERIFY(r);
            QCOMPARE(r->outcome, ReloadResult::Outcome::NotNeeded);
            QCOMPARE(r->action, ReloadAction::None);
            QCOMPARE(r->live, ReloadResult::Live::Live);
            QVERIFY(r->ok());
        }
        QVERIFY(m_uniApi->updates.isEmpty());
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("never-ran"))));
        QVERIFY(m_uniApi->modelCalls >= 3);
    }

    // §6.11: models that do not show up within the window are reported, not failed.
    void notLiveIsReportedAfterTheWindow()
    {
        m_uniApi->models = {QStringLiteral("deepseek-chat")};
        qint64 elapsedMs = 0;
        const auto r = reloadOnce(settings(UniApiRuntime::Rust, ReloadAction::None), apiYaml(), &elapsedMs);
        QVERIFY(r);
        QCOMPARE(r->live, ReloadResult::Live::NotLive);
        QVERIFY(r->ok());
        QVERIFY2(r->liveMessage.contains(QStringLiteral("2 of 3")), qPrintable(r->liveMessage));
        QVERIFY(m_uniApi->modelCalls >= 2);  // polled
        QVERIFY(elapsedMs < 5000);

        // A key uni-api refuses: cannot check, said at once.
        ReloadSettings wrongKey = settings(UniApiRuntime::Rust, ReloadAction::None);
        wrongKey.adminKey = QStringLiteral("sk-not-the-admin-key-0123456789");
        const auto u = reloadOnce(wrongKey, apiYaml());
        QVERIFY(u);
        QCOMPARE(u->live, ReloadResult::Live::Unknown);
        QVERIFY(!resultText(*u).contains(wrongKey.adminKey));
    }

    void pythonApiSendsTheCompleteProviderList()
    {
        m_uniApi->models = kManagedModels;
        const auto r = reloadOnce(settings(UniApiRuntime::Python, ReloadAction::Api), apiYaml());
        QVERIFY(r);
        QVERIFY2(r->outcome == ReloadResult::Outcome::Ok, qPrintable(resultText(*r)));
        QCOMPARE(r->action, ReloadAction::Api);
        QCOMPARE(r->httpStatus, 200);
        QCOMPARE(r->live, ReloadResult::Live::Live);
        QCOMPARE(m_uniApi->updates.size(), 1);
        const SimHttpRequest &call = m_uniApi->updates.first();
        QCOMPARE(call.header("Authorization"), "Bearer " + kAdminKey.toUtf8());
        const QJsonObject body = QJsonDocument::fromJson(call.body).object();
        QCOMPARE(body.keys(), QStringList{QStringLiteral("providers")});
        QCOMPARE(body.value(QStringLiteral("providers")).toArray(), reloadPayload(apiYaml())->providers);
        verifyNoSecret(resultText(*r));
    }

    void pythonApiFailuresAreResults_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("status");
        QTest::newRow("401") << int(test::FakeUniApi::Update::Unauthorized) << QStringLiteral("refused the admin key") << 401;
        QTest::newRow("500") << int(test::FakeUniApi::Update::ServerError) << QStringLiteral("HTTP 500") << 500;
        QTest::newRow("hang") << int(test::FakeUniApi::Update::Hang) << QStringLiteral("POST /v1/api_config/update failed") << 0;
    }

    void pythonApiFailuresAreResults()
    {
        QFETCH(int, mode);
        QFETCH(QString, expected);
        QFETCH(int, status);
        m_uniApi->update = test::FakeUniApi::Update(mode);
        ReloadSettings s = settings(UniApiRuntime::Python, ReloadAction::Api);
        s.requestTimeoutMs = 300;
        qint64 elapsedMs = 0;
        const auto r = reloadOnce(s, apiYaml(), &elapsedMs);
        QVERIFY(r);
        QCOMPARE(r->outcome, ReloadResult::Outcome::Failed);
        QVERIFY(!r->ok());
        QVERIFY2(r->message.contains(expected), qPrintable(r->message));
        QCOMPARE(r->httpStatus, status);
        QCOMPARE(r->live, ReloadResult::Live::NotChecked);
        QCOMPARE(m_uniApi->updates.size(), 1);
        QVERIFY(elapsedMs < 5000);
        verifyNoSecret(resultText(*r));
    }

    // That call does not expand ${VAR}: it is not made, and the result says why.
    void pythonApiRefusesPlaceholders()
    {
        const auto r = reloadOnce(settings(UniApiRuntime::Python, ReloadAction::Api), apiYaml(true));
        QVERIFY(r);
        QCOMPARE(r->outcome, ReloadResult::Outcome::Failed);
        QVERIFY2(r->message.contains(QStringLiteral("${VAR}")) && r->message.contains(QStringLiteral("openai-direct")), qPrintable(r->message));
        QVERIFY(m_uniApi->updates.isEmpty());
    }

    void pythonWithoutActionAsksForARestart()
    {
        const auto r = reloadOnce(settings(UniApiRuntime::Python, ReloadAction::None), apiYaml());
        QVERIFY(r);
        QCOMPARE(r->outcome, ReloadResult::Outcome::Manual);
        QCOMPARE(r->live, ReloadResult::Live::NotChecked);
        QVERIFY(m_uniApi->updates.isEmpty());
        QCOMPARE(m_uniApi->modelCalls, 0);
    }

    void restartCommandRunsWithoutAShell()
    {
        ReloadSettings s = settings(UniApiRuntime::Python, ReloadAction::Command);
        s.baseUrl.clear();  // no live check
        const QString marker = m_dir->filePath(QStringLiteral("restarted"));
        // "$1" arrives as one argument with its spaces and no expansion: no shell in between.
        s.restartCommand = {script(QStringLiteral("ok.sh"), "printf '%s' \"$1\" > \"$2\""), QStringLiteral("uni api $HOME;"), marker};
        const auto r = reloadOnce(s, apiYaml());
        QVERIFY(r);
        QVERIFY2(r->outcome == ReloadResult::Outcome::Ok, qPrintable(r->message));
        QCOMPARE(r->action, ReloadAction::Command);
        QCOMPARE(r->exitCode, 0);
        QCOMPARE(test::readFile(marker), QByteArray("uni api $HOME;"));
        QCOMPARE(r->live, ReloadResult::Live::NotChecked);
    }

    // A restarted uni-api lists nothing until it is up again: the live check waits longer then.
    void liveCheckWaitsForARestartedUniApi()
    {
        ReloadSettings s = settings(UniApiRuntime::Python, ReloadAction::Command);
        s.restartCommand = {script(QStringLiteral("restart.sh"), "exit 0")};
        s.verifyAfterRestartMs = 5000;
        m_uniApi->models.clear();
        QTimer::singleShot(1000, this, [this]() { m_uniApi->models = kManagedModels; });
        qint64 elapsedMs = 0;
        const auto r = reloadOnce(s, apiYaml(), &elapsedMs);
        QVERIFY(r);
        QVERIFY2(r->outcome == ReloadResult::Outcome::Ok, qPrintable(r->message));
        QCOMPARE(r->live, ReloadResult::Live::Live);
        QVERIFY(elapsedMs >= 900);  // past the 600 ms window of a file reload
    }

    void restartCommandFailureKeepsARedactedStderrTail()
    {
        ReloadSettings s = settings(UniApiRuntime::Python, ReloadAction::Command);
        s.baseUrl.clear();
        s.stderrLimit = 80;
        s.restartCommand = {script(QStringLiteral("fail.sh"),
                                   "i=0; while [ $i -lt 50 ]; do echo \"noise line $i\" >&2; i=$((i+1)); done\n"
                                   "echo \"Error: no such container uni-api (token " + kAdminKey.toUtf8() + ")\" >&2\nexit 3")};
        const auto r = reloadOnce(s, apiYaml());
        QVERIFY(r);
        QCOMPARE(r->outcome, ReloadResult::Outcome::Failed);
        QCOMPARE(r->exitCode, 3);
        QVERIFY2(r->message.contains(QStringLiteral("exited with code 3")), qPrintable(r->message));
        QVERIFY2(r->message.contains(QStringLiteral("no such container")), qPrintable(r->message));
        QVERIFY2(!r->message.contains(QStringLiteral("noise line 1\n")), qPrintable(r->message));  // truncated to its end
        QVERIFY(r->message.size() < 300);
        verifyNoSecret(resultText(*r));

        s.restartCommand = {m_dir->filePath(QStringLiteral("does-not-exist"))};
        const auto m = reloadOnce(s, apiYaml());
        QVERIFY(m);
        QCOMPARE(m->outcome, ReloadResult::Outcome::Failed);
        QVERIFY2(m->message.contains(QStringLiteral("could not be started")), qPrintable(m->message));
    }

    // The command's arguments are the operator's (GET /api/settings masks the whole command):
    // one it prints back on failure stays masked when it is a secret.
    void restartCommandArgumentsThatAreSecretsStayMasked()
    {
        QCOMPARE(RestartCommand::secretArguments({QStringLiteral("docker"), QStringLiteral("restart"), QStringLiteral("uni-api")}),
                 QStringList());
        QCOMPARE(RestartCommand::secretArguments({QStringLiteral("/usr/local/bin/restart-uni-api"), QStringLiteral("--password"),
                                                  QStringLiteral("hunter2"), QStringLiteral("--token=abc"), QStringLiteral("API_KEY=xyz"),
                                                  QStringLiteral("/etc/uni-api/api.yaml"), QStringLiteral("uni-api.internal.example"),
                                                  QStringLiteral("CMDARGSECRET987654321")}),
                 (QStringList{QStringLiteral("hunter2"), QStringLiteral("abc"), QStringLiteral("xyz"), QStringLiteral("CMDARGSECRET987654321")}));

        ReloadSettings s = settings(UniApiRuntime::Python, ReloadAction::Command);
        s.baseUrl.clear();
        s.restartCommand = {script(QStringLiteral("echo-args.sh"), "echo \"restarting with $1 and $2\" >&2\nexit 3"),
                            QStringLiteral("CMDARGSECRET987654321"), QStringLiteral("--api-key=plainsecretvalue")};
        const auto r = reloadOnce(s, apiYaml());
        QVERIFY(r);
        QCOMPARE(r->outcome, ReloadResult::Outcome::Failed);
        QVERIFY2(r->message.contains(QStringLiteral("restarting with")), qPrintable(r->message));
        QVERIFY2(!r->message.contains(QStringLiteral("CMDARGSECRET987654321")), qPrintable(r->message));
        QVERIFY2(!r->message.contains(QStringLiteral("plainsecretvalue")), qPrintable(r->message));
    }

    void restartCommandTimesOut()
    {
        ReloadSettings s = settings(UniApiRuntime::Python, ReloadAction::Command);
        s.baseUrl.clear();
        s.commandTimeoutMs = 200;
        s.restartCommand = {script(QStringLiteral("slow.sh"), "exec sleep 30")};
        qint64 elapsedMs = 0;
        const auto r = reloadOnce(s, apiYaml(), &elapsedMs);
        QVERIFY(r);
        QCOMPARE(r->outcome, ReloadResult::Outcome::Failed);
        QVERIFY2(r->message.contains(QStringLiteral("did not finish within 0.2 s")), qPrintable(r->message));
        QVERIFY(elapsedMs < 5000);
    }

    // Writes during a reload make one more reload, for the newest file, not one per write.
    void writesDuringAReloadAreCoalesced()
    {
        ReloadSettings s = settings(UniApiRuntime::Python, ReloadAction::Command);
        s.baseUrl.clear();
        const QString runs = m_dir->filePath(QStringLiteral("runs"));
        s.restartCommand = {script(QStringLiteral("count.sh"), "echo run >> \"$1\"; sleep 0.3"), runs};
        UniApiReloader reloader(s, m_http.get());
        QSignalSpy finished(&reloader, &UniApiReloader::finished);

        reloader.fileWritten(apiYaml());
        reloader.fileWritten(apiYaml());  // same turn of the event loop: the same reload
        QTRY_VERIFY_WITH_TIMEOUT(reloader.state().running, 5000);
        QVERIFY(!reloader.state().pending);
        for (int i = 0; i < 4; ++i)
            reloader.fileWritten(apiYaml());
        QVERIFY(reloader.state().pending);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QTest::qWait(400);  // no third run
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.at(0).first().value<ReloadResult>().writes, 2);
        QCOMPARE(finished.at(1).first().value<ReloadResult>().writes, 4);
        QCOMPARE(test::readFile(runs), QByteArray("run\nrun\n"));
        QVERIFY(!reloader.state().running && !reloader.state().pending);
    }

    // The engine: a restore of a backup is a write; the reload result reaches the snapshot,
    // /api/status and the events, never with the admin key.
    void engineReloadsAfterARestoreAndReportsIt()
    {
        m_uniApi->models = kManagedModels;
        const QString dir = m_dir->path();
        QVERIFY(test::writeFile(QDir(dir).filePath(QStringLiteral("api.yaml")), apiYaml()));
        QByteArray older = apiYaml();
        older.replace("      - deepseek-chat\n", "      - deepseek-chat\n      - deepseek-reasoner\n");
        const QString backup = QStringLiteral("api.yaml.backup.2026-01-02T03-04-05-678Z");
        QVERIFY(test::writeFile(QDir(dir).filePath(QStringLiteral("backup/") + backup), older));
        m_uniApi->models.append(QStringLiteral("deepseek-reasoner"));

        EngineOptions o = test::engineOptionsIn(dir);
        o.uniApiReload = settings(UniApiRuntime::Python, ReloadAction::Api);
        std::unique_ptr<Engine> engine;
        QVERIFY(test::startEngineAndWait(engine, o, 0));
        QCOMPARE(engine->snapshot().uniApi.reload.runtime, UniApiRuntime::Python);
        QVERIFY(!engine->snapshot().uniApi.reload.last);

        const auto restored = test::await(engine->restoreUniApiBackup(backup));
        QVERIFY(restored && restored->ok());
        QVERIFY((*restored)->written);
        QTRY_VERIFY_WITH_TIMEOUT(engine->snapshot().uniApi.reload.last.has_value(), 10000);
        const EngineSnapshot s = engine->snapshot();
        QCOMPARE(s.uniApi.reload.last->outcome, ReloadResult::Outcome::Ok);
        QCOMPARE(s.uniApi.reload.last->live, ReloadResult::Live::Live);
        QCOMPARE(m_uniApi->updates.size(), 1);

        const QJsonObject status = SnapshotJson::status(s);
        const QJsonObject reload = status.value(QStringLiteral("uniApi")).toObject().value(QStringLiteral("reload")).toObject();
        QCOMPARE(reload.value(QStringLiteral("runtime")).toString(), QStringLiteral("python"));
        QCOMPARE(reload.value(QStringLiteral("effectiveAction")).toString(), QStringLiteral("api"));
        QCOMPARE(reload.value(QStringLiteral("last")).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
        QCOMPARE(reload.value(QStringLiteral("last")).toObject().value(QStringLiteral("live")), QJsonValue(true));
        verifyNoSecret(QString::fromUtf8(QJsonDocument(status).toJson()));

        const auto events = test::await(engine->events(0));
        QVERIFY(events && events->ok());
        bool reloaded = false;
        for (const EngineEvent &e : events->value()) {
            reloaded = reloaded || e.kind == QLatin1String("uniapi-reloaded");
            verifyNoSecret(QString::fromUtf8(QJsonDocument(e.toJson()).toJson()));
        }
        QVERIFY(reloaded);

        // A failed reload is an event and a result; the write itself succeeded.
        m_uniApi->update = test::FakeUniApi::Update::ServerError;
        const QString again = QStringLiteral("api.yaml.backup.2026-01-02T03-04-05-679Z");
        QVERIFY(test::writeFile(QDir(dir).filePath(QStringLiteral("backup/") + again), apiYaml()));
        const auto second = test::await(engine->restoreUniApiBackup(again));
        QVERIFY(second && second->ok() && (*second)->written);
        QTRY_VERIFY_WITH_TIMEOUT(engine->snapshot().uniApi.reload.last && !engine->snapshot().uniApi.reload.last->ok(), 10000);
        const auto after = test::await(engine->events(0));
        QVERIFY(after && after->ok());
        QVERIFY(std::any_of(after->value().cbegin(), after->value().cend(),
                            [](const EngineEvent &e) { return e.kind == QLatin1String("uniapi-reload-failed"); }));
        engine.reset();
    }
};

QTEST_GUILESS_MAIN(TestUniApiReload)
#include "tst_uniapi_reload.moc"
