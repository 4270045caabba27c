#pragma once

#include "ui/consolecontext.h"
#include "ui/pages/consolepage.h"

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace ul {

class JobsModel;
class ElidedLabel;
class GettingStartedBox;
class MessageBanner;

// Overview: instance health, the instance file, api.yaml, sites and layer counts, background
// services (with the last model sync and the failing channels) and the recent jobs (a queued or
// running one can be cancelled). Until the first site is onboarded it leads with a
// getting-started checklist; a first run (no instance file yet) is a welcome, not an error.
class DashboardPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    DashboardPage(const ConsoleContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void showSnapshot(const EngineSnapshot &snapshot) override;

    MessageBanner *demoBanner() const { return m_demoBanner; }
    MessageBanner *fileBanner() const { return m_fileBanner; }
    MessageBanner *warningBanner() const { return m_warningBanner; }
    MessageBanner *uniApiBanner() const { return m_uniApiBanner; }
    GettingStartedBox *gettingStarted() const { return m_gettingStarted; }
    QString uniApiStateText() const;
    QString uniApiReloadText() const;  // the Reload row (uniapi-config.md §6.10)
    QLabel *instancesSummaryLabel() const { return m_instancesSummary; }
    QTableView *jobsView() const { return m_jobsView; }
    QPushButton *cancelJobButton() const { return m_cancelJob; }
    QString jobStatusText() const;

protected:
    void retranslate() override;

private:
    struct Row
    {
        QLabel *name;
        QLabel *value;
    };
    Row addRow(QFormLayout *form);
    QString failingChannelsText() const;
    QString invalidKeysText() const;
    QString weightOptimizerText() const;
    void render();
    void renderDemoBanner();
    void renderInstances();
    void renderUniApi();
    QString serviceText(const ServiceView &service, bool withResult = true) const;
    void cancelSelectedJob();
    void updateCancelButton();

    ConsoleContext m_context;
    EngineSnapshot m_snapshot;
    MessageBanner *m_demoBanner;  // --demo only
    MessageBanner *m_fileBanner;
    MessageBanner *m_warningBanner;
    MessageBanner *m_uniApiBanner;  // the last api.yaml write failed; its action writes again
    GettingStartedBox *m_gettingStarted;
    QGroupBox *m_instancesBox;
    QLabel *m_instancesSummary;
    QLabel *m_instancesList;
    QGroupBox *m_uniApiBox;
    QLabel *m_uniApiPathName;
    ElidedLabel *m_uniApiPath;
    Row m_uniApiState;
    Row m_uniApiReload;
    QGroupBox *m_layersBox;
    Row m_sites;
    Row m_l1;
    Row m_l2;
    Row m_l3;
    Row m_models;
    QGroupBox *m_servicesBox;
    Row m_instanceHealth;
    Row m_modelSync;
    Row m_lastSync;
    Row m_channelHealth;
    Row m_failingChannels;
    Row m_invalidKeys;
    Row m_weightOptimizer;
    QGroupBox *m_jobsBox;
    JobsModel *m_jobs;
    QTableView *m_jobsView;
    QPushButton *m_cancelJob;
    QLabel *m_jobStatus;
};

} // namespace ul
