#pragma once

#include "ui/consolecontext.h"
#include "ui/pages/consolepage.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ul {

class InstanceFileDialog;
class InstancesModel;
class MessageBanner;

// The gpt-load instances: health, response time, last check and error, version profile and TLS
// warning per instance; check now; add, edit and remove (through the instance editor, which
// writes the instance file; the engine then reloads it). A file that cannot be loaded is fixed
// by hand: Add is off, and the file or its folder opens in the desktop's applications.
class InstancesPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancesPage)

public:
    InstancesPage(const ConsoleContext &context, QWidget *parent = nullptr);
    ~InstancesPage() override;

    QString title() const override;
    QIcon icon() const override;
    void showSnapshot(const EngineSnapshot &snapshot) override;
    // F5 is Check now (the instances' health is what the page shows).
    QAbstractButton *refreshButton() const override;
    // "edit-file" opens the editor (on a new instance when the file lists none yet), "add" opens
    // it on a new instance, "check" checks now, "restrict-permissions" makes the instance file
    // owner-only (the fix of the "readable by other users" warning) and reloads it.
    void performAction(const QString &action) override;

    InstancesModel *model() const { return m_model; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *openFileButton() const { return m_openFile; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    MessageBanner *fileBanner() const { return m_fileBanner; }
    MessageBanner *warningBanner() const { return m_warningBanner; }
    InstanceFileDialog *editorDialog() const;  // the open editor, or nullptr
    QString statusText() const;

    // The instance file the editor writes.
    QString instanceFilePath() const;

protected:
    void retranslate() override;

private:
    void checkNow();
    InstanceFileDialog *openEditor(bool addInstance = false);
    void restrictPermissions();
    void openExternally(bool folder);
    void editSelected();
    void removeSelected();
    void removeInstance(const QString &id);
    void reloadEngine(const QString &doneMessage);
    QString selectedId() const;
    void setStatus(const QString &text, bool error = false);
    void updateButtons();

    ConsoleContext m_context;
    EngineSnapshot m_snapshot;
    MessageBanner *m_fileBanner;
    MessageBanner *m_warningBanner;
    QLabel *m_pathLabel;
    QPushButton *m_openFile;
    QPushButton *m_openFolder;
    QPushButton *m_check;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_status;
    InstancesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPointer<InstanceFileDialog> m_dialog;
    bool m_checking = false;
};

} // namespace ul
