#include "core/config/apitoken.h"

#include "core/common/redactor.h"
#include "core/config/appconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <array>

namespace ul {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

ApiToken finish(ApiToken token)
{
    if (token.isShort())
        token.warnings.append(QStringLiteral("the API token is shorter than %1 characters").arg(ApiToken::kShortApiTokenLength));
    Redactor::registerSecret(token.value);
    return token;
}

Result<ApiToken> writeNewToken(const QString &path)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return Error::io(QStringLiteral("cannot create %1 for the API token file").arg(dir));
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error::io(QStringLiteral("cannot replace the empty API token file %1").arg(path));

    ApiToken token;
    token.value = generateApiToken();
    token.source = ApiTokenSource::Generated;
    token.filePath = path;

    // Created owner-only from the start, so the token is never readable by others, not even briefly.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
        return Error::io(QStringLiteral("cannot write the API token file %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = token.value.toLatin1() + '\n';
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.close();
        QFile::remove(path);
        return Error::io(QStringLiteral("cannot write the API token file %1: %2").arg(path, reason));
    }
    file.close();
    if (!QFile::setPermissions(path, kOwnerOnly))
        return Error::io(QStringLiteral("cannot set owner-only permissions on the API token file %1").arg(path));
    return finish(token);
}

} // namespace

QString apiTokenSourceName(ApiTokenSource source)
{
    switch (source) {
    case ApiTokenSource::Environment: return QStringLiteral("environment");
    case ApiTokenSource::StoredSetting: return QStringLiteral("stored setting");
    case ApiTokenSource::File: return QStringLiteral("file");
    case ApiTokenSource::Generated: return QStringLiteral("generated");
    }
    return {};
}

ApiTokenInputs apiTokenInputs(const AppConfig &config)
{
    ApiTokenInputs inputs;
    inputs.configDir = config.configDir();
    inputs.storedToken = config.valueAt(SettingKey::ApiToken, ConfigOrigin::StoredSetting).value_or(QString()).trimmed();
    if (isExternalOrigin(config.origin(SettingKey::ApiToken)))
        inputs.environmentToken = config.apiTokenSetting();
    return inputs;
}

Result<ApiToken> resolveApiToken(const ApiTokenInputs &inputs)
{
    if (const QString env = inputs.environmentToken.trimmed(); !env.isEmpty())
        return finish(ApiToken{env, ApiTokenSource::Environment, QString(), {}});
    if (const QString stored = inputs.storedToken.trimmed(); !stored.isEmpty())
        return finish(ApiToken{stored, ApiTokenSource::StoredSetting, QString(), {}});

    const QString dir = inputs.configDir.isEmpty() ? QDir::currentPath() : inputs.configDir;
    const QString path = QDir::cleanPath(QDir(dir).absoluteFilePath(QStringLiteral("api-token")));
    const QFileInfo info(path);
    // A token that has to be made: a read-only resolution only says so (with an empty value).
    const auto generated = [&inputs, &path]() -> Result<ApiToken> {
        return inputs.readOnly ? ApiToken{QString(), ApiTokenSource::Generated, path, {}} : writeNewToken(path);
    };
    if (!info.exists())
        return generated();
    if (!info.isFile())
        return Error::io(QStringLiteral("the API token file %1 is not a regular file").arg(path));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("cannot read the API token file %1: %2").arg(path, file.errorString()));
    const QString value = QString::fromUtf8(file.readAll()).trimmed();
    file.close();
    if (value.isEmpty())
        return generated();

    ApiToken token{value, ApiTokenSource::File, path, {}};
    if (info.permissions() & kGroupOrOther) {
        if (inputs.readOnly)
            token.warnings.append(QStringLiteral("the API token file %1 is readable by other users; the next start makes its mode 0600").arg(path));
        else
            token.warnings.append(QFile::setPermissions(path, kOwnerOnly)
                                      ? QStringLiteral("the API token file %1 was readable by other users; its mode is now 0600").arg(path)
                                      : QStringLiteral("the API token file %1 is readable by other users and its mode could not be changed").arg(path));
    }
    return finish(token);
}

QString generateApiToken()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw(reinterpret_cast<const char *>(words.data()), static_cast<qsizetype>(sizeof(words)));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    const qsizetype n = qMax(a.size(), b.size());
    quint32 diff = static_cast<quint32>(a.size() ^ b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const auto ca = static_cast<quint8>(i < a.size() ? a.at(i) : 0);
        const auto cb = static_cast<quint8>(i < b.size() ? b.at(i) : 0);
        diff |= static_cast<quint32>(ca ^ cb);
    }
    return diff == 0;
}

bool constantTimeEquals(const QString &a, const QString &b)
{
    return constantTimeEquals(a.toUtf8(), b.toUtf8());
}

} // namespace ul
