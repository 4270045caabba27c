// Helper process for tst_reliability_kill: does real work that the test kills with SIGKILL at
// seeded random moments.
//
//   reliability_worker reconcile <instances.json> <uni-load.db> <api.yaml>
//       one three-layer reconciliation against the instances of the file (the test's simulated
//       gpt-load); exit 0 when it succeeded without a failed step.
//   reliability_worker write-yaml <api.yaml> <count>
//       <count> api.yaml writes alternating between two provider sets (see yamlRequest()).
//
// Each mode prints "ready" once its work starts, so the test can time the kill from there.
#include "core/common/clock.h"
#include "core/engine/job.h"
#include "core/instances/instancefile.h"
#include "core/instances/instanceregistry.h"
#include "core/layers/layerreconciler.h"
#include "core/store/statestore.h"
#include "core/uniapi/uniapiwriter.h"
#include "tests/reliability/workerrequests.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace ul;

namespace {

void announce(const char *line)
{
    std::fputs(line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString &why)
{
    std::fprintf(stderr, "reliability_worker: %s\n", qPrintable(why));
    return 2;
}

int writeYaml(const QString &path, int count)
{
    uniapi::UniApiWriterSettings settings;
    settings.path = path;
    settings.maxBackups = 3;
    uniapi::UniApiWriter writer(settings, Clock::system());
    announce("ready");
    for (int i = 0; i < count; ++i) {
        const Result<uniapi::WriteOutcome> outcome = writer.apply(test::workerYamlRequest(i));
        if (!outcome.ok())
            return fail(outcome.error().toString());
    }
    return 0;
}

// Runs in the event loop: health check, then one reconciliation; quits with the exit code.
class ReconcileRun final : public QObject
{
public:
    ReconcileRun(const QString &instancesFile, const QString &storePath, const QString &yamlPath)
    {
        const InstanceFileLoad load = loadInstanceFile(instancesFile);
        if (!load.ok()) {
            m_setupError = load.error->toString();
            return;
        }
        if (Status s = m_store.open(storePath); !s.ok()) {
            m_setupError = s.error().toString();
            return;
        }
        GptLoadClientOptions client;
        client.timeoutMs = 2000;
        client.retryBaseDelayMs = 1;
        m_registry = std::make_unique<InstanceRegistry>(&m_network, client, Clock::system());
        m_registry->setInstances(load.instances);
        uniapi::UniApiWriterSettings w;
        w.path = yamlPath;
        m_writer = std::make_unique<uniapi::UniApiWriter>(w, Clock::system());
        m_reconciler = std::make_unique<LayerReconciler>(&m_store, m_registry.get(), m_writer.get());
    }

    int start()
    {
        if (!m_setupError.isEmpty())
            return fail(m_setupError);
        m_registry->checkAll().then(this, [this](const Result<int> &healthy) {
            if (!healthy.ok() || healthy.value() == 0) {
                QCoreApplication::exit(fail(QStringLiteral("no healthy instance")));
                return;
            }
            announce("ready");
            auto job = std::make_shared<JobContext>(QStringLiteral("worker"), QStringLiteral("reconcile"), &m_store);
            m_reconciler->reconcile(ReconcileScope::everything(), job).then(this, [](const Result<ReconcileResult> &r) {
                if (!r.ok())
                    QCoreApplication::exit(fail(r.error().toString()));
                else
                    QCoreApplication::exit(r->failed.isEmpty() ? 0 : 1);
            });
        });
        return QCoreApplication::exec();
    }

private:
    QNetworkAccessManager m_network;
    StateStore m_store;
    std::unique_ptr<InstanceRegistry> m_registry;
    std::unique_ptr<uniapi::UniApiWriter> m_writer;
    std::unique_ptr<LayerReconciler> m_reconciler;
    QString m_setupError;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("uniload.*.debug=false\nuniload.*.info=false"));
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("reconcile")) {
        ReconcileRun run(args.at(2), args.at(3), args.at(4));
        return run.start();
    }
    if (args.size() == 4 && args.at(1) == QLatin1String("write-yaml"))
        return writeYaml(args.at(2), args.at(3).toInt());
    return fail(QStringLiteral("usage: reliability_worker reconcile <instances.json> <db> <api.yaml> | write-yaml <api.yaml> <count>"));
}
