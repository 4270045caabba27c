#pragma once

#include "core/onboarding/onboardingtypes.h"
#include "core/services/cleanuptypes.h"
#include "ui/consolecontext.h"
#include "ui/models/valuetablemodel.h"
#include "ui/pages/consolepage.h"

#include <QJsonObject>

#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ul {

class JobCancelButton;
class JobTracker;
class StatusLabel;

// One temporary group, with the instance it is on.
struct TempGroupRow
{
    QString instance;
    TempGroupEntry group;
    QString error;   // set on a row that stands for an unreachable instance
};

using DisconnectedModel = ValueTableModel<DisconnectedChannel>;
using CleanupHistoryModel = ValueTableModel<QJsonObject>;
using TempGroupsModel = ValueTableModel<TempGroupRow>;

// Connectivity cleanup (preview which channels no longer answer and what removing them does,
// apply as a job, the last runs), manual cleanup of named channels (preview, apply), the
// temporary groups discovery leaves behind, per instance (clean all, or those older than N
// hours), and "Cleanup & reset": deleting every model group uni-load manages (§21).
class CleanupPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CleanupPage)

public:
    CleanupPage(const ConsoleContext &context, QWidget *parent = nullptr);
    ~CleanupPage() override;

    QString title() const override;
    QAbstractButton *refreshButton() const override;
    QIcon icon() const override;
    void showSnapshot(const EngineSnapshot &snapshot) override;
    void activate() override;

    DisconnectedModel *disconnectedModel() const { return m_disconnected; }
    CleanupHistoryModel *historyModel() const { return m_history; }
    TempGroupsModel *tempGroupsModel() const { return m_tempGroups; }
    QString statusText() const;
    // The options the form describes (a validation error names the field).
    Result<CleanupOptions> options(bool dryRun) const;

public slots:
    void preview();
    void apply();
    void reloadHistory();
    void reloadTempGroups();
    void cleanAllTempGroups();
    void cleanOldTempGroups();
    // Manual cleanup of the channels named in the box: a preview, or (after a confirmation)
    // taking them out of their model groups.
    void previewManual();
    void applyManual();
    // Asks, then deletes every L2/L3 group and managed provider (Engine::deleteManagedModelGroups).
    void resetModelGroups();

    void setManualChannels(const QString &names);
    QString manualSummary() const;

signals:
    void previewShown();
    void tempGroupsLoaded();
    void manualFinished();  // a manual preview or apply answered
    void resetFinished();   // the deletion of every model group answered

protected:
    void retranslate() override;

private:
    void showReport(const CleanupReport &report);
    void cleanTempGroups(std::optional<int> hoursOld);
    void runManual(const QStringList &names, bool dryRun);
    void setManualBusy(bool busy);
    QStringList manualChannelNames() const;  // the names typed into the manual cleanup field

    ConsoleContext m_context;
    QGroupBox *m_cleanupBox;
    QLabel *m_timeoutLabel;
    QSpinBox *m_timeout;
    QLabel *m_retriesLabel;
    QSpinBox *m_retries;
    QLabel *m_excludeLabel;
    QLineEdit *m_exclude;
    QLabel *m_onlyLabel;
    QLineEdit *m_only;
    QPushButton *m_preview;
    QPushButton *m_apply;
    QLabel *m_summary;
    DisconnectedModel *m_disconnected;
    QTableView *m_disconnectedView;
    CleanupHistoryModel *m_history;
    QTableView *m_historyView;
    QGroupBox *m_tempBox;
    TempGroupsModel *m_tempGroups;
    QTableView *m_tempView;
    QPushButton *m_tempRefresh;
    QPushButton *m_tempCleanAll;
    QPushButton *m_tempCleanOld;
    QSpinBox *m_tempHours;
    QGroupBox *m_manualBox;
    QLabel *m_manualLabel;
    QLineEdit *m_manualNames;
    QPushButton *m_manualPreview;
    QPushButton *m_manualApply;
    QLabel *m_manualSummary;
    QGroupBox *m_resetBox;
    QLabel *m_resetText;
    QPushButton *m_reset;
    StatusLabel *m_status;
    JobCancelButton *m_cancel;
    JobTracker *m_tracker;     // connectivity cleanup (started by id)
    // Reset and manual cleanup answer with their result; meanwhile their job (followed by kind)
    // shows its progress in the status line and can be cancelled.
    JobTracker *m_opTracker;
    bool m_previewed = false;
    int m_healthyInstances = -1;
    LayerCounts m_layers;
};

} // namespace ul
