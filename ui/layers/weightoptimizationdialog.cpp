#include "ui/layers/weightoptimizationdialog.h"

#include "core/engine/engine.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/errortext.h"
#include "ui/common/standardbuttons.h"
#include "ui/common/uiformat.h"
#include "ui/widgets/statuslabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ul {

namespace {

QString decisionText(const WeightProposal &p)
{
    switch (p.decision) {
    case WeightDecision::Change:
        return WeightOptimizationDialog::tr("change");
    case WeightDecision::WithinTolerance:
        return WeightOptimizationDialog::tr("kept (within 5 %)");
    case WeightDecision::OperatorWeight:
        return WeightOptimizationDialog::tr("kept (set by hand)");
    case WeightDecision::NoStats:
        return WeightOptimizationDialog::tr("kept (no stats)");
    }
    return QString();
}

QString sourceText(const QString &source)
{
    if (source == QLatin1String("operator"))
        return WeightOptimizationDialog::tr("by hand");
    if (source == QLatin1String("optimizer"))
        return WeightOptimizationDialog::tr("optimizer");
    return WeightOptimizationDialog::tr("default");
}

QString describeLoop(const ServiceView &loop)
{
    QString text = loop.enabled ? WeightOptimizationDialog::tr("The optimizer runs every %n hour(s); next run %1.", nullptr, loop.intervalMinutes / 60)
                                      .arg(ui::formatDateTime(loop.nextRun))
                                : WeightOptimizationDialog::tr("The scheduled run is off (ENABLE_WEIGHT_OPTIMIZATION in Settings); this runs it once.");
    if (loop.lastRun.isValid())
        text += QLatin1Char(' ') + WeightOptimizationDialog::tr("Last run %1.").arg(ui::formatDateTime(loop.lastRun));
    return text;
}

} // namespace

WeightOptimizationDialog::WeightOptimizationDialog(const ConsoleContext &context, const ServiceView &loop, QWidget *parent)
    : QDialog(parent), m_context(context), m_intro(new QLabel(this)), m_loop(new QLabel(this)), m_includeOperator(new QCheckBox(this)),
      m_model(new WeightProposalTableModel([](const WeightProposal &p) -> QString { return p.modelGroup + QLatin1Char('\n') + p.modelChannel; }, {}, this)),
      m_view(new QTableView(this)), m_status(new StatusLabel(this)), m_apply(new QPushButton(this)), m_refresh(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Optimize weights"));
    ui::StandardButtons::translate(m_buttons);
    setWindowModality(Qt::WindowModal);
    ui::resizeWithinScreen(this, QSize(860, 480));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Each member of a model group gets the weight max(1, (1 − failure rate) × 100) from the requests gpt-load "
                        "counted for its model channel group over the last 24 hours; fewer than 10 requests count as 100. "
                        "Model groups with one active member and members out of rotation are left alone."));
    m_loop->setWordWrap(true);
    m_loop->setText(describeLoop(loop));
    m_includeOperator->setText(tr("Include weights set by hand"));
    m_model->setColumns(columns());
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false);  // Tab leaves the table; arrows move in it
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(false);
    ui::fitColumns(m_view->horizontalHeader(), 1);
    m_apply->setText(tr("Apply"));
    m_apply->setEnabled(false);
    m_refresh->setText(tr("Read again"));
    m_buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    // Return applies (once there is something to apply), never reads the figures again.
    m_refresh->setAutoDefault(false);
    m_apply->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_loop);
    layout->addWidget(m_includeOperator);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &WeightOptimizationDialog::apply);
    connect(m_refresh, &QPushButton::clicked, this, &WeightOptimizationDialog::preview);
    connect(m_includeOperator, &QCheckBox::toggled, this, &WeightOptimizationDialog::preview);
    if (m_context.engine)  // the loop line follows the engine (a run applied here, a scheduled one)
        connect(m_context.engine, &Engine::snapshotChanged, this,
                [this](const EngineSnapshot &snapshot) { m_loop->setText(describeLoop(snapshot.weightOptimizer)); });
    preview();
}

WeightOptimizationDialog::~WeightOptimizationDialog() = default;

QString WeightOptimizationDialog::statusText() const
{
    return m_status->text();
}

QString WeightOptimizationDialog::loopText() const
{
    return m_loop->text();
}

QList<WeightProposalTableModel::ColumnSpec> WeightOptimizationDialog::columns() const
{
    using C = WeightProposalTableModel::ColumnSpec;
    const auto number = [](qint64 n) { return QLocale().toString(n); };
    return {
        C([]() { return tr("Model group"); }, [](const WeightProposal &p) { return p.modelGroup; }),
        C([]() { return tr("Model channel"); }, [](const WeightProposal &p) { return p.modelChannel; }),
        C([]() { return tr("Requests"); }, [number](const WeightProposal &p) { return p.traffic ? number(p.traffic->total) : QString(); })
            .rightAligned(),
        C([]() { return tr("Failed"); },
          [](const WeightProposal &p) {
              return p.traffic && p.traffic->total > 0
                         ? QStringLiteral("%1 %").arg(QLocale().toString(100.0 * double(p.traffic->failed) / double(p.traffic->total), 'f', 1))
                         : QString();
          })
            .rightAligned(),
        C([]() { return tr("Weight"); },
          [](const WeightProposal &p) { return QStringLiteral("%1 (%2)").arg(p.currentWeight).arg(sourceText(p.currentSource)); })
            .rightAligned(),
        C([]() { return tr("Proposed"); }, [](const WeightProposal &p) { return p.proposedWeight; })
            .rightAligned()
            .coloured([](const WeightProposal &p) { return p.decision == WeightDecision::Change ? QVariant(ui::warningColor()) : QVariant(); }),
        C([]() { return tr("Outcome"); }, [](const WeightProposal &p) { return decisionText(p); })
            .withTooltip([](const WeightProposal &p) { return p.statsError.isEmpty() ? QVariant() : QVariant(ErrorText::translate(p.statsError)); }),
    };
}

void WeightOptimizationDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_apply->setEnabled(!busy && m_proposedChanges > 0);
    m_refresh->setEnabled(!busy);
    m_includeOperator->setEnabled(!busy);
}

void WeightOptimizationDialog::preview()
{
    run(true);
}

void WeightOptimizationDialog::apply()
{
    run(false);
}

void WeightOptimizationDialog::run(bool dryRun)
{
    if (!m_context.engine) {
        m_status->showStatus([] { return tr("The engine is not running."); }, true);
        return;
    }
    if (m_busy)
        return;
    setBusy(true);
    m_status->showStatus([dryRun] { return dryRun ? tr("Reading the stats of the model channel groups…") : tr("Storing the weights and applying them to gpt-load…"); });
    WeightOptimizationRequest request;
    request.dryRun = dryRun;
    request.includeOperatorWeights = m_includeOperator->isChecked();
    deliverTo(m_context.engine->optimizeWeights(request), this, [this, dryRun](const Result<WeightOptimizationReport> &r) {
        if (!r.ok()) {
            setBusy(false);
            if (dryRun)
                m_status->showStatus([error = r.error()] { return tr("Cannot read the stats: %1").arg(ErrorText::translate(error)); }, true);
            else
                m_status->showStatus([error = r.error()] { return tr("Weights not changed: %1").arg(ErrorText::translate(error)); }, true);
            emit answered(!dryRun);
            return;
        }
        m_model->setRows(r->proposals);
        m_proposedChanges = dryRun ? r->changed : 0;
        setBusy(false);
        const bool problems = !r->errors.isEmpty();
        m_status->showStatus([dryRun, nothing = r->proposals.isEmpty(), changed = r->changed, statsFailed = r->statsFailed, errors = r->errors] {
            QString text;
            if (nothing)
                text = tr("No model group has two or more active members: nothing to balance.");
            else if (dryRun)
                text = tr("%n weight(s) would change.", nullptr, changed);
            else
                text = tr("%n weight(s) changed and applied to gpt-load.", nullptr, changed);
            if (statsFailed > 0)
                text += QLatin1Char(' ') + tr("The stats of %n group(s) could not be read; their weights stay.", nullptr, statsFailed);
            if (!errors.isEmpty())
                text += QLatin1Char(' ') + tr("gpt-load gets them with the next reconciliation: %1")
                                               .arg(ErrorText::translateEach(errors).join(ErrorText::tr("; ")));
            return text;
        }, problems);
        if (!dryRun && r->changed > 0)
            emit weightsChanged();
        emit answered(!dryRun);
    });
}

} // namespace ul
