#include "ui/common/enginetext.h"
#include "ui/pages/architecturepage.h"

#include "core/engine/engine.h"
#include "ui/common/errortext.h"
#include "ui/common/layoutsignature.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/treestate.h"
#include "ui/common/statetext.h"
#include "ui/common/uiformat.h"
#include "ui/widgets/jobcancelbutton.h"
#include "ui/widgets/jobtracker.h"
#include "ui/widgets/statuslabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace ul {

namespace {
// On a top-level entry of the model and site trees: the model or site name, and whether its
// branch is still to be built.
constexpr int kBranchKeyRole = Qt::UserRole;
constexpr int kUnfilledRole = Qt::UserRole + 1;

QTreeWidget *makeTree(QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setColumnCount(3);
    tree->setUniformRowHeights(true);
    ui::fitColumns(tree->header(), 0);
    return tree;
}

QTreeWidgetItem *item(QTreeWidgetItem *parent, const QString &name, const QString &where, const QString &state,
                      const QColor &color = QColor())
{
    auto *it = new QTreeWidgetItem(parent, QStringList{name, where, state});
    if (color.isValid())
        it->setIcon(0, ui::statusDot(color));
    return it;
}

} // namespace

ArchitecturePage::ArchitecturePage(const ConsoleContext &context, QWidget *parent)
    : ConsolePage(parent), m_context(context), m_filter(new QLineEdit(this)), m_tabs(new QTabWidget(this)), m_byModel(makeTree(this)), m_bySite(makeTree(this)),
      m_planTab(new QWidget(this)), m_planSummary(new QLabel(this)),
      m_planModel(new PlanOperationsModel([](const PlannedOperation &op) { return QString::number(op.id); }, {}, this)),
      m_planProxy(new QSortFilterProxyModel(this)),
      m_planView(new QTableView(this)), m_planNotes(new QLabel(this)), m_planRefresh(new QPushButton(this)),
      m_apply(new QPushButton(this)), m_cancel(new JobCancelButton(this)), m_importTab(new QWidget(this)), m_importIntro(new QLabel(this)),
      m_importTree(makeTree(this)), m_importPreview(new QPushButton(this)), m_import(new QPushButton(this)),
      m_deleteLegacy(new QPushButton(this)), m_migrateKeys(new QPushButton(this)),
      m_importCancel(new JobCancelButton(this)), m_importTracker(new JobTracker(context.engine, this)), m_status(new StatusLabel(this)), m_tracker(new JobTracker(context.engine, this))
{
    using C = PlanOperationsModel::ColumnSpec;
    m_planModel->setColumns({
        C([]() { return tr("#"); }, [](const PlannedOperation &op) { return op.id + 1; }).rightAligned(),
        C([]() { return tr("Operation"); }, [](const PlannedOperation &op) { return EngineText::operation(opKindName(op.kind)); }),
        // Names, as every other page shows instances; the id in the tooltip.
        C([]() { return tr("Instance"); },
          [this](const PlannedOperation &op) {
              for (const InstanceView &i : m_snapshot.instances) {
                  if (i.id == op.instanceId)
                      return i.name;
              }
              return op.instanceId;
          })
            .withTooltip([](const PlannedOperation &op) { return op.instanceId.isEmpty() ? QString() : tr("Instance id: %1").arg(op.instanceId); }),
        C([]() { return tr("Group"); }, [](const PlannedOperation &op) { return op.group; }),
        C([]() { return tr("Detail"); }, [](const PlannedOperation &op) { return EngineText::detail(op.detail); })
            .withTooltip([](const PlannedOperation &op) { return op.fields.join(QStringLiteral(", ")); }),
    });
    m_planProxy->setSourceModel(m_planModel);
    m_planProxy->setFilterKeyColumn(-1);
    m_planProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_planView->setModel(m_planProxy);
    m_filter->setClearButtonEnabled(true);
    // First run: say what will appear instead of showing blank trees.
    ui::setEmptyHint(m_byModel, []() { return tr("No model group yet: once a site is onboarded, each model appears here with the "
                                                 "site groups that serve it."); });
    ui::setEmptyHint(m_bySite, []() { return tr("No site yet: each onboarded site appears here with its site groups and the "
                                                "model channels they feed."); });
    ui::setEmptyHint(m_importTree, []() { return tr("Look for a layout to list the groups the original uni-load left in gpt-load."); });
    m_planView->verticalHeader()->hide();
    m_planView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_planView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_planView->setTabKeyNavigation(false);  // Tab leaves the table; arrows move in it
    ui::fitColumns(m_planView->horizontalHeader(), 4);
    m_planSummary->setWordWrap(true);
    m_planNotes->setWordWrap(true);
    m_planNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *planButtons = new QHBoxLayout;
    planButtons->addWidget(m_planSummary, 1);
    planButtons->addWidget(m_planRefresh);
    planButtons->addWidget(m_apply);
    planButtons->addWidget(m_cancel);
    m_cancel->addTracker(m_tracker);
    m_cancel->reportTo(m_status);
    auto *planLayout = new QVBoxLayout(m_planTab);
    planLayout->addLayout(planButtons);
    planLayout->addWidget(m_planView, 1);
    planLayout->addWidget(m_planNotes);

    m_importIntro->setWordWrap(true);
    auto *importButtons = new QHBoxLayout;
    importButtons->addWidget(m_importPreview);
    importButtons->addWidget(m_import);
    importButtons->addWidget(m_migrateKeys);
    importButtons->addWidget(m_deleteLegacy);
    importButtons->addWidget(m_importCancel);
    m_importCancel->addTracker(m_importTracker);
    m_importCancel->reportTo(m_status);
    importButtons->addStretch(1);
    auto *importLayout = new QVBoxLayout(m_importTab);
    importLayout->addWidget(m_importIntro);
    importLayout->addLayout(importButtons);
    importLayout->addWidget(m_importTree, 1);

    m_tabs->addTab(m_byModel, QString());
    m_tabs->addTab(m_bySite, QString());
    m_tabs->addTab(m_planTab, QString());
    m_tabs->addTab(m_importTab, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(m_planRefresh, &QPushButton::clicked, this, &ArchitecturePage::refreshPlan);
    connect(m_filter, &QLineEdit::textChanged, this, &ArchitecturePage::applyFilter);
    for (QTreeWidget *tree : {m_byModel, m_bySite})
        connect(tree, &QTreeWidget::itemExpanded, this, &ArchitecturePage::fillBranch);
    connect(m_apply, &QPushButton::clicked, this, &ArchitecturePage::applyPlan);
    connect(m_importPreview, &QPushButton::clicked, this, &ArchitecturePage::previewImport);
    connect(m_import, &QPushButton::clicked, this, &ArchitecturePage::runImport);
    connect(m_deleteLegacy, &QPushButton::clicked, this, &ArchitecturePage::deleteLegacy);
    connect(m_migrateKeys, &QPushButton::clicked, this, &ArchitecturePage::migrateKeys);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_planTab && m_planModel->rowCount() == 0 && !m_busy)
            refreshPlan();
    });
    connect(m_tracker, &JobTracker::progress, this, [this](int done, int total, const QString &step) {
        m_status->showStatus([done, total, step] { return JobTracker::progressText(done, total, step); });
    });
    // Import, key migration and legacy deletion answer with their result; meanwhile their job's
    // progress shows in the status line and Cancel stops it after the current step.
    connect(m_importTracker, &JobTracker::progress, this, [this](int done, int total, const QString &step) {
        m_status->showStatus([done, total, step] { return JobTracker::progressText(done, total, step); });
    });
    connect(m_tracker, &JobTracker::finished, this, [this](const JobView &job) {
        setBusy(false);
        m_status->showStatus([job] { return JobTracker::reconciliationOutcome(job); }, job.state != QLatin1String("done"));
        refreshPlan();
        reload();
    });
    retranslate();
    setBusy(false);  // Apply waits for a dry run to show what it would do
}

ArchitecturePage::~ArchitecturePage() = default;

QString ArchitecturePage::title() const
{
    return tr("Architecture");
}

QIcon ArchitecturePage::icon() const
{
    return ui::hierarchyIcon();
}

void ArchitecturePage::retranslate()
{
    m_tabs->setTabText(0, tr("By model"));
    m_tabs->setTabText(1, tr("By site"));
    m_tabs->setTabText(2, tr("Plan"));
    m_tabs->setTabText(3, tr("Import"));
    for (QTreeWidget *tree : {m_byModel, m_bySite, m_importTree})
        tree->setHeaderLabels({tr("Group"), tr("Instance"), tr("State")});
    m_filter->setPlaceholderText(tr("Filter by model, group, site or instance…"));
    m_planRefresh->setText(tr("Dry run"));
    m_apply->setText(tr("Apply…"));
    m_importIntro->setText(tr("Groups left in gpt-load by the original uni-load (site groups, model channel groups and model "
                              "groups) can be imported: uni-load then manages them like its own. The original's two-layer model "
                              "groups are never imported; they can be deleted once the three layers serve their models."));
    m_importPreview->setText(tr("Look for a layout"));
    m_import->setText(tr("Import"));
    m_deleteLegacy->setText(tr("Delete legacy groups…"));
    m_migrateKeys->setText(tr("Migrate keys…"));
    m_migrateKeys->setToolTip(tr("Imported groups still carry the gpt-load admin key in their pools; this moves them to "
                                 "uni-load's own proxy keys."));
    m_planModel->retranslate();
    fillTrees();
}

QString ArchitecturePage::statusText() const
{
    return m_status->text();
}

void ArchitecturePage::showSnapshot(const EngineSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_instanceNames.clear();
    for (const InstanceView &i : snapshot.instances)
        m_instanceNames.insert(i.id, i.name);
    m_siteGroupHealth.clear();
    for (const SiteView &s : snapshot.sites) {
        for (const SiteGroupView &g : s.groups)
            m_siteGroupHealth.insert(g.name, g.health);
    }
    const QString sig = layoutSignature(snapshot);
    if (sig == m_signature || !snapshot.ready)
        return;
    m_signature = sig;
    m_dirty = true;
    fillTrees();  // the site tree and the health states come from the snapshot
    if (isVisible())
        reload();
}

void ArchitecturePage::activate()
{
    if (m_dirty)
        reload();
}

QLineEdit *ArchitecturePage::filterField() const
{
    return m_filter;
}

bool ArchitecturePage::canRefresh() const
{
    return m_context.engine != nullptr;
}

void ArchitecturePage::refresh()
{
    reload();
    if (!m_busy)
        refreshPlan();
}

void ArchitecturePage::applyFilter()
{
    // A top-level entry stays when it or anything under it matches; its whole branch stays. A
    // branch not opened yet is searched in what it would show.
    const QString text = m_filter->text().trimmed();
    const auto hit = [&text](const QString &a, const QString &b, const QString &c) {
        return a.contains(text, Qt::CaseInsensitive) || b.contains(text, Qt::CaseInsensitive) || c.contains(text, Qt::CaseInsensitive);
    };
    const std::function<bool(const QTreeWidgetItem *)> matches = [&](const QTreeWidgetItem *item) {
        if (hit(item->text(0), item->text(1), item->text(2)))
            return true;
        for (int i = 0; i < item->childCount(); ++i) {
            if (matches(item->child(i)))
                return true;
        }
        return false;
    };
    for (QTreeWidget *tree : {m_byModel, m_bySite, m_importTree}) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *top = tree->topLevelItem(i);
            const bool unfilled = top->data(0, kUnfilledRole).toBool();
            top->setHidden(!text.isEmpty() && !matches(top) && !(unfilled && branchText(top).contains(text, Qt::CaseInsensitive)));
        }
    }
    m_planProxy->setFilterFixedString(text);
}

void ArchitecturePage::reload()
{
    if (!m_context.engine)
        return;
    m_dirty = false;
    deliverTo(loadModelMatrix(m_context.engine), this, [this](const Result<ModelMatrix> &matrix) {
        if (!matrix.ok()) {
            m_status->showStatus([error = matrix.error()] { return tr("Cannot read the layers: %1").arg(ErrorText::translate(error)); }, true);
            return;
        }
        showMatrix(matrix.value());
        emit treesLoaded();
    });
}

QString ArchitecturePage::instanceName(const QString &id) const
{
    return m_instanceNames.value(id, id);
}

QList<ArchitecturePage::Node> ArchitecturePage::modelBranch(const ModelRow &row) const
{
    // One L3 per format the model is served in; each site group's L2 sits under the L3 of its format.
    QList<Node> l3s;
    QHash<QString, qsizetype> l3OfFormat;
    for (const ModelGroupRef &g : row.l3s) {
        const int active = row.activeMembersOf(g.id);
        l3OfFormat.insert(g.channelType, l3s.size());
        l3s.append(Node{tr("L3 %1").arg(g.name), instanceName(g.instance),
                        g.noHealthyMember ? tr("no healthy member") : tr("%n active member(s)", nullptr, active),
                        g.noHealthyMember ? ui::warningColor() : ui::okColor(), {}, true});
    }
    for (const ModelSiteCell &c : row.cells) {
        auto at = l3OfFormat.constFind(c.channelType);
        if (at == l3OfFormat.constEnd()) {
            at = l3OfFormat.insert(c.channelType, l3s.size());
            l3s.append(Node{tr("L3: not created (%1 format)").arg(StateText::format(c.channelType)), QString(), QString(),
                            ui::warningColor(), {}, true});
        }
        const QString health = m_siteGroupHealth.value(c.siteGroup);
        Node l2 = c.l2Name.isEmpty()
                      ? Node{tr("L2: not created for %1").arg(c.siteGroup), QString(), QString(), ui::neutralColor(), {}, false}
                      : Node{tr("L2 %1").arg(c.l2Name), instanceName(c.l2Instance),
                             c.member ? tr("%1, weight %2").arg(StateText::health(c.memberState)).arg(c.weight) : tr("not a member"),
                             c.member ? StateText::healthColor(c.memberState) : ui::neutralColor(), {}, false};
        l2.children.append(Node{tr("L1 %1").arg(c.siteGroup), instanceName(c.siteGroupInstance), StateText::health(health),
                                StateText::healthColor(health), {}, false});
        l3s[*at].children.append(std::move(l2));
    }
    return l3s;
}

QList<ArchitecturePage::Node> ArchitecturePage::siteBranch(const SiteView &site) const
{
    QList<Node> l1s;
    for (const SiteGroupView &g : site.groups) {
        Node l1{tr("L1 %1").arg(g.name), instanceName(g.instanceId), StateText::health(g.health), StateText::healthColor(g.health), {}, false};
        for (const auto &[rowIndex, cellIndex] : m_cellsOfSiteGroup.value(g.name)) {
            const ModelRow &row = m_matrix.models.at(rowIndex);
            const ModelSiteCell &c = row.cells.at(cellIndex);
            if (c.l2Name.isEmpty())
                continue;
            Node l2{tr("L2 %1").arg(c.l2Name), instanceName(c.l2Instance), c.member ? StateText::health(c.memberState) : tr("not a member"),
                    c.member ? StateText::healthColor(c.memberState) : ui::neutralColor(), {}, false};
            if (const ModelGroupRef *l3 = row.l3WithId(c.l3Id); c.member && l3)
                l2.children.append(Node{tr("L3 %1").arg(c.l3Name), instanceName(l3->instance), tr("weight %1").arg(c.weight), QColor(), {}, false});
            l1.children.append(std::move(l2));
        }
        l1s.append(std::move(l1));
    }
    return l1s;
}

QList<ArchitecturePage::Node> ArchitecturePage::branchOf(const QTreeWidgetItem *top) const
{
    const QString key = top->data(0, kBranchKeyRole).toString();
    if (top->treeWidget() == m_byModel) {
        if (const ModelRow *row = m_matrix.model(key))
            return modelBranch(*row);
    } else {
        for (const SiteView &s : m_snapshot.sites) {
            if (s.name == key)
                return siteBranch(s);
        }
    }
    return {};
}

QString ArchitecturePage::branchText(const QTreeWidgetItem *top) const
{
    const QString key = (top->treeWidget() == m_byModel ? QStringLiteral("m:") : QStringLiteral("s:")) + top->data(0, kBranchKeyRole).toString();
    if (const auto cached = m_branchTexts.constFind(key); cached != m_branchTexts.constEnd())
        return *cached;
    QStringList texts;
    const std::function<void(const QList<Node> &)> collect = [&](const QList<Node> &nodes) {
        for (const Node &n : nodes) {
            texts << n.name << n.where << n.state;
            collect(n.children);
        }
    };
    collect(branchOf(top));
    return *m_branchTexts.insert(key, texts.join(QLatin1Char('\n')));  // a filter has no line break
}

void ArchitecturePage::fillBranch(QTreeWidgetItem *top)
{
    if (!top->data(0, kUnfilledRole).toBool())
        return;
    top->setData(0, kUnfilledRole, false);
    const std::function<void(QTreeWidgetItem *, const QList<Node> &)> add = [&add](QTreeWidgetItem *parent, const QList<Node> &nodes) {
        for (const Node &n : nodes) {
            QTreeWidgetItem *child = item(parent, n.name, n.where, n.state, n.color);
            add(child, n.children);
            if (n.expanded)
                child->setExpanded(true);
        }
    };
    add(top, branchOf(top));
    top->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
}

void ArchitecturePage::showMatrix(ModelMatrix matrix)
{
    m_matrix = std::move(matrix);
    m_cellsOfSiteGroup.clear();
    for (qsizetype r = 0; r < m_matrix.models.size(); ++r) {
        const QList<ModelSiteCell> &cells = m_matrix.models.at(r).cells;
        for (qsizetype c = 0; c < cells.size(); ++c)
            m_cellsOfSiteGroup[cells.at(c).siteGroup].append({r, c});
    }
    fillTrees();
}

void ArchitecturePage::fillTrees()
{
    // Top-level entries only: a branch gets its items when it is first opened (or searched), so
    // a hundred sites with hundreds of models each cost a few hundred items, not a hundred
    // thousand, and a health change does not rebuild what nobody looks at.
    m_branchTexts.clear();
    const auto lazyTop = [](QTreeWidgetItem *top, const QString &key, bool hasBranch) {
        top->setData(0, kBranchKeyRole, key);
        top->setData(0, kUnfilledRole, hasBranch);
        top->setChildIndicatorPolicy(hasBranch ? QTreeWidgetItem::ShowIndicator : QTreeWidgetItem::DontShowIndicatorWhenChildless);
    };

    // A few models open all the way show the shape, those spread over several sites first; the
    // rest stay one line each.
    QSet<QString> opened;
    for (const bool spreadOnly : {true, false}) {
        for (const ModelRow &row : m_matrix.models) {
            if (opened.size() < 3 && (!spreadOnly || row.cells.size() > 1))
                opened.insert(row.model);
        }
    }

    // A refresh keeps what the operator opened and where the keyboard was. While the operator has
    // opened or closed no model, the models opened are this fill's picks (the layout may have
    // gained a model spread over several sites since the last one).
    QSet<QString> openModels;
    for (int i = 0; i < m_byModel->topLevelItemCount(); ++i) {
        if (m_byModel->topLevelItem(i)->isExpanded())
            openModels.insert(m_byModel->topLevelItem(i)->text(0));
    }
    const ui::TreeState modelState = openModels == m_autoOpened ? ui::TreeState::currentOf(m_byModel) : ui::TreeState::of(m_byModel);
    m_autoOpened = opened;
    const ui::TreeState siteState = ui::TreeState::of(m_bySite);
    m_byModel->clear();
    for (const ModelRow &row : m_matrix.models) {
        auto *top = new QTreeWidgetItem(m_byModel, QStringList{row.model, row.l3s.isEmpty() ? QString() : instanceName(row.l3s.first().instance), QString()});
        lazyTop(top, row.model, !row.l3s.isEmpty() || !row.cells.isEmpty());
        if (opened.contains(row.model)) {
            fillBranch(top);
            m_byModel->expandRecursively(m_byModel->indexFromItem(top));
        }
    }

    m_bySite->clear();
    for (const SiteView &s : m_snapshot.sites) {
        auto *site = new QTreeWidgetItem(m_bySite, QStringList{s.name, s.instanceName, s.baseUrl});
        lazyTop(site, s.name, !s.groups.isEmpty());
        if (m_snapshot.sites.size() <= 4) {
            fillBranch(site);
            site->setExpanded(true);
        }
    }
    modelState.restore(m_byModel);  // opening a branch fills it (itemExpanded)
    siteState.restore(m_bySite);
    applyFilter();
}

void ArchitecturePage::setBusy(bool busy)
{
    m_busy = busy;
    m_apply->setEnabled(!busy && m_planModel->rowCount() > 0);
    m_planRefresh->setEnabled(!busy);
    m_importPreview->setEnabled(!busy);
    m_import->setEnabled(!busy && m_adoption.hasSomethingToImport());
    m_deleteLegacy->setEnabled(!busy && !m_adoption.legacyGroups.isEmpty());
    m_migrateKeys->setEnabled(!busy);
    if (!busy)
        m_importTracker->stop();
}

void ArchitecturePage::refreshPlan()
{
    if (!m_context.engine)
        return;
    m_planSummary->setText(tr("Working out the plan…"));
    m_planRefresh->setEnabled(false);
    deliverTo(m_context.engine->reconcilePlan(), this, [this](const Result<Plan> &plan) {
        m_planRefresh->setEnabled(!m_busy);
        if (!plan.ok()) {
            // Apply must not confirm counts of an older plan.
            m_plan = Plan();
            m_planModel->setRows({});
            setBusy(m_busy);
            m_planSummary->setText(tr("No plan: %1").arg(ErrorText::translate(plan.error())));
            m_status->showStatus([error = plan.error()] { return tr("The dry run failed: %1").arg(ErrorText::translate(error)); }, true);
            emit planLoaded();
            return;
        }
        showPlan(plan.value());
        emit planLoaded();
    });
}

void ArchitecturePage::showPlan(const Plan &plan)
{
    m_plan = plan;
    m_planModel->setRows(plan.operations);
    const PlanSummary s = plan.summary();
    m_planSummary->setText(plan.isEmpty() ? tr("Nothing to do: gpt-load and api.yaml match the stored layers.")
                                          : tr("%1 to create, %2 to update, %3 to delete").arg(s.create).arg(s.update).arg(s.remove));
    QStringList notes;
    for (const SkippedItem &skip : plan.skipped)
        notes << tr("Skipped %1: %2").arg(skip.group.isEmpty() ? skip.model : skip.group, EngineText::translate(skip.reason));
    for (const QString &w : plan.warnings)
        notes << tr("Warning: %1").arg(ErrorText::translateKnown(w));
    if (!plan.unreachableInstances.isEmpty())
        notes << tr("Unreachable, not planned: %1").arg(plan.unreachableInstances.join(QStringLiteral(", ")));
    if (!plan.clashes.isEmpty())
        notes << tr("%n group name clash(es) with groups uni-load does not own; those groups are left alone.", nullptr,
                    static_cast<int>(plan.clashes.size()));
    m_planNotes->setText(notes.join(QLatin1Char('\n')));
    m_planNotes->setVisible(!notes.isEmpty());
    setBusy(m_busy);
}

QString ArchitecturePage::applyConfirmationText(const Plan &plan)
{
    const PlanSummary s = plan.summary();
    QStringList deleted;
    int removedProviders = 0;
    for (const PlannedOperation &op : plan.operations) {
        if (op.kind == OpKind::DeleteGroup)
            deleted << op.group;
        removedProviders += op.kind == OpKind::RemoveProvider ? 1 : 0;
    }
    QStringList lines;
    lines << tr("Apply the plan of the last dry run to gpt-load and api.yaml?") << QString();
    lines << tr("%1 to create, %2 to update, %3 to delete").arg(s.create).arg(s.update).arg(s.remove);
    if (removedProviders > 0)
        lines << tr("%n provider(s) removed from api.yaml", nullptr, removedProviders);
    if (!deleted.isEmpty()) {
        lines << QString() << tr("Deleted: %1").arg(ui::someNames(deleted, 10));
        lines << tr("Deleted groups cannot be restored; clients that use them directly stop working.");
    }
    lines << QString() << tr("The reconciliation works the plan out again when it starts, so changes made since the dry run are included.");
    return lines.join(QLatin1Char('\n'));
}

void ArchitecturePage::applyPlan()
{
    if (!m_context.engine || m_busy || m_plan.isEmpty())
        return;
    const PlanSummary s = m_plan.summary();
    ui::confirm(this, s.remove > 0 ? QMessageBox::Warning : QMessageBox::Question, tr("Apply plan"), applyConfirmationText(m_plan),
                tr("Apply"), s.remove > 0, [this]() { startApply(); });
}

void ArchitecturePage::startApply()
{
    if (!m_context.engine || m_busy)
        return;
    setBusy(true);
    m_status->showStatus([] { return tr("Starting the reconciliation…"); });
    m_tracker->trackStarted(
        m_context.engine->startInitializeArchitecture(),
        [this](const Error &error) {
            setBusy(false);
            m_status->showStatus([error] { return tr("Not started: %1").arg(ErrorText::translate(error)); }, true);
        },
        [this]() { setBusy(true); });
}

void ArchitecturePage::previewImport()
{
    if (!m_context.engine)
        return;
    setBusy(true);
    m_status->showStatus([] { return tr("Reading the groups of every instance…"); });
    deliverTo(m_context.engine->previewAdoption(), this, [this](const Result<AdoptionPreview> &preview) {
        setBusy(false);
        if (!preview.ok()) {
            m_status->showStatus([error = preview.error()] { return tr("Cannot look for a layout: %1").arg(ErrorText::translate(error)); }, true);
            emit importPreviewLoaded();
            return;
        }
        showAdoption(preview.value());
        emit importPreviewLoaded();
    });
}

void ArchitecturePage::showAdoption(const AdoptionPreview &preview)
{
    m_adoption = preview;
    m_importTree->clear();
    const auto section = [this](const QString &title, int count) {
        auto *top = new QTreeWidgetItem(m_importTree, QStringList{title, QString(), QString::number(count)});
        top->setExpanded(count > 0 && count <= 20);
        return top;
    };
    const auto recorded = [](bool r) { return r ? tr("already managed") : tr("to import"); };
    QHash<QString, QString> instanceNames;
    for (const InstanceView &i : m_snapshot.instances)
        instanceNames.insert(i.id, i.name);
    const auto where = [&instanceNames](const QString &id) { return instanceNames.value(id, id); };
    QTreeWidgetItem *l1 = section(tr("Site groups"), static_cast<int>(preview.siteGroups.size()));
    for (const AdoptedSiteGroup &g : preview.siteGroups)
        item(l1, g.name, where(g.instanceId), recorded(g.recorded));
    QTreeWidgetItem *l2 = section(tr("Model channel groups"), static_cast<int>(preview.modelChannelGroups.size()));
    for (const AdoptedModelChannel &g : preview.modelChannelGroups)
        item(l2, g.name, where(g.instanceId), recorded(g.recorded));
    QTreeWidgetItem *l3 = section(tr("Model groups"), static_cast<int>(preview.modelGroups.size()));
    for (const AdoptedModelGroup &g : preview.modelGroups)
        item(l3, g.name, where(g.instanceId), recorded(g.recorded));
    QTreeWidgetItem *legacy = section(tr("Legacy two-layer groups (not imported)"), static_cast<int>(preview.legacyGroups.size()));
    for (const LegacyModelGroup &g : preview.legacyGroups)
        item(legacy, g.name, where(g.instanceId), g.siteGroups.join(QStringLiteral(", ")), ui::warningColor());
    QTreeWidgetItem *ignored = section(tr("Ignored"), static_cast<int>(preview.ignored.size()));
    for (const IgnoredGroup &g : preview.ignored)
        item(ignored, g.name, where(g.instanceId), EngineText::translate(g.reason));
    m_status->showStatus(
        [importable = preview.hasSomethingToImport() ? preview.newRecordCount() : 0, unreachable = preview.unreachableInstances] {
            const QString text = importable > 0 ? tr("%n group(s) can be imported.", nullptr, importable) : tr("Nothing to import.");
            return unreachable.isEmpty() ? text : ui::joinText({text, tr("Not inspected (unreachable): %1").arg(unreachable.join(QStringLiteral(", ")))});
        },
        !preview.unreachableInstances.isEmpty());
    setBusy(false);
    applyFilter();
}

void ArchitecturePage::runImport()
{
    if (!m_context.engine || !m_adoption.hasSomethingToImport())
        return;
    setBusy(true);
    m_status->showStatus([] { return tr("Importing and reconciling…"); });
    m_importTracker->followKind(QStringLiteral("adopt"));
    deliverTo(m_context.engine->importAdoption(), this, [this](const Result<AdoptionResult> &result) {
        setBusy(false);
        if (!result.ok()) {
            m_status->showStatus([error = result.error()] { return tr("Not imported: %1").arg(ErrorText::translate(error)); }, true);
            return;
        }
        const AdoptionImportSummary &s = result->imported;
        m_status->showStatus(
            [s] {
                return tr("Imported %1, %2, %3, %4.")
                    .arg(tr("%n site(s)", nullptr, s.sites), tr("%n site group(s)", nullptr, s.siteGroups),
                         tr("%n model channel group(s)", nullptr, s.modelChannelGroups), tr("%n model group(s)", nullptr, s.modelGroups));
            },
            result->reconcile.hasFailures());
        previewImport();
        reload();
    });
}

void ArchitecturePage::deleteLegacy()
{
    QStringList names;
    for (const LegacyModelGroup &g : m_adoption.legacyGroups)
        names << g.name;
    if (names.isEmpty() || !m_context.engine)
        return;
    const QString question = tr("Delete these %n two-layer group(s) of the original uni-load from gpt-load?\n\n%1\n\n"
                            "Clients that still use them directly stop working.",
                            nullptr, static_cast<int>(names.size()))
                             .arg(names.join(QLatin1Char('\n')));
    ui::confirm(this, QMessageBox::Warning, tr("Delete legacy groups"), question, tr("Delete"), true, [this, names]() {
        setBusy(true);
        m_importTracker->followKind(QStringLiteral("delete-legacy"));
        deliverTo(m_context.engine->deleteLegacyGroups(names), this, [this](const Result<LegacyDeletionResult> &result) {
            setBusy(false);
            if (!result.ok()) {
                m_status->showStatus([error = result.error()] { return tr("Not deleted: %1").arg(ErrorText::translate(error)); }, true);
                return;
            }
            m_status->showStatus(
                [deleted = static_cast<int>(result->deleted.size()), errors = result->errors] {
                    const QString text = tr("Deleted %n group(s).", nullptr, deleted);
                    return errors.isEmpty() ? text : ui::joinText({text, ErrorText::translateEach(errors).join(ErrorText::tr("; "))});
                },
                !result->errors.isEmpty());
            previewImport();
        });
    });
}

void ArchitecturePage::migrateKeys()
{
    if (!m_context.engine || m_busy)
        return;
    const QString question = tr("Move every imported model channel group and model group to uni-load's proxy keys?\n\n"
                                "Their pools get uni-load's hop key and the gpt-load admin key is taken out of them; "
                                "api.yaml gets the gateway key. Clients that call these groups with the admin key stop "
                                "working.");
    ui::confirm(this, QMessageBox::Warning, tr("Migrate keys"), question, tr("Migrate"), false, [this]() {
        setBusy(true);
        m_status->showStatus([] { return tr("Migrating the keys of the imported groups…"); });
        m_importTracker->followKind(QStringLiteral("migrate-keys"));
        deliverTo(m_context.engine->migrateAdoptedKeys(), this, [this](const Result<ReconcileResult> &result) {
            setBusy(false);
            if (!result.ok()) {
                m_status->showStatus([error = result.error()] { return tr("Keys not migrated: %1").arg(ErrorText::translate(error)); }, true);
            } else {
                const QStringList problems = reconcileProblems(result);
                m_status->showStatus(
                    [updated = static_cast<int>(result->updated.size()), problems] {
                        const QString text = tr("Keys migrated: %n group(s) updated.", nullptr, updated);
                        return problems.isEmpty() ? text : ui::joinText({text, ErrorText::translateEach(problems).join(ErrorText::tr("; "))});
                    },
                    !problems.isEmpty());
            }
            emit keysMigrated();
            reload();
        });
    });
}

} // namespace ul
