// The uni-load executable's web-console wiring: --web-root, and API_AUTH=none refused on a
// non-loopback bind address (started as a child process, like tests/app).
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
const QString kToken = QStringLiteral("web-app-test-token-0123456789abcdef");
}

class TestWebConsoleApp : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    static QProcessEnvironment environment(const QString &dir)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("API_TOKEN"), kToken);
        env.insert(QStringLiteral("ENABLE_MODEL_SYNC"), QStringLiteral("false"));
        env.insert(QStringLiteral("ENABLE_CHANNEL_HEALTH"), QStringLiteral("false"));
        env.insert(QStringLiteral("UNI_API_YAML_PATH"), dir + QStringLiteral("/api.yaml"));
        env.remove(QStringLiteral("API_AUTH"));
        env.remove(QStringLiteral("BIND_ADDRESS"));
        return env;
    }

    static QStringList arguments(const QString &dir, const QStringList &extra)
    {
        return QStringList{QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--config-dir"), dir}
               + extra;
    }

    QNetworkReply *request(const QByteArray &method, const QString &url, const QByteArray &body, const QByteArray &cookie)
    {
        QNetworkRequest req{QUrl(url)};
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        if (!cookie.isEmpty())
            req.setRawHeader("Cookie", cookie);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(10000);
        reply->deleteLater();
        return reply;
    }

private slots:
    void authNoneRefusedOffLoopback()
    {
        QTemporaryDir dir;
        QProcess process;
        QProcessEnvironment env = environment(dir.path());
        env.insert(QStringLiteral("API_AUTH"), QStringLiteral("none"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(UNILOAD_BINARY), arguments(dir.path(), {QStringLiteral("--listen"), QStringLiteral("0.0.0.0")}));
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("API_AUTH=none is only allowed")), qPrintable(err));
        QVERIFY(!err.contains(kToken));
    }

    void missingWebRootRefused()
    {
        QTemporaryDir dir;
        QProcess process;
        process.setProcessEnvironment(environment(dir.path()));
        process.start(QStringLiteral(UNILOAD_BINARY), arguments(dir.path(), {QStringLiteral("--web-root"), dir.filePath(QStringLiteral("nope"))}));
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("--web-root")));
    }

    void webRootServedBehindLogin()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("public")));
        QFile page(dir.filePath(QStringLiteral("public/index.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<title>original uni-load</title>");
        page.close();

        QProcess process;
        process.setProcessEnvironment(environment(dir.path()));
        process.start(QStringLiteral(UNILOAD_BINARY), arguments(dir.path(), {QStringLiteral("--web-root"), dir.filePath(QStringLiteral("public"))}));
        QVERIFY(process.waitForStarted(5000));
        QByteArray out;
        quint16 port = 0;
        static const QRegularExpression re(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
        QDeadlineTimer deadline(15000);
        while (port == 0 && !deadline.hasExpired() && process.state() == QProcess::Running) {
            process.waitForReadyRead(100);
            out += process.readAllStandardOutput();
            if (const auto m = re.match(QString::fromUtf8(out)); m.hasMatch())
                port = static_cast<quint16>(m.captured(1).toUInt());
        }
        QVERIFY2(port != 0, process.readAllStandardError().constData());
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);

        QNetworkReply *r = request("GET", base + QStringLiteral("/"), {}, {});
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
        r = request("POST", base + QStringLiteral("/api/session"), "{\"token\":\"" + kToken.toUtf8() + "\"}", {});
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray cookie = r->rawHeader("Set-Cookie").split(';').first();
        r = request("GET", base + QStringLiteral("/"), {}, cookie);
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(r->readAll(), QByteArray("<title>original uni-load</title>"));
        r = request("GET", base + QStringLiteral("/api/status"), {}, cookie);
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWebConsoleApp)
#include "tst_webconsole_app.moc"
