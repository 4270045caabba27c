// EngineCore and the instance file: loading it at start, reloading it after an edit through
// uni-load, and noticing edits made outside uni-load.
#include "core/engine/enginecore.h"

#include "core/engine/notifier.h"
#include "core/instances/instancefile.h"
#include "core/instances/instancefilewatcher.h"
#include "core/instances/instanceregistry.h"
#include "core/log/categories.h"

#include <QFileInfo>

namespace ul {

void EngineCore::applyInstanceFile()
{
    if (m_options.instancesFilePath.isEmpty()) {
        m_instanceFile = InstanceFileView();
        m_instanceFile.errorFile = QStringLiteral("gptload-instances.json");
        m_instanceFile.errorReason = QStringLiteral("no instance file is configured");
        m_instanceFile.missing = true;
        m_instances->setInstances({});
        return;
    }
    applyInstanceFileLoad(ul::loadInstanceFile(m_options.instancesFilePath));
}

void EngineCore::applyInstanceFileLoad(const InstanceFileLoad &load)
{
    m_instanceFile = InstanceFileView();
    m_instanceFileEditProblem.clear();
    m_instanceFile.path = m_options.instancesFilePath;
    m_instanceFileRead = load.read;
    for (const InstanceFileWarning &w : load.warnings) {
        m_instanceFile.readableByOthers = m_instanceFile.readableByOthers || w.code == QLatin1String(InstanceFileWarning::kReadableByOthers);
        m_instanceFile.warnings.append(w.field.isEmpty() ? w.message : w.field + QStringLiteral(": ") + w.message);
        qCWarning(lcConfig).noquote() << m_options.instancesFilePath << w.field << w.message;
    }
    if (load.error) {
        m_instanceFile.errorFile = load.error->file;
        m_instanceFile.errorField = load.error->field;
        m_instanceFile.errorReason = load.error->reason;
        m_instanceFile.missing = !load.read.exists && !QFileInfo::exists(load.file);
        // Start anyway, manage nothing, and say exactly what is wrong (uni-load-behaviour.md §2.1).
        if (m_instanceFile.missing)
            qCInfo(lcConfig).noquote() << "no instance file yet at" << load.file << "- add a gpt-load instance to start";
        else
            qCCritical(lcConfig).noquote() << "instance file problem:" << load.error->toString()
                                           << "- no gpt-load work will be done until it is fixed";
        m_instances->setInstances({});
        return;
    }
    m_instanceFile.loaded = true;
    m_instances->setInstances(load.instances);
    qCInfo(lcConfig).noquote() << "loaded" << load.instances.size() << "gpt-load instance(s) from" << m_options.instancesFilePath;
}

void EngineCore::reloadInstanceFile()
{
    applyInstanceFile();
    restartInstanceChecks();
}

void EngineCore::restartInstanceChecks()
{
    if (!m_instances->instances().isEmpty()) {
        (void)m_instances->checkAll();
        m_instances->startTimer(m_options.instanceHealthIntervalSecs, m_options.instanceHealthMaxBackoffSecs);
    } else {
        m_instances->stopTimer();
    }
    schedulePublish();
}

void EngineCore::startInstanceFileWatcher()
{
    if (m_options.instancesFilePath.isEmpty())
        return;
    m_instanceFileWatcher = new InstanceFileWatcher(m_options.instancesFilePath, std::chrono::milliseconds(500), this);
    connect(m_instanceFileWatcher, &InstanceFileWatcher::changed, this, &EngineCore::onInstanceFileChangedOnDisk);
    if (!m_instanceFileWatcher->start())
        qCInfo(lcConfig).noquote() << "edits of" << m_options.instancesFilePath
                                   << "made outside uni-load are read at the next start (its directory cannot be watched)";
}

void EngineCore::onInstanceFileChangedOnDisk()
{
    const InstanceFileLoad load = ul::loadInstanceFile(m_options.instancesFilePath);
    // uni-load's own saves (the instance editor, the API) were applied when they were written,
    // and a directory event may concern another file: only different bytes are an edit.
    if (load.read.sameAs(m_instanceFileRead))
        return;
    const QString path = m_options.instancesFilePath;
    if (load.error && m_instanceFile.loaded && !m_instances->instances().isEmpty()) {
        // A half-done edit must not stop the work: the instances loaded before stay in use, and
        // the file's problem is shown until a save that loads (or a restart) replaces them.
        m_instanceFileRead = load.read;
        const QString problem = load.error->field.isEmpty() ? load.error->reason
                                                            : load.error->field + QStringLiteral(": ") + load.error->reason;
        const QString message = QStringLiteral("%1 changed outside uni-load and does not load (%2); the gpt-load instances "
                                               "loaded before stay in use until it is fixed").arg(path, problem);
        m_instanceFileEditProblem = message;  // replaces the one of an earlier broken edit
        qCWarning(lcConfig).noquote() << message;
        m_notifier->post(QStringLiteral("instance-file-invalid"), EngineEvent::Severity::Warning, path, message);
        schedulePublish();
        return;
    }
    applyInstanceFileLoad(load);
    restartInstanceChecks();
    m_notifier->post(QStringLiteral("instance-file-reloaded"), load.error ? EngineEvent::Severity::Warning : EngineEvent::Severity::Info, path,
                     QStringLiteral("%1 changed outside uni-load and was read again: %2 gpt-load instance(s)")
                         .arg(path, QString::number(load.instances.size())));
}

} // namespace ul
