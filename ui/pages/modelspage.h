#pragma once

#include "core/engine/modelmatrix.h"
#include "ui/consolecontext.h"
#include "ui/models/valuetablemodel.h"
#include "ui/pages/consolepage.h"
#include "ui/widgets/statuslabel.h"

#include <QHash>

class QDialog;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ul {


using ModelMatrixTableModel = ValueTableModel<ModelRow>;
using ModelMembersTableModel = ValueTableModel<ModelSiteCell>;

// Model → sites: one row per model with its alias (as api.yaml carries it), its L3 group and,
// per site group, the L2 state, weight and the site group's health. The selected model's
// members are listed below with editable weights; saving stores them as operator weights
// (kept by every reconciliation) and reconciles so gpt-load gets them. "Optimize weights…" sets
// them from the failure rates instead (WeightOptimizationDialog).
class ModelsPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelsPage)

public:
    ModelsPage(const ConsoleContext &context, QWidget *parent = nullptr);
    ~ModelsPage() override;

    QString title() const override;
    QLineEdit *filterField() const override;
    QAbstractButton *refreshButton() const override;
    QStringList unsavedChanges() const override;
    QIcon icon() const override;
    void showSnapshot(const EngineSnapshot &snapshot) override;
    void activate() override;

    ModelMatrixTableModel *matrixModel() const { return m_matrixModel; }
    ModelMembersTableModel *membersModel() const { return m_members; }
    void selectModel(const QString &model);
    int pendingWeightChanges() const { return static_cast<int>(m_pendingWeights.size()); }
    QString statusText() const;
    bool isLoading() const { return m_loading; }

    QPushButton *optimizeButton() const { return m_optimize; }

public slots:
    void reload();
    void saveWeights();
    // "Optimize weights…": the dry run of the weight optimization, with Apply (core/services
    // weightoptimizer*). Opened window-modal; returns the dialog (tests drive it).
    QDialog *openWeightOptimization();

signals:
    void loaded();

protected:
    void retranslate() override;

private:
    QList<ModelMatrixTableModel::ColumnSpec> matrixColumns() const;
    QList<ModelMembersTableModel::ColumnSpec> memberColumns();
    QString cellText(const ModelSiteCell *cell) const;
    QString cellTooltip(const ModelRow &row, const ModelSiteCell *cell) const;
    QString groupHealth(const QString &siteGroup) const;
    // The cell of `row` in the site-group column `groupColumn` (m_matrix.siteGroups), or nullptr.
    const ModelSiteCell *cellAt(const ModelRow &row, int groupColumn) const;
    void indexCells();  // m_cellColumns for a newly read m_matrix
    void modelSelectionChanged();
    void updateButtons();
    // The status line shows the model count (refreshed by every load) until an action (saving
    // weights, unsaved edits) writes its outcome there.
    void showSummary();
    void showActionStatus(StatusLabel::Text text, bool error = false);

    ConsoleContext m_context;
    EngineSnapshot m_snapshot;
    ModelMatrix m_matrix;
    QHash<QString, QList<int>> m_cellColumns;  // model → per site-group column: index into its cells, or -1
    QHash<QString, QString> m_groupHealth;     // of m_snapshot: site group → health
    QHash<QString, QString> m_aliases;  // model → alias in api.yaml
    ModelMatrixTableModel *m_matrixModel;
    ModelMembersTableModel *m_members;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_matrixView;
    QTableView *m_membersView;
    QPushButton *m_refresh;
    QPushButton *m_save;
    QPushButton *m_discard;
    QPushButton *m_optimize;
    StatusLabel *m_status;
    bool m_saving = false;  // a set-weights job is running
    QHash<QString, MemberWeightChange> m_pendingWeights;  // "<l3Id>/<l2Id>" → change
    QString m_selectedModel;                        // whose members the lower table shows
    QString m_signature;                            // of the snapshot data the matrix was read for
    bool m_dirty = true;
    bool m_loading = false;
    bool m_statusIsSummary = true;
};

} // namespace ul
