#pragma once

#include "core/common/result.h"
#include "core/engine/job.h"
#include "core/engine/snapshot.h"
#include "ui/consolecontext.h"
#include "ui/models/valuetablemodel.h"
#include "ui/pages/consolepage.h"
#include "ui/widgets/statuslabel.h"

#include <QFuture>
#include <QPointer>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ul {

class AddSiteDialog;
class MessageBanner;
class JobCancelButton;
class JobTracker;

using SitesTableModel = ValueTableModel<SiteView>;
using SiteGroupsTableModel = ValueTableModel<SiteGroupView>;

// The onboarded sites (sortable, filterable) and the site groups of the selected one. Adds a
// site (AddSiteDialog: plan, progress, cancel); per site group: add keys, re-sync (discover the
// models again), delete with the cascade spelled out, promote / demote to the neighbouring
// instance, choose the test model (TestModelDialog), validate the keys on request (billable:
// confirmed first, with a warning when the test model is high cost).
class SitesPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SitesPage)

public:
    SitesPage(const ConsoleContext &context, QWidget *parent = nullptr);
    ~SitesPage() override;

    QString title() const override;
    QLineEdit *filterField() const override;
    QIcon icon() const override;
    void showSnapshot(const EngineSnapshot &snapshot) override;
    // "add" opens the add-site dialog; "add-demo-site" opens it filled with a demo site.
    void performAction(const QString &action) override;

    SitesTableModel *sitesModel() const { return m_sites; }
    SiteGroupsTableModel *groupsModel() const { return m_groups; }
    AddSiteDialog *addSiteDialog() const;  // the add-site dialog (open or set aside), or nullptr
    MessageBanner *readinessBanner() const { return m_readiness; }
    QString emptyHintText() const;
    QString statusText() const;
    void setFilterText(const QString &text);
    int visibleSiteCount() const;
    void selectSite(const QString &name);

    // The confirmation text for deleting a site group (what the cascade removes).
    static QString deletionCascadeText(const SiteGroupView &group, const SiteView &site);
    // The instance a promote (the one before, by priority) or demote (the one after) moves a
    // group on `instanceId` to; nullptr when there is none.
    static const InstanceView *neighbourInstance(const EngineSnapshot &snapshot, const QString &instanceId, bool promote);
    // The question before a promote / demote: what moves where.
    static QString reassignConfirmationText(const SiteGroupView &group, const InstanceView &from, const InstanceView &to, bool promote);
    QPushButton *promoteButton() const { return m_promote; }
    QPushButton *removeInvalidKeysButton() const { return m_removeInvalid; }
    QPushButton *demoteButton() const { return m_demote; }
    // A site's overall health: the common label of its groups, else the worst one.
    static QString siteHealth(const SiteView &site);
    // The Keys cells: the count, and the invalid keys gpt-load reported when its pool was last read.
    static QString keysText(qint64 keys, qint64 invalid);
    static QString keyPoolTooltip(const KeyPoolView &pool);
    // The "Models checked" cell: when the site's models were last listed (onboarding, re-sync or
    // model sync; not the model sync service's last run), marked when that failed.
    static QString lastSyncText(const QDateTime &syncedAt, bool failed);
    static QString lastSyncTooltip(const QDateTime &discoveredAt, const QStringList &syncErrors);
    // The confirmation text for validating a site group's keys (cost, test model, high cost).
    static QString validationQuestion(const SiteGroupView &group);
    // The summary of a finished "validate-keys" job (its result object).
    static QString validationSummary(const QJsonObject &result);
    // The question before removing a site group's invalid keys, and the summary of that job.
    static QString removalQuestion(const SiteGroupView &group);
    static QString removalSummary(const QJsonObject &result);

public slots:
    // "Test model…": opens the dialog for the selected site group.
    void openTestModel();
    // "Validate keys": asks (billable), then starts the job.
    void confirmValidateKeys();
    // Starts the validation job of `channel` without asking.
    void validateKeys(const QString &channel, bool confirmHighCost);
    // "Remove invalid keys…": asks (the keys are deleted from gpt-load), then starts the job.
    void confirmRemoveInvalidKeys();

protected:
    void retranslate() override;

private:
    QList<SitesTableModel::ColumnSpec> siteColumns();
    QList<SiteGroupsTableModel::ColumnSpec> groupColumns();
    void openAddSite();
    // Reports the end of a run an add-site / add-keys dialog started, whether or not the dialog
    // is still open.
    void followDialogRun(const QString &jobId, const QString &name, bool addKeys);
    static QString failedJobText(const JobView &job);
    void siteSelectionChanged();
    const SiteView *selectedSite() const;
    const SiteGroupView *selectedGroup() const;
    void addKeys();
    void resync();
    // Marks the page busy, shows `startingText`, then follows the job (or says why it did not start).
    void trackJob(const QFuture<Result<QString>> &started, StatusLabel::Text startingText);
    void confirmDelete();
    void deleteGroup(const QString &name);
    void confirmReassign(bool promote);
    void reassign(const QString &name, bool promote);
    void updateButtons();

    ConsoleContext m_context;
    EngineSnapshot m_snapshot;
    SitesTableModel *m_sites;
    SiteGroupsTableModel *m_groups;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_sitesView;
    QTableView *m_groupsView;
    QPushButton *m_add;
    QPushButton *m_addKeys;
    QPushButton *m_resync;
    QPushButton *m_delete;
    QPushButton *m_promote;
    QPushButton *m_demote;
    QPushButton *m_testModel;
    QPushButton *m_validate;
    QPushButton *m_removeInvalid;
    StatusLabel *m_status;
    JobTracker *m_tracker;      // re-sync, key validation, invalid key removal (started by id)
    JobTracker *m_opTracker;    // deletion: answers with its result, followed by kind
    JobTracker *m_moveTracker;  // promote/demote: progress only (a move does not stop half way)
    JobCancelButton *m_cancel;
    MessageBanner *m_readiness;  // no instance can take a site: why, and the way to the Instances page
    QPointer<AddSiteDialog> m_dialog;
    bool m_busy = false;
};

} // namespace ul
