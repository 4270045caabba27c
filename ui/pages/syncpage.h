#pragma once

#include "core/engine/job.h"
#include "core/services/modelsynctypes.h"
#include "core/store/records.h"
#include "ui/consolecontext.h"
#include "ui/models/valuetablemodel.h"
#include "ui/pages/consolepage.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ul {

class JobTracker;
class StatusLabel;

using PendingChangesModel = ValueTableModel<PendingChange>;

// A site and its review mode: its own (override) or, when unset, the global one.
struct SiteReviewRow
{
    QString site;
    std::optional<bool> review;  // unset: follows the global setting
};
using SiteReviewModel = ValueTableModel<SiteReviewRow>;
using SyncHistoryModel = ValueTableModel<SyncHistoryEntry>;

// Model sync: the loop's state and interval, run now, start/stop, review mode (global, and per
// site: follow it, apply automatically or queue for review); the changes waiting for review
// (approve / reject the selected ones) and the history of what each run did.
class SyncPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)

public:
    SyncPage(const ConsoleContext &context, QWidget *parent = nullptr);
    ~SyncPage() override;

    QString title() const override;
    QIcon icon() const override;
    void showSnapshot(const EngineSnapshot &snapshot) override;
    void activate() override;
    // F5 re-reads the review queue, the history and the settings (no sync: that is Run now).
    bool canRefresh() const override;
    void refresh() override;
    // "run" starts a sync now.
    void performAction(const QString &action) override;

    PendingChangesModel *pendingModel() const { return m_pending; }
    SyncHistoryModel *historyModel() const { return m_history; }
    SiteReviewModel *siteReviewModel() const { return m_siteReview; }
    // Stores the site's override: true = queue for review, false = apply automatically,
    // unset = follow the global setting.
    void setSiteReviewMode(const QString &site, std::optional<bool> review);
    QString statusText() const;

public slots:
    void reload();
    void runNow();
    void toggleLoop();
    void approveSelected();
    void rejectSelected();
    void approveAll();

signals:
    // The review queue, the history and the settings of the last reload() have all arrived.
    void reloaded();

protected:
    void retranslate() override;

private:
    static QString failedJobText(const JobView &job);
    void decide(const QList<PendingChange> &changes, SyncDecision::Kind kind);
    QList<PendingChange> selectedChanges() const;
    void updateState();
    void updateMissesSuffix();
    void saveSettings(const QJsonObject &patch);
    void showSiteReview();
    void followSelectedSite();  // the choice box shows the selected site's mode
    const SiteReviewRow *selectedSiteReview() const;

    ConsoleContext m_context;
    EngineSnapshot m_snapshot;
    QGroupBox *m_serviceBox;
    QLabel *m_state;
    QLabel *m_lastRun;
    QPushButton *m_run;
    QPushButton *m_toggle;
    QCheckBox *m_reviewMode;
    QLabel *m_missesLabel;
    QSpinBox *m_misses;
    QGroupBox *m_siteReviewBox;
    SiteReviewModel *m_siteReview;
    QTableView *m_siteReviewView;
    QLabel *m_siteReviewLabel;
    QComboBox *m_siteReviewChoice;
    QHash<QString, bool> m_siteOverrides;
    bool m_globalReview = false;
    QGroupBox *m_pendingBox;
    PendingChangesModel *m_pending;
    QTableView *m_pendingView;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_approveAll;
    QGroupBox *m_historyBox;
    SyncHistoryModel *m_history;
    QTableView *m_historyView;
    StatusLabel *m_status;
    JobTracker *m_tracker;
    int m_lastPendingCount = -1;
    QDateTime m_lastRunSeen;
    bool m_settingsLoaded = false;
    quint64 m_reloadGeneration = 0;  // the latest reload(); answers of earlier ones do not count
    int m_reloadAnswersDue = 0;      // its engine answers still to come
};

} // namespace ul
