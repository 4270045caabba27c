#include "ui/common/enginetext.h"
#include "ui/pages/dashboardpage.h"

#include "core/engine/engine.h"
#include "ui/common/errortext.h"
#include "ui/common/reloadtext.h"
#include "core/engine/demosites.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/setupstate.h"
#include "ui/common/uiformat.h"
#include "ui/models/jobsmodel.h"
#include "ui/pages/gettingstartedbox.h"
#include "ui/common/statetext.h"
#include "ui/widgets/elidedlabel.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/progressdelegate.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ul {

namespace {
QString coloured(const QString &text, const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text.toHtmlEscaped());
}

// The site groups a dashboard line names; the Sites and Health pages list them all.
constexpr int kNamesShown = 8;

} // namespace

DashboardPage::DashboardPage(const ConsoleContext &context, QWidget *parent)
    : ConsolePage(parent), m_context(context), m_demoBanner(new MessageBanner(this)), m_fileBanner(new MessageBanner(this)), m_warningBanner(new MessageBanner(this)),
      m_uniApiBanner(new MessageBanner(this)),
      m_gettingStarted(new GettingStartedBox(this)), m_instancesBox(new QGroupBox(this)), m_instancesSummary(new QLabel), m_instancesList(new QLabel),
      m_uniApiBox(new QGroupBox(this)), m_layersBox(new QGroupBox(this)), m_servicesBox(new QGroupBox(this)),
      m_jobsBox(new QGroupBox(this)), m_jobs(new JobsModel(this)), m_jobsView(new QTableView), m_cancelJob(new QPushButton),
      m_jobStatus(new QLabel)
{
    QFont big = m_instancesSummary->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_instancesSummary->setFont(big);
    m_instancesList->setTextFormat(Qt::RichText);
    m_instancesList->setWordWrap(true);
    m_instancesList->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *instancesLayout = new QVBoxLayout(m_instancesBox);
    instancesLayout->addWidget(m_instancesSummary);
    instancesLayout->addWidget(m_instancesList, 1);

    auto *uniApiForm = new QFormLayout(m_uniApiBox);
    m_uniApiPathName = new QLabel;
    m_uniApiPath = new ElidedLabel;
    m_uniApiPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    uniApiForm->addRow(m_uniApiPathName, m_uniApiPath);
    m_uniApiState = addRow(uniApiForm);
    m_uniApiReload = addRow(uniApiForm);
    m_uniApiReload.value->setWordWrap(true);

    auto *layersForm = new QFormLayout(m_layersBox);
    m_sites = addRow(layersForm);
    m_l1 = addRow(layersForm);
    m_l2 = addRow(layersForm);
    m_l3 = addRow(layersForm);
    m_models = addRow(layersForm);

    auto *servicesForm = new QFormLayout(m_servicesBox);
    m_instanceHealth = addRow(servicesForm);
    m_modelSync = addRow(servicesForm);
    m_lastSync = addRow(servicesForm);
    m_channelHealth = addRow(servicesForm);
    m_failingChannels = addRow(servicesForm);
    m_failingChannels.value->setTextFormat(Qt::RichText);
    m_invalidKeys = addRow(servicesForm);
    m_invalidKeys.value->setTextFormat(Qt::RichText);
    m_weightOptimizer = addRow(servicesForm);

    m_jobsView->setModel(m_jobs);
    ui::keepCurrentRow(m_jobsView, JobsModel::IdRole);  // rows move as jobs start and finish
    ui::setEmptyHint(m_jobsView, []() { return tr("No jobs yet: onboarding runs, model syncs and checks are listed here as they run."); });
    m_jobsView->setItemDelegateForColumn(JobsModel::Progress, new ProgressDelegate(JobsModel::ProgressRole, m_jobsView));
    m_jobsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_jobsView->setTabKeyNavigation(false);  // Tab leaves the table; arrows move in it
    m_jobsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_jobsView->verticalHeader()->hide();
    ui::fitColumns(m_jobsView->horizontalHeader(), JobsModel::Error);
    m_jobsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_jobStatus->setWordWrap(true);
    auto *jobButtons = new QHBoxLayout;
    jobButtons->addWidget(m_cancelJob);
    jobButtons->addWidget(m_jobStatus, 1);
    auto *jobsLayout = new QVBoxLayout(m_jobsBox);
    jobsLayout->addWidget(m_jobsView);
    jobsLayout->addLayout(jobButtons);
    connect(m_cancelJob, &QPushButton::clicked, this, &DashboardPage::cancelSelectedJob);
    connect(m_jobsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DashboardPage::updateCancelButton);

    // Three equal boxes side by side, the services (long lines) across the whole width below.
    auto *grid = new QGridLayout;
    grid->addWidget(m_instancesBox, 0, 0);
    grid->addWidget(m_layersBox, 0, 1);
    grid->addWidget(m_uniApiBox, 0, 2);
    grid->addWidget(m_servicesBox, 1, 0, 1, 3);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_fileBanner);
    layout->addWidget(m_warningBanner);
    layout->addWidget(m_uniApiBanner);
    layout->addWidget(m_gettingStarted);
    layout->addLayout(grid);
    layout->addWidget(m_jobsBox, 1);

    connect(m_demoBanner, &MessageBanner::actionTriggered, this,
            [this]() { emit navigationRequested(QStringLiteral("sites"), QStringLiteral("add-demo-site")); });
    connect(m_fileBanner, &MessageBanner::actionTriggered, this,
            [this]() { emit navigationRequested(QStringLiteral("instances"), QStringLiteral("edit-file")); });
    // The only warning with a fix in place: the instances page restricts the file and reports it.
    connect(m_warningBanner, &MessageBanner::actionTriggered, this,
            [this]() { emit navigationRequested(QStringLiteral("instances"), QStringLiteral("restrict-permissions")); });
    connect(m_uniApiBanner, &MessageBanner::actionTriggered, this,
            [this]() { emit navigationRequested(QStringLiteral("uniapi"), QStringLiteral("write-again")); });
    connect(m_gettingStarted, &GettingStartedBox::navigationRequested, this, &DashboardPage::navigationRequested);
    m_gettingStarted->hide();
    retranslate();
}

DashboardPage::Row DashboardPage::addRow(QFormLayout *form)
{
    Row row{new QLabel, new QLabel};
    row.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long values wrap at word boundaries instead of widening (or being cut by) their box.
    row.value->setWordWrap(true);
    row.value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    form->addRow(row.name, row.value);
    return row;
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::icon() const
{
    return style()->standardIcon(QStyle::SP_ComputerIcon);
}

void DashboardPage::showSnapshot(const EngineSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_jobs->setJobs(snapshot.jobs);
    updateCancelButton();
    render();
}

void DashboardPage::updateCancelButton()
{
    const QModelIndexList selected = m_jobsView->selectionModel()->selectedRows();
    bool cancellable = false;
    if (!selected.isEmpty()) {
        const int row = selected.constFirst().row();
        cancellable = row >= 0 && row < m_jobs->jobs().size() && !m_jobs->jobs().at(row).isFinished();
    }
    m_cancelJob->setEnabled(cancellable && m_context.engine);
}

QString DashboardPage::jobStatusText() const
{
    return m_jobStatus->text();
}

void DashboardPage::cancelSelectedJob()
{
    const QModelIndexList selected = m_jobsView->selectionModel()->selectedRows();
    if (selected.isEmpty() || !m_context.engine)
        return;
    const QString id = selected.constFirst().data(JobsModel::IdRole).toString();
    const QString title = selected.constFirst().data(Qt::DisplayRole).toString();
    m_cancelJob->setEnabled(false);
    m_jobStatus->setText(tr("Cancelling \"%1\"…").arg(title));
    deliverTo(m_context.engine->cancelJob(id), this, [this, title](const Status &status) {
        m_jobStatus->setText(status.ok() ? tr("\"%1\" is cancelled; a running job stops at its next step.").arg(title)
                                         : tr("Cannot cancel \"%1\": %2").arg(title, ErrorText::translate(status.error())));
        updateCancelButton();
    });
}

void DashboardPage::retranslate()
{
    m_instancesBox->setTitle(tr("gpt-load instances"));
    m_uniApiBox->setTitle(tr("uni-api configuration"));
    m_uniApiPathName->setText(tr("File:"));
    m_uniApiState.name->setText(tr("State:"));
    m_uniApiReload.name->setText(tr("Reload:"));
    m_layersBox->setTitle(tr("Sites and layers"));
    m_sites.name->setText(tr("Sites:"));
    m_l1.name->setText(tr("Site groups (L1):"));
    m_l2.name->setText(tr("Model channel groups (L2):"));
    m_l3.name->setText(tr("Model groups (L3):"));
    m_models.name->setText(tr("Models:"));
    m_servicesBox->setTitle(tr("Background services"));
    m_instanceHealth.name->setText(tr("Instance health:"));
    m_modelSync.name->setText(tr("Model sync:"));
    m_lastSync.name->setText(tr("Last sync:"));
    m_channelHealth.name->setText(tr("Channel health:"));
    m_failingChannels.name->setText(tr("Failing channels:"));
    m_invalidKeys.name->setText(tr("Invalid keys:"));
    m_weightOptimizer.name->setText(tr("Weight optimization:"));
    m_jobsBox->setTitle(tr("Recent jobs"));
    m_cancelJob->setText(tr("Cancel job"));
    m_cancelJob->setToolTip(tr("Cancels the selected queued or running job."));
    m_jobs->retranslate();
    render();
}

QString DashboardPage::serviceText(const ServiceView &service, bool withResult) const
{
    if (service.busy)
        return tr("Running now");
    if (!service.enabled)
        return tr("Not running");
    QString text = tr("Every %1").arg(ui::formatMinutes(service.intervalMinutes));
    if (service.nextRun.isValid())
        text += QStringLiteral(" · ") + tr("next %1").arg(ui::formatDateTime(service.nextRun));
    if (withResult && !service.lastResult.isEmpty())
        text += QStringLiteral(" · ") + EngineText::translate(service.lastResult);
    return text;
}

QString DashboardPage::weightOptimizerText() const
{
    const ServiceView &w = m_snapshot.weightOptimizer;
    QString text;
    if (w.busy)
        text = tr("Running now");
    else if (!w.enabled)
        text = tr("Off (Models page: Optimize weights… runs it once)");
    else
        text = tr("Every %n hour(s)", nullptr, w.intervalMinutes / 60) + QStringLiteral(" · ") + tr("next %1").arg(ui::formatDateTime(w.nextRun));
    if (w.lastRun.isValid() && !w.busy)
        text += QStringLiteral(" · ") + tr("last %1").arg(ui::formatDateTime(w.lastRun)) + QStringLiteral(" · ") + EngineText::translate(w.lastResult);
    return text;
}

QString DashboardPage::failingChannelsText() const
{
    QStringList failing;
    QStringList removed;
    int channels = 0;
    for (const SiteView &site : m_snapshot.sites) {
        channels += int(site.groups.size());
        for (const SiteGroupView &g : site.groups) {
            if (g.health == QLatin1String("failing") || g.health == QLatin1String("recovering"))
                failing << tr("%1 (%2 of %3 failed checks)").arg(g.name, QString::number(g.failures), QString::number(m_snapshot.channelFailureThreshold));
            else if (g.health.startsWith(QLatin1String("disabled")))
                removed << tr("%1 (%2)").arg(g.name, StateText::health(g.health));
        }
    }
    if (channels == 0)
        return tr("No channel yet");  // not a green "None" before there is anything to fail
    if (failing.isEmpty() && removed.isEmpty())
        return coloured(tr("None"), ui::okColor());
    QStringList lines;
    if (!failing.isEmpty())
        lines << coloured(tr("%n failing: ", nullptr, static_cast<int>(failing.size())) + ui::someNames(failing, kNamesShown), ui::warningColor());
    if (!removed.isEmpty())
        lines << coloured(tr("%n out of rotation: ", nullptr, static_cast<int>(removed.size())) + ui::someNames(removed, kNamesShown),
                          ui::errorColor());
    return lines.join(QStringLiteral("<br/>"));
}

// gpt-load blacklists keys one at a time; the site groups holding invalid keys, before a channel
// fails as a whole.
QString DashboardPage::invalidKeysText() const
{
    QStringList holding;
    bool read = false;
    int channels = 0;
    for (const SiteView &site : m_snapshot.sites) {
        channels += int(site.groups.size());
        for (const SiteGroupView &g : site.groups) {
            read = read || g.keyPool.known();
            if (g.keyPool.invalid > 0)
                holding << tr("%1 (%2 of %3)").arg(g.name, QString::number(g.keyPool.invalid), QString::number(g.keyPool.total));
        }
    }
    if (channels == 0)
        return tr("No channel yet");
    if (!read)
        return tr("Not read yet (each health check reads the key pools)").toHtmlEscaped();
    if (holding.isEmpty())
        return coloured(tr("None"), ui::okColor());
    return coloured(tr("%n site group(s): ", nullptr, static_cast<int>(holding.size())) + ui::someNames(holding, kNamesShown),
                    ui::warningColor());
}

void DashboardPage::renderDemoBanner()
{
    if (m_context.demoSites.isEmpty())
        return;
    const auto left = std::count_if(m_context.demoSites.cbegin(), m_context.demoSites.cend(),
                                    [this](const QJsonObject &site) { return !DemoSites::isOnboarded(site, m_snapshot); });
    QString text;
    QString action;
    if (m_snapshot.ready && left > 0) {
        text = tr("This is the demo: simulated gpt-load instances and AI sites run inside uni-load, and nothing of yours is "
                  "read or written. %n of its sites is left for you to onboard.",
                  nullptr, static_cast<int>(left));
        action = tr("Add a demo site…");
    } else {
        text = tr("This is the demo: simulated gpt-load instances and AI sites run inside uni-load, and nothing of yours is "
                  "read or written.");
    }
    m_demoBanner->showMessage(MessageBanner::Kind::Information, text, action);
}

void DashboardPage::renderInstances()
{
    const EngineSnapshot &s = m_snapshot;
    if (!s.ready) {
        m_instancesSummary->setText(tr("Starting…"));
        m_instancesList->clear();
    } else if (SetupState::instanceFileBroken(s)) {
        // Not "none configured": the file may list instances, uni-load cannot read them.
        m_instancesSummary->setText(tr("Instance file unreadable"));
        m_instancesList->setText(coloured(tr("%1 cannot be loaded: %2").arg(s.instanceFile.errorFile, ErrorText::translate(s.instanceFile.errorReason)),
                                          ui::errorColor())
                                 + QStringLiteral("<br/>") + tr("No gpt-load work is done until it is fixed.").toHtmlEscaped());
    } else if (s.instances.isEmpty()) {
        m_instancesSummary->setText(tr("None yet"));
        m_instancesList->setText(SetupState::isFirstRun(s) ? tr("Start with “Add instance…” under Getting started.").toHtmlEscaped()
                                                           : tr("The instance file %1 does not exist.").arg(s.instanceFile.path).toHtmlEscaped());
    } else {
        const bool anyChecked = std::any_of(s.instances.cbegin(), s.instances.cend(), [](const InstanceView &i) { return i.checked; });
        m_instancesSummary->setText(anyChecked ? tr("%1 of %2 healthy").arg(s.healthyInstanceCount()).arg(s.instances.size())
                                               : tr("Checking…"));
        QStringList lines;
        for (const InstanceView &i : s.instances) {
            QString state;
            if (!i.checked)
                state = coloured(QStringLiteral("● ") + tr("not checked yet"), ui::neutralColor());
            else if (i.healthy)
                state = coloured(QStringLiteral("● ") + tr("up, %1").arg(ui::formatDuration(i.responseTimeMs)), ui::okColor());
            else
                state = coloured(QStringLiteral("● ") + tr("down"), ui::errorColor());
            QString line = QStringLiteral("<b>%1</b> &nbsp;%2").arg(i.name.toHtmlEscaped(), state);
            if (i.checked && !i.healthy && !i.error.isEmpty())
                line += QStringLiteral("<br/><small>%1</small>").arg(ErrorText::translate(i.error).toHtmlEscaped());
            if (i.tlsInsecure)
                line += QStringLiteral("<br/>") + coloured(tr("TLS verification is off"), ui::warningColor());
            lines << line;
        }
        m_instancesList->setText(lines.join(QStringLiteral("<br/>")));
    }
}

void DashboardPage::renderUniApi()
{
    const EngineSnapshot &s = m_snapshot;
    m_uniApiPath->setFullText(s.uniApi.path.isEmpty() ? tr("not configured") : s.uniApi.path);
    if (!s.uniApi.error.isEmpty())
        m_uniApiState.value->setText(coloured(ErrorText::translate(s.uniApi.error), ui::errorColor()));
    else if (!s.uniApi.writeError.isEmpty())
        m_uniApiState.value->setText(coloured(
            ui::joinText({tr("Last change not written: %1").arg(ErrorText::translate(s.uniApi.writeError)),
                          s.uniApi.writeRetryAt.isValid() ? tr("(written again at %1)").arg(ui::formatDateTime(s.uniApi.writeRetryAt)) : QString()}),
            ui::errorColor()));
    else if (!s.uniApi.exists)  // not a problem: the first onboarding creates it
        m_uniApiState.value->setText(coloured(s.uniApi.directoryExists ? tr("Not created yet; the first onboarding creates it.")
                                                                       : tr("Not created yet, nor its directory; the first onboarding "
                                                                            "creates both."),
                                              ui::neutralColor()));
    else
        m_uniApiState.value->setText(tr("%1, %2", "providers, managed")
                                         .arg(tr("%n provider(s)", nullptr, s.uniApi.providersCount),
                                              tr("%n managed by uni-load", nullptr, s.uniApi.managedCount)));
    m_uniApiState.value->setTextFormat(Qt::RichText);
    const QString reload = ReloadText::summary(s.uniApi.reload);
    m_uniApiReload.value->setText(ReloadText::needsAttention(s.uniApi.reload) ? coloured(reload, ui::warningColor()) : reload.toHtmlEscaped());
    m_uniApiReload.value->setTextFormat(Qt::RichText);
}

QString DashboardPage::uniApiStateText() const
{
    return m_uniApiState.value->text();
}

QString DashboardPage::uniApiReloadText() const
{
    return m_uniApiReload.value->text();
}

void DashboardPage::render()
{
    const EngineSnapshot &s = m_snapshot;
    renderDemoBanner();
    if (!s.startupError.isEmpty()) {
        m_fileBanner->showMessage(MessageBanner::Kind::Error, tr("The state store cannot be used: %1").arg(ErrorText::translate(s.startupError)));
    } else if (SetupState::isFirstRun(s)) {
        m_fileBanner->clear();  // no instance file yet: the getting-started checklist welcomes instead
    } else if (s.ready && s.instanceFile.hasError()) {
        const QString where = s.instanceFile.errorField.isEmpty()
                                  ? s.instanceFile.errorFile
                                  : tr("%1, %2").arg(s.instanceFile.errorFile, s.instanceFile.errorField);
        m_fileBanner->showMessage(MessageBanner::Kind::Error,
                                  tr("The instance file cannot be used, so no gpt-load work is done: %1 (%2)")
                                      .arg(ErrorText::translate(s.instanceFile.errorReason), where),
                                  tr("Edit instance file…"));
    } else {
        m_fileBanner->clear();
    }
    if (!s.instanceFile.warnings.isEmpty())
        m_warningBanner->showMessage(MessageBanner::Kind::Warning, ErrorText::translateKnownEach(s.instanceFile.warnings).join(QLatin1Char('\n')),
                                     s.instanceFile.readableByOthers ? tr("Restrict permissions") : QString());
    else
        m_warningBanner->clear();
    if (!s.uniApi.writeError.isEmpty())
        m_uniApiBanner->showMessage(MessageBanner::Kind::Error,
                                    tr("api.yaml was not written, uni-api serves it without the last change: %1")
                                        .arg(ErrorText::translate(s.uniApi.writeError)),
                                    tr("Write again now…"));
    else
        m_uniApiBanner->clear();
    // Until the first site: what is left to set up (not in the demo, which sets itself up).
    m_gettingStarted->showSnapshot(s);
    m_gettingStarted->setVisible(s.ready && s.startupError.isEmpty() && m_context.demoSites.isEmpty() && s.sites.isEmpty()
                                 && !SetupState::instanceFileBroken(s));
    renderInstances();
    renderUniApi();

    m_sites.value->setText(QString::number(s.sites.size()));
    m_l1.value->setText(QString::number(s.layers.siteGroups));
    m_l2.value->setText(QString::number(s.layers.modelChannelGroups));
    m_l3.value->setText(QString::number(s.layers.aggregateGroups));
    m_models.value->setText(QString::number(s.layers.models));

    m_instanceHealth.value->setText(serviceText(s.instanceHealth));
    m_modelSync.value->setText(serviceText(s.modelSync, false));  // its result is on the "Last sync" row
    const QDateTime lastSync = s.modelSync.lastRun.isValid() ? s.modelSync.lastRun : s.modelSyncDetails.lastRun.startedAt;
    if (!lastSync.isValid()) {
        m_lastSync.value->setText(tr("No sync run yet"));
    } else {
        QString text = ui::formatDateTime(lastSync);
        if (!s.modelSyncDetails.lastRun.outcome.isEmpty())
            text += QStringLiteral(" · ") + StateText::outcome(s.modelSyncDetails.lastRun.outcome);
        // The outcome is shown already: after it the figures, or the first problem.
        if (!s.modelSyncDetails.lastRun.errors.isEmpty())
            text += QStringLiteral(" · ") + ErrorText::translateAfterSubject(s.modelSyncDetails.lastRun.errors.first());
        else if (!s.modelSync.lastResult.isEmpty())
            text += QStringLiteral(" · ") + EngineText::translate(s.modelSync.lastResult);
        m_lastSync.value->setText(text);
    }
    m_channelHealth.value->setText(serviceText(s.channelHealth));
    m_failingChannels.value->setText(failingChannelsText());
    m_invalidKeys.value->setText(invalidKeysText());
    m_weightOptimizer.value->setText(weightOptimizerText());
}

} // namespace ul
