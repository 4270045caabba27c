#pragma once

#include <QDir>
#include <QSaveFile>
#include <QString>

namespace ul::test {

// A QSaveFile or QFile that accepts `budget` bytes, then fails like a full disk with
// `errorString`: write failures injected through a writer's I/O seam (ConfigFileIo), since
// permission bits cannot make a write fail for root.
template <typename Base>
class FailingDevice final : public Base
{
public:
    FailingDevice(const QString &path, qint64 budget, const QString &errorString)
        : Base(path), m_budget(budget), m_errorString(errorString)
    {
    }

protected:
    qint64 writeData(const char *data, qint64 len) override
    {
        if (len <= m_budget) {
            m_budget -= len;
            return Base::writeData(data, len);
        }
        if (m_budget > 0)
            Base::writeData(data, m_budget);
        m_budget = 0;
        this->setErrorString(m_errorString);
        return -1;
    }

private:
    qint64 m_budget;
    QString m_errorString;
};

// A QSaveFile whose commit() fails at the rename, as it does when the target is a single-file
// bind mount (EBUSY), which a test cannot set up and root cannot otherwise provoke. It stands in
// for a device on `target` but renames to `<target>.busy`, a directory made once the data is
// written: rename() fails (EISDIR), QSaveFile reports a RenameError, and `target` is untouched.
class UnrenamableSaveFile final : public QSaveFile
{
public:
    explicit UnrenamableSaveFile(const QString &target) : QSaveFile(target + QStringLiteral(".busy")) {}
    ~UnrenamableSaveFile() override { QDir().rmdir(fileName()); }

protected:
    qint64 writeData(const char *data, qint64 len) override
    {
        const qint64 written = QSaveFile::writeData(data, len);
        QDir().mkdir(fileName());
        return written;
    }
};

} // namespace ul::test
