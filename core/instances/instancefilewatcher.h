#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace ul {

// Tells when the instance file may have been changed by someone else than uni-load: an operator's
// editor, a configuration management tool, `docker cp`. Watches the file (writes in place) and its
// directory (editors and tools that write a new file and rename it over the old one, a file
// created where none was), and reports once the writes have been quiet for `settle`, so a save in
// several steps is read once, complete. It says nothing about the content: the receiver reads the
// file and compares it with what it loaded last (its own saves arrive here too).
// Lives in the thread that creates it (the engine thread).
class InstanceFileWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceFileWatcher)

public:
    explicit InstanceFileWatcher(QString path, std::chrono::milliseconds settle = std::chrono::milliseconds(500),
                                 QObject *parent = nullptr);
    ~InstanceFileWatcher() override;

    // Starts watching; false when neither the file nor its directory can be watched (a missing
    // directory: nothing there can change the file uni-load would read).
    bool start();
    QString path() const { return m_path; }

signals:
    void changed();

private:
    void onEvent();
    void rewatch();  // a file replaced by a rename is a new inode: watch the new one

    QString m_path;
    QString m_directory;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
};

} // namespace ul
