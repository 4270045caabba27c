#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs `uni-load --screenshot` as an operator would (offscreen) and checks the PNG.
class TestScreenshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    int run(const QStringList &args, QByteArray *errors = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        env.insert(QStringLiteral("ENABLE_MODEL_SYNC"), QStringLiteral("false"));
        env.insert(QStringLiteral("ENABLE_CHANNEL_HEALTH"), QStringLiteral("false"));
        env.insert(QStringLiteral("ENABLE_MODEL_OPTIMIZER"), QStringLiteral("false"));
        env.insert(QStringLiteral("UNI_API_YAML_PATH"), m_dir.filePath(QStringLiteral("api.yaml")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(UNILOAD_BINARY),
                      QStringList{QStringLiteral("--config-dir"), m_dir.filePath(QStringLiteral("config"))} + args);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        if (errors)
            *errors = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private slots:
    void rendersAPage_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("language");
        QTest::newRow("dashboard en") << QStringLiteral("dashboard") << QStringLiteral("en");
        QTest::newRow("instances zh_CN") << QStringLiteral("instances") << QStringLiteral("zh_CN");
        QTest::newRow("settings zh_CN") << QStringLiteral("settings") << QStringLiteral("zh_CN");
        QTest::newRow("health zh_CN") << QStringLiteral("health") << QStringLiteral("zh_CN");
        QTest::newRow("architecture en") << QStringLiteral("architecture") << QStringLiteral("en");
    }

    void rendersAPage()
    {
        QFETCH(QString, page);
        QFETCH(QString, language);
        const QString file = m_dir.filePath(QStringLiteral("shots/%1-%2.png").arg(page, language));
        QByteArray errors;
        const int code = run({QStringLiteral("--screenshot"), file, QStringLiteral("--page"), page, QStringLiteral("--lang"), language}, &errors);
        QVERIFY2(code == 0, errors.constData());
        const QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1200, 760));
    }

    // --demo waits for the demo world's first onboarding, so the sites page shows its site.
    void demoWaitsForTheOnboarding()
    {
        const QString file = m_dir.filePath(QStringLiteral("shots/sites-demo.png"));
        QByteArray errors;
        const int code = run({QStringLiteral("--screenshot"), file, QStringLiteral("--page"), QStringLiteral("sites"), QStringLiteral("--demo")},
                             &errors);
        QVERIFY2(code == 0, errors.constData());
        QCOMPARE(QImage(file).size(), QSize(1200, 760));
        QVERIFY2(!errors.contains("onboarding failed"), errors.constData());
    }

    void unknownPageExitsWithTheList()
    {
        QByteArray errors;
        const int code = run({QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("x.png")), QStringLiteral("--page"),
                              QStringLiteral("nope")},
                             &errors);
        QCOMPARE(code, 2);
        QVERIFY2(errors.contains("dashboard, sites, models, instances, layers, architecture, sync, health, cleanup, operations, "
                                 "uniapi, settings"),
                 errors.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
