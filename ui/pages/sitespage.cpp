#include "ui/pages/sitespage.h"

#include "core/engine/engine.h"
#include "ui/common/columnfitter.h"
#include "ui/common/enginetext.h"
#include "ui/common/errortext.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/setupstate.h"
#include "ui/common/statetext.h"
#include "ui/common/uiformat.h"
#include "ui/sites/addsitedialog.h"
#include "ui/sites/testmodeldialog.h"
#include "ui/widgets/jobcancelbutton.h"
#include "ui/widgets/jobtracker.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/statuslabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QKeySequence>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ul {

namespace {
QString formats(const QStringList &types)
{
    QStringList out;
    for (const QString &t : types)
        out << StateText::format(t);
    return out.join(QStringLiteral(", "));
}

int severity(const QString &label)
{
    if (label.startsWith(QLatin1String("disabled")))
        return 3;
    if (label == QLatin1String("failing") || label == QLatin1String("recovering"))
        return 2;
    if (label == QLatin1String("healthy"))
        return 1;
    return 0;
}
} // namespace

SitesPage::SitesPage(const ConsoleContext &context, QWidget *parent)
    : ConsolePage(parent), m_context(context), m_sites(new SitesTableModel([](const SiteView &s) { return s.name; }, {}, this)),
      m_groups(new SiteGroupsTableModel([](const SiteGroupView &g) { return g.name; }, {}, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)), m_sitesView(ui::makeRecordTable(nullptr, this)),
      m_groupsView(ui::makeRecordTable(nullptr, this)), m_add(new QPushButton(this)), m_addKeys(new QPushButton(this)), m_resync(new QPushButton(this)),
      m_delete(new QPushButton(this)), m_promote(new QPushButton(this)), m_demote(new QPushButton(this)),
      m_testModel(new QPushButton(this)), m_validate(new QPushButton(this)),
      m_removeInvalid(new QPushButton(this)), m_status(new StatusLabel(this)), m_tracker(new JobTracker(context.engine, this)),
      m_opTracker(new JobTracker(context.engine, this)), m_moveTracker(new JobTracker(context.engine, this)),
      m_cancel(new JobCancelButton(this)),
      m_readiness(new MessageBanner(this))
{
    m_sites->setColumns(siteColumns());
    m_groups->setColumns(groupColumns());
    m_proxy->setSourceModel(m_sites);
    m_proxy->setSortRole(SitesTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_sitesView->setModel(m_proxy);
    ui::keepCurrentRow(m_sitesView, SitesTableModel::KeyRole);
    m_sitesView->setSortingEnabled(true);
    m_sitesView->sortByColumn(0, Qt::AscendingOrder);
    ui::fitColumns(m_sitesView->horizontalHeader(), 0);
    ui::setEmptyHint(m_sitesView, [this]() { return emptyHintText(); });
    m_groupsView->setModel(m_groups);
    ui::keepCurrentRow(m_groupsView, SiteGroupsTableModel::KeyRole);
    ui::fitColumns(m_groupsView->horizontalHeader(), 0);
    // The site group's name is what a row is: it keeps room while the other columns give way.
    ui::ColumnFitter::of(m_groupsView->horizontalHeader())->setStretchFloor(15);
    m_filter->setClearButtonEnabled(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_add);
    top->addSpacing(12);
    top->addWidget(m_filter, 1);

    auto *groupButtons = new QHBoxLayout;
    groupButtons->addWidget(m_addKeys);
    groupButtons->addWidget(m_resync);
    groupButtons->addWidget(m_promote);
    groupButtons->addWidget(m_demote);
    groupButtons->addWidget(m_testModel);
    groupButtons->addWidget(m_validate);
    groupButtons->addWidget(m_removeInvalid);
    groupButtons->addWidget(m_delete);
    groupButtons->addStretch(1);
    groupButtons->addWidget(m_cancel);
    m_cancel->addTracker(m_tracker);
    m_cancel->addTracker(m_opTracker);
    m_cancel->reportTo(m_status);

    auto *groupsPane = new QWidget(this);
    auto *groupsLayout = new QVBoxLayout(groupsPane);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    groupsLayout->addLayout(groupButtons);
    groupsLayout->addWidget(m_groupsView, 1);

    // Above the bar of controls: the add-site dialog shows the same banner.
    auto *topWithBanner = new QVBoxLayout;
    topWithBanner->addWidget(m_readiness);
    topWithBanner->addLayout(top);
    ui::layOutSplitPage(this, topWithBanner, m_sitesView, groupsPane, m_status);
    connect(m_readiness, &MessageBanner::actionTriggered, this, [this]() { emit navigationRequested(QStringLiteral("instances"), QString()); });

    connect(m_add, &QPushButton::clicked, this, &SitesPage::openAddSite);
    connect(m_filter, &QLineEdit::textChanged, this, &SitesPage::setFilterText);
    connect(m_sitesView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SitesPage::siteSelectionChanged);
    connect(m_groupsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SitesPage::updateButtons);
    connect(m_addKeys, &QPushButton::clicked, this, &SitesPage::addKeys);
    connect(m_resync, &QPushButton::clicked, this, &SitesPage::resync);
    connect(m_delete, &QPushButton::clicked, this, &SitesPage::confirmDelete);
    connect(m_promote, &QPushButton::clicked, this, [this]() { confirmReassign(true); });
    connect(m_demote, &QPushButton::clicked, this, [this]() { confirmReassign(false); });
    connect(m_testModel, &QPushButton::clicked, this, &SitesPage::openTestModel);
    connect(m_validate, &QPushButton::clicked, this, &SitesPage::confirmValidateKeys);
    connect(m_removeInvalid, &QPushButton::clicked, this, &SitesPage::confirmRemoveInvalidKeys);
    for (JobTracker *tracker : {m_tracker, m_opTracker, m_moveTracker})
        connect(tracker, &JobTracker::progress, this, [this](int done, int total, const QString &step) {
            m_status->showStatus([done, total, step] { return JobTracker::progressText(done, total, step); });
        });
    connect(m_tracker, &JobTracker::finished, this, [this](const JobView &job) {
        m_busy = false;
        updateButtons();
        if (job.state == QLatin1String("done") && job.kind == QLatin1String("process-site")) {
            // A re-sync is an onboarding run: its summary and warnings, as the add-site dialog shows them.
            const QJsonObject data = job.result.value(QStringLiteral("data")).toObject();
            const QStringList warnings = EngineText::onboardingWarnings(data);
            m_status->showStatus([data] { return (QStringList{EngineText::onboardingSummary(data)} + EngineText::onboardingWarnings(data)).join(QLatin1Char('\n')); },
                                 !warnings.isEmpty());
        } else if (job.state == QLatin1String("done") && job.kind == QLatin1String("validate-keys")) {
            m_status->showStatus([result = job.result] { return validationSummary(result); }, job.result.value(QStringLiteral("invalidKeys")).toInt() > 0);
        } else if (job.state == QLatin1String("done") && job.kind == QLatin1String("clear-invalid-keys")) {
            m_status->showStatus([result = job.result] { return removalSummary(result); });
        } else if (job.state == QLatin1String("done")) {
            m_status->showStatus([title = job.title] { return tr("%1: done.").arg(EngineText::translate(title)); });
        } else {
            m_status->showStatus([job] { return failedJobText(job); }, true);
        }
    });
    retranslate();
    updateButtons();
}

SitesPage::~SitesPage() = default;

AddSiteDialog *SitesPage::addSiteDialog() const
{
    return m_dialog.data();
}

QList<SitesTableModel::ColumnSpec> SitesPage::siteColumns()
{
    using C = SitesTableModel::ColumnSpec;
    return {
        C([]() { return tr("Site"); }, [](const SiteView &s) { return s.name; }).withTooltip([](const SiteView &s) { return s.baseUrl; }),
        C([]() { return tr("Formats"); }, [](const SiteView &s) { return formats(s.channelTypes); }),
        C([]() { return tr("Instance"); }, [](const SiteView &s) { return s.instanceName.isEmpty() ? s.instanceId : s.instanceName; }),
        C([]() { return tr("Models"); }, [](const SiteView &s) { return s.modelCount; }).rightAligned(),
        C([]() { return tr("Keys"); }, [](const SiteView &s) { return keysText(s.keysCount, s.invalidKeys); })
            .sortedBy([](const SiteView &s) { return s.keysCount; })
            .rightAligned()
            .coloured([](const SiteView &s) { return s.invalidKeys > 0 ? QVariant(ui::warningColor()) : QVariant(); })
            .withIcon([](const SiteView &s) { return s.invalidKeys > 0 ? QVariant(ui::warningIcon()) : QVariant(); })
            .withTooltip([](const SiteView &s) -> QVariant {
                if (s.invalidKeys == 0)
                    return {};
                return tr("gpt-load holds %n invalid key(s) in a site group of this site; the site group table shows which.", nullptr,
                          int(s.invalidKeys));
            }),
        C([]() { return tr("Health"); }, [](const SiteView &s) { return StateText::health(siteHealth(s)); })
            .sortedBy([](const SiteView &s) { return severity(siteHealth(s)); })
            .withIcon([](const SiteView &s) { return ui::statusDot(StateText::healthColor(siteHealth(s))); }),
        C([]() { return tr("L1 / L2 / L3"); },
          [](const SiteView &s) { return QStringLiteral("%1 / %2 / %3").arg(s.siteGroups).arg(s.modelChannelGroups).arg(s.aggregateGroups); })
            .sortedBy([](const SiteView &s) { return s.modelChannelGroups; }),
        C([]() { return tr("Models checked"); }, [](const SiteView &s) { return lastSyncText(s.lastSync, !s.syncErrors.isEmpty()); })
            .sortedBy([](const SiteView &s) { return s.lastSync; })
            .withIcon([](const SiteView &s) { return s.syncErrors.isEmpty() ? QVariant() : QVariant(ui::statusDot(ui::errorColor())); })
            .withTooltip([](const SiteView &s) { return lastSyncTooltip(s.lastDiscovery, s.syncErrors); }),
    };
}

QList<SiteGroupsTableModel::ColumnSpec> SitesPage::groupColumns()
{
    using C = SiteGroupsTableModel::ColumnSpec;
    return {
        C([]() { return tr("Site group"); }, [](const SiteGroupView &g) { return g.name; }),
        C([]() { return tr("Format"); }, [](const SiteGroupView &g) { return StateText::format(g.channelType); }),
        C([]() { return tr("Instance"); }, [](const SiteGroupView &g) { return g.instanceName.isEmpty() ? g.instanceId : g.instanceName; }),
        C([]() { return tr("Models"); }, [](const SiteGroupView &g) { return g.modelCount; }).rightAligned(),
        C([]() { return tr("Keys"); },
          [](const SiteGroupView &g) { return g.keyPool.known() ? keysText(g.keyPool.total, g.keyPool.invalid) : QString::number(g.keysCount); })
            .sortedBy([](const SiteGroupView &g) { return g.keyPool.known() ? g.keyPool.total : qint64(g.keysCount); })
            .rightAligned()
            .coloured([](const SiteGroupView &g) {
                if (g.keyPool.invalid == 0)
                    return QVariant();
                return QVariant(g.keyPool.active == 0 ? ui::errorColor() : ui::warningColor());
            })
            .withIcon([](const SiteGroupView &g) { return g.keyPool.invalid > 0 ? QVariant(ui::warningIcon()) : QVariant(); })
            .withTooltip([](const SiteGroupView &g) { return keyPoolTooltip(g.keyPool); }),
        C([]() { return tr("Health"); }, [](const SiteGroupView &g) { return StateText::health(g.health); })
            .withIcon([](const SiteGroupView &g) { return ui::statusDot(StateText::healthColor(g.health)); })
            .withTooltip([](const SiteGroupView &g) -> QVariant {
                if (!g.lastCheck.isValid())
                    return {};
                return tr("Last check %1: %2").arg(ui::formatDateTime(g.lastCheck), EngineText::event(g.lastCheckDetail));
            }),
        C([]() { return tr("Failures"); }, [](const SiteGroupView &g) { return g.failures; }).rightAligned(),
        C([]() { return tr("L2 groups"); }, [](const SiteGroupView &g) { return g.modelChannelGroups; }).rightAligned(),
        C([]() { return tr("Test model"); }, [](const SiteGroupView &g) { return g.testModel; })
            .coloured([](const SiteGroupView &g) { return g.testModelHighCost ? QVariant(ui::warningColor()) : QVariant(); })
            .withIcon([](const SiteGroupView &g) { return g.testModelHighCost ? QVariant(ui::warningIcon()) : QVariant(); })
            .withTooltip([](const SiteGroupView &g) {
                QString text = g.testModelOverride.isEmpty() ? tr("Chosen automatically") : tr("Chosen by the operator");
                if (g.testModelHighCost)
                    text += QLatin1Char('\n') + tr("Matches a high-cost pattern: every key validation is an expensive request.");
                return text;
            }),
        // The last successful listing and its source ("temp-group:<instance>", …) in the tooltip:
        // as columns they took the group name's room.
        C([]() { return tr("Models checked"); }, [](const SiteGroupView &g) { return lastSyncText(g.syncedAt, !g.syncError.isEmpty()); })
            .sortedBy([](const SiteGroupView &g) { return g.syncedAt; })
            .withIcon([](const SiteGroupView &g) { return g.syncError.isEmpty() ? QVariant() : QVariant(ui::statusDot(ui::errorColor())); })
            .withTooltip([](const SiteGroupView &g) {
                QString text = lastSyncTooltip(g.discoveredAt, g.syncError.isEmpty() ? QStringList() : QStringList{g.syncError});
                if (!g.discoverySource.isEmpty())
                    text += QLatin1Char('\n') + tr("Listed through: %1").arg(g.discoverySource);
                return text;
            }),
    };
}

QString SitesPage::keysText(qint64 keys, qint64 invalid)
{
    return invalid > 0 ? tr("%1 (%2 invalid)").arg(keys).arg(invalid) : QString::number(keys);
}

QString SitesPage::keyPoolTooltip(const KeyPoolView &pool)
{
    if (!pool.known())
        return tr("The keys uni-load uploaded. gpt-load's key pool (active and invalid keys) is read by the next health check.");
    QString text = tr("gpt-load's key pool at %1: %2 active, %3 invalid of %4.")
                       .arg(ui::formatDateTime(pool.readAt))
                       .arg(pool.active)
                       .arg(pool.invalid)
                       .arg(pool.total);
    if (pool.invalid > 0)
        text += QLatin1Char('\n') + tr("gpt-load re-tests invalid keys on its own schedule; Validate keys… re-tests them now.");
    return text;
}

QString SitesPage::lastSyncText(const QDateTime &syncedAt, bool failed)
{
    if (!syncedAt.isValid())
        return tr("Not checked yet");
    const QString when = ui::formatDateTime(syncedAt);
    return failed ? tr("%1 — failed").arg(when) : when;
}

QString SitesPage::lastSyncTooltip(const QDateTime &discoveredAt, const QStringList &syncErrors)
{
    QStringList lines;
    if (discoveredAt.isValid())
        lines << tr("Models last listed successfully: %1").arg(ui::formatDateTime(discoveredAt));
    if (!syncErrors.isEmpty())
        lines << tr("The last check failed:") << syncErrors;
    return lines.join(QLatin1Char('\n'));
}

QString SitesPage::siteHealth(const SiteView &site)
{
    if (site.groups.isEmpty())
        return site.state.isEmpty() ? QStringLiteral("pending") : site.state;
    QString worst;
    bool same = true;
    for (const SiteGroupView &g : site.groups) {
        same = same && (worst.isEmpty() || worst == g.health);
        if (worst.isEmpty() || severity(g.health) > severity(worst))
            worst = g.health;
    }
    return same ? worst : (severity(worst) >= 2 ? worst : QStringLiteral("partial"));
}

QString SitesPage::deletionCascadeText(const SiteGroupView &group, const SiteView &site)
{
    QStringList lines;
    lines << tr("Delete the site group \"%1\" on %2?").arg(group.name, group.instanceName.isEmpty() ? group.instanceId : group.instanceName);
    lines << QString();
    lines << tr("This removes, in gpt-load and api.yaml:");
    lines << tr("• the layer 1 site group %1 and its %n key(s)", nullptr, group.keysCount).arg(group.name);
    lines << tr("• its %n layer 2 model channel group(s)", nullptr, group.modelChannelGroups);
    lines << tr("• its upstream in every layer 3 model group that uses it; model groups left without upstreams are deleted, "
                "with their api.yaml providers");
    if (site.groups.size() <= 1)
        lines << tr("• the site record \"%1\" (this is its last site group)").arg(site.name);
    lines << QString();
    lines << tr("Hand-written groups and providers are not touched. This cannot be undone.");
    return lines.join(QLatin1Char('\n'));
}

QString SitesPage::title() const
{
    return tr("Sites");
}

QLineEdit *SitesPage::filterField() const
{
    return m_filter;
}

QIcon SitesPage::icon() const
{
    return style()->standardIcon(QStyle::SP_DirLinkIcon);
}

QString SitesPage::emptyHintText() const
{
    if (m_sites->rowCount() > 0)
        return tr("No site matches the filter.");
    if (const QString blocker = SetupState::onboardingBlocker(m_snapshot); !blocker.isEmpty())
        return tr("No site is onboarded yet.") + QLatin1Char('\n') + blocker;
    return tr("No site is onboarded yet. Add site… onboards one: a base URL and its API keys are all it needs.");
}

void SitesPage::showSnapshot(const EngineSnapshot &snapshot)
{
    m_snapshot = snapshot;
    if (const QString blocker = SetupState::onboardingBlocker(snapshot); blocker.isEmpty())
        m_readiness->clear();
    else
        m_readiness->showMessage(MessageBanner::Kind::Warning, blocker, tr("Go to Instances"));
    m_sites->setRows(snapshot.sites);
    ui::refreshEmptyHint(m_sitesView);
    if (!m_sitesView->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
        m_sitesView->selectRow(0);
    siteSelectionChanged();
}

void SitesPage::retranslate()
{
    m_add->setText(tr("Add site…"));
    m_filter->setPlaceholderText(tr("Filter by name, format, instance, health…"));
    m_addKeys->setText(tr("Add keys…"));
    m_resync->setText(tr("Re-sync models"));
    m_delete->setText(tr("Delete…"));
    m_delete->setShortcut(QKeySequence::Delete);  // after setText, which resets it to the text's mnemonic
    m_delete->setToolTip(tr("Delete the selected site group (%1)").arg(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)));
    m_promote->setText(tr("Promote…"));
    m_demote->setText(tr("Demote…"));
    m_testModel->setText(tr("Test model…"));
    m_testModel->setToolTip(tr("Choose the model gpt-load validates the site group's keys with"));
    m_validate->setText(tr("Validate keys…"));
    m_validate->setToolTip(tr("Let gpt-load test every key of the site group now (one billable request per key)"));
    m_removeInvalid->setText(tr("Remove invalid keys…"));
    m_sitesView->setAccessibleName(tr("Sites"));
    m_groupsView->setAccessibleName(tr("Site groups of the selected site"));
    m_sites->retranslate();
    m_groups->retranslate();
    updateButtons();
}

void SitesPage::performAction(const QString &action)
{
    if (action == QLatin1String("add")) {
        openAddSite();
    } else if (action == QLatin1String("add-demo-site")) {
        openAddSite();
        m_dialog->fillDemoSite();
    }
}

QString SitesPage::statusText() const
{
    return m_status->text();
}

void SitesPage::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
}

int SitesPage::visibleSiteCount() const
{
    return m_proxy->rowCount();
}

void SitesPage::selectSite(const QString &name)
{
    const int row = m_sites->rowForKey(name);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_sites->index(row, 0));
    ui::makeCurrentRow(m_sitesView, index);
}

void SitesPage::openAddSite()
{
    if (m_dialog) {
        if (m_dialog->isHidden())
            m_dialog->open();  // set aside by its "Go to Instances", form as it was left
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new AddSiteDialog(m_context, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &AddSiteDialog::runStarted, this,
            [this](const QString &jobId, const QString &siteName) { followDialogRun(jobId, siteName, false); });
    connect(m_dialog, &AddSiteDialog::instancesPageRequested, this,
            [this]() {
                m_status->showStatus([] { return tr("The Add site form is kept: choose Add site again once an instance is set up."); });
                emit navigationRequested(QStringLiteral("instances"), QString());
            });
    m_dialog->open();
}

void SitesPage::followDialogRun(const QString &jobId, const QString &name, bool addKeys)
{
    auto *tracker = new JobTracker(m_context.engine, this);
    connect(tracker, &JobTracker::finished, this, [this, tracker, name, addKeys](const JobView &job) {
        tracker->deleteLater();
        if (job.state != QLatin1String("done")) {
            m_status->showStatus([job] { return failedJobText(job); }, true);
            return;
        }
        // The job's result is the report's JSON ({success, message, data:{siteName, …}}).
        const QJsonObject data = job.result.value(QStringLiteral("data")).toObject();
        QString siteName = data.value(QStringLiteral("siteName")).toString();
        if (siteName.isEmpty())
            siteName = name;
        m_status->showStatus(
            [addKeys, name, siteName, data] {
                const QString done = addKeys ? tr("Keys added to %1.").arg(name) : tr("Onboarded %1.").arg(siteName);
                return (QStringList{done} + EngineText::onboardingWarnings(data)).join(QLatin1Char('\n'));
            },
            !EngineText::onboardingWarnings(data).isEmpty());
        if (!addKeys)
            selectSite(siteName);
    });
    tracker->track(jobId);
}

QString SitesPage::failedJobText(const JobView &job)
{
    const QString outcome = job.error.isEmpty() ? StateText::outcome(job.state) : ErrorText::translate(job.error, job.errorCode);
    return tr("%1: %2").arg(EngineText::translate(job.title), outcome);
}

const SiteView *SitesPage::selectedSite() const
{
    const QModelIndexList rows = m_sitesView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_sites->rowAt(m_proxy->mapToSource(rows.constFirst()).row());
}

const SiteGroupView *SitesPage::selectedGroup() const
{
    if (const SiteGroupView *selected = m_groups->selectedRow(m_groupsView->selectionModel()))
        return selected;
    return m_groups->rowCount() == 1 ? m_groups->rowAt(0) : nullptr;
}

void SitesPage::siteSelectionChanged()
{
    const SiteView *site = selectedSite();
    m_groups->setRows(site ? site->groups : QList<SiteGroupView>());
    updateButtons();
}

void SitesPage::updateButtons()
{
    const bool group = selectedGroup() != nullptr;
    const bool engine = m_context.engine != nullptr;
    m_addKeys->setEnabled(engine && group);
    m_resync->setEnabled(engine && group && !m_busy);
    m_delete->setEnabled(engine && group && !m_busy);
    // Promote / demote only where a neighbouring instance exists; the tooltip says why not.
    const SiteGroupView *selected = selectedGroup();
    const auto reassignable = [&](QPushButton *button, bool promote) {
        const InstanceView *to = selected ? neighbourInstance(m_snapshot, selected->instanceId, promote) : nullptr;
        button->setEnabled(engine && to && !m_busy);
        if (!selected)
            button->setToolTip(tr("Select a site group."));
        else if (m_snapshot.instances.size() < 2)
            button->setToolTip(tr("There is only one gpt-load instance."));
        else if (!to)
            button->setToolTip(promote ? tr("%1 is already on the highest-priority instance.").arg(selected->name)
                                       : tr("%1 is already on the lowest-priority instance.").arg(selected->name));
        else
            button->setToolTip(promote ? tr("Move %1 to %2 (higher priority)").arg(selected->name, to->name)
                                       : tr("Move %1 to %2 (lower priority)").arg(selected->name, to->name));
    };
    reassignable(m_promote, true);
    reassignable(m_demote, false);
    m_testModel->setEnabled(engine && group && !m_busy);
    m_validate->setEnabled(engine && group && !m_busy);
    // Only where gpt-load was seen holding invalid keys; the tooltip says why not.
    m_removeInvalid->setEnabled(engine && selected && selected->keyPool.invalid > 0 && !m_busy);
    if (!selected)
        m_removeInvalid->setToolTip(tr("Select a site group."));
    else if (!selected->keyPool.known())
        m_removeInvalid->setToolTip(tr("gpt-load's key pool of %1 has not been read yet: the next health check reads it.").arg(selected->name));
    else if (selected->keyPool.invalid == 0)
        m_removeInvalid->setToolTip(tr("gpt-load holds no invalid key in %1.").arg(selected->name));
    else
        m_removeInvalid->setToolTip(tr("Delete the %n key(s) gpt-load took out of the pool of %1", nullptr, int(selected->keyPool.invalid))
                                        .arg(selected->name));
}

const InstanceView *SitesPage::neighbourInstance(const EngineSnapshot &snapshot, const QString &instanceId, bool promote)
{
    // The engine's order: by priority, ties in file order (InstanceRegistry).
    QList<const InstanceView *> ordered;
    for (const InstanceView &i : snapshot.instances)
        ordered << &i;
    std::stable_sort(ordered.begin(), ordered.end(), [](const InstanceView *a, const InstanceView *b) { return a->priority < b->priority; });
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        if (ordered.at(i)->id != instanceId)
            continue;
        const qsizetype target = promote ? i - 1 : i + 1;
        return target >= 0 && target < ordered.size() ? ordered.at(target) : nullptr;
    }
    return nullptr;
}

QString SitesPage::reassignConfirmationText(const SiteGroupView &group, const InstanceView &from, const InstanceView &to, bool promote)
{
    QStringList lines;
    lines << (promote ? tr("Promote the site group %1 from %2 to %3?") : tr("Demote the site group %1 from %2 to %3?"))
                 .arg(group.name, from.name, to.name);
    lines << QString();
    lines << tr("This creates %1 on %2 with a copy of its %n key(s), points its layer 2 model channel groups at the new group, "
                "then deletes the group on %3.",
                nullptr, group.keysCount)
                 .arg(group.name, to.name, from.name);
    lines << tr("Its models are served through %1 from then on; requests under way during the switch may fail once.").arg(to.name);
    return lines.join(QLatin1Char('\n'));
}

void SitesPage::addKeys()
{
    const SiteView *site = selectedSite();
    const SiteGroupView *group = selectedGroup();
    if (!site || !group)
        return;
    auto *dialog = new AddSiteDialog(m_context, site->baseUrl, group->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddSiteDialog::runStarted, this,
            [this](const QString &jobId, const QString &channel) { followDialogRun(jobId, channel, true); });
    dialog->open();
}

void SitesPage::resync()
{
    const SiteView *site = selectedSite();
    const SiteGroupView *group = selectedGroup();
    if (!site || !group || m_busy)
        return;
    SiteRequest request;
    request.operation = SiteOperation::Update;
    request.baseUrl = site->baseUrl;
    request.targetChannelName = group->name;
    trackJob(m_context.engine->startProcessAiSite(request), [name = group->name] { return tr("Discovering the models of %1 again…").arg(name); });
}

void SitesPage::trackJob(const QFuture<Result<QString>> &started, StatusLabel::Text startingText)
{
    m_busy = true;
    updateButtons();
    m_status->showStatus(std::move(startingText));
    deliverTo(started, this, [this](const Result<QString> &jobId) {
        if (!jobId.ok()) {
            m_busy = false;
            updateButtons();
            m_status->showStatus([error = jobId.error()] { return tr("Not started: %1").arg(ErrorText::translate(error)); }, true);
            return;
        }
        m_tracker->track(jobId.value());
    });
}

void SitesPage::confirmDelete()
{
    const SiteView *site = selectedSite();
    const SiteGroupView *group = selectedGroup();
    if (!site || !group)
        return;
    const QString name = group->name;
    ui::confirm(this, QMessageBox::Warning, tr("Delete site group"), deletionCascadeText(*group, *site), tr("Delete"), true,
                [this, name]() { deleteGroup(name); });
}

void SitesPage::deleteGroup(const QString &name)
{
    m_busy = true;
    updateButtons();
    m_status->showStatus([name] { return tr("Deleting %1…").arg(name); });
    m_opTracker->followKind(QStringLiteral("delete-channel"));
    deliverTo(m_context.engine->deleteChannel(name), this, [this, name](const Result<ChannelDeletionResult> &result) {
        m_opTracker->stop();
        m_busy = false;
        updateButtons();
        if (!result.ok()) {
            m_status->showStatus([error = result.error()] { return tr("Not deleted: %1").arg(ErrorText::translate(error)); }, true);
            return;
        }
        const SiteGroupRemovalResult &r = result->removal;
        m_status->showStatus(
            [name, deleted = static_cast<int>(r.deletedModelGroups.size()), updated = static_cast<int>(r.updatedModelGroups.size()),
             site = result->siteRemoved ? result->site : QString(), errors = r.errors] {
                QString text = tr("Deleted %1: %n model group(s) deleted", nullptr, deleted).arg(name);
                text += tr(", ", "between the parts of a deletion summary") + tr("%n updated", nullptr, updated);
                if (!site.isEmpty())
                    text += tr(", ", "between the parts of a deletion summary") + tr("site %1 removed").arg(site);
                if (!errors.isEmpty())
                    text += QLatin1Char('\n') + tr("Problems: %1").arg(ErrorText::translateEach(errors).join(ErrorText::tr("; ")));
                return text;
            },
            !r.errors.isEmpty() || !result->success());
    });
}

void SitesPage::confirmReassign(bool promote)
{
    const SiteGroupView *group = selectedGroup();
    if (!group || m_busy)
        return;
    const InstanceView *to = neighbourInstance(m_snapshot, group->instanceId, promote);
    const auto from = std::find_if(m_snapshot.instances.cbegin(), m_snapshot.instances.cend(),
                                   [group](const InstanceView &i) { return i.id == group->instanceId; });
    if (!to || from == m_snapshot.instances.cend())
        return;
    const QString name = group->name;
    ui::confirm(this, QMessageBox::Question, promote ? tr("Promote site group") : tr("Demote site group"),
                reassignConfirmationText(*group, *from, *to, promote), promote ? tr("Promote") : tr("Demote"), false,
                [this, name, promote]() { reassign(name, promote); });
}

void SitesPage::reassign(const QString &name, bool promote)
{
    if (m_busy || !m_context.engine)
        return;
    m_busy = true;
    updateButtons();
    m_status->showStatus([promote, name] { return promote ? tr("Promoting %1…").arg(name) : tr("Demoting %1…").arg(name); });
    m_moveTracker->followKind(QStringLiteral("reassign-channel"));
    deliverTo(m_context.engine->reassignChannel(name, promote ? ReassignAction::Promote : ReassignAction::Demote), this,
              [this](const Result<ReassignResult> &result) {
                  m_moveTracker->stop();
                  m_busy = false;
                  updateButtons();
                  if (!result.ok()) {
                      m_status->showStatus([error = result.error()] { return tr("Not moved: %1").arg(ErrorText::translate(error)); }, true);
                      return;
                  }
                  m_status->showStatus([moved = result.value()] {
                      QString text = tr("Moved %1 from %2 to %3 (%n key(s) copied).", nullptr, static_cast<int>(moved.keysCopied))
                                         .arg(moved.channelName, moved.previousInstanceName, moved.newInstanceName);
                      if (!moved.warnings.isEmpty())
                          text += QLatin1Char('\n') + ErrorText::translateKnownEach(moved.warnings).join(QLatin1Char('\n'));
                      return text;
                  });
              });
}

QString SitesPage::validationQuestion(const SiteGroupView &group)
{
    QStringList lines;
    lines << tr("Validate the %n key(s) of %1 now?", nullptr, group.keysCount).arg(group.name);
    lines << QString();
    lines << tr("gpt-load tests every key with a real, billable request to the test model %1. Keys that fail count towards "
                "their blacklisting; keys that pass are put back in rotation.").arg(group.testModel);
    if (group.testModelHighCost) {
        lines << QString();
        lines << tr("Warning: %1 matches a high-cost pattern, so each of these requests is expensive. Choose a cheaper model "
                    "with Test model… first unless you mean it.").arg(group.testModel);
    }
    return lines.join(QLatin1Char('\n'));
}

QString SitesPage::validationSummary(const QJsonObject &result)
{
    const QString channel = result.value(QStringLiteral("channel")).toString();
    const int total = result.value(QStringLiteral("totalKeys")).toInt();
    const int valid = result.value(QStringLiteral("validKeys")).toInt();
    const int invalid = result.value(QStringLiteral("invalidKeys")).toInt();
    return tr("Keys of %1 validated with %2: %n key(s), %3 valid, %4 invalid.", nullptr, total)
        .arg(channel, result.value(QStringLiteral("testModel")).toString(), QString::number(valid), QString::number(invalid));
}

QString SitesPage::removalQuestion(const SiteGroupView &group)
{
    QStringList lines;
    lines << tr("Delete the %n invalid key(s) of %1 from gpt-load?", nullptr, int(group.keyPool.invalid)).arg(group.name);
    lines << tr("gpt-load took them out of the key pool after they failed (revoked, quota spent) and keeps re-testing them. "
                "The %n active key(s) stay.", nullptr, int(group.keyPool.active));
    lines << tr("Validate keys… first if some may have recovered. A removed key comes back only with Add keys….");
    return lines.join(QStringLiteral("\n\n"));
}

QString SitesPage::removalSummary(const QJsonObject &result)
{
    const QString channel = result.value(QStringLiteral("channel")).toString();
    const int removed = result.value(QStringLiteral("removed")).toInt();
    const QJsonObject keys = result.value(QStringLiteral("keys")).toObject();
    QString text = tr("%n invalid key(s) of %1 removed.", nullptr, removed).arg(channel);
    if (!keys.isEmpty())
        text += QLatin1Char(' ') + tr("The pool now holds %n key(s).", nullptr, keys.value(QStringLiteral("total")).toInt());
    return text;
}

void SitesPage::confirmRemoveInvalidKeys()
{
    const SiteGroupView *group = selectedGroup();
    if (!group || !m_context.engine || m_busy || group->keyPool.invalid == 0)
        return;
    const QString name = group->name;
    ui::confirm(this, QMessageBox::Warning, tr("Remove invalid keys"), removalQuestion(*group), tr("Remove keys"), true, [this, name]() {
        if (m_context.engine && !m_busy)
            trackJob(m_context.engine->startRemoveInvalidKeys(name), [name] { return tr("Removing the invalid keys of %1…").arg(name); });
    });
}

void SitesPage::openTestModel()
{
    const SiteGroupView *group = selectedGroup();
    if (!group || !m_context.engine)
        return;
    auto *dialog = new TestModelDialog(m_context, group->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TestModelDialog::changed, this, [this](const TestModelChange &change) {
        m_status->showStatus([change] { return TestModelDialog::changeText(change); }, change.highCost);
    });
    dialog->open();
}

void SitesPage::confirmValidateKeys()
{
    const SiteGroupView *group = selectedGroup();
    if (!group || !m_context.engine || m_busy)
        return;
    const QString name = group->name;
    const bool highCost = group->testModelHighCost;
    // The question names the cost and, for a high-cost test model, warns: confirming it is the
    // explicit confirmation the engine asks for.
    ui::confirm(this, highCost ? QMessageBox::Warning : QMessageBox::Question, tr("Validate keys"), validationQuestion(*group),
                tr("Validate keys"), false, [this, name, highCost]() { validateKeys(name, highCost); });
}

void SitesPage::validateKeys(const QString &channel, bool confirmHighCost)
{
    if (!m_context.engine || m_busy)
        return;
    trackJob(m_context.engine->startValidateKeys(channel, confirmHighCost), [channel] { return tr("Starting the key validation of %1…").arg(channel); });
}

} // namespace ul
