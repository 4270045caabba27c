#include "core/sim/simcluster.h"
#include "tests/support/testutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ul;

namespace {
const QString kToken = QStringLiteral("headless-test-token-0123456789");

struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
};
} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    Reply get(quint16 port, const QString &path, bool withToken = true, const QByteArray &method = "GET")
    {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        if (withToken)
            req.setRawHeader("Authorization", "Bearer " + kToken.toUtf8());
        return finished(m_nam.sendCustomRequest(req, method), 10000);
    }

    Reply post(quint16 port, const QString &path, const QJsonObject &body)
    {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        req.setRawHeader("Authorization", "Bearer " + kToken.toUtf8());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        return finished(m_nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)), 30000);
    }

    // Waits up to `timeoutMs` for `reply` and reads it.
    static Reply finished(QNetworkReply *reply, int timeoutMs)
    {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(timeoutMs);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        reply->deleteLater();
        return r;
    }

    // Starts uni-load and returns the port it printed.
    quint16 launch(QProcess &process, const QString &configDir, const QStringList &extraArgs = {},
                   const QHash<QString, QString> &extraEnv = {}, bool headless = true)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        env.insert(QStringLiteral("API_TOKEN"), kToken);
        env.insert(QStringLiteral("ENABLE_MODEL_SYNC"), QStringLiteral("false"));
        env.insert(QStringLiteral("ENABLE_CHANNEL_HEALTH"), QStringLiteral("false"));
        env.insert(QStringLiteral("UNI_API_YAML_PATH"), configDir + QStringLiteral("/api.yaml"));
        process.setProcessEnvironment(env);
        const QStringList mode = headless ? QStringList{QStringLiteral("--headless")} : QStringList{};
        process.start(QStringLiteral(UNILOAD_BINARY),
                      mode + QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--config-dir"), configDir}
                          + extraArgs);
        if (!process.waitForStarted(5000))
            return 0;
        m_stdout.clear();
        const quint16 port = printedPort(process, QStringLiteral("listening on"));
        if (port == 0)
            qWarning() << "uni-load did not start:" << m_stdout << process.readAllStandardError();
        return port;
    }

    // The port of the first "<what> 127.0.0.1:<port>" line uni-load printed (0 after 10 s).
    quint16 printedPort(QProcess &process, const QString &what)
    {
        const QRegularExpression re(QRegularExpression::escape(what) + QStringLiteral(" 127\\.0\\.0\\.1:(\\d+)"));
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            const auto m = re.match(QString::fromUtf8(m_stdout));
            if (m.hasMatch())
                return static_cast<quint16>(m.captured(1).toUInt());
            if (process.state() != QProcess::Running)
                break;
            process.waitForReadyRead(100);
            m_stdout += process.readAllStandardOutput();
        }
        return 0;
    }

    // Starts a headless uni-load bound to 0.0.0.0 with API_TOKEN set to `token` (unset when
    // null), expects it to refuse (exit code 2) and returns what it printed on stderr.
    QByteArray refusedPublicStart(const QString &token)
    {
        QTemporaryDir dir;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (token.isNull())
            env.remove(QStringLiteral("API_TOKEN"));
        else
            env.insert(QStringLiteral("API_TOKEN"), token);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(UNILOAD_BINARY), {QStringLiteral("--headless"), QStringLiteral("--config-dir"), dir.path(),
                                                        QStringLiteral("--listen"), QStringLiteral("0.0.0.0"), QStringLiteral("--port"),
                                                        QStringLiteral("0")});
        if (!process.waitForFinished(10000) || process.exitCode() != 2)
            return QByteArray("did not refuse: exit code ") + QByteArray::number(process.exitCode());
        return process.readAllStandardError();
    }

    // The desktop console without a display, with both background loops on or off.
    static QProcessEnvironment offscreenEnvironment(bool loops)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("ENABLE_MODEL_SYNC"), loops ? QStringLiteral("true") : QStringLiteral("false"));
        env.insert(QStringLiteral("ENABLE_CHANNEL_HEALTH"), loops ? QStringLiteral("true") : QStringLiteral("false"));
        return env;
    }

    QByteArray m_stdout;  // what the last launched process printed so far

    static int terminate(QProcess &process, int signal = SIGTERM)
    {
        ::kill(static_cast<pid_t>(process.processId()), signal);
        if (!process.waitForFinished(10000))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

private slots:
    void startServeAndStopCleanly()
    {
        SimClusterOptions options;
        options.instanceCount = 2;
        SimCluster cluster(options);
        QVERIFY(cluster.start());
        QTemporaryDir dir;
        QVERIFY(cluster.writeInstancesFile(dir.filePath(QStringLiteral("gptload-instances.json"))));
        cluster.instance(1)->stop();

        QProcess process;
        const quint16 port = launch(process, dir.path());
        QVERIFY(port != 0);

        const Reply health = get(port, QStringLiteral("/api/health"), false);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

        QCOMPARE(get(port, QStringLiteral("/api/status"), false).status, 401);
        QCOMPARE(get(port, QStringLiteral("/api/unknown")).status, 404);
        QCOMPARE(get(port, QStringLiteral("/api/status"), true, "DELETE").status, 405);

        // Health is checked in the background; /api/status only reads the cached result.
        QJsonObject gptload;
        QTRY_VERIFY_WITH_TIMEOUT((gptload = get(port, QStringLiteral("/api/status")).json.value(QStringLiteral("gptload")).toObject(),
                                  gptload.value(QStringLiteral("healthyCount")).toInt() == 1
                                      && gptload.value(QStringLiteral("instances")).toObject().size() == 2
                                      && !gptload.value(QStringLiteral("instances")).toObject().value(QStringLiteral("sim-2"))
                                              .toObject().value(QStringLiteral("lastCheck")).isString()),
                                 10000);
        QCOMPARE(gptload.value(QStringLiteral("totalCount")).toInt(), 2);
        QVERIFY(gptload.value(QStringLiteral("error")).isNull());

        const Reply multi = get(port, QStringLiteral("/api/multi-instances"));
        QCOMPARE(multi.status, 200);
        QVERIFY(multi.json.value(QStringLiteral("instances")).toObject().contains(QStringLiteral("sim-1")));

        const Reply check = get(port, QStringLiteral("/api/check-instances"), true, "POST");
        QCOMPARE(check.status, 200);
        QVERIFY(check.json.value(QStringLiteral("success")).toBool());

        // The admin tokens never leak through the API.
        const Reply status = get(port, QStringLiteral("/api/status"));
        for (SimGptLoad *sim : cluster.instances())
            QVERIFY(!status.body.contains(sim->adminKey().toUtf8()));

        QCOMPARE(terminate(process), 0);
        // Logs were written and hold no token.
        const QByteArray combined = test::readFile(dir.filePath(QStringLiteral("logs/combined.log")));
        QVERIFY(combined.contains("HTTP API listening"));
        QVERIFY(!combined.contains(kToken.toUtf8()));
        for (SimGptLoad *sim : cluster.instances())
            QVERIFY(!combined.contains(sim->adminKey().toUtf8()));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("logs/access.log"))));
    }

    void demoOnboardsByItselfAndServesMetrics()
    {
        // --demo: simulated instances and sites, a throwaway config directory, and the two relays
        // onboarded without any request; /metrics on its own port with the token rule.
        QTemporaryDir dir;
        QProcess process;
        QElapsedTimer started;
        started.start();
        const quint16 port = launch(process, dir.path(), {QStringLiteral("--demo")},
                                    {{QStringLiteral("ENABLE_METRICS"), QStringLiteral("true")}, {QStringLiteral("METRICS_PORT"), QStringLiteral("0")}});
        QVERIFY(port != 0);
        const quint16 metricsPort = printedPort(process, QStringLiteral("metrics on"));
        QVERIFY(metricsPort != 0 && metricsPort != port);

        QCOMPARE(get(metricsPort, QStringLiteral("/metrics"), false).status, 401);
        QCOMPARE(get(metricsPort, QStringLiteral("/api/status")).status, 404);  // the metrics port serves /metrics only
        QCOMPARE(get(port, QStringLiteral("/metrics")).status, 404);            // and the API port does not

        static const QRegularExpression modelGroups(QStringLiteral("^uniload_groups\\{layer=\"model\"\\} (\\d+)$"),
                                                    QRegularExpression::MultilineOption);
        static const QRegularExpression onboarded(
            QStringLiteral("^uniload_operation_duration_seconds_count\\{kind=\"process-site\",outcome=\"done\"\\} 2$"),
            QRegularExpression::MultilineOption);
        // Groups are recorded before they are created, and both answers come from the engine's
        // snapshot, published a moment after a change: wait until the onboarding job finished
        // and /metrics and /api/status agree on it.
        Reply metrics;
        Reply status;
        const auto settled = [&] {
            metrics = get(metricsPort, QStringLiteral("/metrics"));
            status = get(port, QStringLiteral("/api/status"));
            const QString body = QString::fromUtf8(metrics.body);
            const int groups = modelGroups.match(body).captured(1).toInt();
            const int managed = status.json.value(QStringLiteral("uniApi")).toObject().value(QStringLiteral("managedCount")).toInt();
            return groups > 0 && body.contains(onboarded) && managed == groups;  // every L3 group became a provider
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 30000);
        qInfo("the demo was up and onboarded after %lld ms", static_cast<long long>(started.elapsed()));
        QCOMPARE(metrics.status, 200);
        const QString text = QString::fromUtf8(metrics.body);
        QCOMPARE(text.count(QRegularExpression(QStringLiteral("^uniload_instance_up\\{[^}]*\\} 1$"), QRegularExpression::MultilineOption)), 2);
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("^uniload_gptload_requests_total\\{[^}]*method=\"POST\",route=\"/api/groups\",status=\"2xx\"\\} [1-9]"),
                                                 QRegularExpression::MultilineOption)));
        QVERIFY(!metrics.body.contains(kToken.toUtf8()));

        QCOMPARE(status.json.value(QStringLiteral("gptload")).toObject().value(QStringLiteral("healthyCount")).toInt(), 2);
        // The demo's api.yaml has one hand-written entry besides the providers uni-load manages.
        const QJsonObject uniApi = status.json.value(QStringLiteral("uniApi")).toObject();
        QVERIFY(uniApi.value(QStringLiteral("providersCount")).toInt() > uniApi.value(QStringLiteral("managedCount")).toInt());

        // The first relay came with a third key it had revoked, already blacklisted in gpt-load:
        // removing its site group's invalid keys takes exactly that one out of the pool.
        const Reply cleared = post(port, QStringLiteral("/api/channels/127-0-0-1-openai/remove-invalid-keys"), QJsonObject{});
        QVERIFY2(cleared.status == 200, cleared.body.constData());
        const QJsonObject removal = cleared.json.value(QStringLiteral("data")).toObject();
        QCOMPARE(removal.value(QStringLiteral("removed")).toInt(), 1);
        QCOMPARE(removal.value(QStringLiteral("keys")).toObject().value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(removal.value(QStringLiteral("keys")).toObject().value(QStringLiteral("invalid")).toInt(), 0);

        // The sites left for the newcomer are printed and take any key.
        static const QRegularExpression anthropicSite(QStringLiteral("add the Anthropic site (http://127\\.0\\.0\\.1:\\d+)"));
        const QRegularExpressionMatch printed = anthropicSite.match(QString::fromUtf8(m_stdout));
        QVERIFY2(printed.hasMatch(), m_stdout.constData());
        const Reply added = post(port, QStringLiteral("/api/process-ai-site"),
                                 QJsonObject{{QStringLiteral("baseUrl"), printed.captured(1)},
                                             {QStringLiteral("apiKeys"), QJsonArray{QStringLiteral("sk-made-up-by-a-newcomer-42")}},
                                             {QStringLiteral("channelTypes"), QJsonArray{QStringLiteral("anthropic")}}});
        QVERIFY2(added.status == 200, added.body.constData());
        QCOMPARE(added.json.value(QStringLiteral("success")).toBool(), true);
        // A closed terminal (SIGHUP) ends the demo as cleanly as SIGTERM: its directory, with
        // the token and the store, is removed.
        const QRegularExpressionMatch demoDir = QRegularExpression(QStringLiteral("files in (/\\S+)")).match(QString::fromUtf8(m_stdout));
        QVERIFY2(demoDir.hasMatch(), m_stdout.constData());
        QVERIFY(QFileInfo(demoDir.captured(1)).isDir());
        QCOMPARE(terminate(process, SIGHUP), 0);
        QVERIFY(!QFileInfo::exists(demoDir.captured(1)));
        // The demo works in its own directory: the operator's config directory stays untouched.
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("gptload-instances.json"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("api.yaml"))));
    }

    void desktopServesTheApiWhenAsked()
    {
#ifndef UNILOAD_TEST_GUI
        QSKIP("GUI-less build: there is no desktop console");
#else
        QTemporaryDir dir;
        QProcess process;
        const QHash<QString, QString> env{{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
                                          {QStringLiteral("DESKTOP_API_SERVER"), QStringLiteral("true")}};
        const quint16 port = launch(process, dir.path(), {}, env, false);
        QVERIFY(port != 0);
        QCOMPARE(get(port, QStringLiteral("/api/health"), false).status, 200);
        QCOMPARE(get(port, QStringLiteral("/api/status"), false).status, 401);
        QCOMPARE(get(port, QStringLiteral("/api/status")).status, 200);
        QCOMPARE(terminate(process), 0);

        // Off (the default): the console runs and nothing listens.
        QProcess quiet;
        const QProcessEnvironment offscreen = offscreenEnvironment(false);
        quiet.setProcessEnvironment(offscreen);
        const QString log = dir.filePath(QStringLiteral("logs/combined.log"));
        const qsizetype consolesBefore = test::readFile(log).count("interface language");
        quiet.start(QStringLiteral(UNILOAD_BINARY), {QStringLiteral("--config-dir"), dir.path()});
        QVERIFY(quiet.waitForStarted(5000));
        // The console is up once it logged its language (the signal handler is installed before).
        QTRY_VERIFY_WITH_TIMEOUT(test::readFile(log).count("interface language") > consolesBefore, 10000);
        QVERIFY(!quiet.readAllStandardOutput().contains("listening on"));

        // Launched again (the menu entry while the console sits in the tray): the running
        // console is shown, and the second process exits 0 instead of failing on the lock.
        QProcess again;
        again.setProcessEnvironment(offscreen);
        again.start(QStringLiteral(UNILOAD_BINARY), {QStringLiteral("--config-dir"), dir.path()});
        QVERIFY(again.waitForFinished(10000));
        const QByteArray againErr = again.readAllStandardError();
        QVERIFY2(again.exitCode() == 0, againErr.constData());
        QVERIFY2(again.readAllStandardOutput().contains("already running"), againErr.constData());
        QTRY_VERIFY_WITH_TIMEOUT(test::readFile(log).contains("console shown: uni-load was launched again"), 5000);
        QCOMPARE(terminate(quiet), 0);
#endif
    }

    void missingInstanceFileIsReportedNotFatal()
    {
        QTemporaryDir dir;
        QProcess process;
        const quint16 port = launch(process, dir.path());
        QVERIFY(port != 0);
        QJsonObject error;
        QTRY_VERIFY((error = get(port, QStringLiteral("/api/status")).json.value(QStringLiteral("gptload")).toObject()
                                 .value(QStringLiteral("error")).toObject(),
                     !error.isEmpty()));
        QVERIFY(error.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("gptload-instances.json")));
        QCOMPARE(error.value(QStringLiteral("reason")).toString(), QStringLiteral("file not found"));
        QCOMPARE(error.value(QStringLiteral("missing")).toBool(), true);  // a first run, not a broken file
        QCOMPARE(terminate(process), 0);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("gptload-instances.json"))));  // never created
    }

    void secondProcessOnTheSameDataDirectoryRefuses()
    {
        QTemporaryDir dir;
        QProcess first;
        QVERIFY(launch(first, dir.path()) != 0);
        QProcess second;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("API_TOKEN"), kToken);
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(UNILOAD_BINARY), {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                                                       QStringLiteral("--config-dir"), dir.path()});
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 2);
        const QByteArray err = second.readAllStandardError();
        const QByteArray expected = QByteArray("another uni-load (pid ") + QByteArray::number(first.processId())
            + QByteArray(") is using the data directory");
        QVERIFY2(err.contains(expected), err.constData());
        QCOMPARE(terminate(first), 0);
        // The lock went with its process: the next start works.
        QProcess third;
        QVERIFY(launch(third, dir.path()) != 0);
        QCOMPARE(terminate(third), 0);
    }

    void badCommandLineExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")};
        QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("abc")};
        QTest::newRow("port range") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
        QTest::newRow("bad listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("not-an-ip")};
        QTest::newRow("empty config dir") << QStringList{QStringLiteral("--config-dir"), QString()};
        QTest::newRow("blank data dir") << QStringList{QStringLiteral("--data-dir"), QStringLiteral(" ")};
        // Options of the window, which a headless run would ignore.
        QTest::newRow("minimized") << QStringList{QStringLiteral("--minimized")};
#ifdef UNILOAD_TEST_GUI
        QTest::newRow("page") << QStringList{QStringLiteral("--page"), QStringLiteral("sites")};
        QTest::newRow("lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")};
#endif
    }
    void badCommandLineExitsWithTwo()
    {
        QFETCH(QStringList, args);
        QProcess process;
        process.start(QStringLiteral(UNILOAD_BINARY), QStringList{QStringLiteral("--headless")} + args);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!process.readAllStandardError().isEmpty());
    }

    void badEnvironmentNumberExitsWithTwo()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral(".env")), "MODEL_SYNC_INTERVAL=soon\n"));
        QProcess process;
        process.start(QStringLiteral(UNILOAD_BINARY),
                      {QStringLiteral("--headless"), QStringLiteral("--config-dir"), dir.path(), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("MODEL_SYNC_INTERVAL"));
    }

    // A token file that can be neither read nor created is a configuration problem: exit code 2
    // (the systemd unit does not restart into it), and the message says how to fix it.
    void unusableTokenFileExitsWithTwo()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("api-token")));  // a directory where the file belongs
        QProcess process;
        process.start(QStringLiteral(UNILOAD_BINARY),
                      {QStringLiteral("--headless"), QStringLiteral("--config-dir"), dir.path(), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("api-token") && err.contains("set API_TOKEN"), err.constData());
    }

    void nonLoopbackWithoutExplicitTokenRefuses()
    {
        const QByteArray err = refusedPublicStart(QString());
        QVERIFY2(err.contains("API_TOKEN"), err.constData());
    }

    void nonLoopbackWithShortTokenRefuses()
    {
        const QByteArray err = refusedPublicStart(QStringLiteral("short-token"));
        QVERIFY(err.contains("shorter than 16"));
        QVERIFY(!err.contains("short-token"));
    }

    // --screenshot of the operator's own state (no --demo) reads and changes nothing: no loop
    // runs, whatever the configuration says.
    void screenshotOfTheOwnStateRunsNoLoop()
    {
#ifndef UNILOAD_TEST_GUI
        QSKIP("GUI-less build: no screenshots");
#else
        QTemporaryDir dir;
        QProcess process;
        process.setProcessEnvironment(offscreenEnvironment(true));
        process.start(QStringLiteral(UNILOAD_BINARY), {QStringLiteral("--config-dir"), dir.path(), QStringLiteral("--screenshot"),
                                                       dir.filePath(QStringLiteral("shot.png")), QStringLiteral("--page"), QStringLiteral("sync")});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("shot.png"))).size() > 0);
        const QByteArray log = test::readFile(dir.filePath(QStringLiteral("logs/combined.log")));
        QVERIFY2(log.contains("model sync is stopped"), log.constData());
        QVERIFY2(log.contains("channel health monitor stopped"), log.constData());
#endif
    }

    void versionAndHelp()
    {
        QProcess process;
        process.start(QStringLiteral(UNILOAD_BINARY), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().startsWith("uni-load "));
        process.start(QStringLiteral(UNILOAD_BINARY), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("--headless"));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
