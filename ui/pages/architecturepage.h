#pragma once

#include "core/engine/modelmatrix.h"
#include "core/layers/adoption.h"
#include "core/layers/plan.h"
#include "ui/consolecontext.h"
#include "ui/models/valuetablemodel.h"
#include "ui/pages/consolepage.h"

#include <QColor>
#include <QHash>
#include <QSet>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace ul {

class JobCancelButton;
class JobTracker;
class StatusLabel;

using PlanOperationsModel = ValueTableModel<PlannedOperation>;

// The three layers as trees (per model: L3 → L2 → L1; per site: site → L1 → L2 → L3), the
// reconciliation's dry-run plan with Apply (a queued job with progress and Cancel), and the
// import of a layout the original uni-load left in gpt-load, with the deletion of its legacy
// two-layer groups.
class ArchitecturePage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchitecturePage)

public:
    ArchitecturePage(const ConsoleContext &context, QWidget *parent = nullptr);
    ~ArchitecturePage() override;

    QString title() const override;
    QIcon icon() const override;
    void showSnapshot(const EngineSnapshot &snapshot) override;
    void activate() override;
    QLineEdit *filterField() const override;
    // F5: the trees and a new dry run (both only read).
    bool canRefresh() const override;
    void refresh() override;

    QTreeWidget *modelTree() const { return m_byModel; }
    QTreeWidget *siteTree() const { return m_bySite; }
    PlanOperationsModel *planModel() const { return m_planModel; }
    QString statusText() const;
    QPushButton *applyButton() const { return m_apply; }

    // The question before applying `plan`: how many groups it creates, updates and deletes, and
    // which ones it deletes.
    static QString applyConfirmationText(const Plan &plan);

    // The layers as the engine read them (what reload() shows when the read answers).
    void showMatrix(ModelMatrix matrix);

public slots:
    void reload();
    void refreshPlan();
    // Asks first (the plan may delete groups and providers), then starts the reconciliation.
    void applyPlan();
    void previewImport();
    void runImport();
    void deleteLegacy();
    // Asks, then moves the adopted L2/L3 pools to uni-load's proxy keys (the admin key out).
    void migrateKeys();

signals:
    void treesLoaded();
    void planLoaded();
    void importPreviewLoaded();
    void keysMigrated();  // the key migration answered

protected:
    void retranslate() override;

private:
    // One row of a tree branch, built from the matrix and the snapshot when a branch is opened
    // or searched.
    struct Node
    {
        QString name;
        QString where;
        QString state;
        QColor color;
        QList<Node> children;
        bool expanded = false;
    };
    void fillTrees();
    QList<Node> modelBranch(const ModelRow &row) const;  // L3 → L2 → L1
    QList<Node> siteBranch(const SiteView &site) const;  // L1 → L2 → L3
    QList<Node> branchOf(const QTreeWidgetItem *top) const;
    void fillBranch(QTreeWidgetItem *top);  // once, when first opened
    // Every text an unopened branch would show, for the filter (kept until the next fill).
    QString branchText(const QTreeWidgetItem *top) const;
    QString instanceName(const QString &id) const;
    void showPlan(const Plan &plan);
    void showAdoption(const AdoptionPreview &preview);
    void setBusy(bool busy);
    void applyFilter();
    void startApply();

    ConsoleContext m_context;
    EngineSnapshot m_snapshot;
    ModelMatrix m_matrix;
    QHash<QString, QList<std::pair<qsizetype, qsizetype>>> m_cellsOfSiteGroup;  // L1 → (model row, cell) of m_matrix
    QHash<QString, QString> m_instanceNames;   // of m_snapshot: id → name
    QHash<QString, QString> m_siteGroupHealth; // of m_snapshot: L1 → health
    QSet<QString> m_autoOpened;                // the models the last fill opened by itself
    mutable QHash<QString, QString> m_branchTexts;  // "m:<model>" / "s:<site>" → branchText()
    QLineEdit *m_filter;
    QTabWidget *m_tabs;
    QTreeWidget *m_byModel;
    QTreeWidget *m_bySite;
    QWidget *m_planTab;
    QLabel *m_planSummary;
    PlanOperationsModel *m_planModel;
    QSortFilterProxyModel *m_planProxy;
    QTableView *m_planView;
    QLabel *m_planNotes;
    QPushButton *m_planRefresh;
    QPushButton *m_apply;
    JobCancelButton *m_cancel;
    QWidget *m_importTab;
    QLabel *m_importIntro;
    QTreeWidget *m_importTree;
    QPushButton *m_importPreview;
    QPushButton *m_import;
    QPushButton *m_deleteLegacy;
    QPushButton *m_migrateKeys;
    JobCancelButton *m_importCancel;
    JobTracker *m_importTracker;  // import, key migration or legacy deletion (followed by kind)
    StatusLabel *m_status;
    JobTracker *m_tracker;
    Plan m_plan;  // of the last dry run
    AdoptionPreview m_adoption;
    QString m_signature;
    bool m_dirty = true;
    bool m_busy = false;
};

} // namespace ul
