#pragma once

#include "core/engine/snapshot.h"
#include "core/services/weightoptimizationtypes.h"
#include "ui/consolecontext.h"
#include "ui/models/valuetablemodel.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace ul {

class StatusLabel;

using WeightProposalTableModel = ValueTableModel<WeightProposal>;

// "Optimize weights…" of the Models page (uni-load-behaviour.md §12.2): a dry run shows, per
// member of every model group with two or more active members, its current weight, the failure
// rate gpt-load counted for its L2 group and the weight the optimizer proposes; Apply stores and
// applies the changes (Engine::optimizeWeights). "Include weights set by hand" hands the
// operator's weights to the optimizer too. The line above the table says whether the scheduled
// run is on and when it last ran (from the engine's snapshots). Opened with open(); stays open
// after Apply to show the outcome.
class WeightOptimizationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeightOptimizationDialog)

public:
    WeightOptimizationDialog(const ConsoleContext &context, const ServiceView &loop, QWidget *parent = nullptr);
    ~WeightOptimizationDialog() override;

    WeightProposalTableModel *proposals() const { return m_model; }
    QCheckBox *includeOperatorWeights() const { return m_includeOperator; }
    QPushButton *applyButton() const { return m_apply; }
    QString statusText() const;
    QString loopText() const;
    bool isBusy() const { return m_busy; }

public slots:
    void preview();
    void apply();

signals:
    void answered(bool applied);  // a preview or an apply answered
    void weightsChanged();        // Apply stored at least one weight

private:
    QList<WeightProposalTableModel::ColumnSpec> columns() const;
    void run(bool dryRun);
    void setBusy(bool busy);

    ConsoleContext m_context;
    bool m_busy = false;
    int m_proposedChanges = 0;
    QLabel *m_intro;
    QLabel *m_loop;
    QCheckBox *m_includeOperator;
    WeightProposalTableModel *m_model;
    QTableView *m_view;
    StatusLabel *m_status;
    QPushButton *m_apply;
    QPushButton *m_refresh;
    QDialogButtonBox *m_buttons;
};

} // namespace ul
