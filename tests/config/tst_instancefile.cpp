#include "core/common/redactor.h"
#include "core/instances/instancefile.h"
#include "core/instances/instancefileeditor.h"
#include "tests/support/failingdevice.h"
#include "tests/support/testutil.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ul;

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

const QByteArray kTestCa = "-----BEGIN CERTIFICATE-----\n"
                           "MIIBjjCCATOgAwIBAgIUCsrAy3BPDtcueWxIqfzzdTFpaAMwCgYIKoZIzj0EAwIw\n"
                           "GzEZMBcGA1UEAwwQdW5pLWxvYWQgdGVzdCBDQTAgFw0yNjExMjYxNTAxMTNaGA8y\n"
                           "MTI2MTEwMjE1MDExM1owGzEZMBcGA1UEAwwQdW5pLWxvYWQgdGVzdCBDQTBZMBMG\n"
                           "ByqGSM49AgEGCCqGSM49AwEHA0IABCKQZbagVHhuZwShJYkPQotllrtFRr2VvymV\n"
                           "a2lb6Ig4wwsKqJN8FNtI2IT3BSQcp3d41A1n6U2OQNpKE4WArJ2jUzBRMB0GA1Ud\n"
                           "DgQWBBQ7blyR7kBzHsst188XiLIxO9gKPTAfBgNVHSMEGDAWgBQ7blyR7kBzHsst\n"
                           "188XiLIxO9gKPTAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0kAMEYCIQCQ\n"
                           "rZuApbMODHHcxzaMK3uegza367WCVFLGVcR3GGrHmwIhAJz0NMBc3gU6IgxTIVs+\n"
                           "ThOhBzfGqzbe5mH65MuIBMm6\n"
                           "-----END CERTIFICATE-----\n";

// Test JSON is written with single quotes (moc cannot lex raw string literals that hold "//").
QByteArray jsonText(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

// The example of uni-load-behaviour.md §3.3, priorities swapped so that sorting shows.
const QByteArray kExample = jsonText("[\n"
    "  {'id':'local','name':'本地 gpt-load','url':'http://localhost:3001','token':'sk-admin-local-0123456789','priority':2,\n"
    "   'description':'local, preferred'},\n"
    "  {'id':'us-proxy','name':'US proxy gpt-load','url':'https://us.gpt-load.example.com','token':'sk-admin-us-0123456789',\n"
    "   'priority':1,'description':'for sites not reachable locally',\n"
    "   'upstream_addresses':['https://eu.gpt-load.example.com']}\n"
    "]");

QFileDevice::Permissions unixBits(const QString &path)
{
    return QFileInfo(path).permissions()
        & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
           | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
           | QFileDevice::ExeOther);
}

InstanceConfig instance(const QString &id, const QString &url, int priority)
{
    InstanceConfig c;
    c.id = id;
    c.name = id + QStringLiteral(" name");
    c.url = url;
    c.token = QStringLiteral("tok-") + id + QStringLiteral("-0123456789");
    c.priority = priority;
    return c;
}

ino_t inodeOf(const QString &path)
{
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

// The writer seam with the failures a bind-mounted file on a full disk shows: the rename of the
// atomic write fails, and the in-place write stops after `inPlaceBudget` bytes. Only `target` is
// affected (not its backup).
class BindMountIo final : public ConfigFileIo
{
public:
    explicit BindMountIo(QString target) : m_target(std::move(target)) {}
    qint64 inPlaceBudget = -1;  // >= 0: the in-place device fails after that many bytes
    int inPlaceWrites = 0;

    std::unique_ptr<QSaveFile> atomicDevice(const QString &path) override
    {
        if (path != m_target)
            return ConfigFileIo::atomicDevice(path);
        return std::make_unique<ul::test::UnrenamableSaveFile>(path);
    }
    std::unique_ptr<QFile> inPlaceDevice(const QString &path) override
    {
        ++inPlaceWrites;
        if (path != m_target || inPlaceBudget < 0)
            return ConfigFileIo::inPlaceDevice(path);
        return std::make_unique<ul::test::FailingDevice<QFile>>(path, inPlaceBudget, QStringLiteral("No space left on device"));
    }

private:
    QString m_target;
};

} // namespace

namespace ul {
// Lets QCOMPARE print both sides.
char *toString(const InstanceFileError &error)
{
    return QTest::toString(QStringLiteral("{%1 | %2 | %3}").arg(error.file, error.field, error.reason));
}
} // namespace ul

class TestInstanceFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeInstances(const QByteArray &json, const QString &name = QStringLiteral("gptload-instances.json"))
    {
        const QString path = m_dir.filePath(name);
        if (!test::writeFile(path, json) || !QFile::setPermissions(path, kOwnerOnly))
            return {};
        return path;
    }

private slots:
    void cleanup() { Redactor::forgetAllSecrets(); }

    void loadsTheDocumentedExample()
    {
        const QString path = writeInstances(kExample);
        const InstanceFileLoad load = loadInstanceFile(path);
        QVERIFY2(load.ok(), qPrintable(load.error ? load.error->toString() : QString()));
        QCOMPARE(load.file, path);
        QCOMPARE(load.instances.size(), 2);
        QCOMPARE(load.instances.at(0).id, QStringLiteral("us-proxy"));  // priority 1 first
        QCOMPARE(load.instances.at(1).id, QStringLiteral("local"));
        QCOMPARE(load.instances.at(1).name, QStringLiteral("本地 gpt-load"));
        QCOMPARE(load.instances.at(0).upstreamAddresses, QStringList{QStringLiteral("https://eu.gpt-load.example.com")});
        QCOMPARE(load.instances.at(0).effectiveUniApiBaseUrl(), QStringLiteral("https://us.gpt-load.example.com"));
        QVERIFY(!load.instances.at(0).tlsInsecure);
        QVERIFY(load.warnings.isEmpty());
        // Tokens are registered with the Redactor.
        QVERIFY(!Redactor::text(QStringLiteral("admin sk-admin-us-0123456789")).contains(QStringLiteral("sk-admin-us-0123456789")));
    }

    void priorityTiesKeepFileOrderAndUrlsLoseTrailingSlash()
    {
        const QString path = writeInstances(jsonText("[\n"
            "            {'id':'b','name':'B','url':'http://127.0.0.1:3001/','priority':5},\n"
            "            {'id':'a','name':'A','url':'http://localhost:3002','priority':5},\n"
            "            {'id':'c','name':'C','url':'http://localhost:3003','priority':0}]"));
        const InstanceFileLoad load = loadInstanceFile(path);
        QVERIFY(load.ok());
        QCOMPARE(load.instances.at(0).id, QStringLiteral("c"));
        QCOMPARE(load.instances.at(1).id, QStringLiteral("b"));
        QCOMPARE(load.instances.at(2).id, QStringLiteral("a"));
        QCOMPARE(load.instances.at(1).url, QStringLiteral("http://127.0.0.1:3001"));
        QVERIFY(load.warnings.isEmpty());  // local instances need no token
    }

    void invalidFilesReportFileFieldAndReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const QString missing = QStringLiteral("required field is missing");
        QTest::newRow("not json") << QByteArray("[\n  {\"id\": }\n]") << QString()
                                  << QStringLiteral("invalid JSON at line 2, column 11: object is missing after a comma");
        // Comments are named as such (Qt's parser calls a '/' an "illegal number"), with their line.
        const auto comment = [](int line) {
            return QStringLiteral("comments are not allowed in JSON (line %1); remove the comment, or keep the note in a "
                                  "\"description\" field").arg(line);
        };
        QTest::newRow("// line") << QByteArray("// local gpt-load\n[]") << QString() << comment(1);
        QTest::newRow("# line") << QByteArray("[\n  # staging\n]") << QString() << comment(2);
        QTest::newRow("/* block */") << QByteArray("[\n\n  /* old */ {}\n]") << QString() << comment(3);
        QTest::newRow("trailing //") << QByteArray("[{\"id\": \"a\", // main\n \"name\": \"n\"}]") << QString() << comment(1);
        // In a string it is no comment: the other error is reported.
        QTest::newRow("# in a string") << QByteArray("[{\"url\": \"http://h/#x\" \"id\": 1}]") << QString()
                                       << QStringLiteral("invalid JSON at line 1, column 25: unterminated object");
        QTest::newRow("object") << QByteArray("{}") << QString() << QStringLiteral("must be a JSON array of instances");
        QTest::newRow("empty") << QByteArray("[]") << QString()
                               << QStringLiteral("lists no instances; at least one gpt-load instance is required");
        QTest::newRow("element") << QByteArray("[1]") << QStringLiteral("[0]") << QStringLiteral("must be an object");
        QTest::newRow("no id") << jsonText("[{'name':'n','url':'http://h','priority':1}]") << QStringLiteral("[0].id") << missing;
        QTest::newRow("null id") << jsonText("[{'id':null,'name':'n','url':'http://h','priority':1}]")
                                 << QStringLiteral("[0].id") << missing;
        QTest::newRow("numeric id") << jsonText("[{'id':7,'name':'n','url':'http://h','priority':1}]")
                                    << QStringLiteral("[0].id") << QStringLiteral("must be a string");
        QTest::newRow("empty name") << jsonText("[{'id':'a','name':' ','url':'http://h','priority':1}]")
                                    << QStringLiteral("[0].name") << QStringLiteral("must not be empty");
        QTest::newRow("name with a newline") << jsonText("[{'id':'a','name':'n\\nforged','url':'http://h','priority':1}]")
                                             << QStringLiteral("[0].name") << QStringLiteral("contains a control character");
        const QString tokenChars = QStringLiteral("contains a space, a control character or a character outside printable ASCII");
        QTest::newRow("token with a line break") << jsonText("[{'id':'a','name':'n','url':'http://h','priority':1,'token':'abc\\r\\nX-Injected: yes'}]")
                                                 << QStringLiteral("[0].token") << tokenChars;
        QTest::newRow("token with a space") << jsonText("[{'id':'a','name':'n','url':'http://h','priority':1,'token':'two words'}]")
                                            << QStringLiteral("[0].token") << tokenChars;
        QTest::newRow("id with a NUL") << jsonText("[{'id':'a\\u0000','name':'n','url':'http://h','priority':1}]")
                                       << QStringLiteral("[0].id") << QStringLiteral("contains a control character");
        QTest::newRow("very long name") << jsonText(("[{'id':'a','name':'" + std::string(201, 'n') + "','url':'http://h','priority':1}]").c_str())
                                        << QStringLiteral("[0].name") << QStringLiteral("is longer than 200 characters");
        QTest::newRow("no url") << jsonText("[{'id':'a','name':'n','priority':1}]") << QStringLiteral("[0].url") << missing;
        QTest::newRow("no priority") << jsonText("[{'id':'a','name':'n','url':'http://h'}]")
                                     << QStringLiteral("[0].priority") << missing;
        QTest::newRow("string priority") << jsonText("[{'id':'a','name':'n','url':'http://h','priority':'1'}]")
                                         << QStringLiteral("[0].priority") << QStringLiteral("must be a number");
        QTest::newRow("fractional priority") << jsonText("[{'id':'a','name':'n','url':'http://h','priority':1.5}]")
                                             << QStringLiteral("[0].priority") << QStringLiteral("must be a whole number");
        QTest::newRow("ftp url") << jsonText("[{'id':'a','name':'n','url':'ftp://h','priority':1}]")
                                 << QStringLiteral("[0].url") << QStringLiteral("must be an http:// or https:// URL");
        QTest::newRow("relative url") << jsonText("[{'id':'a','name':'n','url':'localhost:3001','priority':1}]")
                                      << QStringLiteral("[0].url") << QStringLiteral("must be an http:// or https:// URL");
        QTest::newRow("no host") << jsonText("[{'id':'a','name':'n','url':'http:///path','priority':1}]")
                                 << QStringLiteral("[0].url") << QStringLiteral("must include a host name");
        // The URL is shown in the console, the API and the log; paths are appended to it.
        const QString credentials = QStringLiteral("must not contain a user name or password; put the admin token in the token field");
        const QString queryOrFragment = QStringLiteral("must not contain a query (?…) or fragment (#…)");
        QTest::newRow("url with password") << jsonText("[{'id':'a','name':'n','url':'http://admin:s3cret@h:3001','priority':1}]")
                                           << QStringLiteral("[0].url") << credentials;
        QTest::newRow("url with user name") << jsonText("[{'id':'a','name':'n','url':'https://admin@h','priority':1}]")
                                            << QStringLiteral("[0].url") << credentials;
        QTest::newRow("url with query") << jsonText("[{'id':'a','name':'n','url':'http://h:3001/?key=1','priority':1}]")
                                        << QStringLiteral("[0].url") << queryOrFragment;
        QTest::newRow("url with fragment") << jsonText("[{'id':'a','name':'n','url':'http://h:3001#top','priority':1}]")
                                           << QStringLiteral("[0].url") << queryOrFragment;
        QTest::newRow("uniapi_base_url with password")
            << jsonText("[{'id':'a','name':'n','url':'http://h','priority':1,'uniapi_base_url':'http://u:p@gpt-load:3001'}]")
            << QStringLiteral("[0].uniapi_base_url") << QStringLiteral("must not contain a user name or password");
        QTest::newRow("negative priority") << jsonText("[{'id':'a','name':'n','url':'http://h','priority':-1}]")
                                           << QStringLiteral("[0].priority") << QStringLiteral("must be 0 or more (lower numbers are preferred)");
        QTest::newRow("numeric token") << jsonText("[{'id':'a','name':'n','url':'http://h','priority':1,'token':5}]")
                                       << QStringLiteral("[0].token") << QStringLiteral("must be a string");
        QTest::newRow("upstreams not array")
            << jsonText("[{'id':'a','name':'n','url':'http://h','priority':1,'upstream_addresses':'http://x'}]")
            << QStringLiteral("[0].upstream_addresses") << QStringLiteral("must be an array of URL strings");
        QTest::newRow("upstream not string")
            << jsonText("[{'id':'a','name':'n','url':'http://h','priority':1,'upstream_addresses':['http://x',3]}]")
            << QStringLiteral("[0].upstream_addresses[1]") << QStringLiteral("must be a string");
        QTest::newRow("tls_insecure string")
            << jsonText("[{'id':'a','name':'n','url':'http://h','priority':1,'tls_insecure':'yes'}]")
            << QStringLiteral("[0].tls_insecure") << QStringLiteral("must be true or false");
        QTest::newRow("uniapi_base_url")
            << jsonText("[{'id':'a','name':'n','url':'http://h','priority':1,'uniapi_base_url':'gpt-load:3001'}]")
            << QStringLiteral("[0].uniapi_base_url") << QStringLiteral("must be an http:// or https:// URL");
        QTest::newRow("ca_certificate number")
            << jsonText("[{'id':'a','name':'n','url':'http://h','priority':1,'ca_certificate':1}]")
            << QStringLiteral("[0].ca_certificate") << QStringLiteral("must be a string");
        QTest::newRow("duplicate id") << jsonText("[{'id':'a','name':'n','url':'http://h1','priority':1},\n"
            "                                                       {'id':'a','name':'m','url':'http://h2','priority':2}]")
                                      << QStringLiteral("[1].id") << QStringLiteral("duplicate id 'a' (also used by [0])");
        QTest::newRow("duplicate url") << jsonText("[{'id':'a','name':'n','url':'http://H1:3001','priority':1},\n"
            "                                                        {'id':'b','name':'m','url':'http://h1:3001/','priority':2}]")
                                       << QStringLiteral("[1].url")
                                       << QStringLiteral("duplicate URL http://h1:3001 (also used by [0])");
        QTest::newRow("upstream to an earlier instance")
            << jsonText("[{'id':'a','name':'A','url':'https://a.example.com','priority':1},\n"
                "                             {'id':'b','name':'B','url':'https://b.example.com','priority':2,\n"
                "                              'upstream_addresses':['https://c.example.com','http://a.example.com:8080/']}]")
            << QStringLiteral("[1].upstream_addresses[1]")
            << QStringLiteral("instance 'B' may not use instance 'A' ([0], https://a.example.com) as an upstream: an instance "
                              "may only list instances that come after it in the file, to avoid loops");
        QTest::newRow("upstream to itself")
            << jsonText("[{'id':'a','name':'A','url':'https://a.example.com/gl','priority':1,\n"
                "                              'upstream_addresses':['https://a.example.com/gl']}]")
            << QStringLiteral("[0].upstream_addresses[0]")
            << QStringLiteral("instance 'A' may not use instance 'A' ([0], https://a.example.com/gl) as an upstream: an "
                              "instance may only list instances that come after it in the file, to avoid loops");
    }
    void invalidFilesReportFileFieldAndReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const QString path = writeInstances(json, QStringLiteral("invalid.json"));
        const InstanceFileLoad load = loadInstanceFile(path);
        QVERIFY(!load.ok());
        QVERIFY(load.instances.isEmpty());
        QCOMPARE(*load.error, (InstanceFileError{path, field, reason}));
        const QJsonObject json2 = load.error->toJson();
        QCOMPARE(json2.value(QStringLiteral("file")).toString(), path);
        QCOMPARE(json2.value(QStringLiteral("field")).toString(), field);
        QCOMPARE(json2.value(QStringLiteral("reason")).toString(), reason);
        QCOMPARE(json2.size(), 3);
        const Error e = load.error->toError();
        QCOMPARE(e.kind, ErrorKind::Unavailable);
        QCOMPARE(e.field, field);
        QCOMPARE(e.code, QStringLiteral("INSTANCE_FILE_INVALID"));
    }

    void upstreamToALaterInstanceIsAllowed()
    {
        const QString path = writeInstances(jsonText("[\n"
            "            {'id':'a','name':'A','url':'https://a.example.com','token':'t-aaaaaaaa','priority':1,\n"
            "             'upstream_addresses':['http://b.example.com:9000']},\n"
            "            {'id':'b','name':'B','url':'https://b.example.com','token':'t-bbbbbbbb','priority':2}]"));
        QVERIFY(loadInstanceFile(path).ok());
    }

    void missingAndUnreadableFiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent.json"));
        InstanceFileLoad load = loadInstanceFile(path);
        QCOMPARE(*load.error, (InstanceFileError{path, QString(), QStringLiteral("file not found")}));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("adir.json")));
        load = loadInstanceFile(m_dir.filePath(QStringLiteral("adir.json")));
        QCOMPARE(load.error->reason, QStringLiteral("not a regular file"));
    }

    void oversizedFilesAreRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("oversized.json"));
        // 101 instances: more than anyone runs, and each would be health-checked.
        QByteArray many = "[";
        for (int i = 0; i < 101; ++i)
            many += QByteArray(i ? "," : "") + jsonText(QStringLiteral("{'id':'i%1','name':'n','url':'http://h%1','priority':1}").arg(i).toUtf8().constData());
        many += "]";
        QVERIFY(test::writeFile(path, many));
        InstanceFileLoad load = loadInstanceFile(path);
        QVERIFY(!load.ok());
        QCOMPARE(load.error->reason, QStringLiteral("lists 101 instances; at most 100 are supported"));
        // Over a mebibyte is not even read.
        QVERIFY(test::writeFile(path, "[" + QByteArray(1024 * 1024, ' ') + "]"));
        load = loadInstanceFile(path);
        QVERIFY(!load.ok());
        QVERIFY2(load.error->reason.startsWith(QStringLiteral("the file is 1048578 bytes")), qPrintable(load.error->reason));
        QVERIFY(load.error->field.isEmpty());
    }

    void caCertificate()
    {
        QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("certs/ca.pem")), kTestCa));
        QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("certs/junk.pem")), "not a certificate\n"));
        QString path = writeInstances(jsonText("[{'id':'a','name':'n','url':'https://h','token':'t-0123456789','priority':1,\n"
            "                                           'ca_certificate':'certs/ca.pem'}]"), QStringLiteral("ca.json"));
        InstanceFileLoad load = loadInstanceFile(path);
        QVERIFY2(load.ok(), qPrintable(load.error ? load.error->toString() : QString()));
        QCOMPARE(load.instances.first().caCertificate, m_dir.filePath(QStringLiteral("certs/ca.pem")));

        path = writeInstances(jsonText("[{'id':'a','name':'n','url':'https://h','priority':1,'ca_certificate':'certs/none.pem'}]"),
                              QStringLiteral("ca.json"));
        load = loadInstanceFile(path);
        QCOMPARE(*load.error, (InstanceFileError{path, QStringLiteral("[0].ca_certificate"),
                                                 QStringLiteral("file not found: ") + m_dir.filePath(QStringLiteral("certs/none.pem"))}));

        path = writeInstances(jsonText("[{'id':'a','name':'n','url':'https://h','priority':1,'ca_certificate':'certs/junk.pem'}]"),
                              QStringLiteral("ca.json"));
        load = loadInstanceFile(path);
        QCOMPARE(*load.error, (InstanceFileError{path, QStringLiteral("[0].ca_certificate"),
                                                 QStringLiteral("not a PEM certificate: ") + m_dir.filePath(QStringLiteral("certs/junk.pem"))}));
    }

    void warnings()
    {
        const QString path = writeInstances(jsonText("[\n"
            "            {'id':'remote','name':'R','url':'http://gl.example.com','priority':1},\n"
            "            {'id':'local','name':'L','url':'http://localhost:3001','priority':2,'uniapi_base_ur':'http://gl:3001','notes':'x'},\n"
            "            {'id':'insecure','name':'I','url':'https://self-signed.example.com','token':'t-0123456789','priority':3,\n"
            "             'tls_insecure':true}]"), QStringLiteral("warn.json"));
        QVERIFY(QFile::setPermissions(path, kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = test::readFile(path);

        const InstanceFileLoad load = loadInstanceFile(path);
        QVERIFY(load.ok());
        QCOMPARE(load.instances.at(2).tlsInsecure, true);
        QStringList fields;
        for (const InstanceFileWarning &w : load.warnings)
            fields.append(w.field);
        // A misspelt field of ours is pointed out (an unrelated extra field is the operator's own).
        QCOMPARE(fields, (QStringList{QStringLiteral("[0].token"), QStringLiteral("[1].uniapi_base_ur"), QStringLiteral("[2].tls_insecure"),
                                      QString()}));
        QVERIFY2(load.warnings.at(1).message.contains(QStringLiteral("did you mean \"uniapi_base_url\"")), qPrintable(load.warnings.at(1).message));
        QVERIFY(load.warnings.at(3).message.startsWith(QStringLiteral("The instance file is readable by other users")));
        QCOMPARE(load.warnings.at(3).code, QString::fromLatin1(InstanceFileWarning::kReadableByOthers));
        QCOMPARE(load.warnings.at(3).toJson().value(QStringLiteral("code")).toString(), QStringLiteral("FILE_READABLE_BY_OTHERS"));
        QVERIFY(!load.warnings.at(0).toJson().contains(QStringLiteral("code")));
        QCOMPARE(load.warnings.at(0).toJson().value(QStringLiteral("field")).toString(), QStringLiteral("[0].token"));

        // Loading never rewrites the file, not even its mode.
        QCOMPARE(test::readFile(path), before);
        QCOMPARE(unixBits(path), kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    }

    // The fix the warning offers: owner-only, on request; a missing file is reported, not created.
    void restrictPermissions()
    {
        const QString path = writeInstances(jsonText("[{'id':'l','name':'L','url':'http://localhost:3001','priority':1}]"),
                                            QStringLiteral("open.json"));
        QVERIFY(QFile::setPermissions(path, kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(!loadInstanceFile(path).warnings.isEmpty());
        QVERIFY(restrictInstanceFilePermissions(path).ok());
        QCOMPARE(unixBits(path), kOwnerOnly);
        QVERIFY(loadInstanceFile(path).warnings.isEmpty());

        const Status missing = restrictInstanceFilePermissions(m_dir.filePath(QStringLiteral("gone.json")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("INSTANCE_FILE_WRITE_FAILED"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("gone.json"))));
    }

    void loadDoesNotTouchTheFile()
    {
        const QString path = writeInstances(kExample, QStringLiteral("untouched.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.setFileTime(QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC), QFileDevice::FileModificationTime));
        }
        const QDateTime modified = QFileInfo(path).lastModified();
        QVERIFY(loadInstanceFile(path).ok());
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(test::readFile(path), kExample);
    }

    void serializationHasAStableFieldOrder()
    {
        InstanceConfig c = instance(QStringLiteral("a"), QStringLiteral("https://a.example.com"), 1);
        c.description = QStringLiteral("primary");
        c.upstreamAddresses = {QStringLiteral("https://b.example.com")};
        c.uniapiBaseUrl = QStringLiteral("http://gpt-load:3001");
        c.tlsInsecure = true;
        c.extra.insert(QStringLiteral("zone"), QStringLiteral("eu"));
        c.extra.insert(QStringLiteral("labels"), QJsonObject{{QStringLiteral("tier"), 1}});
        c.extra.insert(QStringLiteral("url"), QStringLiteral("http://ignored"));  // a known name never overrides
        const QByteArray expected = jsonText("[\n"
            "  {\n"
            "    'id': 'a',\n"
            "    'name': 'a name',\n"
            "    'url': 'https://a.example.com',\n"
            "    'token': 'tok-a-0123456789',\n"
            "    'priority': 1,\n"
            "    'description': 'primary',\n"
            "    'upstream_addresses': [\n"
            "      'https://b.example.com'\n"
            "    ],\n"
            "    'uniapi_base_url': 'http://gpt-load:3001',\n"
            "    'tls_insecure': true,\n"
            "    'labels': {\n"
            "      'tier': 1\n"
            "    },\n"
            "    'zone': 'eu'\n"
            "  }\n"
            "]\n");
        QCOMPARE(serializeInstances({c}), expected);
        QVERIFY(QJsonDocument::fromJson(expected).isArray());
    }

    void saveKeepsUnknownFieldsAndIsOwnerOnly()
    {
        const QString path = writeInstances(jsonText("[\n"
            "            {'id':'local','name':'L','url':'http://localhost:3001','token':'tok-local-0123456789','priority':1,\n"
            "             'region':'home','weights':{'x':[1,2]},'enabled':false}]"), QStringLiteral("roundtrip.json"));
        QVERIFY(QFile::setPermissions(path, kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        InstanceFileLoad load = loadInstanceFile(path);
        QVERIFY(load.ok());
        InstanceConfigList list = load.instances;
        list.append(instance(QStringLiteral("second"), QStringLiteral("https://second.example.com"), 2));

        const Status saved = saveInstanceFile(path, list);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QCOMPARE(unixBits(path), kOwnerOnly);

        load = loadInstanceFile(path);
        QVERIFY(load.ok());
        QVERIFY(load.warnings.isEmpty());
        QCOMPARE(load.instances, list);
        QCOMPARE(load.instances.first().extra.value(QStringLiteral("region")).toString(), QStringLiteral("home"));
        QCOMPARE(load.instances.first().extra.value(QStringLiteral("enabled")).toBool(true), false);
        QVERIFY(test::readFile(path).contains("\"weights\": {"));
    }

    void saveCreatesNewFilesOwnerOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/instances.json"));
        QVERIFY(saveInstanceFile(path, {instance(QStringLiteral("a"), QStringLiteral("http://localhost:3001"), 1)}).ok());
        QCOMPARE(unixBits(path), kOwnerOnly);
        QVERIFY(loadInstanceFile(path).ok());
    }

    void saveValidatesFirstAndLeavesTheFileAlone()
    {
        const QString path = writeInstances(kExample, QStringLiteral("keep.json"));
        const InstanceConfigList duplicate = {instance(QStringLiteral("a"), QStringLiteral("http://localhost:1"), 1),
                                              instance(QStringLiteral("a"), QStringLiteral("http://localhost:2"), 2)};
        Status s = saveInstanceFile(path, duplicate);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Validation);
        QCOMPARE(s.error().field, QStringLiteral("[1].id"));
        QCOMPARE(test::readFile(path), kExample);

        s = saveInstanceFile(path, {});
        QVERIFY(!s.ok());
        QCOMPARE(test::readFile(path), kExample);
    }

    // An instance file that fails to load is never replaced by an edit: what the editor could
    // read of it (nothing, for invalid JSON) would overwrite the operator's instances and tokens.
    void editsAreRefusedWhileTheFileFailsToLoad_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray entry = jsonText("{'id':'a','name':'A','url':'http://127.0.0.1:40845','token':'tok-a-0123456789','priority':1}");
        QTest::newRow("trailing comma") << "[" + entry + ",]";
        QTest::newRow("comment") << "// the lab instance\n[" + entry + "]";
        QTest::newRow("over the size limit") << "[" + entry + "]" + QByteArray(1024 * 1024, ' ');
        QTest::newRow("string priority") << jsonText("[{'id':'a','name':'A','url':'http://127.0.0.1:1','priority':'1'}]");
        QTest::newRow("numeric token") << jsonText("[{'id':'a','name':'A','url':'http://127.0.0.1:1','token':12345,'priority':1}]");
        QTest::newRow("string tls_insecure")
            << jsonText("[{'id':'a','name':'A','url':'https://h.example.com','token':'tok-a-0123456789','priority':1,'tls_insecure':'true'}]");
        QTest::newRow("string upstream_addresses")
            << jsonText("[{'id':'a','name':'A','url':'http://127.0.0.1:1','priority':1,'upstream_addresses':'http://127.0.0.1:2'}]");
        QTest::newRow("entry that is not an object") << "[" + entry + ",5]";
    }
    void editsAreRefusedWhileTheFileFailsToLoad()
    {
        QFETCH(QByteArray, json);
        const QString path = writeInstances(json, QStringLiteral("refused.json"));
        QFile::remove(instanceFileBackupPath(path));
        InstanceFileEditor editor(path);
        editor.load();
        QVERIFY(editor.loadProblem().has_value());

        auto checkRefused = [&](const Status &s) {
            QVERIFY(!s.ok());
            QCOMPARE(s.error().kind, ErrorKind::Conflict);
            QCOMPARE(s.error().code, QStringLiteral("INSTANCE_FILE_INVALID"));
            QVERIFY2(s.error().message.contains(editor.loadProblem()->reason), qPrintable(s.error().message));
            QVERIFY2(s.error().message.contains(QLatin1String("the instance file was not changed")), qPrintable(s.error().message));
            const QJsonObject details = QJsonDocument::fromJson(s.error().details.toUtf8()).object();
            QCOMPARE(details.value(QStringLiteral("reason")).toString(), editor.loadProblem()->reason);
            QCOMPARE(details.value(QStringLiteral("file")).toString(), path);
        };
        checkRefused(editor.editable());
        // Add (the list is then valid on its own), change, remove: each refused.
        editor.addInstance(QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(!editor.validate().has_value());
        checkRefused(editor.save());
        InstanceConfig changed = editor.instances().first();
        changed.name = QStringLiteral("renamed");
        editor.replaceInstance(0, changed);
        checkRefused(editor.save());
        editor.removeInstance(0);
        checkRefused(editor.save());

        QCOMPARE(test::readFile(path), json);
        QVERIFY(!QFile::exists(instanceFileBackupPath(path)));
    }

    // Entries and fields an edit does not touch are written back with their JSON values as read,
    // not as the loader normalised them; the file keeps its order (upstream_addresses depends on it).
    void editsKeepWhatTheyDoNotTouchAsWritten()
    {
        QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("certs/ca.pem")), kTestCa));
        const QByteArray original = jsonText("[\n"
            "  {'id':'edge','name':'Edge','url':'https://edge.example.com/','token':' tok-edge-0123456789 ','priority':2.0,\n"
            "   'description':null,'tls_insecure':false,'ca_certificate':'certs/ca.pem',\n"
            "   'upstream_addresses':['https://core.example.com'],'x_note':{'kept':[1,'two']}},\n"
            "  {'id':'core','name':'Core','url':'https://core.example.com','token':'tok-core-0123456789','priority':1,\n"
            "   'upstream_addresses':[],'uniapi_base_url':'http://gpt-load-core:3001/'}\n"
            "]\n");
        const QString path = writeInstances(original, QStringLiteral("kept.json"));
        const QJsonArray before = QJsonDocument::fromJson(original).array();

        InstanceFileEditor editor(path);
        editor.load();
        QVERIFY(!editor.loadProblem());
        QCOMPARE(editor.instances().size(), 2);
        QCOMPARE(editor.instances().first().id, QStringLiteral("edge"));  // file order, not priority order
        InstanceConfig core = editor.instances().at(1);
        core.name = QStringLiteral("Core (primary)");
        editor.replaceInstance(1, core);
        editor.addInstance(QStringLiteral("http://127.0.0.1:9"));
        const Status saved = editor.save();
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));

        const QJsonArray after = QJsonDocument::fromJson(test::readFile(path)).array();
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.at(0).toObject(), before.at(0).toObject());  // untouched: every value as read
        QJsonObject expectedCore = before.at(1).toObject();
        expectedCore.insert(QStringLiteral("name"), QStringLiteral("Core (primary)"));
        QCOMPARE(after.at(1).toObject(), expectedCore);  // edited: only the name changed
        QCOMPARE(after.at(2).toObject().value(QStringLiteral("url")).toString(), QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(loadInstanceFile(path).ok());
        QCOMPARE(test::readFile(instanceFileBackupPath(path)), original);
    }

    void eachWriteKeepsTheFileBeforeItAsABackup()
    {
        const QString path = writeInstances(kExample, QStringLiteral("backup.json"));
        const QString backup = instanceFileBackupPath(path);
        QCOMPARE(backup, path + QStringLiteral(".bak"));
        QVERIFY(QFile::setPermissions(path, kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));

        InstanceConfigList list = loadInstanceFile(path).instances;
        list.append(instance(QStringLiteral("third"), QStringLiteral("https://third.example.com"), 3));
        QVERIFY(saveInstanceFile(path, list).ok());
        const QByteArray second = test::readFile(path);
        QCOMPARE(test::readFile(backup), kExample);
        QCOMPARE(unixBits(backup), kOwnerOnly);  // it holds the tokens too
        QCOMPARE(unixBits(path), kOwnerOnly);

        list.removeLast();
        QVERIFY(saveInstanceFile(path, list).ok());
        QCOMPARE(test::readFile(backup), second);  // one backup: the file before the last write

        // Writing what the file already holds changes nothing: the backup of the last edit stays.
        QVERIFY(saveInstanceFile(path, list).ok());
        QCOMPARE(test::readFile(backup), second);
    }

    // A single-file bind mount cannot be replaced by rename: the file is written in place.
    void writesInPlaceWhenTheRenameFails()
    {
        const QString path = writeInstances(kExample, QStringLiteral("mounted.json"));
        const ino_t inode = inodeOf(path);
        InstanceConfigList list = loadInstanceFile(path).instances;
        list.append(instance(QStringLiteral("third"), QStringLiteral("https://third.example.com"), 3));
        const QByteArray bytes = serializeInstances(list);
        BindMountIo io(path);
        const Status written = writeInstanceFile(path, bytes, io);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        QCOMPARE(io.inPlaceWrites, 1);
        QCOMPARE(test::readFile(path), bytes);
        QCOMPARE(inodeOf(path), inode);
        QCOMPARE(unixBits(path), kOwnerOnly);
        QCOMPARE(test::readFile(instanceFileBackupPath(path)), kExample);
    }

    // …and when that write fails too (the disk is full), the file keeps its old bytes, and the
    // backup of the edit before stays what it was.
    void aFailedInPlaceWriteKeepsTheOldBytes()
    {
        const QString path = writeInstances(kExample, QStringLiteral("full.json"));
        InstanceConfigList list = loadInstanceFile(path).instances;
        list.removeLast();
        QVERIFY(saveInstanceFile(path, list).ok());
        const QByteArray current = test::readFile(path);
        const QByteArray previousBackup = test::readFile(instanceFileBackupPath(path));
        QCOMPARE(previousBackup, kExample);

        list.append(instance(QStringLiteral("third"), QStringLiteral("https://third.example.com"), 3));
        BindMountIo io(path);
        io.inPlaceBudget = 10;
        const Status written = writeInstanceFile(path, serializeInstances(list), io);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, ErrorKind::Io);
        QCOMPARE(written.error().code, QStringLiteral("INSTANCE_FILE_WRITE_FAILED"));
        const QString message = written.error().message;
        QVERIFY2(message.startsWith(path + QStringLiteral(" could not be replaced by renaming (")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("in place failed: No space left on device; the old content was written back")),
                 qPrintable(message));
        QVERIFY(!message.contains(QLatin1String("tok-third")));
        QCOMPARE(io.inPlaceWrites, 1);
        QCOMPARE(test::readFile(path), current);
        QVERIFY(loadInstanceFile(path).ok());
        QCOMPARE(test::readFile(instanceFileBackupPath(path)), previousBackup);
    }

    // The desktop editor stays open while the operator may edit the file by hand: a file changed
    // since it was read is not overwritten.
    void aFileChangedSinceItWasReadIsNotOverwritten()
    {
        const QString path = writeInstances(kExample, QStringLiteral("changed.json"));
        InstanceFileEditor editor(path);
        editor.load();
        QVERIFY(!editor.loadProblem());
        const QByteArray byHand = QByteArray(kExample).replace("local, preferred", "edited by hand");
        QVERIFY(test::writeFile(path, byHand));
        editor.addInstance(QStringLiteral("http://127.0.0.1:9"));
        const Status saved = editor.save();
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, ErrorKind::Conflict);
        QCOMPARE(saved.error().code, QStringLiteral("INSTANCE_FILE_CHANGED"));
        QCOMPARE(test::readFile(path), byHand);
    }
};

QTEST_GUILESS_MAIN(TestInstanceFile)
#include "tst_instancefile.moc"
