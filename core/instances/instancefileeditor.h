#pragma once

#include "core/common/instanceconfig.h"
#include "core/common/result.h"
#include "core/instances/instancefile.h"

#include <QString>

#include <optional>

namespace ul {

// The working copy behind the instance editor: reads the instance file (salvaging what it can
// from a file that fails validation, so the operator can fix it in the form), validates the
// edited list with the instance-file rules and writes it back atomically with mode 0600.
class InstanceFileEditor final
{
public:
    explicit InstanceFileEditor(QString path);

    const QString &path() const { return m_path; }

    // Reads the file. A missing file gives an empty list; an invalid one gives the instances
    // that could be read and loadProblem() says what is wrong with the file on disk.
    void load();
    bool fileExists() const { return m_fileExists; }
    const std::optional<InstanceFileError> &loadProblem() const { return m_loadProblem; }

    const InstanceConfigList &instances() const { return m_instances; }
    void setInstances(const InstanceConfigList &instances) { m_instances = instances; }
    // Adds an instance with a free id, the next priority and `url` (empty: a placeholder).
    int addInstance(const QString &url = QString());
    void replaceInstance(int index, const InstanceConfig &instance);
    void removeInstance(int index);
    void moveInstance(int index, int delta);

    // The problem the current list would have as the instance file, if any.
    std::optional<InstanceFileError> validate() const;
    // validate(), then saveInstanceFile(). Errors are values for the dialog.
    Status save() const;

    // Splits an error field "[2].url" into (2, "url"); (-1, "") for whole-file problems.
    static std::pair<int, QString> splitField(const QString &field);

private:
    QString m_path;
    InstanceConfigList m_instances;
    std::optional<InstanceFileError> m_loadProblem;
    bool m_fileExists = false;
};

} // namespace ul
