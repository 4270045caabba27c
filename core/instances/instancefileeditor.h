#pragma once

#include "core/common/filesnapshot.h"
#include "core/common/instanceconfig.h"
#include "core/common/result.h"
#include "core/instances/instancefile.h"

#include <QString>

#include <optional>

namespace ul {

// The working copy behind the instance editor and the instance routes: reads the instance file,
// validates the edited list with the instance-file rules and writes it back (writeInstanceFile():
// a backup first, atomic, mode 0600).
//
// Nothing the operator wrote is lost by an edit: while the file on disk fails to load, save()
// refuses (what cannot be read would be replaced); entries and fields the edit leaves alone are
// written back with their JSON values as read; and a file changed on disk since load() is not
// overwritten.
class InstanceFileEditor final
{
public:
    explicit InstanceFileEditor(QString path);

    const QString &path() const { return m_path; }

    // Reads the file, keeping the order of its entries. A missing file gives an empty list; an
    // invalid one gives the instances that could be read (to show them) and loadProblem() says
    // what is wrong with the file on disk.
    void load();
    bool fileExists() const { return m_fileExists; }
    const std::optional<InstanceFileError> &loadProblem() const { return m_loadProblem; }
    // Whether save() may write: the refusal (Conflict, code INSTANCE_FILE_INVALID, the load
    // problem in the message and as JSON details {file, field, reason}) while loadProblem() is set.
    Status editable() const;

    const InstanceConfigList &instances() const { return m_instances; }
    void setInstances(const InstanceConfigList &instances) { m_instances = instances; }
    // Adds an instance with a free id, the next priority and `url` (empty: a placeholder).
    int addInstance(const QString &url = QString());
    void replaceInstance(int index, const InstanceConfig &instance);
    void removeInstance(int index);
    void moveInstance(int index, int delta);

    // The file's text for the current list: serializeInstances() with the entries as read.
    QByteArray text() const;
    // The problem the current list would have as the instance file, if any.
    std::optional<InstanceFileError> validate() const;
    // editable(), validate(), then writeInstanceFile(). Errors are values for the dialog.
    Status save() const;

    // Splits an error field "[2].url" into (2, "url"); (-1, "") for whole-file problems.
    static std::pair<int, QString> splitField(const QString &field);

private:
    QString m_path;
    InstanceConfigList m_instances;
    QList<InstanceFileEntry> m_asRead;  // the entries load() read, for writing untouched values back as they were
    FileSnapshot m_read;                // the file load() read: save() refuses to overwrite a different one
    std::optional<InstanceFileError> m_loadProblem;
    bool m_fileExists = false;
};

} // namespace ul
