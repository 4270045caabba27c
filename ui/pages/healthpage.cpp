#include "ui/common/enginetext.h"
#include "ui/pages/healthpage.h"

#include "core/engine/engine.h"
#include "ui/common/errortext.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/statetext.h"
#include "ui/common/uiformat.h"
#include "ui/pages/healththresholdsdialog.h"
#include "ui/widgets/healthchart.h"
#include "ui/widgets/jobtracker.h"
#include "ui/widgets/statuslabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ul {

namespace {
constexpr int kHistoryDays = 7;

int healthRank(const QString &label)
{
    if (label.startsWith(QLatin1String("disabled")))
        return 3;
    if (label == QLatin1String("failing") || label == QLatin1String("recovering"))
        return 2;
    return label == QLatin1String("healthy") ? 0 : 1;
}
} // namespace

HealthPage::HealthPage(const ConsoleContext &context, QWidget *parent)
    : ConsolePage(parent), m_context(context), m_serviceBox(new QGroupBox(this)), m_state(new QLabel), m_check(new QPushButton),
      m_toggle(new QPushButton), m_resetAll(new QPushButton), m_thresholds(new QPushButton),
      m_channels(new ChannelHealthModel([](const ChannelRow &r) { return r.group.name; }, {}, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)), m_view(new QTableView(this)),
      m_reset(new QPushButton(this)), m_disable(new QPushButton(this)), m_modelLabel(new QLabel(this)), m_model(new QComboBox(this)),
      m_recover(new QPushButton(this)), m_deepProbe(new QCheckBox(this)), m_chart(new HealthChart(this)), m_status(new StatusLabel(this)),
      m_tracker(new JobTracker(context.engine, this))
{
    using C = ChannelHealthModel::ColumnSpec;
    m_channels->setColumns({
        C([]() { return tr("Channel"); }, [](const ChannelRow &r) { return r.group.name; })
            .explainedBy(&StateText::channelMeaning),
        C([]() { return tr("Site"); }, [](const ChannelRow &r) { return r.site; }),
        C([]() { return tr("Instance"); }, [](const ChannelRow &r) { return r.group.instanceName.isEmpty() ? r.group.instanceId : r.group.instanceName; }),
        C([]() { return tr("State"); }, [](const ChannelRow &r) { return StateText::health(r.group.health); })
            .sortedBy([](const ChannelRow &r) { return healthRank(r.group.health); })
            .withIcon([](const ChannelRow &r) { return ui::statusDot(StateText::healthColor(r.group.health)); }),
        C([this]() { return tr("Failures (of %1)").arg(m_snapshot.channelFailureThreshold); }, [](const ChannelRow &r) { return r.group.failures; })
            .coloured([this](const ChannelRow &r) {
                return r.group.failures >= m_snapshot.channelFailureThreshold ? QVariant(ui::errorColor())
                       : r.group.failures > 0                                 ? QVariant(ui::warningColor())
                                                                              : QVariant();
            })
            .rightAligned(),
        C([]() { return tr("Test model"); }, [](const ChannelRow &r) { return r.group.testModel; }),
        C([]() { return tr("Models"); }, [](const ChannelRow &r) { return r.group.modelCount; }).rightAligned(),
        // Why the channel is where it is: the latest check's figures or probe answer.
        C([]() { return tr("Last check"); },
          [](const ChannelRow &r) { return r.group.lastCheck.isValid() ? EngineText::event(r.group.lastCheckDetail) : tr("not checked yet"); })
            .sortedBy([](const ChannelRow &r) { return r.group.lastCheck; })
            .coloured([](const ChannelRow &r) {
                return r.group.lastVerdict == QLatin1String("unhealthy") ? QVariant(ui::warningColor()) : QVariant();
            })
            .withTooltip([](const ChannelRow &r) -> QVariant {
                if (!r.group.lastCheck.isValid())
                    return {};
                return tr("%1 — %2\n%3")
                    .arg(ui::formatDateTime(r.group.lastCheck), StateText::verdict(r.group.lastVerdict), EngineText::event(r.group.lastCheckDetail));
            }),
        // Free model-list probe, or the billable deep probe the operator turned on for the site.
        C([]() { return tr("Probe"); }, [](const ChannelRow &r) { return r.group.deepProbe ? tr("Deep (billable)") : tr("Free"); })
            .coloured([](const ChannelRow &r) { return r.group.deepProbe ? QVariant(ui::warningColor()) : QVariant(); }),
    });
    m_proxy->setSourceModel(m_channels);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    ui::keepCurrentRow(m_view, ChannelHealthModel::KeyRole);
    m_filter->setClearButtonEnabled(true);
    ui::setEmptyHint(m_view, [this]() {
        return m_channels->rowCount() == 0 ? tr("No channels yet: the site groups of onboarded sites are checked here.")
                                           : tr("No channel matches the filter.");
    });
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false);  // Tab leaves the table; arrows move in it
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    ui::fitColumns(m_view->horizontalHeader(), 7);
    m_state->setWordWrap(true);
    m_model->setMinimumContentsLength(18);

    auto *serviceButtons = new QHBoxLayout;
    serviceButtons->addWidget(m_check);
    serviceButtons->addWidget(m_toggle);
    serviceButtons->addWidget(m_resetAll);
    serviceButtons->addWidget(m_thresholds);
    serviceButtons->addStretch(1);
    auto *serviceLayout = new QVBoxLayout(m_serviceBox);
    serviceLayout->addWidget(m_state);
    serviceLayout->addLayout(serviceButtons);

    auto *channelButtons = new QHBoxLayout;
    channelButtons->addWidget(m_reset);
    channelButtons->addWidget(m_disable);
    channelButtons->addSpacing(16);
    channelButtons->addWidget(m_modelLabel);
    channelButtons->addWidget(m_model);
    channelButtons->addWidget(m_recover);
    channelButtons->addSpacing(16);
    channelButtons->addWidget(m_deepProbe);
    channelButtons->addStretch(1);
    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_filter);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addLayout(channelButtons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tablePane);
    splitter->addWidget(m_chart);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({200, 300});  // the chart gets the larger share; the operator can move it

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_serviceBox);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_check, &QPushButton::clicked, this, &HealthPage::checkNow);
    connect(m_toggle, &QPushButton::clicked, this, &HealthPage::toggleMonitor);
    connect(m_resetAll, &QPushButton::clicked, this, &HealthPage::resetAll);
    connect(m_thresholds, &QPushButton::clicked, this, &HealthPage::openThresholds);
    connect(m_reset, &QPushButton::clicked, this, &HealthPage::resetSelected);
    connect(m_disable, &QPushButton::clicked, this, &HealthPage::toggleDisabled);
    connect(m_recover, &QPushButton::clicked, this, &HealthPage::recoverSelected);
    connect(m_model, &QComboBox::currentIndexChanged, this, &HealthPage::updateState);
    // clicked, not toggled: only the operator's click asks; updateState() sets the box silently.
    connect(m_deepProbe, &QCheckBox::clicked, this, &HealthPage::setDeepProbeOfSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HealthPage::channelSelectionChanged);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!selectedChannel() && m_proxy->rowCount() > 0)
            m_view->selectRow(0);
    });
    connect(m_tracker, &JobTracker::progress, this, [this](int done, int total, const QString &step) {
        m_status->showStatus([done, total, step] {
            return total > 0 ? tr("Checking: %1 (%2 of %3)").arg(step, QString::number(done), QString::number(total)) : tr("Checking: %1").arg(step);
        });
    });
    connect(m_tracker, &JobTracker::finished, this, [this](const JobView &job) {
        if (job.state == QLatin1String("done")) {
            m_status->showStatus([r = job.result] {  // HealthCycleReport::toJson()
                return tr("Health check finished: %1 checked, %2 healthy, %3 unhealthy, %4 inconclusive.")
                    .arg(r.value(QStringLiteral("checked")).toInt())
                    .arg(r.value(QStringLiteral("healthy")).toInt())
                    .arg(r.value(QStringLiteral("unhealthy")).toInt())
                    .arg(r.value(QStringLiteral("inconclusive")).toInt());
            });
        } else {
            m_status->showStatus(
                [cancelled = job.state == QLatin1String("cancelled"), error = job.error, code = job.errorCode] {
                    return cancelled ? tr("Health check cancelled.") : tr("Health check failed: %1").arg(ErrorText::translate(error, code));
                },
                true);
        }
        updateState();  // the chart reloads when the snapshot reports the new cycle
    });
    retranslate();
}

HealthPage::~HealthPage() = default;

QString HealthPage::title() const
{
    return tr("Health");
}

QIcon HealthPage::icon() const
{
    return ui::pulseIcon();
}

void HealthPage::retranslate()
{
    m_serviceBox->setTitle(tr("Channel health monitor"));
    m_check->setText(tr("Check now"));
    m_resetAll->setText(tr("Reset all counters"));
    m_thresholds->setText(tr("Thresholds…"));
    m_thresholds->setToolTip(tr("When a channel counts as unhealthy and how it comes back"));
    m_reset->setText(tr("Reset counter"));
    m_modelLabel->setText(tr("Recover model:"));
    m_recover->setText(tr("Try recovery now"));
    m_filter->setPlaceholderText(tr("Filter by channel, site, instance, state…"));
    m_deepProbe->setText(tr("Deep probe (billable)"));
    m_deepProbe->setToolTip(tr("When a channel's statistics and logs are inconclusive, check it with a real completion (max_tokens 1, "
                               "the cheapest model that matches no high-cost pattern) instead of the free model-list request.\n"
                               "Each check sends one billable request per channel. The setting belongs to the site: it applies to "
                               "all of its channels."));
    m_channels->retranslate();
    m_chart->retranslate();
    updateState();
}

QString HealthPage::statusText() const
{
    return m_status->text();
}

void HealthPage::performAction(const QString &action)
{
    if (action == QLatin1String("check"))
        checkNow();
}

void HealthPage::showSnapshot(const EngineSnapshot &snapshot)
{
    const bool thresholdChanged = snapshot.channelFailureThreshold != m_snapshot.channelFailureThreshold;
    // A cycle finished (the timer's, the API's or this page's): the chart gets its new point.
    const bool newCycle = snapshot.channelHealth.lastRun != m_snapshot.channelHealth.lastRun;
    m_snapshot = snapshot;
    if (newCycle && !m_chartChannel.isEmpty())
        loadHistory(m_chartChannel);
    QList<ChannelRow> rows;
    for (const SiteView &s : snapshot.sites) {
        for (const SiteGroupView &g : s.groups)
            rows << ChannelRow{g, s.name};
    }
    const bool newChannels = rows.size() != m_channels->rowCount()
                             || std::any_of(rows.cbegin(), rows.cend(), [this](const ChannelRow &r) { return m_channels->rowForKey(r.group.name) < 0; });
    m_channels->setRows(rows);
    if (newChannels)
        loadModels();  // the models each channel offers, for manual recovery
    if (!m_view->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    if (thresholdChanged)
        m_channels->retranslate();
    updateState();
}

void HealthPage::activate()
{
    loadModels();
    if (!selectedChannel() && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
}

QLineEdit *HealthPage::filterField() const
{
    return m_filter;
}

bool HealthPage::canRefresh() const
{
    return m_context.engine != nullptr;
}

void HealthPage::refresh()
{
    loadModels();
    if (!m_chartChannel.isEmpty())
        loadHistory(m_chartChannel);
}

void HealthPage::loadModels()
{
    if (!m_context.engine || !m_snapshot.ready)
        return;
    deliverTo(loadModelMatrix(m_context.engine), this, [this](const Result<ModelMatrix> &matrix) {
        if (matrix.ok())
            m_matrix = matrix.value();
        channelSelectionChanged();
    });
}

void HealthPage::selectChannel(const QString &name)
{
    const int row = m_channels->rowForKey(name);
    if (const QModelIndex index = m_proxy->mapFromSource(m_channels->index(row, 0)); row >= 0 && index.isValid())
        m_view->selectRow(index.row());
}

const ChannelRow *HealthPage::selectedChannel() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_channels->rowAt(m_proxy->mapToSource(rows.constFirst()).row());
}

void HealthPage::channelSelectionChanged()
{
    const ChannelRow *row = selectedChannel();
    const QString channel = row ? row->group.name : QString();
    const QString currentModel = m_model->currentText();
    m_model->clear();
    if (row) {
        m_model->addItems(m_matrix.modelsOf(channel));
        if (const int i = m_model->findText(currentModel); i >= 0)
            m_model->setCurrentIndex(i);
    }
    if (channel != m_chartChannel) {
        m_chartChannel = channel;
        if (channel.isEmpty())
            m_chart->clearHistory();
        else
            loadHistory(channel);
    }
    updateState();
}

void HealthPage::loadHistory(const QString &channel)
{
    if (!m_context.engine)
        return;
    const quint64 serial = ++m_historySerial;
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-kHistoryDays);
    deliverTo(m_context.engine->healthHistory(channel, since), this, [this, channel, serial](const Result<QList<HealthHistoryEntry>> &history) {
        if (serial != m_historySerial)
            return;
        if (!history.ok()) {
            m_chart->setHistory(channel, {});
            m_status->showStatus([error = history.error()] { return tr("Cannot read the health history: %1").arg(ErrorText::translate(error)); }, true);
        } else {
            m_chart->setHistory(channel, history.value());
        }
        emit historyLoaded();
    });
}

void HealthPage::updateState()
{
    const ServiceView &s = m_snapshot.channelHealth;
    QString state = s.busy ? tr("Checking now") : s.enabled ? tr("Enabled, every %1").arg(ui::formatMinutes(s.intervalMinutes)) : tr("Stopped");
    if (s.lastRun.isValid())
        state += QStringLiteral(" · ") + tr("last check %1").arg(ui::formatDateTime(s.lastRun));
    if (!s.lastResult.isEmpty())
        state += QStringLiteral(" · ") + EngineText::translate(s.lastResult);
    int failing = 0;
    int removed = 0;
    for (const ChannelRow &r : m_channels->rows()) {
        failing += r.group.health == QLatin1String("failing") ? 1 : 0;
        removed += r.group.health.startsWith(QLatin1String("disabled")) ? 1 : 0;
    }
    state += QLatin1Char('\n') + tr("%n channel(s): ", nullptr, m_channels->rowCount())
             + tr("%1 failing, %2 out of rotation; a channel is removed after %3 failed checks in a row.")
                   .arg(failing)
                   .arg(removed)
                   .arg(m_snapshot.channelFailureThreshold);
    m_state->setText(state);
    m_toggle->setText(s.enabled ? tr("Stop monitor") : tr("Start monitor"));
    const bool engine = m_context.engine != nullptr;
    m_check->setEnabled(engine && !s.busy && !m_tracker->isActive() && m_channels->rowCount() > 0);  // nothing to check before a site
    m_toggle->setEnabled(engine);
    m_resetAll->setEnabled(engine && !m_snapshot.channelFailures.isEmpty());
    const ChannelRow *row = selectedChannel();
    m_reset->setEnabled(engine && row && row->group.failures > 0);
    const bool userDisabled = row && row->group.health == QLatin1String("disabled-by-user");
    m_disable->setText(userDisabled || (row && row->group.health.startsWith(QLatin1String("disabled"))) ? tr("Re-enable now") : tr("Disable…"));
    m_disable->setEnabled(engine && row);
    // Recovery only helps a channel (or one of its models) out of rotation or failing checks.
    QString blocker = row ? recoveryBlocker(row->group.health) : tr("Select a channel.");
    if (row && !blocker.isEmpty() && row->group.health == QLatin1String("healthy")) {
        const ModelRow *model = m_matrix.model(m_model->currentText());
        const ModelSiteCell *cell = model ? model->cell(row->group.name) : nullptr;
        if (cell && cell->memberState.startsWith(QLatin1String("disabled")))
            blocker.clear();  // the channel is fine, but this model's membership is out
    }
    if (row && blocker.isEmpty() && m_model->count() == 0)
        blocker = tr("The channel offers no model to try.");
    m_recover->setEnabled(engine && blocker.isEmpty());
    m_recover->setToolTip(blocker.isEmpty() ? tr("Probe the selected model on this channel now and put it back in rotation if it answers")
                                            : blocker);
    m_model->setEnabled(row && m_model->count() > 0);
    m_deepProbe->setEnabled(engine && row);
    m_deepProbe->setChecked(row && row->group.deepProbe);
}

QString HealthPage::deepProbeQuestion(const ChannelRow &row) const
{
    QStringList channels;
    for (const ChannelRow &r : m_channels->rows()) {
        if (r.site == row.site)
            channels << r.group.name;
    }
    QStringList lines;
    lines << tr("Turn on the deep probe for site %1?").arg(row.site);
    lines << QString();
    lines << tr("When a channel's statistics and logs are inconclusive, the health check then sends a real completion "
                "(max_tokens 1, the cheapest model that matches no high-cost pattern) instead of the free model-list request.");
    lines << QString();
    lines << tr("Cost: each check sends one billable request per channel — for %n channel(s) of this site, every time the "
                "monitor runs.", nullptr, int(channels.size()));
    lines << channels.join(QStringLiteral(", "));
    return lines.join(QLatin1Char('\n'));
}

void HealthPage::setDeepProbeOfSelected(bool enabled)
{
    const ChannelRow *row = selectedChannel();
    updateState();  // the box shows the stored state until the engine confirms a change
    if (!row || !m_context.engine)
        return;
    const QString name = row->group.name;
    if (!enabled) {
        applyDeepProbe(name, false);
        return;
    }
    ui::confirm(this, QMessageBox::Warning, tr("Deep probe"), deepProbeQuestion(*row), tr("Turn on deep probe"), false,
                [this, name]() { applyDeepProbe(name, true); });
}

void HealthPage::applyDeepProbe(const QString &channel, bool enabled)
{
    if (!m_context.engine)
        return;
    m_deepProbe->setEnabled(false);
    deliverTo(m_context.engine->setChannelDeepProbe(channel, enabled), this, [this](const Result<DeepProbeChange> &r) {
        updateState();
        if (!r.ok()) {
            m_status->showStatus([error = r.error()] { return tr("Not changed: %1").arg(ErrorText::translate(error)); }, true);
            return;
        }
        if (!r->enabled) {
            m_status->showStatus([site = r->site] { return tr("Deep probe of %1 is off: checks use the free model-list request.").arg(site); });
            return;
        }
        QStringList withoutModel;
        for (const DeepProbeChange::Channel &c : r->channels) {
            if (c.probeModel.isEmpty())
                withoutModel << c.name;
        }
        m_status->showStatus(
            [site = r->site, withoutModel] {
                QString text = tr("Deep probe of %1 is on: each check sends one billable request per channel.").arg(site);
                if (!withoutModel.isEmpty())
                    text += QLatin1Char('\n') + tr("Every model of %1 matches a high-cost pattern: these channels keep the free probe.")
                                                    .arg(withoutModel.join(QStringLiteral(", ")));
                return text;
            },
            !withoutModel.isEmpty());
    });
}

QString HealthPage::recoveryBlocker(const QString &health)
{
    if (health == QLatin1String("disabled-by-user"))
        return tr("Disabled by the operator: Re-enable now puts it back.");
    if (health == QLatin1String("failing") || health == QLatin1String("recovering") || health.startsWith(QLatin1String("disabled")))
        return {};
    return tr("The channel is not failing: there is nothing to recover.");
}

QString HealthPage::disableConfirmationText(const QString &channel, const QString &site, const ModelMatrix &matrix)
{
    QStringList groups;
    QStringList orphaned;  // model groups whose only active member this channel is
    for (const ModelRow &row : matrix.models) {
        const ModelSiteCell *cell = row.cell(channel);
        if (!cell || !cell->member || cell->l3Name.isEmpty())
            continue;
        groups << cell->l3Name;
        if (cell->memberState == QLatin1String("active") && row.activeMembersOf(cell->l3Id) <= 1)
            orphaned << cell->l3Name;
    }
    QStringList lines;
    lines << tr("Take the channel %1 (site %2) out of rotation?").arg(channel, site) << QString();
    if (groups.isEmpty())
        lines << tr("It is not a member of any model group now.");
    else
        lines << tr("Its upstream is removed from %n model group(s): %1.", nullptr, static_cast<int>(groups.size())).arg(ui::someNames(groups, 8));
    if (!orphaned.isEmpty())
        lines << tr("%n model group(s) would be left with no other active member and stop serving until it is re-enabled: %1.", nullptr,
                    static_cast<int>(orphaned.size()))
                     .arg(ui::someNames(orphaned, 8));
    lines << QString() << tr("The health monitor does not put it back; only Re-enable now does.");
    return lines.join(QLatin1Char('\n'));
}

void HealthPage::checkNow()
{
    if (!m_context.engine || m_tracker->isActive())
        return;
    m_check->setEnabled(false);
    m_status->showStatus([] { return tr("Starting a health check…"); });
    m_tracker->trackStarted(
        m_context.engine->startCheckChannels(),
        [this](const Error &error) {
            m_status->showStatus([error] { return tr("Not started: %1").arg(ErrorText::translate(error)); }, true);
            updateState();
        },
        [this]() { updateState(); });
}

HealthThresholdsDialog *HealthPage::thresholdsDialog() const
{
    return m_thresholdsDialog;
}

void HealthPage::openThresholds()
{
    if (m_thresholdsDialog) {
        m_thresholdsDialog->raise();
        return;
    }
    m_thresholdsDialog = new HealthThresholdsDialog(m_context, this);
    m_thresholdsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_thresholdsDialog->open();
}

void HealthPage::toggleMonitor()
{
    if (!m_context.engine)
        return;
    const bool start = !m_snapshot.channelHealth.enabled;
    deliverTo(m_context.engine->controlChannelHealth(start), this, [this, start](const Result<ServiceView> &r) {
        if (r.ok())
            m_status->showStatus([start] { return start ? tr("Health monitor started.") : tr("Health monitor stopped."); });
        else
            m_status->showStatus([error = r.error()] { return tr("Not changed: %1").arg(ErrorText::translate(error)); }, true);
    });
}

void HealthPage::resetSelected()
{
    const ChannelRow *row = selectedChannel();
    if (!row || !m_context.engine)
        return;
    const QString name = row->group.name;
    deliverTo(m_context.engine->resetChannelFailures(name), this, [this, name](const Result<int> &r) {
        if (r.ok())
            m_status->showStatus([name] { return tr("Failure counter of %1 reset.").arg(name); });
        else
            m_status->showStatus([error = r.error()] { return tr("Not reset: %1").arg(ErrorText::translate(error)); }, true);
    });
}

void HealthPage::resetAll()
{
    if (!m_context.engine)
        return;
    deliverTo(m_context.engine->resetChannelFailures(), this, [this](const Result<int> &r) {
        if (r.ok())
            m_status->showStatus([count = r.value()] { return tr("%n failure counter(s) reset.", nullptr, count); });
        else
            m_status->showStatus([error = r.error()] { return tr("Not reset: %1").arg(ErrorText::translate(error)); }, true);
    });
}

void HealthPage::toggleDisabled()
{
    const ChannelRow *row = selectedChannel();
    if (!row || !m_context.engine)
        return;
    const QString name = row->group.name;
    if (row->group.health.startsWith(QLatin1String("disabled"))) {
        setDisabled(name, true);  // undoing a disable: nothing to lose
        return;
    }
    ui::confirm(this, QMessageBox::Warning, tr("Disable channel"), disableConfirmationText(name, row->site, m_matrix), tr("Disable"), true,
                [this, name]() { setDisabled(name, false); });
}

void HealthPage::setDisabled(const QString &name, bool enable)
{
    if (!m_context.engine)
        return;
    auto future = enable ? m_context.engine->enableChannel(name) : m_context.engine->disableChannel(name);
    m_disable->setEnabled(false);
    deliverTo(future, this, [this, enable](const Result<ChannelStateChange> &r) {
        updateState();
        if (!r.ok()) {
            m_status->showStatus([error = r.error()] { return tr("Not changed: %1").arg(ErrorText::translate(error)); }, true);
            return;
        }
        m_status->showStatus(
            [enable, change = r.value()] {
                QString text = enable ? tr("%1 is back in rotation.").arg(change.channel) : tr("%1 is out of rotation until re-enabled.").arg(change.channel);
                if (!change.affectedGroups.isEmpty())
                    text = ui::joinText({text, tr("Model groups updated: %1").arg(change.affectedGroups.join(QStringLiteral(", ")))});
                if (!change.errors.isEmpty())
                    text += QLatin1Char('\n') + ErrorText::translateEach(change.errors).join(QLatin1Char('\n'));
                return text;
            },
            !r->errors.isEmpty());
    });
}

void HealthPage::recoverSelected()
{
    const ChannelRow *row = selectedChannel();
    const QString model = m_model->currentText();
    if (!row || model.isEmpty() || !m_context.engine)
        return;
    m_recover->setEnabled(false);
    m_status->showStatus([model, channel = row->group.name] { return tr("Trying %1 on %2…").arg(model, channel); });
    deliverTo(m_context.engine->manualRecovery(model, row->group.name), this, [this](const Result<ManualRecoveryResult> &r) {
        updateState();
        if (!r.ok()) {
            m_status->showStatus([error = r.error()] { return tr("Recovery failed: %1").arg(ErrorText::translate(error)); }, true);
            return;
        }
        if (r->recovered)
            m_status->showStatus([group = r->modelChannelGroup] { return tr("%1 recovered: back in rotation.").arg(group); });
        else if (r->scheduled)
            m_status->showStatus(
                [group = r->modelChannelGroup, next = r->nextRetry] { return tr("%1 is still failing; next attempt %2.").arg(group, ui::formatDateTime(next)); },
                true);
        else
            m_status->showStatus([message = r->message] { return ErrorText::translateKnown(message); }, true);
    });
}

} // namespace ul
