#pragma once

#include "core/sim/simcluster.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace ul {

// The world `uni-load --demo` runs in: two simulated gpt-load instances and four simulated AI
// sites (an OpenAI-compatible relay, an Anthropic-format site, a Gemini site, a second
// OpenAI-compatible relay that shares some of the first one's models) on ephemeral
// loopback ports, plus a throwaway config directory with the instance file, a .env and an
// api.yaml that already holds a comment and a hand-written provider. The engine runs against it
// unchanged; nothing touches the operator's real files.
class SimDemo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimDemo)

public:
    explicit SimDemo(QObject *parent = nullptr);
    ~SimDemo() override;

    // Starts the servers and writes the files under a new temporary directory.
    bool start();
    QString errorString() const { return m_error; }

    QString configDir() const;       // holds gptload-instances.json, .env, api-token
    QString apiYamlPath() const;     // <configDir>/uni-api/api.yaml
    SimCluster *cluster() const { return m_cluster.get(); }

    // process-ai-site request bodies for the sites, in the order above. The two relays are
    // onboarded at start, so the models they share are spread over two sites from the first
    // minute; the first relay comes with a third key it has revoked, already blacklisted in
    // gpt-load. The Anthropic and Gemini sites are left for the newcomer to add (the console
    // offers to fill in their forms) and accept any key.
    QList<QJsonObject> siteRequests() const;
    static QList<int> sitesOnboardedAtStart() { return {0, 3}; }
    // The sites whose simulator takes any key (a newcomer cannot know the demo's keys).
    static QList<int> sitesAcceptingAnyKey() { return {1, 2}; }

private:
    bool writeFiles();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimCluster> m_cluster;
    QString m_error;
};

} // namespace ul
