#include "core/instances/instancefileeditor.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ul {

namespace {

// Best-effort reading of a file that parses as JSON but breaks a rule: every object becomes an
// instance with whatever fields have the right type, to show the operator what the file holds.
// Never written back (InstanceFileEditor::editable()): what does not fit is dropped here.
InstanceConfigList salvage(const QByteArray &json)
{
    static const QStringList known{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("url"),
                                   QStringLiteral("token"), QStringLiteral("priority"), QStringLiteral("description"),
                                   QStringLiteral("upstream_addresses"), QStringLiteral("uniapi_base_url"),
                                   QStringLiteral("ca_certificate"), QStringLiteral("tls_insecure")};
    InstanceConfigList out;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonArray array = doc.isArray() ? doc.array() : QJsonArray{};
    for (const QJsonValue &element : array) {
        if (!element.isObject())
            continue;
        const QJsonObject o = element.toObject();
        InstanceConfig c;
        c.id = o.value(QLatin1String("id")).toString();
        c.name = o.value(QLatin1String("name")).toString();
        c.url = o.value(QLatin1String("url")).toString();
        c.token = o.value(QLatin1String("token")).toString();
        c.priority = o.value(QLatin1String("priority")).toInt();
        c.description = o.value(QLatin1String("description")).toString();
        for (const QJsonValue &address : o.value(QLatin1String("upstream_addresses")).toArray()) {
            if (address.isString())
                c.upstreamAddresses.append(address.toString());
        }
        c.uniapiBaseUrl = o.value(QLatin1String("uniapi_base_url")).toString();
        c.caCertificate = o.value(QLatin1String("ca_certificate")).toString();
        c.tlsInsecure = o.value(QLatin1String("tls_insecure")).toBool();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!known.contains(it.key()))
                c.extra.insert(it.key(), it.value());
        }
        out.append(c);
    }
    return out;
}

} // namespace

InstanceFileEditor::InstanceFileEditor(QString path) : m_path(QDir::cleanPath(QFileInfo(path).absoluteFilePath())) {}

void InstanceFileEditor::load()
{
    m_instances.clear();
    m_asRead.clear();
    m_read = FileSnapshot::missing();
    m_loadProblem.reset();
    m_fileExists = QFileInfo(m_path).isFile();
    if (!QFileInfo::exists(m_path))
        return;  // a new file: start empty
    const InstanceFileLoad loaded = loadInstanceFile(m_path);
    if (loaded.ok()) {
        m_asRead = loaded.entries;
        m_read = loaded.read;
        for (const InstanceFileEntry &entry : loaded.entries)
            m_instances.append(entry.instance);  // file order: moves and upstream_addresses depend on it
        return;
    }
    m_loadProblem = loaded.error;
    if (loaded.read.exists)  // not for a file too large to be read
        m_instances = salvage(loaded.read.bytes);
}

Status InstanceFileEditor::editable() const
{
    if (!m_loadProblem)
        return {};
    // Saving would replace the file with what salvage() could read of it: the operator's
    // instances and tokens would be lost. The file is left exactly as it is.
    Error e = m_loadProblem->toError(ErrorKind::Conflict);
    e.message += QStringLiteral("; the instance file was not changed: fix it by hand first (while it cannot be loaded, "
                                "instances are not added, changed or removed, so nothing in it is lost)");
    e.details = QString::fromUtf8(QJsonDocument(m_loadProblem->toJson()).toJson(QJsonDocument::Compact));
    return e;
}

int InstanceFileEditor::addInstance(const QString &url)
{
    QSet<QString> ids;
    int maxPriority = 0;
    for (const InstanceConfig &c : std::as_const(m_instances)) {
        ids.insert(c.id);
        maxPriority = std::max(maxPriority, c.priority);
    }
    InstanceConfig c;
    int n = static_cast<int>(m_instances.size()) + 1;
    c.id = QStringLiteral("instance-%1").arg(n);
    while (ids.contains(c.id))
        c.id = QStringLiteral("instance-%1").arg(++n);
    c.name = c.id;
    c.url = url.isEmpty() ? QStringLiteral("http://localhost:3001") : url;
    c.priority = m_instances.isEmpty() ? 1 : maxPriority + 1;
    m_instances.append(c);
    return static_cast<int>(m_instances.size()) - 1;
}

void InstanceFileEditor::replaceInstance(int index, const InstanceConfig &instance)
{
    if (index >= 0 && index < m_instances.size())
        m_instances[index] = instance;
}

void InstanceFileEditor::removeInstance(int index)
{
    if (index >= 0 && index < m_instances.size())
        m_instances.removeAt(index);
}

void InstanceFileEditor::moveInstance(int index, int delta)
{
    const int target = index + delta;
    if (index >= 0 && index < m_instances.size() && target >= 0 && target < m_instances.size())
        m_instances.move(index, target);
}

QByteArray InstanceFileEditor::text() const
{
    return serializeInstances(m_instances, m_asRead);
}

std::optional<InstanceFileError> InstanceFileEditor::validate() const
{
    return parseInstanceFile(text(), m_path).error;
}

Status InstanceFileEditor::save() const
{
    if (Status refused = editable(); !refused.ok())
        return refused;
    if (const auto problem = validate())
        return problem->toError(ErrorKind::Validation);
    ConfigFileIo io(QStringLiteral("INSTANCE_FILE_READ_FAILED"));
    return writeInstanceFile(m_path, text(), io, m_read);
}

std::pair<int, QString> InstanceFileEditor::splitField(const QString &field)
{
    static const QRegularExpression re(QStringLiteral("^\\[(\\d+)\\]\\.?([A-Za-z_]*)"));
    const QRegularExpressionMatch m = re.match(field);
    if (!m.hasMatch())
        return {-1, QString()};
    return {m.captured(1).toInt(), m.captured(2)};
}

} // namespace ul
