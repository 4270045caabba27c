#pragma once

#include "ui/consolecontext.h"
#include "ui/models/valuetablemodel.h"
#include "ui/pages/consolepage.h"
#include "ui/widgets/statuslabel.h"

#include <QPointer>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ul {

class InstanceFileDialog;
class InstancesModel;
class MessageBanner;

// A site and the instance its future site groups are created on (uni-load-behaviour.md §5.5):
// the stored assignment, else the instance chosen by reachability.
struct SiteAssignmentRow
{
    QString site;          // empty for an assignment of a URL no stored site has
    QString baseUrl;       // normalized
    QString groupsOn;      // instance names its site groups live on now
    QString assignedId;    // empty: automatic
    QString assignedName;
};

using SiteAssignmentsModel = ValueTableModel<SiteAssignmentRow>;

// The gpt-load instances: health, response time, last check and error, version profile and TLS
// warning per instance; check now; add, edit and remove (through the instance editor, which
// writes the instance file; the engine then reloads it). A file that cannot be loaded is fixed
// by hand: Add is off, and the file or its folder opens in the desktop's applications. Below,
// the site assignments: which instance each site's future site groups go to, reassignable.
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
    SiteAssignmentsModel *assignmentsModel() const { return m_assignments; }
    // The rows of the assignment table: every stored site, then assignments of other URLs.
    static QList<SiteAssignmentRow> assignmentRows(const EngineSnapshot &snapshot);
    // Selects the site (by its normalized base URL) and the instance ("" = automatic) in the
    // assignment controls; assignSelected() then stores it.
    bool selectAssignment(const QString &baseUrl, const QString &instanceId);
    void assignSelected();
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
    void reloadEngine(const StatusLabel::Text &doneMessage);
    QString selectedId() const;
    void setStatus(StatusLabel::Text text, bool error = false);
    void updateButtons();
    void updateAssignmentControls();
    const SiteAssignmentRow *selectedAssignment() const;

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
    StatusLabel *m_status;
    InstancesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPointer<InstanceFileDialog> m_dialog;
    QGroupBox *m_assignBox;
    QLabel *m_assignIntro;
    SiteAssignmentsModel *m_assignments;
    QTableView *m_assignView;
    QLabel *m_assignLabel;
    QComboBox *m_assignTarget;
    QPushButton *m_assign;
    QStringList m_assignTargets;  // id, name, id, name… of the choices in m_assignTarget
    bool m_assigning = false;
    bool m_checking = false;
};

} // namespace ul
