#pragma once

#include "core/sim/simaisite.h"
#include "core/sim/simgptload.h"

#include <QJsonArray>
#include <QList>
#include <QObject>

namespace ul {

struct SimClusterOptions
{
    int instanceCount = 1;
    SimGptLoadOptions instanceOptions;   // shared by every instance (port must stay 0 when > 1)
    bool uniqueAdminKeys = true;         // instance n gets "<adminKey>-<n>"
    QList<SimAiSiteOptions> sites;
};

// N simulated gpt-load instances plus M simulated AI sites, for engine tests and --demo.
class SimCluster final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimCluster)

public:
    explicit SimCluster(const SimClusterOptions &options = {}, QObject *parent = nullptr);
    ~SimCluster() override;

    bool start();                       // starts everything; false (see errorString) if any fails
    void stop();
    QString errorString() const { return m_error; }

    QList<SimGptLoad *> instances() const { return m_instances; }
    SimGptLoad *instance(int index) const { return m_instances.value(index); }
    int instanceCount() const { return int(m_instances.size()); }
    QList<SimAiSite *> sites() const { return m_sites; }
    SimAiSite *site(int index) const { return m_sites.value(index); }
    SimAiSite *site(const QString &name) const;
    // Adds and starts one more site; nullptr when it cannot listen.
    SimAiSite *addSite(const SimAiSiteOptions &options);

    // The gptload-instances.json content (uni-load-behaviour.md §3.3): id, name, url, token,
    // priority (1 = preferred), description.
    QJsonArray instancesJson() const;
    // Writes it with owner-only permissions.
    bool writeInstancesFile(const QString &path, QString *error = nullptr) const;

private:
    QList<SimGptLoad *> m_instances;
    QList<SimAiSite *> m_sites;
    QString m_error;
};

} // namespace ul
