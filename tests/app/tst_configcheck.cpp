// `uni-load --check`, run as a child process against simulated gpt-load instances: what it
// reports, the exit codes, and that it changes nothing.
#include "core/sim/simcluster.h"
#include "core/sim/simhttpserver.h"
#include "core/store/statestore.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ul;

namespace {

struct CheckRun
{
    int exitCode = -1;
    QString out;  // stdout: the report
    QString err;
};

const QByteArray kApiYaml = "# uni-api configuration, kept by hand\n"
                            "providers:\n"
                            "  - provider: my-own   # hand-written\n"
                            "    base_url: https://example.com/v1/chat/completions\n"
                            "    api: sk-handwritten-provider-key-123456\n"
                            "api_keys:\n"
                            "  - api: sk-client-key-abcdef0123456789\n";

// Every file under `dir` with its bytes, to show that nothing was created or changed.
QMap<QString, QByteArray> tree(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), QFileInfo(path).isFile() ? test::readFile(path) : QByteArray("<dir>"));
    }
    return files;
}

} // namespace

class TestConfigCheck : public QObject
{
    Q_OBJECT

private:
    // Runs `uni-load --check --headless` on `dir` (config; data in dir/data) while this thread's
    // event loop keeps the simulated instances answering.
    static CheckRun check(const QString &dir, const QStringList &extraArgs = {}, const QHash<QString, QString> &extraEnv = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"API_TOKEN", "PORT", "BIND_ADDRESS", "GPTLOAD_INSTANCES_FILE", "UNI_API_YAML_PATH", "UNI_API_URL",
                                 "UNI_API_ADMIN_KEY"})
            env.remove(QString::fromLatin1(name));
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(UNILOAD_BINARY), QStringList{QStringLiteral("--check"), QStringLiteral("--headless"),
                                                                  QStringLiteral("--config-dir"), dir, QStringLiteral("--data-dir"),
                                                                  dir + QStringLiteral("/data"), QStringLiteral("--port"), QStringLiteral("0")}
                                                          + extraArgs);
        if (!finished.wait(30000))
            process.kill();
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    static int lines(const QString &report, const QString &prefix)
    {
        int n = 0;
        for (const QString &line : report.split(QLatin1Char('\n')))
            n += line.startsWith(prefix) ? 1 : 0;
        return n;
    }

private slots:
    void reportsEveryPartAndTheInstanceThatIsDown()
    {
        SimClusterOptions options;
        options.instanceCount = 2;
        SimCluster cluster(options);
        QVERIFY(cluster.start());
        QTemporaryDir dir;
        QVERIFY(cluster.writeInstancesFile(dir.filePath(QStringLiteral("gptload-instances.json"))));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("api.yaml")), kApiYaml));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral(".env")), "UNI_API_YAML_PATH=api.yaml\nMODEL_SYNC_INTERVALL=30\n"));
        cluster.instance(1)->stop();
        const QMap<QString, QByteArray> before = tree(dir.path());

        const CheckRun run = check(dir.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("did you mean MODEL_SYNC_INTERVAL?")), qPrintable(run.out));
        QCOMPARE(lines(run.out, QStringLiteral("warning  settings")), 1);
        QCOMPARE(lines(run.out, QStringLiteral("ok       instances")), 1);
        QVERIFY(run.out.contains(QStringLiteral("api.yaml: 1 provider(s), 0 of them uni-load's")));
        QVERIFY(run.out.contains(QStringLiteral("token generated into ")));
        QCOMPARE(lines(run.out, QStringLiteral("ok       gpt-load")), 1);
        QCOMPARE(lines(run.out, QStringLiteral("error    gpt-load")), 1);
        QVERIFY(run.out.contains(cluster.instance(1)->url()));
        QVERIFY(run.out.contains(QStringLiteral("1 error(s), 1 warning(s)")));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));  // no log lines around the report
        for (SimGptLoad *sim : cluster.instances())
            QVERIFY(!run.out.contains(sim->adminKey()));
        QVERIFY(!run.out.contains(QStringLiteral("sk-handwritten-provider-key")));

        // Nothing was written: no token, no data directory, api.yaml untouched.
        QCOMPARE(tree(dir.path()), before);
        // The healthy instance was asked with its admin token (what a start needs).
        QVERIFY(!cluster.instance(0)->recordedRequests().isEmpty());
    }

    void aHealthyConfigurationExitsWithZero()
    {
        SimCluster cluster(SimClusterOptions{});
        QVERIFY(cluster.start());
        QTemporaryDir dir;
        QVERIFY(cluster.writeInstancesFile(dir.filePath(QStringLiteral("gptload-instances.json"))));
        const CheckRun run = check(dir.path(), {}, {{QStringLiteral("UNI_API_YAML_PATH"), dir.filePath(QStringLiteral("uni-api/api.yaml"))}});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("does not exist yet: the first onboarding creates it")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("admin token accepted")));
        QVERIFY(run.out.contains(QStringLiteral("uni-load can start with this configuration")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("uni-api"))));

        // A data directory several levels below an existing one is created by a start: no error.
        const CheckRun nested = check(dir.path(), {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("new/nested/data"))},
                                      {{QStringLiteral("UNI_API_YAML_PATH"), dir.filePath(QStringLiteral("uni-api/api.yaml"))}});
        QCOMPARE(nested.exitCode, 0);
        QVERIFY2(!nested.out.contains(QStringLiteral("cannot be created")), qPrintable(nested.out));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("new"))));
    }

    // UNI_API_URL: uni-api is asked for its models with the admin key, as after each write.
    void uniApiIsAskedForItsModels()
    {
        SimCluster cluster(SimClusterOptions{});
        QVERIFY(cluster.start());
        SimHttpServer uniApi;
        QVERIFY(uniApi.listen());
        QByteArray authorization;
        uniApi.setHandler([&authorization](const SimHttpRequest &request, const SimResponder &responder) {
            authorization = request.header("Authorization");
            if (authorization != "Bearer uni-api-admin-key-0123456789")
                responder.respond(SimHttpResponse::json(401, QJsonObject{{QStringLiteral("error"), QStringLiteral("bad key")}}));
            else
                responder.respond(SimHttpResponse::json(200, QJsonObject{{QStringLiteral("data"),
                                                                           QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("gpt-4o")}},
                                                                                      QJsonObject{{QStringLiteral("id"), QStringLiteral("o3")}}}}}));
        });
        QTemporaryDir dir;
        QVERIFY(cluster.writeInstancesFile(dir.filePath(QStringLiteral("gptload-instances.json"))));
        QHash<QString, QString> env{{QStringLiteral("UNI_API_YAML_PATH"), dir.filePath(QStringLiteral("api.yaml"))},
                                    {QStringLiteral("UNI_API_URL"), uniApi.url()},
                                    {QStringLiteral("UNI_API_ADMIN_KEY"), QStringLiteral("uni-api-admin-key-0123456789")}};
        CheckRun run = check(dir.path(), {}, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("ok       uni-api      %1 answers with 2 model(s)").arg(uniApi.url())), qPrintable(run.out));
        QVERIFY(!run.out.contains(QStringLiteral("uni-api-admin-key-0123456789")));

        env.insert(QStringLiteral("UNI_API_ADMIN_KEY"), QStringLiteral("a-wrong-key-0123456789"));
        run = check(dir.path(), {}, env);
        QCOMPARE(run.exitCode, 0);  // the live check cannot work, uni-load can
        QVERIFY2(run.out.contains(QStringLiteral("refuses UNI_API_ADMIN_KEY (HTTP 401)")), qPrintable(run.out));

        uniApi.stop();
        run = check(dir.path(), {}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("error    uni-api")), qPrintable(run.out));
    }

    void configurationErrorsExitWithTwo_data()
    {
        QTest::addColumn<QByteArray>("dotEnv");
        QTest::addColumn<QByteArray>("apiYaml");
        QTest::addColumn<QByteArray>("instanceFile");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reported");
        const QByteArray instances = R"([{"id":"a","name":"a","url":"http://127.0.0.1:9","token":"t-0123456789","priority":1}])";
        QTest::newRow("setting") << QByteArray("MODEL_SYNC_INTERVAL=soon\n") << kApiYaml << instances << QStringList()
                                 << QStringLiteral("error    settings     MODEL_SYNC_INTERVAL=soon");
        QTest::newRow("api.yaml") << QByteArray() << QByteArray("providers: [unclosed\n") << instances << QStringList()
                                  << QStringLiteral("error    api.yaml");
        QTest::newRow("instance file") << QByteArray() << kApiYaml << QByteArray("// my instances\n") + instances << QStringList()
                                       << QStringLiteral("error    instances");
        QTest::newRow("named instance file missing") << QByteArray("GPTLOAD_INSTANCES_FILE=nowhere.json\n") << kApiYaml << instances
                                                     << QStringList() << QStringLiteral("GPTLOAD_INSTANCES_FILE names");
        QTest::newRow("public without token") << QByteArray() << kApiYaml << instances
                                              << QStringList{QStringLiteral("--listen"), QStringLiteral("0.0.0.0")}
                                              << QStringLiteral("error    HTTP API     refusing to listen on 0.0.0.0");
        // What uni-load's own writes refuse, the check refuses: here a file without client keys.
        QTest::newRow("api.yaml uni-load cannot edit") << QByteArray() << QByteArray("providers:\n  - provider: mine\n    base_url: https://x/v1\n")
                                                       << instances << QStringList() << QStringLiteral("api_keys must be a non-empty list");
        QTest::newRow("duplicate key in api.yaml") << QByteArray() << kApiYaml + "providers: []\n" << instances << QStringList()
                                                   << QStringLiteral("duplicate key \"providers\"");
        QTest::newRow("restart command missing") << QByteArray("UNI_API_RUNTIME=python\nUNI_API_RELOAD=command\nUNI_API_RESTART_COMMAND=/nonexistent/restart --now\n")
                                                 << kApiYaml << instances << QStringList() << QStringLiteral("which is no program this user can run");
        QTest::newRow("config directory is a file") << QByteArray() << kApiYaml << instances
                                                    << QStringList{QStringLiteral("--config-dir"), QStringLiteral("FILE:api.yaml")}
                                                    << QStringLiteral("exists but is not a directory");
    }
    void configurationErrorsExitWithTwo()
    {
        QFETCH(QByteArray, dotEnv);
        QFETCH(QByteArray, apiYaml);
        QFETCH(QByteArray, instanceFile);
        QFETCH(QStringList, args);
        QFETCH(QString, reported);
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral(".env")), "UNI_API_YAML_PATH=api.yaml\n" + dotEnv));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("api.yaml")), apiYaml));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("gptload-instances.json")), instanceFile));
        const QMap<QString, QByteArray> before = tree(dir.path());
        args.replaceInStrings(QStringLiteral("FILE:"), dir.path() + QLatin1Char('/'));  // a path inside the directory
        const CheckRun run = check(dir.path(), args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains(reported), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("(exit code 2)")));
        QVERIFY(!run.out.contains(QStringLiteral("t-0123456789")));
        QCOMPARE(tree(dir.path()), before);
    }

    // The settings saved from the console count (they sit below .env), the store is only read:
    // no -wal or -shm file appears beside it. A store that is no database is said to be one.
    void storedSettingsAreReadWithoutWriting()
    {
        SimCluster cluster(SimClusterOptions{});
        QVERIFY(cluster.start());
        QTemporaryDir dir;
        QVERIFY(cluster.writeInstancesFile(dir.filePath(QStringLiteral("gptload-instances.json"))));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("data")));
        {
            StateStore store;
            QVERIFY(store.open(dir.filePath(QStringLiteral("data/uni-load.db"))).ok());
            QVERIFY(store.setSetting(QStringLiteral("env.METRICS_PORT"), QStringLiteral("39917")).ok());
            QVERIFY(store.setSetting(QStringLiteral("env.ENABLE_METRICS"), QStringLiteral("true")).ok());
        }
        QTcpServer taken;  // the stored metrics port is in use: a start would fail on it
        QVERIFY(taken.listen(QHostAddress::LocalHost, 39917));
        const QMap<QString, QByteArray> before = tree(dir.path());
        CheckRun run = check(dir.path(), {}, {{QStringLiteral("UNI_API_YAML_PATH"), dir.filePath(QStringLiteral("api.yaml"))}});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("the metrics endpoint cannot listen on 127.0.0.1:39917")), qPrintable(run.out));
        QCOMPARE(tree(dir.path()), before);

        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("data/uni-load.db")), QByteArray(8192, 'x')));
        run = check(dir.path(), {}, {{QStringLiteral("UNI_API_YAML_PATH"), dir.filePath(QStringLiteral("api.yaml"))}});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("cannot read the state store")), qPrintable(run.out));
    }

    // A gpt-load that refuses the admin token is the instance file's mistake (exit code 2).
    void aRejectedAdminTokenIsAConfigurationError()
    {
        SimCluster cluster(SimClusterOptions{});
        QVERIFY(cluster.start());
        QTemporaryDir dir;
        const QByteArray file = QStringLiteral(R"([{"id":"a","name":"a","url":"%1","token":"not-the-auth-key-0123","priority":1}])")
                                    .arg(cluster.instance(0)->url())
                                    .toUtf8();
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("gptload-instances.json")), file));
        const CheckRun run = check(dir.path(), {}, {{QStringLiteral("UNI_API_YAML_PATH"), dir.filePath(QStringLiteral("api.yaml"))}});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains(QStringLiteral("must be that gpt-load's AUTH_KEY")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QStringLiteral("not-the-auth-key-0123")));
    }

    void checkIsNotCombinedWithOtherModes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("demo") << QStringList{QStringLiteral("--demo")};
        QTest::newRow("web root") << QStringList{QStringLiteral("--web-root"), QStringLiteral("/tmp")};
    }
    void checkIsNotCombinedWithOtherModes()
    {
        QFETCH(QStringList, args);
        QProcess process;
        process.start(QStringLiteral(UNILOAD_BINARY), QStringList{QStringLiteral("--check")} + args);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("cannot be combined with --check"));
    }
};

QTEST_GUILESS_MAIN(TestConfigCheck)
#include "tst_configcheck.moc"
