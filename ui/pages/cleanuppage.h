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
// apply as a job, the last runs) and the temporary groups discovery leaves behind, per
// instance (clean all, or those older than N hours).
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

signals:
    void previewShown();
    void tempGroupsLoaded();

protected:
    void retranslate() override;

private:
    void showReport(const CleanupReport &report);
    void cleanTempGroups(std::optional<int> hoursOld);

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
    StatusLabel *m_status;
    JobTracker *m_tracker;
    bool m_previewed = false;
    int m_healthyInstances = -1;
};

} // namespace ul
