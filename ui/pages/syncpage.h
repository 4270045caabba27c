#pragma once

#include "core/services/modelsynctypes.h"
#include "core/store/records.h"
#include "ui/consolecontext.h"
#include "ui/models/valuetablemodel.h"
#include "ui/pages/consolepage.h"

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ul {

class JobTracker;
class StatusLabel;

using PendingChangesModel = ValueTableModel<PendingChange>;
using SyncHistoryModel = ValueTableModel<SyncHistoryEntry>;

// Model sync: the loop's state and interval, run now, start/stop, review mode; the changes
// waiting for review (approve / reject the selected ones) and the history of what each run did.
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
    void decide(const QList<PendingChange> &changes, SyncDecision::Kind kind);
    QList<PendingChange> selectedChanges() const;
    void updateState();
    void updateMissesSuffix();

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
