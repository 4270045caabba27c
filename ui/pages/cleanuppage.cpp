#include "ui/pages/cleanuppage.h"

#include "core/engine/engine.h"
#include "ui/common/errortext.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/statetext.h"
#include "ui/common/uiformat.h"
#include "ui/sites/entrylist.h"
#include "ui/widgets/jobcancelbutton.h"
#include "ui/widgets/jobtracker.h"
#include "ui/widgets/statuslabel.h"

#include <algorithm>

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ul {

namespace {
QString joinedArray(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out.join(QStringLiteral(", "));
}

// Model groups that keep a removed member because gpt-load needs one upstream.
int keptLastMembers(const QList<AffectedModelGroup> &groups)
{
    return static_cast<int>(std::count_if(groups.cbegin(), groups.cend(), [](const AffectedModelGroup &g) { return g.keptLastMember; }));
}
} // namespace

CleanupPage::CleanupPage(const ConsoleContext &context, QWidget *parent)
    : ConsolePage(parent), m_context(context), m_cleanupBox(new QGroupBox(this)), m_timeoutLabel(new QLabel), m_timeout(new QSpinBox),
      m_retriesLabel(new QLabel), m_retries(new QSpinBox), m_excludeLabel(new QLabel), m_exclude(new QLineEdit), m_onlyLabel(new QLabel),
      m_only(new QLineEdit), m_preview(new QPushButton), m_apply(new QPushButton), m_summary(new QLabel),
      m_disconnected(new DisconnectedModel([](const DisconnectedChannel &d) { return d.name; }, {}, this)), m_disconnectedView(nullptr),
      m_history(new CleanupHistoryModel([](const QJsonObject &o) { return o.value(QStringLiteral("timestamp")).toString(); }, {}, this)),
      m_historyView(nullptr), m_tempBox(new QGroupBox(this)),
      m_tempGroups(new TempGroupsModel([](const TempGroupRow &r) -> QString { return r.instance + QLatin1Char('/') + QString::number(r.group.id); }, {}, this)),
      m_tempView(nullptr), m_tempRefresh(new QPushButton), m_tempCleanAll(new QPushButton), m_tempCleanOld(new QPushButton),
      m_tempHours(new QSpinBox), m_manualBox(new QGroupBox(this)), m_manualLabel(new QLabel), m_manualNames(new QLineEdit),
      m_manualPreview(new QPushButton), m_manualApply(new QPushButton), m_manualSummary(new QLabel), m_resetBox(new QGroupBox(this)),
      m_resetText(new QLabel), m_reset(new QPushButton), m_status(new StatusLabel(this)), m_cancel(new JobCancelButton(this)),
      m_tracker(new JobTracker(context.engine, this)), m_opTracker(new JobTracker(context.engine, this))
{
    using D = DisconnectedModel::ColumnSpec;
    m_disconnected->setColumns({
        D([]() { return tr("Channel"); }, [](const DisconnectedChannel &d) { return d.name; })
            .explainedBy(&StateText::channelMeaning),
        D([]() { return tr("Instance"); }, [](const DisconnectedChannel &d) { return d.instanceName.isEmpty() ? d.instanceId : d.instanceName; }),
        D([]() { return tr("Site"); }, [](const DisconnectedChannel &d) { return d.upstream; }),
        D([]() { return tr("Attempts"); }, [](const DisconnectedChannel &d) { return d.attempts; }).rightAligned(),
        D([]() { return tr("Last error"); }, [](const DisconnectedChannel &d) { return ErrorText::translate(d.error); })
            .withTooltip([](const DisconnectedChannel &d) { return d.probedUrl; }),
    });
    using H = CleanupHistoryModel::ColumnSpec;
    m_history->setColumns({
        H([]() { return tr("Time"); },
          [](const QJsonObject &o) {
              return ui::formatDateTime(QDateTime::fromString(o.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs));
          }),
        H([]() { return tr("Kind"); },
          [](const QJsonObject &o) {
              const bool manual = o.value(QStringLiteral("manual")).toBool();
              const bool dry = o.value(QStringLiteral("dryRun")).toBool();
              return dry ? tr("preview") : manual ? tr("manual") : tr("applied");
          }),
        H([]() { return tr("Channels"); }, [](const QJsonObject &o) { return joinedArray(o.value(QStringLiteral("disconnectedChannels"))); }),
        H([]() { return tr("Model groups"); }, [](const QJsonObject &o) { return o.value(QStringLiteral("affectedModelGroups")).toInt(); })
            .rightAligned(),
        H([]() { return tr("Upstreams removed"); }, [](const QJsonObject &o) { return o.value(QStringLiteral("cleanedUpstreams")).toInt(); })
            .rightAligned(),
        H([]() { return tr("Errors"); }, [](const QJsonObject &o) { return joinedArray(o.value(QStringLiteral("errors"))); })
            .coloured([](const QJsonObject &) { return ui::errorColor(); }),
    });
    using T = TempGroupsModel::ColumnSpec;
    m_tempGroups->setColumns({
        T([]() { return tr("Instance"); }, [](const TempGroupRow &r) { return r.instance; }),
        T([]() { return tr("Group"); }, [](const TempGroupRow &r) { return r.error.isEmpty() ? r.group.name : r.error; })
            .coloured([](const TempGroupRow &r) { return r.error.isEmpty() ? QVariant() : QVariant(ui::errorColor()); })
            .withTooltip([](const TempGroupRow &r) { return r.error; }),
        T([]() { return tr("Created"); }, [](const TempGroupRow &r) { return r.group.createdAt.isValid() ? ui::formatDateTime(r.group.createdAt) : QString(); })
            .sortedBy([](const TempGroupRow &r) { return r.group.createdAt; }),
    });
    m_disconnectedView = ui::makeRecordTable(m_disconnected, this);
    m_historyView = ui::makeRecordTable(m_history, this);
    m_tempView = ui::makeRecordTable(m_tempGroups, this);
    ui::setEmptyHint(m_disconnectedView, []() { return tr("No disconnected channel listed: Preview checks every site group."); });
    ui::setEmptyHint(m_historyView, []() { return tr("No cleanup has run yet."); });
    ui::setEmptyHint(m_tempView, []() { return tr("No temporary groups found."); });
    ui::fitColumns(m_disconnectedView->horizontalHeader(), 4);
    ui::fitColumns(m_historyView->horizontalHeader(), 2);
    ui::fitColumns(m_tempView->horizontalHeader(), 1);

    m_timeout->setRange(100, 120000);
    m_timeout->setSingleStep(500);
    m_timeout->setValue(CleanupOptions().timeoutMs);
    m_timeout->setSuffix(QStringLiteral(" ms"));
    m_retries->setRange(1, 10);
    m_retries->setValue(CleanupOptions().retryCount);
    m_tempHours->setRange(1, 24 * 365);
    m_tempHours->setValue(24);
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(m_timeout);
    numbers->addSpacing(16);
    numbers->addWidget(m_retriesLabel);
    numbers->addWidget(m_retries);
    numbers->addStretch(1);
    form->addRow(m_timeoutLabel, numbers);
    form->addRow(m_excludeLabel, m_exclude);
    form->addRow(m_onlyLabel, m_only);
    auto *cleanupButtons = new QHBoxLayout;
    cleanupButtons->addWidget(m_preview);
    cleanupButtons->addWidget(m_apply);
    cleanupButtons->addWidget(m_summary, 1);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_disconnectedView, QString());
    tabs->addTab(m_historyView, QString());
    tabs->setObjectName(QStringLiteral("cleanupTabs"));
    auto *cleanupLayout = new QVBoxLayout(m_cleanupBox);
    cleanupLayout->addLayout(form);
    cleanupLayout->addLayout(cleanupButtons);
    cleanupLayout->addWidget(tabs, 1);

    auto *tempButtons = new QHBoxLayout;
    tempButtons->addWidget(m_tempRefresh);
    tempButtons->addWidget(m_tempCleanAll);
    tempButtons->addWidget(m_tempCleanOld);
    tempButtons->addWidget(m_tempHours);
    tempButtons->addStretch(1);
    auto *tempLayout = new QVBoxLayout(m_tempBox);
    tempLayout->addLayout(tempButtons);
    tempLayout->addWidget(m_tempView, 1);

    m_manualNames->setObjectName(QStringLiteral("manualChannels"));
    m_manualSummary->setWordWrap(true);
    m_manualSummary->setVisible(false);  // shown with a summary: no blank line under the field
    auto *manualRow = new QHBoxLayout;
    manualRow->addWidget(m_manualLabel);
    manualRow->addWidget(m_manualNames, 1);
    manualRow->addWidget(m_manualPreview);
    manualRow->addWidget(m_manualApply);
    auto *manualLayout = new QVBoxLayout(m_manualBox);
    manualLayout->addLayout(manualRow);
    manualLayout->addWidget(m_manualSummary);

    m_resetText->setWordWrap(true);
    auto *resetLayout = new QHBoxLayout(m_resetBox);
    resetLayout->addWidget(m_resetText, 1);
    resetLayout->addWidget(m_reset);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cleanupBox, 3);
    layout->addWidget(m_manualBox);
    layout->addWidget(m_tempBox, 2);
    layout->addWidget(m_resetBox);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancel, 0, Qt::AlignTop);
    layout->addLayout(statusRow);
    m_cancel->addTracker(m_tracker);
    m_cancel->addTracker(m_opTracker);
    m_cancel->reportTo(m_status);

    connect(m_preview, &QPushButton::clicked, this, &CleanupPage::preview);
    connect(m_apply, &QPushButton::clicked, this, &CleanupPage::apply);
    connect(m_tempRefresh, &QPushButton::clicked, this, &CleanupPage::reloadTempGroups);
    connect(m_tempCleanAll, &QPushButton::clicked, this, &CleanupPage::cleanAllTempGroups);
    connect(m_tempCleanOld, &QPushButton::clicked, this, &CleanupPage::cleanOldTempGroups);
    connect(m_manualPreview, &QPushButton::clicked, this, &CleanupPage::previewManual);
    connect(m_manualApply, &QPushButton::clicked, this, &CleanupPage::applyManual);
    connect(m_manualNames, &QLineEdit::returnPressed, this, &CleanupPage::previewManual);
    connect(m_manualNames, &QLineEdit::textChanged, this, [this]() { setManualBusy(false); });
    connect(m_reset, &QPushButton::clicked, this, &CleanupPage::resetModelGroups);
    connect(m_tracker, &JobTracker::progress, this, [this](int done, int total, const QString &step) {
        m_status->showStatus([done, total, step] {
            return total > 0 ? tr("Cleaning up: %1 (%2 of %3)").arg(step, QString::number(done), QString::number(total)) : tr("Cleaning up: %1").arg(step);
        });
    });
    connect(m_opTracker, &JobTracker::progress, this, [this](int done, int total, const QString &step) {
        m_status->showStatus([done, total, step] { return JobTracker::progressText(done, total, step); });
    });
    connect(m_tracker, &JobTracker::finished, this, [this](const JobView &job) {
        m_apply->setEnabled(true);
        m_preview->setEnabled(true);
        if (job.state == QLatin1String("done"))
            m_status->showStatus([removed = job.result.value(QStringLiteral("cleanedUpstreams")).toInt()] {
                return tr("Cleanup finished: %n upstream(s) removed.", nullptr, removed);
            });
        else
            m_status->showStatus(
                [cancelled = job.state == QLatin1String("cancelled"), error = job.error, code = job.errorCode] {
                    return cancelled ? tr("Cleanup cancelled.") : tr("Cleanup failed: %1").arg(ErrorText::translate(error, code));
                },
                true);
        reloadHistory();
    });
    retranslate();
    m_apply->setEnabled(false);
    setManualBusy(false);
}

CleanupPage::~CleanupPage() = default;

QString CleanupPage::title() const
{
    return tr("Cleanup");
}

QAbstractButton *CleanupPage::refreshButton() const
{
    return m_tempRefresh;
}

QIcon CleanupPage::icon() const
{
    return style()->standardIcon(QStyle::SP_TrashIcon);
}

void CleanupPage::retranslate()
{
    m_cleanupBox->setTitle(tr("Connectivity cleanup: channels whose site no longer answers"));
    m_timeoutLabel->setText(tr("Timeout per attempt:"));
    m_retriesLabel->setText(tr("Attempts:"));
    m_excludeLabel->setText(tr("Skip channels matching:"));
    m_onlyLabel->setText(tr("Only channels matching:"));
    m_exclude->setPlaceholderText(tr("Regular expressions, separated by commas or spaces"));
    m_only->setPlaceholderText(tr("Empty: every active channel"));
    m_preview->setText(tr("Preview"));
    m_apply->setText(tr("Apply…"));
    if (auto *tabs = findChild<QTabWidget *>(QStringLiteral("cleanupTabs"))) {
        tabs->setTabText(0, tr("Disconnected"));
        tabs->setTabText(1, tr("History"));
    }
    m_tempBox->setTitle(tr("Temporary groups left by discovery"));
    m_tempRefresh->setText(tr("Refresh"));
    m_tempCleanAll->setText(tr("Delete all…"));
    m_tempCleanOld->setText(tr("Delete those older than"));
    m_tempHours->setSuffix(tr(" h"));
    m_manualBox->setTitle(tr("Manual cleanup: take named channels out of their model groups"));
    m_manualLabel->setText(tr("Channels:"));
    m_manualNames->setPlaceholderText(tr("Site group names (e.g. example-com-openai), separated by commas or spaces"));
    m_manualPreview->setText(tr("Preview"));
    m_manualApply->setText(tr("Take out…"));
    m_resetBox->setTitle(ui::literalAmpersands(tr("Cleanup & reset")));
    m_resetText->setText(tr("Deletes every model channel group (L2) and model group (L3) uni-load manages, and their providers "
                            "in api.yaml. Site groups, their keys and the stored sites stay; a reconciliation builds the "
                            "model groups again."));
    m_reset->setText(tr("Delete all model groups…"));
    m_disconnected->retranslate();
    m_history->retranslate();
    m_tempGroups->retranslate();
}

QString CleanupPage::statusText() const
{
    return m_status->text();
}

void CleanupPage::showSnapshot(const EngineSnapshot &snapshot)
{
    m_layers = snapshot.layers;
    // Temporary groups are listed per instance: list again when instances come or go.
    const int healthy = snapshot.ready ? snapshot.healthyInstanceCount() : -1;
    if (healthy == m_healthyInstances)
        return;
    m_healthyInstances = healthy;
    if (isVisible() && healthy >= 0)
        reloadTempGroups();
}

void CleanupPage::activate()
{
    reloadHistory();
    reloadTempGroups();
}

Result<CleanupOptions> CleanupPage::options(bool dryRun) const
{
    QJsonObject body;
    body.insert(QStringLiteral("dryRun"), dryRun);
    body.insert(QStringLiteral("timeout"), m_timeout->value());
    body.insert(QStringLiteral("retryCount"), m_retries->value());
    body.insert(QStringLiteral("excludePatterns"), QJsonArray::fromStringList(EntryList::parse(m_exclude->text()).entries));
    body.insert(QStringLiteral("onlyCheckPatterns"), QJsonArray::fromStringList(EntryList::parse(m_only->text()).entries));
    return CleanupOptions::fromJson(body);
}

void CleanupPage::preview()
{
    Result<CleanupOptions> o = options(true);
    if (!o.ok()) {
        m_status->showStatus([error = o.error()] { return tr("Check the options: %1").arg(ErrorText::translate(error)); }, true);
        return;
    }
    if (!m_context.engine)
        return;
    m_preview->setEnabled(false);
    m_summary->setText(tr("Probing every selected site…"));
    deliverTo(m_context.engine->previewCleanup(o.value()), this, [this](const Result<CleanupReport> &report) {
        m_preview->setEnabled(true);
        if (!report.ok()) {
            m_summary->clear();
            m_status->showStatus([error = report.error()] { return tr("The preview failed: %1").arg(ErrorText::translate(error)); }, true);
            emit previewShown();
            return;
        }
        showReport(report.value());
        emit previewShown();
    });
}

void CleanupPage::showReport(const CleanupReport &report)
{
    m_disconnected->setRows(report.disconnectedChannels);
    m_previewed = true;
    QString text = tr("%1 of %2 site groups checked: %n disconnected", nullptr, static_cast<int>(report.disconnectedChannels.size()))
                       .arg(report.checkedSiteGroups)
                       .arg(report.totalSiteGroups);
    if (!report.affectedModelGroups.isEmpty()) {
        const int kept = keptLastMembers(report.affectedModelGroups);
        text += tr("; ", "between the parts of the preview summary")
                + ui::joinText({tr("removing them changes %n model group(s)", nullptr, static_cast<int>(report.affectedModelGroups.size())),
                                kept > 0 ? tr("(%n keep their last upstream, flagged)", nullptr, kept) : QString()});
    }
    if (!report.errors.isEmpty())
        text += QLatin1Char('\n') + ErrorText::translateEach(report.errors).join(QLatin1Char('\n'));
    m_summary->setText(text);
    m_apply->setEnabled(!report.disconnectedChannels.isEmpty());
}

void CleanupPage::apply()
{
    Result<CleanupOptions> o = options(false);
    if (!o.ok()) {
        m_status->showStatus([error = o.error()] { return tr("Check the options: %1").arg(ErrorText::translate(error)); }, true);
        return;
    }
    if (!m_context.engine)
        return;
    const CleanupOptions opts = o.value();
    ui::confirm(this, QMessageBox::Warning, tr("Apply cleanup"),
                tr("Probe the sites again and take every channel that still does not answer out of its model "
                   "groups? They are re-added automatically when they answer again."),
                tr("Apply"), false, [this, opts]() {
        m_apply->setEnabled(false);
        m_preview->setEnabled(false);
        m_tracker->trackStarted(m_context.engine->startCleanup(opts), [this](const Error &error) {
            m_apply->setEnabled(true);
            m_preview->setEnabled(true);
            m_status->showStatus([error] { return tr("Not started: %1").arg(ErrorText::translate(error)); }, true);
        });
    });
}

void CleanupPage::reloadHistory()
{
    if (!m_context.engine)
        return;
    deliverTo(m_context.engine->cleanupHistory(), this, [this](const Result<QList<QJsonObject>> &history) {
        if (history.ok())
            m_history->setRows(history.value());
        else
            m_status->showStatus([error = history.error()] { return tr("Cannot read the cleanup history: %1").arg(ErrorText::translate(error)); }, true);
    });
}

void CleanupPage::reloadTempGroups()
{
    if (!m_context.engine)
        return;
    m_tempRefresh->setEnabled(false);
    deliverTo(m_context.engine->tempGroupStats(), this, [this](const Result<TempGroupStats> &stats) {
        m_tempRefresh->setEnabled(true);
        if (!stats.ok()) {
            m_status->showStatus([error = stats.error()] { return tr("Cannot list temporary groups: %1").arg(ErrorText::translate(error)); }, true);
            emit tempGroupsLoaded();
            return;
        }
        QList<TempGroupRow> rows;
        for (const InstanceTempGroups &i : stats->instances) {
            const QString name = i.instance.name.isEmpty() ? i.instance.id : i.instance.name;
            if (!i.error.isEmpty())
                rows << TempGroupRow{name, TempGroupEntry{}, tr("not listed: %1").arg(ErrorText::translate(i.error))};
            for (const TempGroupEntry &g : i.tempGroups)
                rows << TempGroupRow{name, g, QString()};
        }
        m_tempGroups->setRows(rows);
        m_tempBox->setTitle(tr("Temporary groups left by discovery (%1)").arg(stats->total()));
        m_tempCleanAll->setEnabled(stats->total() > 0);
        m_tempCleanOld->setEnabled(stats->total() > 0);
        emit tempGroupsLoaded();
    });
}

void CleanupPage::cleanAllTempGroups()
{
    ui::confirm(this, QMessageBox::Question, tr("Delete temporary groups"),
                tr("Delete every temporary group on every instance? A discovery running right now may fail and "
                   "has to be repeated."),
                tr("Delete"), true, [this]() { cleanTempGroups(std::nullopt); });
}

void CleanupPage::cleanOldTempGroups()
{
    cleanTempGroups(m_tempHours->value());
}

void CleanupPage::cleanTempGroups(std::optional<int> hoursOld)
{
    if (!m_context.engine)
        return;
    m_tempCleanAll->setEnabled(false);
    m_tempCleanOld->setEnabled(false);
    m_status->showStatus([] { return tr("Deleting temporary groups…"); });
    deliverTo(m_context.engine->cleanupTempGroups(hoursOld), this, [this](const Result<TempGroupCleanupReport> &report) {
        if (!report.ok()) {
            m_status->showStatus([error = report.error()] { return tr("Not deleted: %1").arg(ErrorText::translate(error)); }, true);
            reloadTempGroups();
            return;
        }
        QStringList errors;
        for (const InstanceCleanupResult &i : report->instances)
            errors << i.errors;
        m_status->showStatus(
            [deleted = report->totalCleaned(), errors] {
                const QString text = tr("%n temporary group(s) deleted.", nullptr, deleted);
                return errors.isEmpty() ? text : text + QLatin1Char('\n') + ErrorText::translateEach(errors).join(QLatin1Char('\n'));
            },
            !errors.isEmpty());
        reloadTempGroups();
    });
}

void CleanupPage::setManualChannels(const QString &names)
{
    m_manualNames->setText(names);
}

QString CleanupPage::manualSummary() const
{
    return m_manualSummary->text();
}

QStringList CleanupPage::manualChannelNames() const
{
    return EntryList::parse(m_manualNames->text()).entries;
}

void CleanupPage::setManualBusy(bool busy)
{
    const bool named = !manualChannelNames().isEmpty();
    m_manualPreview->setEnabled(!busy && named);
    m_manualApply->setEnabled(!busy && named);
    m_manualNames->setEnabled(!busy);
}

void CleanupPage::previewManual()
{
    runManual(manualChannelNames(), true);
}

void CleanupPage::applyManual()
{
    const QStringList names = manualChannelNames();
    if (names.isEmpty() || !m_context.engine)
        return;
    ui::confirm(this, QMessageBox::Warning, tr("Manual cleanup"),
                tr("Take %n channel(s) out of every model group they serve?\n\n%1\n\nNo connectivity test is made. "
                   "A channel taken out is re-added automatically once a health check finds its site reachable again.",
                   nullptr, static_cast<int>(names.size()))
                    .arg(names.join(QLatin1Char('\n'))),
                tr("Take out"), true, [this, names]() { runManual(names, false); });
}

void CleanupPage::runManual(const QStringList &names, bool dryRun)
{
    if (names.isEmpty() || !m_context.engine)
        return;
    setManualBusy(true);
    m_manualSummary->setText(dryRun ? tr("Working out what changes…") : tr("Taking the channels out…"));
    m_manualSummary->setVisible(true);
    if (!dryRun)
        m_opTracker->followKind(QStringLiteral("channel-cleanup-manual"));
    deliverTo(m_context.engine->manualCleanup(names, dryRun), this, [this, dryRun](const Result<ManualCleanupReport> &report) {
        setManualBusy(false);
        if (!dryRun)
            m_opTracker->stop();
        if (!report.ok()) {
            m_manualSummary->clear();
            m_manualSummary->setVisible(false);
            m_status->showStatus([error = report.error()] { return tr("Manual cleanup failed: %1").arg(ErrorText::translate(error)); }, true);
            emit manualFinished();
            return;
        }
        const ManualCleanupReport &r = report.value();
        const int groups = static_cast<int>(r.affectedModelGroups.size());
        const QString targets = r.targetChannels.join(QStringLiteral(", "));
        QStringList parts;
        parts << (dryRun ? tr("Taking out %1 would remove %2 upstream(s) from %n model group(s).", nullptr, groups)
                         : tr("%1 taken out: %2 upstream(s) removed from %n model group(s).", nullptr, groups))
                         .arg(targets)
                         .arg(r.cleanedUpstreams);
        if (const int kept = keptLastMembers(r.affectedModelGroups); kept > 0)
            parts << tr("(%n keep their last upstream, flagged)", nullptr, kept);
        if (!r.unknownChannels.isEmpty())
            parts << tr("Not a site group: %1.").arg(r.unknownChannels.join(QStringLiteral(", ")));
        QString text = ui::joinText(parts);
        if (!r.errors.isEmpty())
            text += QLatin1Char('\n') + ErrorText::translateEach(r.errors).join(QLatin1Char('\n'));
        m_manualSummary->setText(text);
        if (!dryRun) {
            m_status->showStatus([removed = r.cleanedUpstreams] { return tr("Manual cleanup finished: %n upstream(s) removed.", nullptr, removed); }, !r.errors.isEmpty());
            reloadHistory();
        }
        emit manualFinished();
    });
}

void CleanupPage::resetModelGroups()
{
    if (!m_context.engine)
        return;
    const QString counts = m_layers.modelChannelGroups + m_layers.aggregateGroups > 0
                               ? tr("%1 model channel group(s) and %2 model group(s) are managed now.")
                                     .arg(m_layers.modelChannelGroups)
                                     .arg(m_layers.aggregateGroups)
                               : QString();
    const QString question = ui::joinText({tr("Delete every model channel group (L2) and model group (L3) uni-load manages, on every "
                                              "instance, and remove their providers from api.yaml?"),
                                           counts})
                             + QStringLiteral("\n\n")
                             + tr("Clients of uni-api lose these models until a reconciliation (Architecture → Apply) builds "
                                  "them again; operator weights stay stored. Groups uni-load does not manage are left alone. "
                                  "This cannot be undone.");
    ui::confirm(this, QMessageBox::Warning, tr("Cleanup & reset"), question, tr("Delete all model groups"), true, [this]() {
        m_reset->setEnabled(false);
        m_status->showStatus([] { return tr("Deleting every managed model group…"); });
        m_opTracker->followKind(QStringLiteral("maintenance"));
        deliverTo(m_context.engine->deleteManagedModelGroups(), this, [this](const Result<ModelGroupTeardownResult> &result) {
            m_reset->setEnabled(true);
            m_opTracker->stop();
            if (!result.ok()) {
                m_status->showStatus([error = result.error()] { return tr("Not deleted: %1").arg(ErrorText::translate(error)); }, true);
                emit resetFinished();
                return;
            }
            const ModelGroupTeardownResult &r = result.value();
            m_status->showStatus(
                [r] {
                    const QString text = tr("%1 model group(s) deleted, %2 failed, %3 provider(s) removed from api.yaml.")
                                             .arg(r.deletedGroups)
                                             .arg(r.failedGroups)
                                             .arg(r.cleanedProviders);
                    return r.errors.isEmpty() ? text : text + QLatin1Char('\n') + ErrorText::translateEach(r.errors).join(QLatin1Char('\n'));
                },
                r.failedGroups > 0 || !r.errors.isEmpty());
            emit resetFinished();
        });
    });
}

} // namespace ul
