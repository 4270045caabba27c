#include "ui/common/enginetext.h"
#include "ui/pages/syncpage.h"

#include "core/engine/engine.h"
#include "ui/common/errortext.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/statetext.h"
#include "ui/common/uiformat.h"
#include "ui/widgets/jobtracker.h"
#include "ui/widgets/statuslabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ul {

SyncPage::SyncPage(const ConsoleContext &context, QWidget *parent)
    : ConsolePage(parent), m_context(context), m_serviceBox(new QGroupBox(this)), m_state(new QLabel), m_lastRun(new QLabel),
      m_run(new QPushButton), m_toggle(new QPushButton), m_reviewMode(new QCheckBox), m_missesLabel(new QLabel), m_misses(new QSpinBox),
      m_siteReviewBox(new QGroupBox(this)),
      m_siteReview(new SiteReviewModel([](const SiteReviewRow &r) { return r.site; }, {}, this)), m_siteReviewView(nullptr),
      m_siteReviewLabel(new QLabel), m_siteReviewChoice(new QComboBox), m_pendingBox(new QGroupBox(this)),
      m_pending(new PendingChangesModel([](const PendingChange &c) -> QString { return c.siteGroup + QLatin1Char('\n') + c.model; }, {}, this)),
      m_pendingView(nullptr), m_approve(new QPushButton), m_reject(new QPushButton), m_approveAll(new QPushButton),
      m_historyBox(new QGroupBox(this)),
      m_history(new SyncHistoryModel([](const SyncHistoryEntry &e) { return QString::number(e.id); }, {}, this)), m_historyView(nullptr),
      m_status(new StatusLabel(this)), m_tracker(new JobTracker(context.engine, this))
{
    using P = PendingChangesModel::ColumnSpec;
    m_pending->setColumns({
        P([]() { return tr("Site group"); }, [](const PendingChange &c) { return c.siteGroup; }),
        P([]() { return tr("Model"); }, [](const PendingChange &c) { return c.model; }),
        P([]() { return tr("Change"); }, [](const PendingChange &c) { return StateText::change(c.change); })
            .coloured([](const PendingChange &c) { return c.change == QLatin1String("remove") ? ui::errorColor() : ui::okColor(); }),
        P([]() { return tr("Detected"); }, [](const PendingChange &c) { return ui::formatDateTime(c.detectedAt); })
            .sortedBy([](const PendingChange &c) { return c.detectedAt; }),
    });
    using H = SyncHistoryModel::ColumnSpec;
    m_history->setColumns({
        H([]() { return tr("Time"); }, [](const SyncHistoryEntry &e) { return ui::formatDateTime(e.time); }),
        H([]() { return tr("Site group"); }, [](const SyncHistoryEntry &e) { return e.site; }),
        H([]() { return tr("Outcome"); }, [](const SyncHistoryEntry &e) { return StateText::outcome(e.outcome); })
            .withIcon([](const SyncHistoryEntry &e) { return ui::statusDot(StateText::outcomeColor(e.outcome)); }),
        H([]() { return tr("Added"); }, [](const SyncHistoryEntry &e) { return e.added.join(QStringLiteral(", ")); })
            .withTooltip([](const SyncHistoryEntry &e) { return e.added.join(QLatin1Char('\n')); }),
        H([]() { return tr("Removed"); }, [](const SyncHistoryEntry &e) { return e.removed.join(QStringLiteral(", ")); })
            .withTooltip([](const SyncHistoryEntry &e) { return e.removed.join(QLatin1Char('\n')); }),
        H([]() { return tr("Error"); }, [](const SyncHistoryEntry &e) { return ErrorText::translate(e.error); }).coloured([](const SyncHistoryEntry &) {
            return ui::errorColor();
        }),
    });
    using R = SiteReviewModel::ColumnSpec;
    m_siteReview->setColumns({
        R([]() { return tr("Site"); }, [](const SiteReviewRow &r) { return r.site; }),
        R([]() { return tr("Model changes"); },
          [this](const SiteReviewRow &r) -> QString {
              const QString mode = r.review.value_or(m_globalReview) ? tr("Queued for review") : tr("Applied automatically");
              return r.review ? mode : tr("%1 (follows the global setting)").arg(mode);
          })
            .coloured([](const SiteReviewRow &r) { return r.review ? QVariant() : QVariant(ui::neutralColor()); }),
    });
    m_siteReviewView = ui::makeRecordTable(m_siteReview, this);
    ui::setEmptyHint(m_siteReviewView, []() { return tr("No site yet."); });
    ui::fitColumns(m_siteReviewView->horizontalHeader(), 1);
    m_siteReviewChoice->setObjectName(QStringLiteral("siteReviewChoice"));
    m_siteReviewChoice->addItem(QString(), QStringLiteral("global"));
    m_siteReviewChoice->addItem(QString(), QStringLiteral("apply"));
    m_siteReviewChoice->addItem(QString(), QStringLiteral("review"));
    m_pendingView = ui::makeRecordTable(m_pending, this, QAbstractItemView::ExtendedSelection);
    m_historyView = ui::makeRecordTable(m_history, this);
    ui::setEmptyHint(m_pendingView, []() { return tr("No model changes wait for review."); });
    ui::setEmptyHint(m_historyView, []() { return tr("No model sync has run yet."); });
    ui::fitColumns(m_pendingView->horizontalHeader(), 1);
    ui::fitColumns(m_historyView->horizontalHeader(), 3);
    m_state->setWordWrap(true);
    m_lastRun->setWordWrap(true);
    m_misses->setRange(1, ModelSyncSettings::kMaxRemovalAfterMisses);
    connect(m_misses, &QSpinBox::valueChanged, this, &SyncPage::updateMissesSuffix);

    auto *serviceButtons = new QHBoxLayout;
    serviceButtons->addWidget(m_run);
    serviceButtons->addWidget(m_toggle);
    serviceButtons->addSpacing(16);
    serviceButtons->addWidget(m_reviewMode);
    serviceButtons->addSpacing(16);
    serviceButtons->addWidget(m_missesLabel);
    serviceButtons->addWidget(m_misses);
    serviceButtons->addStretch(1);
    auto *serviceLayout = new QVBoxLayout(m_serviceBox);
    serviceLayout->addWidget(m_state);
    serviceLayout->addWidget(m_lastRun);
    serviceLayout->addLayout(serviceButtons);

    auto *siteReviewRow = new QHBoxLayout;
    siteReviewRow->addWidget(m_siteReviewLabel);
    siteReviewRow->addWidget(m_siteReviewChoice);
    siteReviewRow->addStretch(1);
    auto *siteReviewLayout = new QVBoxLayout(m_siteReviewBox);
    siteReviewLayout->addLayout(siteReviewRow);
    siteReviewLayout->addWidget(m_siteReviewView, 1);
    // Room for four sites before it scrolls: with a few sites the stretch alone left one row.
    m_siteReviewView->setMinimumHeight(m_siteReviewView->horizontalHeader()->sizeHint().height()
                                       + 4 * m_siteReviewView->verticalHeader()->defaultSectionSize() + 2 * m_siteReviewView->frameWidth());

    auto *pendingButtons = new QHBoxLayout;
    pendingButtons->addWidget(m_approve);
    pendingButtons->addWidget(m_reject);
    pendingButtons->addWidget(m_approveAll);
    pendingButtons->addStretch(1);
    auto *pendingLayout = new QVBoxLayout(m_pendingBox);
    pendingLayout->addLayout(pendingButtons);
    pendingLayout->addWidget(m_pendingView, 1);

    auto *historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->addWidget(m_historyView, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_serviceBox);
    layout->addWidget(m_siteReviewBox, 1);
    layout->addWidget(m_pendingBox, 2);
    layout->addWidget(m_historyBox, 3);
    layout->addWidget(m_status);

    connect(m_run, &QPushButton::clicked, this, &SyncPage::runNow);
    connect(m_toggle, &QPushButton::clicked, this, &SyncPage::toggleLoop);
    connect(m_approve, &QPushButton::clicked, this, &SyncPage::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &SyncPage::rejectSelected);
    connect(m_approveAll, &QPushButton::clicked, this, &SyncPage::approveAll);
    connect(m_pendingView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncPage::updateState);
    connect(m_reviewMode, &QCheckBox::toggled, this, [this](bool on) { saveSettings({{QStringLiteral("reviewMode"), on}}); });
    connect(m_misses, &QSpinBox::editingFinished, this,
            [this]() { saveSettings({{QStringLiteral("removalAfterMisses"), m_misses->value()}}); });
    connect(m_siteReviewView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncPage::followSelectedSite);
    // Only the operator's choice saves (activated), not the box following the selection.
    connect(m_siteReviewChoice, &QComboBox::activated, this, [this](int index) {
        if (const SiteReviewRow *row = selectedSiteReview())
            setSiteReviewMode(row->site, index == 0 ? std::nullopt : std::optional<bool>(index == 2));
    });
    m_siteReviewChoice->setEnabled(false);
    connect(m_tracker, &JobTracker::progress, this, [this](int done, int total, const QString &step) {
        m_status->showStatus([done, total, step] {
            return total > 0 ? tr("Syncing: %1 (%2 of %3)").arg(step, QString::number(done), QString::number(total)) : tr("Syncing: %1").arg(step);
        });
    });
    connect(m_tracker, &JobTracker::finished, this, [this](const JobView &job) {
        if (job.state == QLatin1String("done")) {
            m_status->showStatus([title = job.title] { return tr("%1: done.").arg(EngineText::translate(title)); });
        } else {
            m_status->showStatus([job] { return failedJobText(job); }, true);
        }
        updateState();
        reload();
    });
    retranslate();
}

SyncPage::~SyncPage() = default;

QString SyncPage::title() const
{
    return tr("Sync");
}

QIcon SyncPage::icon() const
{
    return style()->standardIcon(QStyle::SP_BrowserReload);
}

QString SyncPage::failedJobText(const JobView &job)
{
    const QString outcome = job.error.isEmpty() ? StateText::outcome(job.state) : ErrorText::translate(job.error, job.errorCode);
    return tr("%1: %2").arg(EngineText::translate(job.title), outcome);
}

void SyncPage::updateMissesSuffix()
{
    //: after the number in "Remove a model after it is missing in [2 runs]"
    m_misses->setSuffix(tr(" run(s)", nullptr, m_misses->value()));
}

void SyncPage::retranslate()
{
    m_serviceBox->setTitle(tr("Model sync"));
    m_run->setText(tr("Run now"));
    m_reviewMode->setText(tr("Review changes before applying them"));
    m_missesLabel->setText(tr("Remove a model after it is missing in"));
    m_missesLabel->setBuddy(m_misses);
    m_misses->setAccessibleName(m_missesLabel->text());
    updateMissesSuffix();
    m_siteReviewBox->setTitle(tr("Review mode per site"));
    m_siteReviewLabel->setText(tr("Model changes of the selected site:"));
    m_siteReviewChoice->setItemText(0, tr("Follow the global setting"));
    m_siteReviewChoice->setItemText(1, tr("Apply automatically"));
    m_siteReviewChoice->setItemText(2, tr("Queue for review"));
    m_siteReview->retranslate();
    m_pendingBox->setTitle(tr("Waiting for review"));
    m_approve->setText(tr("Approve selected"));
    m_reject->setText(tr("Reject selected"));
    m_approveAll->setText(tr("Approve all"));
    m_historyBox->setTitle(tr("History"));
    m_pending->retranslate();
    m_history->retranslate();
    updateState();
}

QString SyncPage::statusText() const
{
    return m_status->text();
}

void SyncPage::performAction(const QString &action)
{
    if (action == QLatin1String("run"))
        runNow();
}

void SyncPage::showSnapshot(const EngineSnapshot &snapshot)
{
    const bool sitesChanged = snapshot.sites.size() != m_snapshot.sites.size()
                              || !std::equal(snapshot.sites.cbegin(), snapshot.sites.cend(), m_snapshot.sites.cbegin(),
                                             [](const SiteView &a, const SiteView &b) { return a.name == b.name; });
    m_snapshot = snapshot;
    if (sitesChanged)
        showSiteReview();
    updateState();
    const bool changed = snapshot.modelSyncDetails.pendingChanges != m_lastPendingCount
                         || snapshot.modelSyncDetails.lastRun.finishedAt != m_lastRunSeen;
    if (snapshot.ready && changed) {
        m_lastPendingCount = snapshot.modelSyncDetails.pendingChanges;
        m_lastRunSeen = snapshot.modelSyncDetails.lastRun.finishedAt;
        if (isVisible())
            reload();
    }
}

void SyncPage::activate()
{
    reload();
}

bool SyncPage::canRefresh() const
{
    return m_context.engine != nullptr;
}

void SyncPage::refresh()
{
    reload();
}

void SyncPage::updateState()
{
    const ServiceView &s = m_snapshot.modelSync;
    QString state = s.busy ? tr("Running now") : s.enabled ? tr("Enabled, every %1").arg(ui::formatMinutes(s.intervalMinutes)) : tr("Stopped");
    if (s.enabled && s.nextRun.isValid() && !s.busy)
        state += QStringLiteral(" · ") + tr("next run %1").arg(ui::formatDateTime(s.nextRun));
    m_state->setText(state);
    const ModelSyncRunView &run = m_snapshot.modelSyncDetails.lastRun;
    if (run.startedAt.isValid()) {
        QString text = tr("Last run %1 (%2): %3, %4 changed, %5 failed; %6 added, %7 removed, %8 queued.")
                           .arg(ui::formatDateTime(run.startedAt), StateText::outcome(run.outcome),
                                tr("%n site group(s) checked", nullptr, run.siteGroups))
                           .arg(run.changed)
                           .arg(run.failed)
                           .arg(run.added)
                           .arg(run.removed)
                           .arg(run.queued);
        if (!run.errors.isEmpty())
            for (const QString &error : run.errors)
                text += QLatin1Char('\n') + ErrorText::translateAfterSubject(error);
        m_lastRun->setText(text);
    } else {
        m_lastRun->setText(tr("No run yet."));
    }
    m_toggle->setText(s.enabled ? tr("Stop sync loop") : tr("Start sync loop"));
    const bool engine = m_context.engine != nullptr;
    m_run->setEnabled(engine && !s.busy && !m_tracker->isActive());
    m_toggle->setEnabled(engine);
    const bool selected = m_pendingView->selectionModel()->hasSelection();
    m_approve->setEnabled(engine && selected);
    m_reject->setEnabled(engine && selected);
    m_approveAll->setEnabled(engine && m_pending->rowCount() > 0);
    m_pendingBox->setTitle(tr("Waiting for review (%1)").arg(m_pending->rowCount()));
}

void SyncPage::reload()
{
    if (!m_context.engine)
        return;
    Engine *engine = m_context.engine;
    // The three parts answer separately; reloaded() once every part of this reload is in (the
    // settings used to arrive after it, and a box changed in between was neither saved nor kept).
    const quint64 generation = ++m_reloadGeneration;
    m_reloadAnswersDue = 3;
    const auto partArrived = [this, generation] {
        if (generation == m_reloadGeneration && --m_reloadAnswersDue == 0)
            emit reloaded();
    };
    deliverTo(engine->pendingModelChanges(), this, [this, partArrived](const Result<QList<PendingChange>> &pending) {
        if (pending.ok())
            m_pending->setRows(pending.value());
        else
            m_status->showStatus([error = pending.error()] { return tr("Cannot read the review queue: %1").arg(ErrorText::translate(error)); }, true);
        updateState();
        partArrived();
    });
    deliverTo(engine->modelSyncHistory(200), this, [this, partArrived](const Result<QList<SyncHistoryEntry>> &history) {
        if (history.ok())
            m_history->setRows(history.value());
        else
            m_status->showStatus([error = history.error()] { return tr("Cannot read the history: %1").arg(ErrorText::translate(error)); }, true);
        partArrived();
    });
    deliverTo(engine->modelSyncSettings(), this, [this, partArrived](const Result<ModelSyncSettingsView> &settings) {
        if (settings.ok()) {
            m_settingsLoaded = false;  // setting the boxes must not save them back
            m_reviewMode->setChecked(settings->reviewMode);
            m_misses->setValue(settings->removalAfterMisses);
            m_globalReview = settings->reviewMode;
            m_siteOverrides = settings->siteOverrides;
            m_settingsLoaded = true;
            showSiteReview();
        }
        partArrived();
    });
}

void SyncPage::saveSettings(const QJsonObject &patch)
{
    if (!m_context.engine || !m_settingsLoaded)
        return;
    deliverTo(m_context.engine->updateModelSyncSettings(patch), this, [this](const Result<ModelSyncSettingsView> &r) {
        if (r.ok()) {
            m_globalReview = r->reviewMode;
            m_siteOverrides = r->siteOverrides;
            showSiteReview();
            m_status->showStatus([] { return tr("Sync settings saved."); });
        } else {
            m_status->showStatus([error = r.error()] { return tr("Not saved: %1").arg(ErrorText::translate(error)); }, true);
        }
    });
}

void SyncPage::setSiteReviewMode(const QString &site, std::optional<bool> review)
{
    saveSettings({{QStringLiteral("siteOverrides"), QJsonObject{{site, review ? QJsonValue(*review) : QJsonValue(QJsonValue::Null)}}}});
}

void SyncPage::showSiteReview()
{
    QList<SiteReviewRow> rows;
    for (const SiteView &site : m_snapshot.sites) {
        const auto it = m_siteOverrides.constFind(site.name);
        rows << SiteReviewRow{site.name, it == m_siteOverrides.cend() ? std::nullopt : std::optional<bool>(*it)};
    }
    m_siteReview->setRows(rows);
    followSelectedSite();
}

void SyncPage::followSelectedSite()
{
    const SiteReviewRow *row = selectedSiteReview();
    m_siteReviewChoice->setEnabled(row && m_settingsLoaded);
    if (row)
        m_siteReviewChoice->setCurrentIndex(!row->review ? 0 : *row->review ? 2 : 1);
}

const SiteReviewRow *SyncPage::selectedSiteReview() const
{
    return m_siteReview->selectedRow(m_siteReviewView->selectionModel());
}

void SyncPage::runNow()
{
    if (!m_context.engine || m_tracker->isActive())
        return;
    m_run->setEnabled(false);
    m_status->showStatus([] { return tr("Starting a sync…"); });
    m_tracker->trackStarted(
        m_context.engine->startModelSync(),
        [this](const Error &error) {
            m_status->showStatus([error] { return tr("Not started: %1").arg(ErrorText::translate(error)); }, true);
            updateState();
        },
        [this]() { updateState(); });
}

void SyncPage::toggleLoop()
{
    if (!m_context.engine)
        return;
    const bool start = !m_snapshot.modelSync.enabled;
    m_toggle->setEnabled(false);
    deliverTo(m_context.engine->setModelSyncEnabled(start), this, [this, start](const Result<ServiceView> &result) {
        m_toggle->setEnabled(true);
        if (result.ok())
            m_status->showStatus([start] { return start ? tr("Model sync started.") : tr("Model sync stopped."); });
        else
            m_status->showStatus([error = result.error()] { return tr("Not changed: %1").arg(ErrorText::translate(error)); }, true);
    });
}

QList<PendingChange> SyncPage::selectedChanges() const
{
    QList<PendingChange> out;
    for (const QModelIndex &index : m_pendingView->selectionModel()->selectedRows()) {
        if (const PendingChange *c = m_pending->rowAt(index.row()))
            out << *c;
    }
    return out;
}

void SyncPage::approveSelected()
{
    decide(selectedChanges(), SyncDecision::Kind::Approve);
}

void SyncPage::rejectSelected()
{
    decide(selectedChanges(), SyncDecision::Kind::Reject);
}

void SyncPage::approveAll()
{
    decide(m_pending->rows(), SyncDecision::Kind::Approve);
}

void SyncPage::decide(const QList<PendingChange> &changes, SyncDecision::Kind kind)
{
    if (changes.isEmpty() || !m_context.engine)
        return;
    QList<SyncDecision> decisions;
    for (const PendingChange &c : changes)
        decisions << SyncDecision{c.siteGroup, c.model, kind};
    deliverTo(m_context.engine->decideModelChanges(decisions), this, [this](const Result<SyncDecisionOutcome> &outcome) {
        if (!outcome.ok()) {
            m_status->showStatus([error = outcome.error()] { return tr("Not decided: %1").arg(ErrorText::translate(error)); }, true);
            reload();
            return;
        }
        m_status->showStatus([approved = outcome->approved, rejected = outcome->rejected] { return tr("%1 approved, %2 rejected.").arg(approved).arg(rejected); });
        if (!outcome->jobId.isEmpty())
            m_tracker->track(outcome->jobId);
        reload();
    });
}

} // namespace ul
