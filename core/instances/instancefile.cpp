#include "core/instances/instancefile.h"

#include "core/common/configfileio.h"
#include "core/common/httpurl.h"
#include "core/common/redactor.h"
#include "core/common/savefile.h"
#include "core/common/textlist.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSslCertificate>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace ul {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// Deployments run a handful of gpt-load instances. A file far beyond these bounds is a mistake
// (or generated garbage) that would open thousands of connections at every health check.
constexpr qsizetype kMaxInstances = 100;
constexpr qsizetype kMaxInstanceLabelLength = 200;  // id and name
constexpr qint64 kMaxFileBytes = 1024 * 1024;

const QStringList &knownFields()
{
    static const QStringList fields = {
        QStringLiteral("id"),          QStringLiteral("name"),
        QStringLiteral("url"),         QStringLiteral("token"),
        QStringLiteral("priority"),    QStringLiteral("description"),
        QStringLiteral("upstream_addresses"), QStringLiteral("uniapi_base_url"),
        QStringLiteral("ca_certificate"),     QStringLiteral("tls_insecure"),
    };
    return fields;
}

QString fieldPath(qsizetype index, const QString &name = QString())
{
    const QString base = QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    return name.isEmpty() ? base : base + QLatin1Char('.') + name;
}

QString withoutTrailingSlashes(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

// Key for "the same instance URL": scheme, host (lower case), port and path without trailing '/'.
QString urlIdentity(const QString &url)
{
    return QUrl(url).toString(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
}

// The original compares upstream addresses by hostname + path, ignoring scheme and port.
QString hostAndPath(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    if (url.isValid() && !url.host().isEmpty()) {
        QString path = url.path();
        while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
            path.chop(1);
        return url.host() + (path.isEmpty() ? QStringLiteral("/") : path);
    }
    static const QRegularExpression scheme(QStringLiteral("^https?://"));
    static const QRegularExpression port(QStringLiteral(":\\d+$"));
    return QString(address).remove(scheme).remove(port);
}

bool isLocalHost(const QString &url)
{
    const QString host = QUrl(url).host();
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

// JSON-text of one value; nested containers indented by two spaces per level.
void writeJsonValue(QByteArray &out, const QJsonValue &value, int indent)
{
    const QByteArray pad(indent + 2, ' ');
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            out += pad;
            writeJsonValue(out, QJsonValue(it.key()), indent + 2);
            out += ": ";
            writeJsonValue(out, it.value(), indent + 2);
            out += std::next(it) == object.constEnd() ? "\n" : ",\n";
        }
        out += QByteArray(indent, ' ') + '}';
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += pad;
            writeJsonValue(out, array.at(i), indent + 2);
            out += i + 1 == array.size() ? "\n" : ",\n";
        }
        out += QByteArray(indent, ' ') + ']';
        return;
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out += wrapped.mid(1, wrapped.size() - 2);  // strip the array brackets
}

// Checks one array element and turns it into an InstanceConfig; the error when it is invalid.
std::optional<InstanceFileError> readInstance(const QJsonValue &element, qsizetype index, const QString &file,
                                              InstanceConfig &out)
{
    const QDir baseDir = QFileInfo(file).absoluteDir();
    auto error = [&](const QString &name, const QString &reason) {
        return InstanceFileError{file, fieldPath(index, name), reason};
    };
    if (!element.isObject())
        return InstanceFileError{file, fieldPath(index), QStringLiteral("must be an object")};
    const QJsonObject object = element.toObject();

    for (const char *required : {"id", "name", "url"}) {
        const QString name = QString::fromLatin1(required);
        const QJsonValue v = object.value(name);
        if (v.isUndefined() || v.isNull())
            return error(name, QStringLiteral("required field is missing"));
        if (!v.isString())
            return error(name, QStringLiteral("must be a string"));
        if (v.toString().trimmed().isEmpty())
            return error(name, QStringLiteral("must not be empty"));
    }
    // The id and name appear in logs, the journal, tables and the tray: one printable line.
    for (const char *shown : {"id", "name"}) {
        const QString name = QString::fromLatin1(shown);
        const QString text = object.value(name).toString();
        if (text.size() > kMaxInstanceLabelLength)
            return error(name, QStringLiteral("is longer than %1 characters").arg(kMaxInstanceLabelLength));
        if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
            return error(name, QStringLiteral("contains a control character"));
    }
    out.id = object.value(QLatin1String("id")).toString();
    out.name = object.value(QLatin1String("name")).toString();

    const QJsonValue priority = object.value(QLatin1String("priority"));
    if (priority.isUndefined() || priority.isNull())
        return error(QStringLiteral("priority"), QStringLiteral("required field is missing"));
    if (!priority.isDouble())
        return error(QStringLiteral("priority"), QStringLiteral("must be a number"));
    const double p = priority.toDouble();
    if (p != std::floor(p) || std::abs(p) > std::numeric_limits<int>::max())
        return error(QStringLiteral("priority"), QStringLiteral("must be a whole number"));
    if (p < 0)
        return error(QStringLiteral("priority"), QStringLiteral("must be 0 or more (lower numbers are preferred)"));
    out.priority = static_cast<int>(p);

    const QString url = object.value(QLatin1String("url")).toString().trimmed();
    if (const QString problem = httpUrlProblem(url, QStringLiteral("put the admin token in the token field")); !problem.isEmpty())
        return error(QStringLiteral("url"), problem);
    out.url = withoutTrailingSlashes(url);

    auto optionalString = [&](const QString &name, QString &target) -> std::optional<InstanceFileError> {
        const QJsonValue v = object.value(name);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString())
            return error(name, QStringLiteral("must be a string"));
        target = v.toString();
        return std::nullopt;
    };
    if (auto e = optionalString(QStringLiteral("token"), out.token))
        return e;
    out.token = out.token.trimmed();
    // The token goes into an HTTP header as it is: a line break would add headers of its own.
    // gpt-load's AUTH_KEY is one printable ASCII word.
    if (std::any_of(out.token.cbegin(), out.token.cend(), [](QChar c) { return c.unicode() < 0x21 || c.unicode() > 0x7e; }))
        return error(QStringLiteral("token"),
                     QStringLiteral("contains a space, a control character or a character outside printable ASCII"));
    if (auto e = optionalString(QStringLiteral("description"), out.description))
        return e;

    const QJsonValue upstreams = object.value(QLatin1String("upstream_addresses"));
    if (!upstreams.isUndefined() && !upstreams.isNull()) {
        if (!upstreams.isArray())
            return error(QStringLiteral("upstream_addresses"), QStringLiteral("must be an array of URL strings"));
        const QJsonArray array = upstreams.toArray();
        for (qsizetype k = 0; k < array.size(); ++k) {
            if (!array.at(k).isString())
                return error(QStringLiteral("upstream_addresses[%1]").arg(k), QStringLiteral("must be a string"));
            out.upstreamAddresses.append(array.at(k).toString());
        }
    }

    if (auto e = optionalString(QStringLiteral("uniapi_base_url"), out.uniapiBaseUrl))
        return e;
    out.uniapiBaseUrl = out.uniapiBaseUrl.trimmed();
    if (!out.uniapiBaseUrl.isEmpty()) {
        if (const QString problem = httpUrlProblem(out.uniapiBaseUrl); !problem.isEmpty())
            return error(QStringLiteral("uniapi_base_url"), problem);
        out.uniapiBaseUrl = withoutTrailingSlashes(out.uniapiBaseUrl);
    }

    QString ca;
    if (auto e = optionalString(QStringLiteral("ca_certificate"), ca))
        return e;
    if (!ca.trimmed().isEmpty()) {
        const QString path = QDir::cleanPath(baseDir.absoluteFilePath(ca.trimmed()));
        if (!QFileInfo(path).isFile())
            return error(QStringLiteral("ca_certificate"), QStringLiteral("file not found: ") + path);
        if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty())
            return error(QStringLiteral("ca_certificate"), QStringLiteral("not a PEM certificate: ") + path);
        out.caCertificate = path;
    }

    const QJsonValue insecure = object.value(QLatin1String("tls_insecure"));
    if (!insecure.isUndefined() && !insecure.isNull()) {
        if (!insecure.isBool())
            return error(QStringLiteral("tls_insecure"), QStringLiteral("must be true or false"));
        out.tlsInsecure = insecure.toBool();
    }

    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!knownFields().contains(it.key()))
            out.extra.insert(it.key(), it.value());
    }
    return std::nullopt;
}

// Rules across instances, in file order: unique ids and URLs, and the original's
// upstream_addresses rule (instance i may only name instances at positions > i).
std::optional<InstanceFileError> checkAcrossInstances(const InstanceConfigList &list, const QString &file)
{
    QHash<QString, qsizetype> ids;
    QHash<QString, qsizetype> urls;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const InstanceConfig &instance = list.at(i);
        if (const auto it = ids.constFind(instance.id); it != ids.constEnd())
            return InstanceFileError{file, fieldPath(i, QStringLiteral("id")),
                                     QStringLiteral("duplicate id '%1' (also used by %2)").arg(instance.id, fieldPath(*it))};
        ids.insert(instance.id, i);
        const QString identity = urlIdentity(instance.url);
        if (const auto it = urls.constFind(identity); it != urls.constEnd())
            return InstanceFileError{file, fieldPath(i, QStringLiteral("url")),
                                     QStringLiteral("duplicate URL %1 (also used by %2)").arg(instance.url, fieldPath(*it))};
        urls.insert(identity, i);
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const InstanceConfig &instance = list.at(i);
        for (qsizetype k = 0; k < instance.upstreamAddresses.size(); ++k) {
            const QString address = hostAndPath(instance.upstreamAddresses.at(k));
            for (qsizetype j = 0; j <= i; ++j) {
                const InstanceConfig &other = list.at(j);
                if (address != hostAndPath(other.url))
                    continue;
                return InstanceFileError{
                    file, fieldPath(i, QStringLiteral("upstream_addresses[%1]").arg(k)),
                    QStringLiteral("instance '%1' may not use instance '%2' (%3, %4) as an upstream: an instance may only "
                                   "list instances that come after it in the file, to avoid loops")
                        .arg(instance.name, other.name, fieldPath(j), other.url)};
            }
        }
    }
    return std::nullopt;
}

QList<InstanceFileWarning> instanceWarnings(const InstanceConfigList &list)
{
    QList<InstanceFileWarning> warnings;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const InstanceConfig &instance = list.at(i);
        if (instance.token.isEmpty() && !isLocalHost(instance.url))
            warnings.append({fieldPath(i, QStringLiteral("token")),
                             QStringLiteral("instance '%1' (%2) is remote and has no token; management calls will fail if "
                                            "it requires an AUTH_KEY").arg(instance.name, instance.url),
                             QString()});
        if (instance.tlsInsecure)
            warnings.append({fieldPath(i, QStringLiteral("tls_insecure")),
                             QStringLiteral("TLS certificate verification is off for instance '%1' (%2)")
                                 .arg(instance.name, instance.url),
                             QString()});
        // Unknown fields are kept for the operator; one that reads like a misspelt field of ours
        // ("uniapi_base_ur") would silently not apply.
        const auto fold = [](QString name) { return name.toLower().replace(QLatin1Char('-'), QLatin1Char('_')); };
        for (auto it = instance.extra.constBegin(); it != instance.extra.constEnd(); ++it) {
            if (it.key().size() < 4)
                continue;
            if (const std::optional<QString> meant = nameLike(it.key(), knownFields(), fold))
                warnings.append({fieldPath(i, it.key()), QStringLiteral("unknown field, kept but not used; did you mean \"%1\"?").arg(*meant),
                                 QString()});
        }
    }
    return warnings;
}

// A known field as serializeInstances() writes it; undefined when it is left out (empty, false).
QJsonValue knownFieldValue(const InstanceConfig &c, const QString &name)
{
    auto optional = [](const QString &text) { return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text); };
    if (name == QLatin1String("id"))
        return c.id;
    if (name == QLatin1String("name"))
        return c.name;
    if (name == QLatin1String("url"))
        return c.url;
    if (name == QLatin1String("token"))
        return optional(c.token);
    if (name == QLatin1String("priority"))
        return c.priority;
    if (name == QLatin1String("description"))
        return optional(c.description);
    if (name == QLatin1String("upstream_addresses"))
        return c.upstreamAddresses.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonArray::fromStringList(c.upstreamAddresses);
    if (name == QLatin1String("uniapi_base_url"))
        return optional(c.uniapiBaseUrl);
    if (name == QLatin1String("ca_certificate"))
        return optional(c.caCertificate);
    if (name == QLatin1String("tls_insecure"))
        return c.tlsInsecure ? QJsonValue(true) : QJsonValue(QJsonValue::Undefined);
    return QJsonValue::Undefined;
}

const InstanceFileEntry *entryWithId(const QList<InstanceFileEntry> &entries, const QString &id)
{
    for (const InstanceFileEntry &entry : entries) {
        if (entry.instance.id == id)
            return &entry;
    }
    return nullptr;
}

// One instance's fields as they are written: the known ones in a fixed order, then the unknown ones.
// A field still at the value `asRead` loaded as is written as it was read: the loaded value is
// normalised (an absolute ca_certificate, a URL without its trailing '/', 1 for 1.0, no explicit
// null or false), and the operator's file must not change where nothing was edited.
QList<std::pair<QString, QJsonValue>> entryFields(const InstanceConfig &c, const InstanceFileEntry *asRead)
{
    QList<std::pair<QString, QJsonValue>> fields;
    for (const QString &name : knownFields()) {
        QJsonValue value = knownFieldValue(c, name);
        if (asRead && value == knownFieldValue(asRead->instance, name))
            value = asRead->json.value(name);  // undefined when the operator left it out
        if (!value.isUndefined())
            fields.append({name, value});
    }
    for (auto it = c.extra.constBegin(); it != c.extra.constEnd(); ++it) {
        if (!knownFields().contains(it.key()))  // a known field in `extra` never overrides the typed one
            fields.append({it.key(), it.value()});
    }
    return fields;
}

// The 1-based line of the first comment (//, /* or #) outside a JSON string; 0 when there is none.
// Operators carry them over from JSONC or YAML habits; JSON has none.
qsizetype firstCommentLine(const QByteArray &json)
{
    qsizetype line = 1;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '\n') {
            ++line;
            inString = false;  // a JSON string never spans lines: whatever broke it, the next line starts afresh
        } else if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '#' || (c == '/' && i + 1 < json.size() && (json.at(i + 1) == '/' || json.at(i + 1) == '*'))) {
            return line;
        }
    }
    return 0;
}

// --- writing ------------------------------------------------------------------------------------

Error writeFailure(const QString &message)
{
    Error e = Error::io(message);
    e.code = QStringLiteral("INSTANCE_FILE_WRITE_FAILED");
    return e;
}

Status makeOwnerOnly(const QString &file)
{
    QFile target(file);
    if (!target.setPermissions(kOwnerOnly))
        return writeFailure(QStringLiteral("cannot set owner-only permissions on %1: %2").arg(file, target.errorString()));
    return {};
}

// Tokens must never sit in a file others can read: creates `file` empty and owner-only, or
// tightens an existing one, before it is written (QSaveFile keeps the target's permission bits).
Status prepareOwnerOnly(const QString &file)
{
    if (QFileInfo::exists(file))
        return makeOwnerOnly(file);
    QFile create(file);
    if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
        return writeFailure(QStringLiteral("cannot create %1: %2").arg(file, create.errorString()));
    return {};
}

// Replaces the content of `file` with `bytes` atomically, or in place when the rename fails (a
// single-file bind mount cannot be renamed over: EBUSY). In place, `previous` is written back if
// the write fails, so the file is never left truncated.
Status replaceContents(ConfigFileIo &io, const QString &file, const QByteArray &bytes, const QByteArray &previous)
{
    std::unique_ptr<QSaveFile> save = io.atomicDevice(file);
    save->setDirectWriteFallback(false);  // the fallback below writes the old bytes back on failure; Qt's does not
    if (!save->open(QIODevice::WriteOnly))
        return writeFailure(QStringLiteral("cannot write %1: %2").arg(file, save->errorString()));
    // Flushed and synced before commit(), which would keep a short-written file (savefile.h).
    if (const QString reason = writeFullyAndSync(*save, bytes); !reason.isEmpty()) {
        save->cancelWriting();
        return writeFailure(QStringLiteral("cannot write %1: %2").arg(file, reason));
    }
    if (save->commit())
        return {};
    if (save->error() != QFileDevice::RenameError)
        return writeFailure(QStringLiteral("cannot write %1: %2").arg(file, save->errorString()));
    const QString renameProblem = save->errorString();
    const Status inPlace = writeInPlace(io, file, bytes, previous, QStringLiteral("INSTANCE_FILE_WRITE_FAILED"));
    if (inPlace.ok())
        return {};
    Error e = inPlace.error();
    e.message = QStringLiteral("%1 could not be replaced by renaming (%2): %3").arg(file, renameProblem, e.message);
    return e;
}

// Copies `current` (the file before the write) to `backup`, owner-only. Returns what the backup
// held before, to put it back if the write of the file fails.
Result<FileSnapshot> replaceBackup(ConfigFileIo &io, const QString &backup, const QByteArray &current)
{
    const Result<FileSnapshot> old = io.read(backup);
    if (!old.ok())
        return old.error();
    Status copied = prepareOwnerOnly(backup);
    if (copied.ok())
        copied = replaceContents(io, backup, current, old.value().bytes);
    if (!copied.ok()) {
        if (!old.value().exists)
            QFile::remove(backup);
        return copied.error().withContext(QStringLiteral("the instance file was not changed, its backup could not be written"));
    }
    return old.value();
}

// After a failed write of `file`. When it still holds what it held `before`, the backup just made
// is redundant: the previous one is put back (so the last edit that worked can still be undone)
// and an empty file made to be written is removed. When it does not, the backup is the only copy
// of the old file and stays.
void settleAfterFailedWrite(ConfigFileIo &io, const QString &file, const FileSnapshot &before, const QString &backup,
                            const FileSnapshot &oldBackup)
{
    if (!before.exists) {
        if (QFileInfo(file).size() == 0)
            QFile::remove(file);
        return;
    }
    const Result<FileSnapshot> now = io.read(file);
    if (!now.ok() || !now.value().sameAs(before))
        return;
    if (!oldBackup.exists)
        QFile::remove(backup);
    else
        (void)replaceContents(io, backup, oldBackup.bytes, before.bytes);
}

} // namespace

QJsonObject InstanceFileError::toJson() const
{
    return QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("field"), field}, {QStringLiteral("reason"), reason}};
}

QString InstanceFileError::toString() const
{
    return file + QStringLiteral(": ") + (field.isEmpty() ? QString() : field + QStringLiteral(": ")) + reason;
}

Error InstanceFileError::toError(ErrorKind kind) const
{
    Error e = Error::make(kind, QStringLiteral("instance file ") + toString());
    e.field = field;
    e.details = file;
    e.code = QStringLiteral("INSTANCE_FILE_INVALID");
    return e;
}

QJsonObject InstanceFileWarning::toJson() const
{
    QJsonObject o{{QStringLiteral("field"), field}, {QStringLiteral("message"), message}};
    if (!code.isEmpty())
        o.insert(QStringLiteral("code"), code);
    return o;
}

InstanceFileLoad parseInstanceFile(const QByteArray &json, const QString &file)
{
    InstanceFileLoad out;
    out.file = file;
    auto fail = [&](const InstanceFileError &error) {
        out.error = error;
        out.instances.clear();
        out.entries.clear();
        return out;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt names what it met at a comment ("illegal number" for '/'), which sends the operator
        // looking for a number: say what it is.
        if (const qsizetype line = firstCommentLine(json); line > 0)
            return fail({file, QString(), QStringLiteral("comments are not allowed in JSON (line %1); remove the comment, or keep the "
                                                         "note in a \"description\" field").arg(line)});
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return fail({file, QString(), QStringLiteral("invalid JSON at line %1, column %2: %3")
                                          .arg(line).arg(column).arg(parseError.errorString())});
    }
    if (!doc.isArray())
        return fail({file, QString(), QStringLiteral("must be a JSON array of instances")});
    const QJsonArray array = doc.array();
    if (array.isEmpty())
        return fail({file, QString(), QStringLiteral("lists no instances; at least one gpt-load instance is required")});
    if (array.size() > kMaxInstances)
        return fail({file, QString(), QStringLiteral("lists %1 instances; at most %2 are supported").arg(array.size()).arg(kMaxInstances)});

    InstanceConfigList list;
    for (qsizetype i = 0; i < array.size(); ++i) {
        InstanceConfig instance;
        if (auto error = readInstance(array.at(i), i, file, instance))
            return fail(*error);
        list.append(instance);
        out.entries.append({array.at(i).toObject(), instance});
    }
    for (const InstanceConfig &instance : std::as_const(list))
        Redactor::registerSecret(instance.token);
    if (auto error = checkAcrossInstances(list, file))
        return fail(*error);

    out.warnings = instanceWarnings(list);
    std::stable_sort(list.begin(), list.end(),
                     [](const InstanceConfig &a, const InstanceConfig &b) { return a.priority < b.priority; });
    out.instances = list;
    return out;
}

InstanceFileLoad loadInstanceFile(const QString &path)
{
    const QFileInfo info(path);
    const QString file = QDir::cleanPath(info.absoluteFilePath());
    InstanceFileLoad out;
    out.file = file;
    if (!info.exists()) {
        out.error = InstanceFileError{file, QString(), QStringLiteral("file not found")};
        return out;
    }
    if (!info.isFile()) {
        out.error = InstanceFileError{file, QString(), QStringLiteral("not a regular file")};
        return out;
    }
    if (info.size() > kMaxFileBytes) {
        out.error = InstanceFileError{file, QString(), QStringLiteral("the file is %1 bytes; an instance file over %2 bytes is not read")
                                                           .arg(info.size())
                                                           .arg(kMaxFileBytes)};
        return out;
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = InstanceFileError{file, QString(), QStringLiteral("cannot read: ") + f.errorString()};
        return out;
    }
    const QByteArray bytes = f.read(kMaxFileBytes + 1);
    out = parseInstanceFile(bytes, file);
    out.read = FileSnapshot::of(bytes);
    if (info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        out.warnings.append({QString(),
                             QStringLiteral("The instance file is readable by other users and holds admin tokens; restrict it to "
                                            "its owner (chmod 600)"),
                             QString::fromLatin1(InstanceFileWarning::kReadableByOthers)});
    return out;
}

QByteArray serializeInstances(const InstanceConfigList &instances, const QList<InstanceFileEntry> &asRead)
{
    QByteArray out = "[\n";
    for (qsizetype i = 0; i < instances.size(); ++i) {
        const InstanceConfig &c = instances.at(i);
        const QList<std::pair<QString, QJsonValue>> fields = entryFields(c, entryWithId(asRead, c.id));
        out += "  {\n";
        for (qsizetype f = 0; f < fields.size(); ++f) {
            out += "    ";
            writeJsonValue(out, QJsonValue(fields.at(f).first), 4);
            out += ": ";
            writeJsonValue(out, fields.at(f).second, 4);
            out += f + 1 == fields.size() ? "\n" : ",\n";
        }
        out += i + 1 == instances.size() ? "  }\n" : "  },\n";
    }
    out += "]\n";
    return out;
}

QString instanceFileBackupPath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath()) + QStringLiteral(".bak");
}

Status writeInstanceFile(const QString &path, const QByteArray &bytes, ConfigFileIo &io, const std::optional<FileSnapshot> &expected)
{
    const QString file = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const InstanceFileLoad check = parseInstanceFile(bytes, file);
    if (!check.ok())
        return check.error->toError(ErrorKind::Validation);

    const Result<FileSnapshot> current = io.read(file);
    if (!current.ok())
        return current.error();
    const FileSnapshot &before = current.value();
    if (expected && !expected->sameAs(before)) {
        Error e = Error::conflict(QStringLiteral("%1 changed on disk since it was read; nothing was written: open it again and "
                                                 "redo the change").arg(file));
        e.code = QStringLiteral("INSTANCE_FILE_CHANGED");
        return e;
    }
    if (before.exists && before.bytes == bytes)
        return makeOwnerOnly(file);  // nothing to write, and the backup of the last change stays
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return writeFailure(QStringLiteral("cannot create the directory of %1").arg(file));

    const QString backup = instanceFileBackupPath(file);
    FileSnapshot oldBackup;
    if (before.exists) {
        const Result<FileSnapshot> replaced = replaceBackup(io, backup, before.bytes);
        if (!replaced.ok())
            return replaced.error();
        oldBackup = replaced.value();
    }
    Status written = prepareOwnerOnly(file);
    if (written.ok())
        written = replaceContents(io, file, bytes, before.bytes);
    if (!written.ok()) {
        settleAfterFailedWrite(io, file, before, backup, oldBackup);
        return written;
    }
    return makeOwnerOnly(file);
}

Status saveInstanceFile(const QString &path, const InstanceConfigList &instances)
{
    ConfigFileIo io(QStringLiteral("INSTANCE_FILE_READ_FAILED"));
    return writeInstanceFile(path, serializeInstances(instances), io);
}

Status restrictInstanceFilePermissions(const QString &path)
{
    const QString file = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (!QFileInfo(file).isFile())
        return writeFailure(QStringLiteral("cannot set owner-only permissions on %1: the file does not exist").arg(file));
    return makeOwnerOnly(file);
}

} // namespace ul
