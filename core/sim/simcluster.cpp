#include "core/sim/simcluster.h"

#include <QFileDevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ul {

SimCluster::SimCluster(const SimClusterOptions &options, QObject *parent) : QObject(parent)
{
    for (int i = 0; i < options.instanceCount; ++i) {
        SimGptLoadOptions o = options.instanceOptions;
        if (options.uniqueAdminKeys && options.instanceCount > 1)
            o.adminKey = o.adminKey + QLatin1Char('-') + QString::number(i + 1);
        if (options.instanceCount > 1)
            o.port = 0;
        m_instances.append(new SimGptLoad(o, this));
    }
    for (const SimAiSiteOptions &siteOptions : options.sites)
        m_sites.append(new SimAiSite(siteOptions, this));
}

SimCluster::~SimCluster() = default;

bool SimCluster::start()
{
    for (SimGptLoad *instance : std::as_const(m_instances)) {
        if (!instance->start()) {
            m_error = QStringLiteral("cannot start simulated gpt-load: ") + instance->errorString();
            return false;
        }
    }
    for (SimAiSite *s : std::as_const(m_sites)) {
        if (!s->start()) {
            m_error = QStringLiteral("cannot start simulated AI site ") + s->name();
            return false;
        }
    }
    return true;
}

void SimCluster::stop()
{
    for (SimGptLoad *instance : std::as_const(m_instances))
        instance->stop();
    for (SimAiSite *s : std::as_const(m_sites))
        s->stop();
}

SimAiSite *SimCluster::site(const QString &name) const
{
    for (SimAiSite *s : m_sites) {
        if (s->name() == name)
            return s;
    }
    return nullptr;
}

SimAiSite *SimCluster::addSite(const SimAiSiteOptions &options)
{
    auto *s = new SimAiSite(options, this);
    if (!s->start()) {
        m_error = QStringLiteral("cannot start simulated AI site ") + options.name;
        delete s;
        return nullptr;
    }
    m_sites.append(s);
    return s;
}

QJsonArray SimCluster::instancesJson() const
{
    QJsonArray out;
    for (qsizetype i = 0; i < m_instances.size(); ++i) {
        const SimGptLoad *instance = m_instances[i];
        out.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("sim-%1").arg(i + 1)},
            {QStringLiteral("name"), QStringLiteral("Simulated gpt-load %1").arg(i + 1)},
            {QStringLiteral("url"), instance->url()},
            {QStringLiteral("token"), instance->adminKey()},
            {QStringLiteral("priority"), int(i + 1)},
            {QStringLiteral("description"),
             QStringLiteral("simulated gpt-load %1 (loopback)").arg(simProfileName(instance->profile()))},
        });
    }
    return out;
}

bool SimCluster::writeInstancesFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(instancesJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace ul
