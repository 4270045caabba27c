#include "ui/pages/modelspage.h"

#include "core/engine/engine.h"
#include "ui/common/errortext.h"
#include "ui/common/layoutsignature.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/statetext.h"
#include "ui/common/uiformat.h"
#include "ui/layers/weightoptimizationdialog.h"
#include "ui/widgets/statuslabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ul {

namespace {
QString weightKey(qint64 l3Id, qint64 l2Id)
{
    return QStringLiteral("%1/%2").arg(l3Id).arg(l2Id);
}

} // namespace

ModelsPage::ModelsPage(const ConsoleContext &context, QWidget *parent)
    : ConsolePage(parent), m_context(context), m_matrixModel(new ModelMatrixTableModel([](const ModelRow &r) { return r.model; }, {}, this)),
      m_members(new ModelMembersTableModel([](const ModelSiteCell &c) { return c.siteGroup; }, {}, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)), m_matrixView(new QTableView(this)),
      m_membersView(new QTableView(this)), m_refresh(new QPushButton(this)), m_save(new QPushButton(this)),
      m_discard(new QPushButton(this)), m_optimize(new QPushButton(this)), m_status(new StatusLabel(this))
{
    m_members->setColumns(memberColumns());
    m_members->setEditHandler([this](int, int, const ModelSiteCell &cell) {
        if (!cell.member || cell.l3Id == 0)
            return;
        m_pendingWeights.insert(weightKey(cell.l3Id, cell.l2Id), MemberWeightChange{cell.l3Id, cell.l2Id, cell.weight});
        updateButtons();
    });
    m_proxy->setSourceModel(m_matrixModel);
    m_proxy->setSortRole(ModelMatrixTableModel::SortRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    for (QTableView *view : {m_matrixView, m_membersView}) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setTabKeyNavigation(false);  // Tab leaves the table; arrows move in it
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->verticalHeader()->hide();
        view->setWordWrap(false);
    }
    m_matrixView->setModel(m_proxy);
    ui::setEmptyHint(m_matrixView, [this]() {
        return m_matrixModel->rowCount() == 0 ? tr("No models yet: they appear once a site is onboarded.") : tr("No model matches the filter.");
    });
    m_matrixView->setSortingEnabled(true);
    m_matrixView->sortByColumn(0, Qt::AscendingOrder);
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    ui::fitColumns(m_matrixView->horizontalHeader());
    m_membersView->setModel(m_members);
    m_membersView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    ui::fitColumns(m_membersView->horizontalHeader(), 2);
    m_filter->setClearButtonEnabled(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_optimize);
    top->addWidget(m_refresh);
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addStretch(1);
    memberButtons->addWidget(m_discard);
    memberButtons->addWidget(m_save);
    auto *membersPane = new QWidget(this);
    auto *membersLayout = new QVBoxLayout(membersPane);
    membersLayout->setContentsMargins(0, 0, 0, 0);
    membersLayout->addWidget(m_membersView, 1);
    membersLayout->addLayout(memberButtons);

    ui::layOutSplitPage(this, top, m_matrixView, membersPane, m_status);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QPushButton::clicked, this, &ModelsPage::reload);
    connect(m_save, &QPushButton::clicked, this, &ModelsPage::saveWeights);
    connect(m_optimize, &QPushButton::clicked, this, &ModelsPage::openWeightOptimization);
    connect(m_discard, &QPushButton::clicked, this, [this]() {
        m_pendingWeights.clear();
        modelSelectionChanged();
        showSummary();
    });
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ModelsPage::modelSelectionChanged);
    retranslate();
    updateButtons();
}

ModelsPage::~ModelsPage() = default;

QString ModelsPage::title() const
{
    return tr("Models");
}

QLineEdit *ModelsPage::filterField() const
{
    return m_filter;
}

QAbstractButton *ModelsPage::refreshButton() const
{
    return m_refresh;
}

QStringList ModelsPage::unsavedChanges() const
{
    if (m_pendingWeights.isEmpty())
        return {};
    return {tr("%n weight change(s)", nullptr, pendingWeightChanges())};
}

QIcon ModelsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogListView);
}

QString ModelsPage::groupHealth(const QString &siteGroup) const
{
    return m_groupHealth.value(siteGroup);
}

const ModelSiteCell *ModelsPage::cellAt(const ModelRow &row, int groupColumn) const
{
    const auto at = m_cellColumns.constFind(row.model);
    if (at == m_cellColumns.constEnd() || groupColumn >= at->size())
        return row.cell(m_matrix.siteGroups.value(groupColumn));
    const int index = at->at(groupColumn);
    return index < 0 || index >= row.cells.size() ? nullptr : &row.cells.at(index);
}

void ModelsPage::indexCells()
{
    QHash<QString, int> columnOf;
    for (int i = 0; i < m_matrix.siteGroups.size(); ++i)
        columnOf.insert(m_matrix.siteGroups.at(i), i);
    m_cellColumns.clear();
    for (const ModelRow &row : std::as_const(m_matrix.models)) {
        QList<int> &cells = m_cellColumns[row.model];
        cells.fill(-1, m_matrix.siteGroups.size());
        for (int k = 0; k < row.cells.size(); ++k) {
            if (const int column = columnOf.value(row.cells.at(k).siteGroup, -1); column >= 0)
                cells[column] = k;
        }
    }
}

// Why a site group that lists the model has no L2 in an L3 (a model gets an L3 per format; only
// when that L3's name belongs to another model does a format stay without one).
QString ModelsPage::cellTooltip(const ModelRow &row, const ModelSiteCell *cell) const
{
    if (!cell || !cell->l2Name.isEmpty())
        return QString();
    if (!row.l3s.isEmpty() && !cell->channelType.isEmpty() && !row.l3OfFormat(cell->channelType))
        return tr("Not a member: the model has no model group in the %1 format yet. The next reconciliation creates one; "
                  "if its name belongs to another model, the plan's warnings say so.")
            .arg(StateText::format(cell->channelType));
    return tr("No L2 group yet: the next reconciliation creates it.");
}

QString ModelsPage::cellText(const ModelSiteCell *cell) const
{
    if (!cell)
        return QString();
    if (cell->l2Name.isEmpty())
        return tr("listed, no L2");
    if (!cell->member)
        return tr("L2, not in L3");
    QString text = tr("weight %1").arg(cell->weight);
    if (cell->memberState != QLatin1String("active"))
        text += QStringLiteral(" · ") + StateText::health(cell->memberState);
    else if (const QString h = groupHealth(cell->siteGroup); !h.isEmpty() && h != QLatin1String("healthy"))
        text += QStringLiteral(" · ") + StateText::health(h);
    return text;
}

QList<ModelMatrixTableModel::ColumnSpec> ModelsPage::matrixColumns() const
{
    using C = ModelMatrixTableModel::ColumnSpec;
    QList<C> columns{
        C([]() { return tr("Model"); }, [](const ModelRow &r) { return r.model; }),
        C([]() { return tr("Alias"); }, [this](const ModelRow &r) { return m_aliases.value(r.model); }),
        C([]() { return tr("L3 group"); },
          [](const ModelRow &r) { return r.l3s.isEmpty() ? tr("not created") : r.l3Names(); })
            .coloured([](const ModelRow &r) { return r.l3s.isEmpty() || r.anyWithoutHealthyMember() ? QVariant(ui::warningColor()) : QVariant(); })
            .withIcon([](const ModelRow &r) { return r.l3s.isEmpty() || r.anyWithoutHealthyMember() ? QVariant(ui::warningIcon()) : QVariant(); })
            .withTooltip([](const ModelRow &r) {
                QStringList lines;  // one per format: a model served in several has a group for each
                for (const ModelGroupRef &g : r.l3s) {
                    const QString format = StateText::format(g.channelType);
                    lines.append(g.noHealthyMember
                                     ? tr("%1 (%2 format): no healthy member, every upstream is out of rotation").arg(g.name, format)
                                     : tr("%1 (%2 format)").arg(g.name, format));
                }
                return lines.join(QLatin1Char('\n'));
            }),
        C([]() { return tr("Active site groups"); },
          [](const ModelRow &r) { return QStringLiteral("%1 / %2").arg(r.activeMembers()).arg(r.cells.size()); })
            .sortedBy([](const ModelRow &r) { return r.activeMembers(); })
            .rightAligned(),
    };
    // The site-group columns find their cell through indexCells(): a matrix of 150 site groups
    // would otherwise search a row's cells by name for every role of every cell.
    for (int column = 0; column < m_matrix.siteGroups.size(); ++column) {
        const QString group = m_matrix.siteGroups.at(column);
        columns << C([group]() { return group; }, [this, column](const ModelRow &r) { return cellText(cellAt(r, column)); })
                       .withTooltip([this, column](const ModelRow &r) { return cellTooltip(r, cellAt(r, column)); })
                       .sortedBy([this, column](const ModelRow &r) {
                           const ModelSiteCell *c = cellAt(r, column);
                           return c ? (c->member ? c->weight : 0) : -1;
                       })
                       .withIcon([this, group, column](const ModelRow &r) -> QVariant {
                           const ModelSiteCell *c = cellAt(r, column);
                           if (!c)
                               return {};
                           if (!c->member)
                               return ui::statusDot(ui::neutralColor());
                           const QString h = c->memberState == QLatin1String("active") ? groupHealth(group) : c->memberState;
                           return ui::statusDot(StateText::healthColor(h.isEmpty() ? c->memberState : h));
                       });
    }
    return columns;
}

QList<ModelMembersTableModel::ColumnSpec> ModelsPage::memberColumns()
{
    using C = ModelMembersTableModel::ColumnSpec;
    return {
        C([]() { return tr("Site group"); }, [](const ModelSiteCell &c) { return c.siteGroup; }),
        C([]() { return tr("Site"); }, [](const ModelSiteCell &c) { return c.site; }),
        C([]() { return tr("L2 group"); }, [](const ModelSiteCell &c) { return c.l2Name.isEmpty() ? tr("none yet") : c.l2Name; }),
        // A model served in several formats has an L3 per format: say which one the member is in.
        C([]() { return tr("In L3"); },
          [](const ModelSiteCell &c) {
              if (!c.member)
                  return tr("no");
              return c.memberState == QLatin1String("active") ? c.l3Name : c.l3Name + QStringLiteral(" · ") + StateText::health(c.memberState);
          })
            .withIcon([](const ModelSiteCell &c) { return ui::statusDot(c.member ? StateText::healthColor(c.memberState) : ui::neutralColor()); })
            .withTooltip([](const ModelSiteCell &c) {
                return c.member ? tr("%1 (%2 format): %3").arg(c.l3Name, StateText::format(c.channelType), StateText::health(c.memberState)) : QString();
            }),
        C([]() { return tr("Weight"); }, [](const ModelSiteCell &c) { return c.member ? QVariant(c.weight) : QVariant(); })
            .editable([](ModelSiteCell &c, const QVariant &value) {
                bool ok = false;
                const int w = value.toInt(&ok);
                if (!c.member || !ok || w < 1 || w > kMaxMemberWeight)
                    return false;
                c.weight = w;
                c.weightSource = QStringLiteral("operator");
                return true;
            })
            .withTooltip([](const ModelSiteCell &) { return tr("Double-click to change (1 … %1)").arg(kMaxMemberWeight); })
            .rightAligned(),
        C([]() { return tr("Weight from"); },
          [](const ModelSiteCell &c) {
              if (c.weightSource == QLatin1String("operator"))
                  return tr("Operator");
              if (c.weightSource == QLatin1String("optimizer"))
                  return tr("Optimizer");
              return c.member ? tr("Default") : QString();
          }),
        C([]() { return tr("Site group health"); }, [this](const ModelSiteCell &c) { return StateText::health(groupHealth(c.siteGroup)); })
            .withIcon([this](const ModelSiteCell &c) { return ui::statusDot(StateText::healthColor(groupHealth(c.siteGroup))); }),
    };
}

void ModelsPage::showSnapshot(const EngineSnapshot &snapshot)
{
    m_snapshot = snapshot;
    QHash<QString, QString> health;
    for (const SiteView &s : snapshot.sites) {
        for (const SiteGroupView &g : s.groups)
            health.insert(g.name, g.health);
    }
    QList<int> healthColumns;  // of the site groups whose health changed
    const int firstGroupColumn = m_matrixModel->columnCount() - static_cast<int>(m_matrix.siteGroups.size());
    for (int i = 0; i < m_matrix.siteGroups.size(); ++i) {
        if (health.value(m_matrix.siteGroups.at(i)) != m_groupHealth.value(m_matrix.siteGroups.at(i)))
            healthColumns << firstGroupColumn + i;
    }
    m_groupHealth = health;
    // The site groups' health comes from the snapshot: a change of it alone repaints the cells
    // that show it; the matrix is read again only when the layers changed.
    const QString signature = layoutSignature(snapshot, WithHealth::No);
    if (signature == m_signature || !snapshot.ready) {
        for (const int column : std::as_const(healthColumns))
            m_matrixModel->refreshColumn(column);
        if (!healthColumns.isEmpty())
            m_members->refresh();
        return;
    }
    m_signature = signature;
    m_dirty = true;
    if (isVisible())
        reload();
}

void ModelsPage::activate()
{
    if (m_dirty)
        reload();
}

void ModelsPage::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter models"));
    m_matrixView->setAccessibleName(tr("Models and the sites serving them"));
    m_membersView->setAccessibleName(tr("Members of the selected model group"));
    m_refresh->setText(tr("Refresh"));
    m_save->setText(tr("Save weights"));
    m_discard->setText(tr("Discard changes"));
    m_optimize->setText(tr("Optimize weights…"));
    m_optimize->setToolTip(tr("Propose weights from the failure rates gpt-load counted, and apply them"));
    m_matrixModel->retranslate();
    m_members->retranslate();
    if (m_statusIsSummary && !m_status->text().isEmpty() && !m_status->isError())
        showSummary();
}

QString ModelsPage::statusText() const
{
    return m_status->text();
}

void ModelsPage::reload()
{
    if (!m_context.engine || m_loading)
        return;
    m_loading = true;
    m_dirty = false;
    deliverTo(m_context.engine->uniApiManagedEntries(), this, [this](const Result<QList<uniapi::ManagedEntryView>> &entries) {
        m_aliases.clear();
        if (entries.ok()) {
            for (const uniapi::ManagedEntryView &e : entries.value()) {
                for (const uniapi::ManagedModel &m : e.models) {
                    if (!m.alias.isEmpty())
                        m_aliases.insert(m.upstreamName, m.alias);
                }
            }
        }
        deliverTo(loadModelMatrix(m_context.engine), this, [this](const Result<ModelMatrix> &matrix) {
            m_loading = false;
            if (!matrix.ok()) {
                if (m_statusIsSummary)
                    m_status->showStatus([error = matrix.error()] { return tr("Cannot read the model groups: %1").arg(ErrorText::translate(error)); }, true);
                emit loaded();
                return;
            }
            const QString selected = m_selectedModel;
            const bool newColumns = matrix->siteGroups != m_matrix.siteGroups || m_matrixModel->columnCount() == 0;
            m_matrix = matrix.value();
            indexCells();
            if (newColumns)
                m_matrixModel->setColumns(matrixColumns());
            m_matrixModel->setRows(m_matrix.models);
            if (!selected.isEmpty())
                selectModel(selected);
            if (!m_matrixView->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
                m_matrixView->selectRow(0);
            modelSelectionChanged();
            if (m_statusIsSummary)  // never hide the outcome of the last action
                showSummary();
            emit loaded();
        });
    });
}

void ModelsPage::showSummary()
{
    m_statusIsSummary = true;
    m_status->showStatus([models = static_cast<int>(m_matrix.models.size()), siteGroups = static_cast<int>(m_matrix.siteGroups.size())] {
        return tr("%1 over %2.", "models over site groups").arg(tr("%n model(s)", nullptr, models), tr("%n site group(s)", nullptr, siteGroups));
    });
}

void ModelsPage::showActionStatus(StatusLabel::Text text, bool error)
{
    m_statusIsSummary = false;
    m_status->showStatus(std::move(text), error);
}

void ModelsPage::selectModel(const QString &model)
{
    const int row = m_matrixModel->rowForKey(model);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_matrixModel->index(row, 0));
    ui::makeCurrentRow(m_matrixView, index);
}

void ModelsPage::modelSelectionChanged()
{
    const QModelIndexList rows = m_matrixView->selectionModel()->selectedRows();
    const ModelRow *row = rows.isEmpty() ? nullptr : m_matrixModel->rowAt(m_proxy->mapToSource(rows.constFirst()).row());
    if (!row) {
        m_selectedModel.clear();
        m_members->setRows({});
        updateButtons();
        return;
    }
    QList<ModelSiteCell> cells = row->cells;
    for (ModelSiteCell &c : cells) {  // unsaved edits stay visible
        if (const auto it = m_pendingWeights.constFind(weightKey(c.l3Id, c.l2Id)); it != m_pendingWeights.constEnd()) {
            c.weight = it->weight;
            c.weightSource = QStringLiteral("operator");
        }
    }
    m_selectedModel = row->model;
    m_members->setRows(cells);
    updateButtons();
}

void ModelsPage::updateButtons()
{
    const bool pending = !m_pendingWeights.isEmpty();
    m_save->setEnabled(pending && !m_saving);
    m_discard->setEnabled(pending);
    if (pending)
        showActionStatus([count = static_cast<int>(m_pendingWeights.size())] { return tr("%n unsaved weight change(s).", nullptr, count); });
}

void ModelsPage::saveWeights()
{
    if (m_pendingWeights.isEmpty() || !m_context.engine)
        return;
    const QList<MemberWeightChange> changes = m_pendingWeights.values();
    m_saving = true;
    m_save->setEnabled(false);
    showActionStatus([] { return tr("Saving weights and applying them to gpt-load…"); });
    deliverTo(m_context.engine->setMemberWeights(changes), this, [this](const Result<MemberWeightResult> &saved) {
        m_saving = false;
        if (!saved.ok()) {
            updateButtons();
            showActionStatus([error = saved.error()] { return tr("Weights not saved: %1").arg(ErrorText::translate(error)); }, true);
            return;
        }
        m_pendingWeights.clear();
        if (!saved->errors.isEmpty())
            showActionStatus(
                [changed = saved->changed, errors = saved->errors] {
                    return tr("%n weight(s) saved; gpt-load gets them with the next reconciliation: %1", nullptr, changed)
                        .arg(ErrorText::translateEach(errors).join(ErrorText::tr("; ")));
                },
                true);
        else
            showActionStatus([changed = saved->changed] { return tr("%n weight(s) saved and applied to gpt-load.", nullptr, changed); });
        updateButtons();
        reload();
    });
}

QDialog *ModelsPage::openWeightOptimization()
{
    auto *dialog = new WeightOptimizationDialog(m_context, m_snapshot.weightOptimizer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WeightOptimizationDialog::weightsChanged, this, [this]() {
        showActionStatus([] { return tr("Weights set by the optimizer."); });
        reload();
    });
    dialog->open();
    return dialog;
}

} // namespace ul
