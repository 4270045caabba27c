#include "core/instances/instancefilewatcher.h"

#include <QFileInfo>

namespace ul {

InstanceFileWatcher::InstanceFileWatcher(QString path, std::chrono::milliseconds settle, QObject *parent)
    : QObject(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_directory(QFileInfo(m_path).absolutePath())
    , m_watcher(this)
    , m_settle(this)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(settle);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        rewatch();
        emit changed();
    });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &InstanceFileWatcher::onEvent);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &InstanceFileWatcher::onEvent);
}

InstanceFileWatcher::~InstanceFileWatcher() = default;

bool InstanceFileWatcher::start()
{
    if (QFileInfo(m_directory).isDir())
        m_watcher.addPath(m_directory);
    rewatch();
    return !m_watcher.directories().isEmpty() || !m_watcher.files().isEmpty();
}

void InstanceFileWatcher::onEvent()
{
    // Every event restarts the wait: an editor's truncate-then-write, or a tool's write of the
    // temporary file and its rename, become one report after the last of them.
    m_settle.start();
}

void InstanceFileWatcher::rewatch()
{
    // The directory watch reports entries added, removed and renamed; whether one of them was the
    // instance file is for the receiver's comparison to say. The file watch is dropped by the
    // kernel when the file is replaced or removed, so it is renewed for whatever file is there now.
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
    if (m_watcher.directories().isEmpty() && QFileInfo(m_directory).isDir())
        m_watcher.addPath(m_directory);
}

} // namespace ul
