#include "core/common/redactor.h"
#include "core/config/apitoken.h"
#include "core/config/appconfig.h"
#include "tests/support/testutil.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ul;

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QFileDevice::Permissions unixBits(const QString &path)
{
    // QFileInfo reports ReadUser/WriteUser too (for the current user); compare owner/group/other only.
    const QFileDevice::Permissions all = QFileInfo(path).permissions();
    return all & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                  | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
                  | QFileDevice::ExeOther);
}
} // namespace

class TestApiToken : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Redactor::forgetAllSecrets(); }

    void generatedTokensAreLongUrlSafeAndDistinct()
    {
        const QString a = generateApiToken();
        const QString b = generateApiToken();
        QVERIFY(a.size() >= 40);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(a).hasMatch());
        QVERIFY(a != b);
    }

    void generatesAndWritesOwnerOnlyFile()
    {
        QTemporaryDir dir;
        const Result<ApiToken> token = resolveApiToken({QString(), QString(), dir.path()});
        QVERIFY(token.ok());
        QCOMPARE(token->source, ApiTokenSource::Generated);
        QVERIFY(!token->explicitlyConfigured());
        const QString path = dir.filePath(QStringLiteral("api-token"));
        QCOMPARE(token->filePath, path);
        QCOMPARE(unixBits(path), kOwnerOnly);
        QCOMPARE(test::readFile(path).trimmed(), token->value.toLatin1());
        QVERIFY(token->warnings.isEmpty());
        // Registered with the Redactor.
        QVERIFY(!Redactor::text(QStringLiteral("token=") + token->value).contains(token->value));

        // The next start reuses the file.
        const Result<ApiToken> again = resolveApiToken({QString(), QString(), dir.path()});
        QVERIFY(again.ok());
        QCOMPARE(again->source, ApiTokenSource::File);
        QCOMPARE(again->value, token->value);
        QVERIFY(!again->explicitlyConfigured());
    }

    void fileWithLooseModeIsTightened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("api-token"));
        QVERIFY(test::writeFile(path, "  existing-token-0123456789abcdef \n"));
        QVERIFY(QFile::setPermissions(path, kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const Result<ApiToken> token = resolveApiToken({QString(), QString(), dir.path()});
        QVERIFY(token.ok());
        QCOMPARE(token->value, QStringLiteral("existing-token-0123456789abcdef"));
        QCOMPARE(token->warnings.size(), 1);
        QCOMPARE(unixBits(path), kOwnerOnly);
    }

    void readOnlyResolutionWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("api-token"));
        ApiTokenInputs inputs{QString(), QString(), dir.path()};
        inputs.readOnly = true;
        Result<ApiToken> token = resolveApiToken(inputs);
        QVERIFY(token.ok());
        QCOMPARE(token->source, ApiTokenSource::Generated);
        QVERIFY(token->value.isEmpty());
        QCOMPARE(token->filePath, path);
        QVERIFY(!QFileInfo::exists(path));

        const auto loose = kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        QVERIFY(test::writeFile(path, "existing-token-0123456789abcdef\n"));
        QVERIFY(QFile::setPermissions(path, loose));
        token = resolveApiToken(inputs);
        QVERIFY(token.ok());
        QCOMPARE(token->source, ApiTokenSource::File);
        QCOMPARE(token->warnings.size(), 1);
        QVERIFY(token->warnings.constFirst().contains(QStringLiteral("readable by other users")));
        QCOMPARE(unixBits(path), loose);
    }

    void emptyFileIsReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("api-token"));
        QVERIFY(test::writeFile(path, "\n"));
        const Result<ApiToken> token = resolveApiToken({QString(), QString(), dir.path()});
        QVERIFY(token.ok());
        QCOMPARE(token->source, ApiTokenSource::Generated);
        QCOMPARE(unixBits(path), kOwnerOnly);
    }

    void precedence()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("api-token")), "file-token-0123456789abcdef\n"));
        Result<ApiToken> t = resolveApiToken({QStringLiteral(" env-token-0123456789abcdef "),
                                              QStringLiteral("stored-token-0123456789abcdef"), dir.path()});
        QCOMPARE(t->value, QStringLiteral("env-token-0123456789abcdef"));
        QCOMPARE(t->source, ApiTokenSource::Environment);
        QVERIFY(t->explicitlyConfigured());
        t = resolveApiToken({QString(), QStringLiteral("stored-token-0123456789abcdef"), dir.path()});
        QCOMPARE(t->source, ApiTokenSource::StoredSetting);
        QVERIFY(t->explicitlyConfigured());
        t = resolveApiToken({QString(), QString(), dir.path()});
        QCOMPARE(t->source, ApiTokenSource::File);
        QCOMPARE(t->value, QStringLiteral("file-token-0123456789abcdef"));
        t = resolveApiToken({QStringLiteral("short"), QString(), dir.path()});
        QCOMPARE(t->warnings.size(), 1);
    }

    void inputsFromAppConfig()
    {
        AppConfig config(QStringLiteral("/srv/x"));
        config.setOverride(SettingKey::ApiToken, QStringLiteral("stored-0123456789abcdef"), ConfigOrigin::StoredSetting);
        ApiTokenInputs in = apiTokenInputs(config);
        QCOMPARE(in.configDir, QStringLiteral("/srv/x"));
        QCOMPARE(in.storedToken, QStringLiteral("stored-0123456789abcdef"));
        QVERIFY(in.environmentToken.isEmpty());
        config.setOverride(SettingKey::ApiToken, QStringLiteral("dotenv-0123456789abcdef"), ConfigOrigin::DotEnv);
        in = apiTokenInputs(config);
        QCOMPARE(in.environmentToken, QStringLiteral("dotenv-0123456789abcdef"));
        QCOMPARE(in.storedToken, QStringLiteral("stored-0123456789abcdef"));
    }

    void unwritableDirectoryFailsClearly()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("file")), "x"));
        const Result<ApiToken> t = resolveApiToken({QString(), QString(), dir.filePath(QStringLiteral("file"))});
        QVERIFY(!t.ok());
        QCOMPARE(t.error().kind, ErrorKind::Io);
        QVERIFY(t.error().message.contains(dir.filePath(QStringLiteral("file"))));
    }

    void constantTimeComparison()
    {
        QVERIFY(constantTimeEquals(QStringLiteral("abc-123"), QStringLiteral("abc-123")));
        QVERIFY(!constantTimeEquals(QStringLiteral("abc-123"), QStringLiteral("abc-124")));
        QVERIFY(!constantTimeEquals(QStringLiteral("abc-123"), QStringLiteral("abc-1234")));
        QVERIFY(!constantTimeEquals(QStringLiteral("abc"), QString()));
        QVERIFY(constantTimeEquals(QByteArray(), QByteArray()));
        QVERIFY(!constantTimeEquals(QByteArray("a\0b", 3), QByteArray("a")));
    }
};

QTEST_GUILESS_MAIN(TestApiToken)
#include "tst_apitoken.moc"
